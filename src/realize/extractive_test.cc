// Copyright 2026 The precis Authors.

#include "realize/extractive.h"

#include <gtest/gtest.h>

namespace precis::realize {
namespace {

TEST(TidyTest, RemovesOnlyWholeEditorialPieces) {
  struct Row {
    const char* in;
    Language language;
    const char* out;
    const char* intent;
  };
  const Row rows[] = {
      {"此外，央行下调存款准备金率0.5个百分点。", Language::kChinese, "央行下调存款准备金率0.5个百分点。",
       "leading connective"},
      {"据悉，该项目总投资达33亿元。", Language::kChinese, "该项目总投资达33亿元。", "据悉"},
      {"近日，四部委联合发出通知。", Language::kChinese, "四部委联合发出通知。", "vague time framing"},
      {"1月6日，会议在巴黎举行。", Language::kChinese, "1月6日，会议在巴黎举行。", "a date is kept"},
      {"雄安新区启动第二批征迁工作。（原题为《雄安新区第二批征迁安置工作启动》）", Language::kChinese,
       "雄安新区启动第二批征迁工作。", "trailing source note"},
      {"马克龙出席会议（资料图）。", Language::kChinese, "马克龙出席会议。", "editorial parenthetical"},
      {"北约（NATO）秘书长表示反对。", Language::kChinese, "北约（NATO）秘书长表示反对。",
       "a content parenthetical is kept"},
      {"他说：“我们不会（也不能）放弃。”", Language::kChinese, "他说：“我们不会（也不能）放弃。”",
       "quotations untouched"},
      {"However, the Fed held rates at 4.5%. ", Language::kEnglish, "The Fed held rates at 4.5%.",
       "English connective, capitalised"},
      {"Meanwhile, U.S. stocks rose 1.1%.", Language::kEnglish, "U.S. stocks rose 1.1%.", "capital kept"},
      {"此外，", Language::kChinese, "此外，", "never tidy a sentence away"},
  };
  for (const Row& row : rows) EXPECT_EQ(TidySentence(row.in, row.language), row.out) << row.intent;
}

TEST(CitationsTest, SortedUniqueOneBased) {
  std::vector<plan::Evidence> ev = {{4, 0}, {1, 2}, {4, 1}, {0, 0}};
  EXPECT_EQ(CitationsOf(ev), (std::vector<int>{1, 2, 5}));
  EXPECT_TRUE(CitationsOf({}).empty());
}

}  // namespace
}  // namespace precis::realize
