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
      {"新华社北京2月29日电 2月28日，国务院联防联控机制印发通知。", Language::kChinese,
       "2月28日，国务院联防联控机制印发通知。", "an agency's dateline"},
      {"新京报讯（记者 陆一夫）11月25日，亚马逊海外购登陆拼多多。", Language::kChinese,
       "11月25日，亚马逊海外购登陆拼多多。", "a paper's dateline and reporter"},
      {"IT之家9月30日消息 据外媒报道，日本最后一家传呼机公司停止服务。", Language::kChinese,
       "据外媒报道，日本最后一家传呼机公司停止服务。", "a site's dateline"},
      {"他们通过电报讯号联系总部。", Language::kChinese, "他们通过电报讯号联系总部。", "电报讯号 is a word"},
      {"据新华社报道，北京日电网络公司宣布扩产。", Language::kChinese,
       "据新华社报道，北京日电网络公司宣布扩产。", "a dateline word after punctuation is content"},
      {"BEIJING, Jan 6 (Reuters) - China's exports rose 5.2% in December.", Language::kEnglish,
       "China's exports rose 5.2% in December.", "an English dateline"},
      {"LONDON (AP) — Britain's economy grew 0.1%.", Language::kEnglish, "Britain's economy grew 0.1%.",
       "an English dateline with an em dash"},
      {"US stocks fell - and bonds rallied.", Language::kEnglish, "US stocks fell - and bonds rallied.",
       "a dash in a sentence is no dateline"},
  };
  for (const Row& row : rows) EXPECT_EQ(TidySentence(row.in, row.language), row.out) << row.intent;
}

TEST(CitationsTest, SortedUniqueOneBased) {
  std::vector<plan::Evidence> ev = {{4, 0}, {1, 2}, {4, 1}, {0, 0}};
  EXPECT_EQ(CitationsOf(ev), (std::vector<int>{1, 2, 5}));
  EXPECT_TRUE(CitationsOf({}).empty());
}

TEST(JoinTest, JoinsWholeSentencesAndRecordsWhereTheyEnd) {
  struct Row {
    std::vector<std::string> parts;
    Language language;
    const char* text;
    std::vector<size_t> ends;
    const char* intent;
  };
  const Row rows[] = {
      {{"央行宣布降准。", "市场大涨。"},
       Language::kChinese,
       "央行宣布降准。市场大涨。",
       {21, 36},
       "Chinese sentences join without a space"},
      {{"The bank cut rates.", "Markets rallied."},
       Language::kEnglish,
       "The bank cut rates. Markets rallied.",
       {19, 36},
       "English sentences join with one"},
      // Found by the fuzz replay: "x" and "3 H" became "x3", which precis
      // check rightly called an invented code.
      {{"title: x", "3 H"},
       Language::kChinese,
       "title: x 3 H",
       {8, 12},
       "Latin text at a Chinese seam stays apart"},
  };
  for (const Row& row : rows) {
    Statement st;
    JoinSentences(row.parts, row.language, &st);
    EXPECT_EQ(st.text, row.text) << row.intent;
    EXPECT_EQ(st.sentence_ends, row.ends) << row.intent;
  }
}

}  // namespace
}  // namespace precis::realize
