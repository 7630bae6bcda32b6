// Copyright 2026 The precis Authors.

#include "text/zh_segmenter.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace precis::text {
namespace {

using precis::testing::Text;

std::string Segmented(std::string_view line) {
  std::string out;
  for (std::string_view w : Text().SegmentWords(line)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

TEST(ZhSegmenterTest, SegmentsNewsText) {
  struct Row {
    const char* input;
    const char* expected;  // words separated by single spaces
    const char* intent;
  };
  const Row rows[] = {
      // Names in the news, from precis' user dictionary.
      {"默茨会见梅洛尼", "默茨 会见 梅洛尼", "German and Italian leaders"},
      {"库什纳和威特科夫抵达", "库什纳 和 威特科夫 抵达", "US envoys"},
      {"泽连斯基表示", "泽连斯基 表示", "Ukrainian president"},
      {"特朗普政府", "特朗普 政府", "name + noun"},
      // Numbers stay whole with their point, separator, percent, unit.
      {"增长5.2%", "增长 5.2%", "decimal percentage"},
      {"售价3,000元", "售价 3,000 元", "thousands separator"},
      {"2026年1月6日", "2026年 1月 6日", "Arabic date parts keep their unit"},
      {"过去10年增长", "过去 10 年 增长", "a duration is not a date: 10 年 stays apart"},
      {"二○○一年十二月三十一日", "二○○一年 十二月 三十一日", "Chinese numeral dates"},
      {"约1.35万亿元", "约 1.35万亿 元", "magnitude stays with its number"},
      {"１９９８年", "１９９８年", "full-width digits"},
      // Latin letters and mixed scripts.
      {"美联储FOMC会议", "美联储 FOMC 会议", "acronym inside Chinese"},
      {"苹果发布iPhone11", "苹果 发布 iPhone11", "product name with digits"},
      {"U.S.政府", "U.S. 政府", "dotted abbreviation"},
      {"COVID-19疫情", "COVID-19 疫情", "hyphenated name"},
      {"AT&T公司", "AT&T 公司", "ampersand"},
      // Punctuation.
      {"他说——真的……", "他 说 —— 真的 ……", "dash and ellipsis runs"},
      {"“多国部队”", "“ 多国部队 ”", "quotes split off"},
      // Traditional Chinese goes through the Simplified dictionary.
      {"台灣多地停班停課", "台灣 多地 停班 停課", "Traditional text"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(Segmented(row.input), row.expected) << row.intent;
  }
}

TEST(ZhSegmenterTest, UnknownWordsGoToTheHmm) {
  // 蔡英文 and 赖清德-like three-character names are often absent from the
  // dictionary; the HMM should keep a plausible unknown name together
  // rather than leave three single characters.
  std::string out = Segmented("记者韦德拉报道");
  EXPECT_EQ(out.find("韦 德 拉"), std::string::npos) << out;
}

TEST(ZhSegmenterTest, TokensCoverTheInputExactly) {
  const std::string inputs[] = {
      "美联储宣布，将联邦基金利率目标区间维持在4.25%至4.5%之间。",
      "Mixed English 和中文 text, with\ttabs　and full-width spaces.",
      std::string("bad \xFF bytes 中\xE6 survive"),
      "",
  };
  for (const std::string& input : inputs) {
    auto tokens = Text().Tokenize(input, Language::kChinese);
    std::string joined;
    uint32_t expected_begin = 0;
    for (const Token& t : tokens) {
      EXPECT_EQ(t.span.begin, expected_begin);
      EXPECT_LT(t.span.begin, t.span.end);
      joined.append(input, t.span.begin, t.span.size());
      expected_begin = t.span.end;
    }
    EXPECT_EQ(joined, input);
  }
}

TEST(ZhSegmenterTest, NormalizedFormsFoldWidthCaseAndScript) {
  auto tokens = Text().Tokenize("ＡＢＣ公司與台灣", Language::kChinese);
  std::vector<std::string> norms;
  for (const Token& t : tokens) norms.push_back(t.norm);
  ASSERT_GE(norms.size(), 3u);
  EXPECT_EQ(norms[0], "abc");
  EXPECT_EQ(norms.back(), "台湾");
}

TEST(ZhSegmenterTest, ChineseNumeralClassification) {
  EXPECT_TRUE(IsChineseNumeral(U'〇'));
  EXPECT_TRUE(IsChineseNumeral(U'万'));
  EXPECT_FALSE(IsChineseNumeral(U'年'));
}

}  // namespace
}  // namespace precis::text
