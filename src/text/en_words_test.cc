// Copyright 2026 The precis Authors.

#include "text/en_words.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace precis::text {
namespace {

using precis::testing::Text;

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : Text().Tokenize(text, Language::kEnglish)) {
    if (t.kind == TokenKind::kSpace) continue;
    out.push_back(text.substr(t.span.begin, t.span.size()) + "/" + t.norm);
  }
  return out;
}

TEST(EnglishWordsTest, SplitsPossessivesAndStems) {
  EXPECT_EQ(Words("Trump's tariffs"), (std::vector<std::string>{"Trump/trump", "'s/'s", "tariffs/tariff"}));
  EXPECT_EQ(Words("the Fed’s rates"),
            (std::vector<std::string>{"the/the", "Fed/fed", "’s/'s", "rates/rate"}));
  EXPECT_EQ(Words("workers' rights"), (std::vector<std::string>{"workers/worker", "'/'", "rights/right"}));
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

TEST(EnglishWordsTest, TokensCoverTheText) {
  const std::string text = "Mr. Powell's \"wait-and-see\" stance — 2%!";
  std::string joined;
  for (const Token& t : Text().Tokenize(text, Language::kEnglish)) {
    joined += text.substr(t.span.begin, t.span.size());
  }
  EXPECT_EQ(joined, text);
}

}  // namespace
}  // namespace precis::text
