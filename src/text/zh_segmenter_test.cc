// Copyright 2026 The precis Authors.

#include "text/zh_segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"
#include "text/zh_hmm.h"
#include "util/sectioned_file.h"
#include "util/utf8.h"

namespace precis::text {
namespace {

using precis::testing::Text;

// `text` with its white-space characters left out.
std::string WithoutWhiteSpace(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    if (!util::IsSpace(util::DecodeUtf8(text, &i))) out.append(text.substr(start, i - start));
  }
  return out;
}

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

// The segmenter over the data files the test binary loaded, with or
// without its HMM.
std::string SegmentedBy(const ZhSegmenter& segmenter, std::string_view line) {
  std::vector<Piece> pieces;
  segmenter.Segment(line, &pieces);
  std::string out;
  for (const Piece& p : pieces) {
    if (p.kind == TokenKind::kSpace) continue;
    if (!out.empty()) out += ' ';
    out.append(line.substr(p.span.begin, p.span.size()));
  }
  return out;
}

// Every character the HMM's tables list has its own row, found whichever
// way the look-up goes (the table of ideographs or the sorted code points),
// and no other character of the Basic Multilingual Plane has one.
TEST(ZhSegmenterTest, HmmEmissionsAreTheTablesRows) {
  const std::string path = Text().data_dir() + "/zh_hmm.bin";
  ZhHmm hmm;
  ASSERT_TRUE(hmm.Load(path).ok());
  auto file = util::SectionReader::Open(path, "PRCZHMM1");
  ASSERT_TRUE(file.ok());
  auto cps = file->Array<uint32_t>("emit_cp");
  auto emit = file->Array<float>("emit");
  ASSERT_TRUE(cps.ok() && emit.ok());
  std::vector<int64_t> row_of(0x10000, -1);
  for (size_t row = 0; row < cps->size(); ++row) {
    if ((*cps)[row] < row_of.size()) row_of[(*cps)[row]] = static_cast<int64_t>(row);
  }
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    const float* got = hmm.Emission(cp);
    if (row_of[cp] < 0) {
      ASSERT_EQ(got, nullptr) << std::hex << static_cast<uint32_t>(cp);
      continue;
    }
    ASSERT_NE(got, nullptr) << std::hex << static_cast<uint32_t>(cp);
    for (size_t s = 0; s < 4; ++s) {
      ASSERT_EQ(got[s], (*emit)[static_cast<size_t>(row_of[cp]) * 4 + s])
          << std::hex << static_cast<uint32_t>(cp);
    }
  }
}

TEST(ZhSegmenterTest, UnknownWordsGoToTheHmm) {
  const std::string dir = Text().data_dir();
  ZhDictionary dict;
  ZhHmm hmm;
  ASSERT_TRUE(dict.Load(dir + "/zh_words.bin").ok());
  ASSERT_TRUE(hmm.Load(dir + "/zh_hmm.bin").ok());
  const ZhSegmenter with_hmm(&dict, &hmm, nullptr);
  const ZhSegmenter without_hmm(&dict, nullptr, nullptr);
  struct Row {
    const char* input;
    const char* with_hmm;     // what precis writes
    const char* without_hmm;  // the dictionary alone: single characters
    const char* intent;
  };
  const Row rows[] = {
      // Names the dictionary lacks: a run of single characters it cannot
      // join is handed to the HMM, which keeps the name whole.
      {"记者王晓磊报道", "记者 王晓磊 报道", "记者 王 晓 磊 报道", "a reporter's name in a byline"},
      {"据报道，韩梅梅当选", "据 报道 ， 韩梅梅 当选", "据 报道 ， 韩 梅 梅 当选", "a name after a comma"},
      {"新华社记者刘铮摄", "新华社 记者 刘铮 摄", "新华社 记者 刘 铮 摄", "a two-character name"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(SegmentedBy(with_hmm, row.input), row.with_hmm) << row.intent;
    EXPECT_EQ(SegmentedBy(without_hmm, row.input), row.without_hmm) << row.intent;
    // TextProcessor's segmenter is the one with the HMM.
    EXPECT_EQ(Segmented(row.input), row.with_hmm) << row.intent;
  }
  // Known limit: the HMM only sees characters no dictionary word covers, so
  // a name that starts with a dictionary word (韦德 "Wade" in 韦德拉) is
  // split; jieba behaves the same.
  EXPECT_EQ(Segmented("记者韦德拉报道"), "记者 韦德 拉 报道");
}

TEST(ZhSegmenterTest, TokensHoldAllButTheWhiteSpace) {
  const std::string inputs[] = {
      "美联储宣布，将联邦基金利率目标区间维持在4.25%至4.5%之间。",
      "Mixed English 和中文 text, with\ttabs　and full-width spaces.",
      std::string("bad \xFF bytes 中\xE6 survive"),
      "",
  };
  for (const std::string& input : inputs) {
    NormTable norms;
    auto tokens = Text().Tokenize(input, Language::kChinese, &norms);
    std::string joined;
    uint32_t end = 0;
    for (const Token& t : tokens) {
      EXPECT_GE(t.span.begin, end);
      EXPECT_LT(t.span.begin, t.span.end);
      joined.append(input, t.span.begin, t.span.size());
      end = t.span.end;
    }
    EXPECT_EQ(joined, WithoutWhiteSpace(input));
  }
}

TEST(ZhSegmenterTest, NormalizedFormsFoldWidthCaseAndScript) {
  NormTable table;
  auto tokens = Text().Tokenize("ＡＢＣ公司與台灣", Language::kChinese, &table);
  std::vector<std::string> norms;
  for (const Token& t : tokens) norms.emplace_back(table[t.norm]);
  ASSERT_GE(norms.size(), 3u);
  EXPECT_EQ(norms[0], "abc");
  EXPECT_EQ(norms.back(), "台湾");
}

// A dictionary word's norm number is remembered per table: the same text
// tokenized into another table, or into a copy that has grown apart, gets
// that table's numbers, and Traditional and Simplified forms share one.
TEST(ZhSegmenterTest, WordNormNumbersAreEachTablesOwn) {
  precis::testing::ExpectNormsReadTheSameInEveryTable(
      "美国经济增长。美國經濟增長放缓，美国经济", Language::kChinese, {"无关", "的词"},
      [](const std::vector<Token>& tokens, const NormTable& norms) {
        ASSERT_GE(tokens.size(), 5u);
        EXPECT_EQ(norms[tokens[0].norm], "美国");
        EXPECT_EQ(tokens[0].norm, tokens[4].norm) << "美國 is 美国";
      });
}

// A run of Han characters with no punctuation for hundreds of thousands of
// characters (no real text; a pasted dump) is segmented piece by piece,
// every character in a token, as a short one is.
TEST(ZhSegmenterTest, AHugeRunOfHanIsSegmentedWhole) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "中国";
  NormTable norms;
  const auto tokens = Text().Tokenize(text, Language::kChinese, &norms);
  ASSERT_EQ(tokens.size(), 100000u);
  uint32_t end = 0;
  for (const Token& t : tokens) {
    ASSERT_EQ(t.span.begin, end);
    ASSERT_EQ(norms[t.norm], "中国");
    end = t.span.end;
  }
  EXPECT_EQ(end, text.size());
}

TEST(ZhSegmenterTest, ChineseNumeralClassification) {
  EXPECT_TRUE(IsChineseNumeral(U'〇'));
  EXPECT_TRUE(IsChineseNumeral(U'万'));
  EXPECT_FALSE(IsChineseNumeral(U'年'));
}

}  // namespace
}  // namespace precis::text
