// Copyright 2026 The precis Authors.

#include "text/sentence.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <random>

#include "dev_sets.h"
#include "test_util.h"

namespace precis {
namespace {

using precis::testing::Text;

std::vector<std::string> Sentences(const std::string& text, Language language) {
  std::vector<std::string> out;
  for (const Span& s : Text().SplitSentences(text, language)) {
    out.push_back(text.substr(s.begin, s.size()));
  }
  return out;
}

struct Row {
  const char* intent;
  std::string text;
  std::vector<std::string> sentences;
};

TEST(SentenceTest, ChineseBoundaries) {
  const Row rows[] = {
      {"full stop, question and exclamation marks",
       "会议开始了。你来吗？太好了！",
       {"会议开始了。", "你来吗？", "太好了！"}},
      {"closing quote stays with its sentence",
       "他说：“我们不会放弃。”会议随后结束。",
       {"他说：“我们不会放弃。”", "会议随后结束。"}},
      {"short attribution after a quote stays with it",
       "“我们不会放弃。”他说。会议随后结束。",
       {"“我们不会放弃。”他说。", "会议随后结束。"}},
      {"decimals and U.S. inside Chinese do not split",
       "美国U.S.政府称增长3.5%。第二句。",
       {"美国U.S.政府称增长3.5%。", "第二句。"}},
      {"semicolon between full clauses splits",
       "一方面，央行下调存款准备金率释放长期资金；另一方面，多家上市公司业绩预告好于预期。",
       {"一方面，央行下调存款准备金率释放长期资金；", "另一方面，多家上市公司业绩预告好于预期。"}},
      {"semicolon in a short list does not", "上证指数涨1%；深指涨2%。", {"上证指数涨1%；深指涨2%。"}},
      {"no terminator: one sentence", "没有句号的段落", {"没有句号的段落"}},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(Sentences(row.text, Language::kChinese), row.sentences) << row.intent;
  }
}

TEST(SentenceTest, EnglishBoundaries) {
  const Row rows[] = {
      {"titles before names",
       "Mr. Powell spoke. Dr. Smith agreed.",
       {"Mr. Powell spoke. ", "Dr. Smith agreed."}},
      {"Sen. and Gov.",
       "Sen. Warren and Gov. Newsom met on Friday. They talked.",
       {"Sen. Warren and Gov. Newsom met on Friday. ", "They talked."}},
      {"month abbreviation before a day",
       "The meeting is on Jan. 6 in Paris. It ends Jan. 7.",
       {"The meeting is on Jan. 6 in Paris. ", "It ends Jan. 7."}},
      {"U.S. and U.K. mid-sentence",
       "The U.S. Federal Reserve and the U.K. Treasury agreed.",
       {"The U.S. Federal Reserve and the U.K. Treasury agreed."}},
      {"U.S. at the end of a sentence",
       "Prices rose in the U.S. The rise was small.",
       {"Prices rose in the U.S. ", "The rise was small."}},
      {"initials",
       "J. K. Rowling wrote it. She was pleased.",
       {"J. K. Rowling wrote it. ", "She was pleased."}},
      {"quotes stay with their sentence",
       "He said, \"We will wait.\" Then he left.",
       {"He said, \"We will wait.\" ", "Then he left."}},
      {"decimals", "Rates are 4.25% now. Good.", {"Rates are 4.25% now. ", "Good."}},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(Sentences(row.text, Language::kEnglish), row.sentences) << row.intent;
  }
}

TEST(SentenceTest, SpansCoverTheParagraph) {
  const std::string text = "First. Second!  Third?\tFourth";
  auto spans = Text().SplitSentences(text, Language::kEnglish);
  ASSERT_FALSE(spans.empty());
  EXPECT_EQ(spans.front().begin, 0u);
  EXPECT_EQ(spans.back().end, text.size());
  for (size_t i = 1; i < spans.size(); ++i) EXPECT_EQ(spans[i].begin, spans[i - 1].end);
}

// The rule-based sentence breaker must find what ICU's iterator finds,
// boundary for boundary: briefs are byte-identical either way.
void ExpectSameSentenceBoundaries(const text::SentenceSplitter& splitter, std::string_view text,
                                  Language language, const std::string& where) {
  std::vector<uint32_t> rules, icu;
  if (!splitter.RuleBoundaries(text, &rules)) return;  // ICU's own answer is used
  splitter.IcuBoundaries(text, language, &icu);
  ASSERT_EQ(rules, icu) << where << ": \"" << text << "\"";
}

TEST(SentenceTest, RuleBoundariesAreIcus) {
  text::SentenceSplitter splitter;
  ASSERT_TRUE(splitter.Init().ok());
  // Strings of the characters the rules treat apart, at random: ASCII, and
  // the Chinese, full-width and typographic marks of news text.
  const std::vector<std::string> alphabet = {
      "a", "a", "Z", "Z", "0", "9", ".", ".", ".", "!", "?", ",", "-", ":", ";", " ", " ", "\t", "\n", "\r",
      "\"", "'", "(", ")", "[", "%", "中", "国", "。", "。", "！", "？", "，", "、", "：", "；", "“", "”",
      "‘", "’", "（", "）", "《", "》", "…", "—", "．", "\u3000", "Ａ", "ｂ", "１", "é", "\u2029", "\u00A0",
      "ア",
      // Characters the rules see through (a combining mark, a soft hyphen),
      // a byte that is no UTF-8, and the edges of the run of U+4000..U+9FFF
      // the rules pass over unclassed (䷀ is no letter) and beyond it.
      "\u0301", "\u00AD", "\xFF", "\u4DC0", "\u9FFF", "\u3400", "\U00020000"};
  std::mt19937 rng(17);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(1, 30);
  for (int k = 0; k < 40000; ++k) {
    std::string s;
    for (size_t n = length(rng); n > 0; --n) s += alphabet[pick(rng)];
    const Language language = k % 2 == 0 ? Language::kEnglish : Language::kChinese;
    ExpectSameSentenceBoundaries(splitter, s, language, "random string " + std::to_string(k));
  }
  for (const char* s : {"He left. She stayed.", "U.S. troops left. Then", "It rose 3.5% today. Next",
                        "\"Go!\" he said. \"Now.\" Then", "Wait... what? Yes.", "etc. 5 apples", "a. . b",
                        "他说：“好。”然后走了。", "会议在巴黎举行。会议讨论了安全保证！"}) {
    ExpectSameSentenceBoundaries(splitter, s, Language::kEnglish, "case");
    ExpectSameSentenceBoundaries(splitter, s, Language::kChinese, "case");
  }
}

// The rules take the CJK Unified Ideographs for OLetter without asking ICU:
// ICU agrees, character by character.
TEST(SentenceTest, UnifiedIdeographsAreOLetter) {
  for (UChar32 cp = 0x4E00; cp <= 0x9FFF; ++cp) {
    ASSERT_EQ(u_getIntPropertyValue(cp, UCHAR_SENTENCE_BREAK), U_SB_OLETTER) << std::hex << cp;
  }
}

TEST(SentenceTest, RuleBoundariesAreIcusOnTheDevelopmentSets) {
  PRECIS_REQUIRE_SHARED_DATA("summarization/en_bbc_dev.jsonl", "summarization/en_xsum_dev.jsonl",
                             "summarization/zh_lcsts_dev.jsonl");
  text::SentenceSplitter splitter;
  ASSERT_TRUE(splitter.Init().ok());
  size_t paragraphs = 0;
  precis::testing::ForEachDevArticle(precis::testing::SharedData("summarization"), [&](const auto& dev) {
    for (const std::string& p : dev.article.paragraphs) {
      ExpectSameSentenceBoundaries(splitter, p, dev.article.language, dev.where);
      ++paragraphs;
    }
  });
  EXPECT_GT(paragraphs, 14000u);
}

}  // namespace
}  // namespace precis
