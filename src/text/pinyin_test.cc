// Copyright 2026 The precis Authors.

#include <gtest/gtest.h>

#include "test_util.h"

namespace precis {
namespace {

using precis::testing::Text;

TEST(PinyinTest, ReadsNamesAndPolyphonesAtWordLevel) {
  struct Row {
    const char* text;
    const char* pinyin;
    const char* intent;
  };
  const Row rows[] = {
      {"新浪财经", "Xin Lang Cai Jing", "a source name"},
      {"库什纳", "Ku Shi Na", "什 as shi (ICU reads Ku Shen Na)"},
      {"长沙", "Chang Sha", "长 as chang (ICU: Zhang Sha)"},
      {"银行", "Yin Hang", "行 as hang (ICU: Yin Xing)"},
      {"行长", "Hang Zhang", "both polyphones in one word"},
      {"重庆", "Chong Qing", "重 as chong"},
      {"长大", "Zhang Da", "长 as zhang in another word"},
      {"女儿", "Nü Er", "ü kept"},
      {"泽连斯基", "Ze Lian Si Ji", "a transliterated name"},
      {"美联储FOMC", "Mei Lian Chu FOMC", "Latin kept as is"},
      {"中央社", "Zhong Yang She", "another source"},
      {"證券時報", "Zheng Quan Shi Bao", "Traditional characters"},
      {"Reuters", "Reuters", "no Han at all"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(Text().Pinyin(row.text), row.pinyin) << row.intent;
  }
}

TEST(PinyinTest, AnnotateFillsSourceLatinForChineseSources) {
  Article a;
  a.source = "新浪财经";
  a.paragraphs = {"正文。"};
  Text().Annotate(&a);
  EXPECT_EQ(a.source_latin, "Xin Lang Cai Jing");
  Article b;
  b.source = "Reuters";
  b.paragraphs = {"Body."};
  Text().Annotate(&b);
  EXPECT_EQ(b.source_latin, "");
}

}  // namespace
}  // namespace precis
