// Copyright 2026 The precis Authors.

#include "text/en_words.h"

#include <gtest/gtest.h>

#include <random>

#include "dev_sets.h"
#include "test_util.h"

namespace precis::text {
namespace {

using precis::testing::Text;

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  NormTable norms;
  for (const Token& t : Text().Tokenize(text, Language::kEnglish, &norms)) {
    out.push_back(text.substr(t.span.begin, t.span.size()) + "/" + std::string(norms[t.norm]));
  }
  return out;
}

TEST(EnglishWordsTest, SplitsPossessivesAndStems) {
  EXPECT_EQ(Words("Trump's tariffs"), (std::vector<std::string>{"Trump/trump", "'s/'s", "tariffs/tariff"}));
  EXPECT_EQ(Words("the Fed’s rates"),
            (std::vector<std::string>{"the/the", "Fed/fed", "’s/'s", "rates/rate"}));
  EXPECT_EQ(Words("workers' rights"), (std::vector<std::string>{"workers/worker", "'/'", "rights/right"}));
}

// A word's stem number is remembered per table: the same words tokenized
// into another table, or into a copy that has grown apart, get that
// table's numbers.
TEST(EnglishWordsTest, StemNumbersAreEachTablesOwn) {
  precis::testing::ExpectNormsReadTheSameInEveryTable(
      "Markets rose as markets rallied", Language::kEnglish, {"unrelated", "words"},
      [](const std::vector<Token>& tokens, const NormTable&) {
        ASSERT_GE(tokens.size(), 4u);
        EXPECT_EQ(tokens[0].norm, tokens[3].norm) << "Markets and markets share their stem";
      });
}

TEST(EnglishWordsTest, NumbersKeepPercentSign) {
  EXPECT_EQ(Words("rose 1.1% to 3,000"),
            (std::vector<std::string>{"rose/rose", "1.1%/1.1%", "to/to", "3,000/3,000"}));
}

TEST(EnglishWordsTest, StemsLikeSnowball) {
  EXPECT_EQ(EnglishTokenizer::Stem("Running"), "run");
  EXPECT_EQ(EnglishTokenizer::Stem("policies"), "polici");
  EXPECT_EQ(EnglishTokenizer::Stem("U.S."), "u.s.");
}

TEST(EnglishWordsTest, TokensHoldAllButTheWhiteSpace) {
  const std::string text = "Mr. Powell's \"wait-and-see\" stance — 2%!\n\tNext";
  std::string joined;
  NormTable norms;
  for (const Token& t : Text().Tokenize(text, Language::kEnglish, &norms)) {
    joined += text.substr(t.span.begin, t.span.size());
  }
  EXPECT_EQ(joined, "Mr.Powell's\"wait-and-see\"stance—2%!Next");
}

// The ASCII word breaker must find what ICU finds, boundary for boundary
// and status for status: briefs are byte-identical either way.
void ExpectSameBoundaries(const EnglishTokenizer& words, std::string_view text, const std::string& where) {
  std::vector<std::pair<uint32_t, int32_t>> ascii, icu;
  if (!words.AsciiBoundaries(text, &ascii)) return;  // ICU's own answer is used
  words.IcuBoundaries(text, &icu);
  ASSERT_EQ(ascii, icu) << where << ": \"" << text << "\"";
}

TEST(EnglishWordsTest, AsciiBoundariesAreIcus) {
  EnglishTokenizer words;
  ASSERT_TRUE(words.Init().ok());
  // Strings of the characters the rules treat apart, at random.
  const std::string alphabet = "aZq09..,,;:''__- \t\n\r\"!?%&()/@#$";
  std::mt19937 rng(13);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(1, 24);
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    for (size_t n = length(rng); n > 0; --n) s.push_back(alphabet[pick(rng)]);
    ExpectSameBoundaries(words, s, "random string " + std::to_string(k));
  }
  for (const char* s :
       {"U.S. troops", "don't", "3,000.50", "1;2", "G7 summit", "1980s", "COVID-19", "a_b", "_1", "10:30",
        "e.g.", "rock'n'roll", "A4", "G77", "2nd", "x1y2", "\r\n\r\n", "  \t "}) {
    ExpectSameBoundaries(words, s, "case");
  }
}

TEST(EnglishWordsTest, AsciiBoundariesAreIcusOnTheDevelopmentSets) {
  PRECIS_REQUIRE_SHARED_DATA("summarization/en_bbc_dev.jsonl", "summarization/en_xsum_dev.jsonl");
  EnglishTokenizer words;
  ASSERT_TRUE(words.Init().ok());
  size_t sentences = 0;
  precis::testing::ForEachDevArticle(precis::testing::SharedData("summarization"), [&](const auto& dev) {
    if (dev.article.language != Language::kEnglish) return;
    for (const std::string& p : dev.article.paragraphs) {
      for (const Span& s : Text().SplitSentences(p, Language::kEnglish)) {
        ExpectSameBoundaries(words, std::string_view(p).substr(s.begin, s.size()), dev.where);
        ++sentences;
      }
    }
  });
  EXPECT_GT(sentences, 20000u);
}

}  // namespace
}  // namespace precis::text
