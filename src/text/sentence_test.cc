// Copyright 2026 The precis Authors.

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace precis
