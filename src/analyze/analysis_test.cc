// Copyright 2026 The precis Authors.

#include "analyze/analysis.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace precis::analyze {
namespace {

using precis::testing::Text;

Document Doc(std::vector<std::string> paragraphs, Language language, std::string title = "") {
  Article a;
  a.title = std::move(title);
  a.language = language;
  a.paragraphs = std::move(paragraphs);
  return Text().Analyze(std::move(a));
}

// The text of sentence `index` (in article order).
std::string SentenceText(const Document& doc, const Analysis& a, int index) {
  const auto& s = a.sentences[static_cast<size_t>(index)];
  const auto& p = doc.paragraphs[static_cast<size_t>(s.paragraph)];
  const auto& span = p.sentences[static_cast<size_t>(s.sentence)].span;
  return p.text.substr(span.begin, span.size());
}

// The text of each item of `e`: its sentences, joined.
std::vector<std::string> ItemTexts(const Document& doc, const Analysis& a, const Enumeration& e) {
  std::vector<std::string> out;
  for (const auto& item : e.items) {
    std::string text;
    for (int s : item) text += SentenceText(doc, a, s);
    out.push_back(std::move(text));
  }
  return out;
}

// The text of each item's first sentence of the first enumeration.
std::vector<std::string> ItemHeads(const Document& doc, const Analysis& a) {
  std::vector<std::string> out;
  if (a.enumerations.empty()) return out;
  for (const auto& item : a.enumerations[0].items)
    out.push_back(SentenceText(doc, a, item.front()).substr(0, 6));
  return out;
}

TEST(EnumerationTest, FindsEnumerationsInEachForm) {
  struct Row {
    const char* intent;
    std::vector<std::string> paragraphs;
    Language language;
    std::vector<std::string> items;  // each item's sentences, joined; empty: no enumeration
    std::string intro;               // the announcing sentence, "" if none
  };
  const Row rows[] = {
      {"一是/二是/三是 across paragraphs, announced; an item runs on through its paragraph",
       {"分析人士指出，部署多国部队至少面临三个困难。", "一是俄罗斯明确反对。俄方多次表态。",
        "二是兵力和资金难以落实。", "三是美国的态度并不明朗。"},
       Language::kChinese,
       {"一是俄罗斯明确反对。俄方多次表态。", "二是兵力和资金难以落实。", "三是美国的态度并不明朗。"},
       "分析人士指出，部署多国部队至少面临三个困难。"},
      {"第一，第二， within a paragraph",
       {"他提出两点建议：第一，加快改革进度。第二，扩大对外开放。"},
       Language::kChinese,
       {},
       ""},
      {"第一，第二， across paragraphs",
       {"第一，加快改革进度，推动市场化。", "第二，扩大对外开放，吸引外资。"},
       Language::kChinese,
       {"第一，加快改革进度，推动市场化。", "第二，扩大对外开放，吸引外资。"},
       ""},
      {"首先/其次/最后",
       {"首先，央行降准释放了流动性。", "其次，财政政策更加积极。", "最后，外需有所回暖。"},
       Language::kChinese,
       {"首先，央行降准释放了流动性。", "其次，财政政策更加积极。", "最后，外需有所回暖。"},
       ""},
      {"inline 一：…；二：…；三：… split at semicolons",
       {"一：分期付款免息不免费；二：逾期罚息本息滚复利；三：存钱无息取钱还要收费。"},
       Language::kChinese,
       {"一：分期付款免息不免费；", "二：逾期罚息本息滚复利；", "三：存钱无息取钱还要收费。"},
       ""},
      {"Arabic 1. 2. 3.",
       {"1. 加强监管框架的设计工作。", "2. 坚持监管规则的公平性。", "3. 正确理解监管与自律。"},
       Language::kChinese,
       {"1. 加强监管框架的设计工作。", "2. 坚持监管规则的公平性。", "3. 正确理解监管与自律。"},
       ""},
      {"English First/Second/Finally, announced",
       {"Officials face three problems.", "First, inflation is still above target.",
        "Second, growth is slowing.", "Finally, tariffs cloud the outlook."},
       Language::kEnglish,
       {"First, inflation is still above target.", "Second, growth is slowing.",
        "Finally, tariffs cloud the outlook."},
       "Officials face three problems."},
      {"第一次 is not a marker",
       {"第一次会议在巴黎举行。", "第二次会议在伦敦举行。"},
       Language::kChinese,
       {},
       ""},
      {"1.5% is not a marker",
       {"1.5%的增长率好于预期。", "2.5%的通胀率高于目标。"},
       Language::kChinese,
       {},
       ""},
      {"a lone first item is no enumeration",
       {"一是加强监管。", "市场反应平稳。"},
       Language::kChinese,
       {},
       ""},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.intent);
    Document doc = Doc(row.paragraphs, row.language);
    Analysis a = Analyze(doc);
    if (row.items.empty()) {
      EXPECT_TRUE(a.enumerations.empty());
      continue;
    }
    ASSERT_EQ(a.enumerations.size(), 1u);
    const Enumeration& e = a.enumerations[0];
    EXPECT_EQ(ItemTexts(doc, a, e), row.items);
    EXPECT_EQ(e.intro >= 0 ? SentenceText(doc, a, e.intro) : "", row.intro);
  }
}

TEST(EnumerationTest, ItemsRunOnThroughTheirParagraph) {
  Document doc = Doc({"至少面临三个困难。", "一是俄罗斯明确反对。俄方多次表态。", "二是兵力难以落实。",
                      "三是美国态度不明。"},
                     Language::kChinese);
  Analysis a = Analyze(doc);
  ASSERT_EQ(a.enumerations.size(), 1u);
  EXPECT_EQ(a.enumerations[0].items[0].size(), 2u);  // 一是… plus 俄方多次表态。
  EXPECT_EQ(ItemHeads(doc, a), (std::vector<std::string>{"一是", "二是", "三是"}));
}

TEST(AnalysisTest, FeaturesFavourTheLeadAndTheHeadline) {
  Document doc = Doc({"Fed holds interest rates steady as inflation slows.",
                      "The weather in Washington was mild on Wednesday.",
                      "Officials said inflation and interest rates would be reviewed again in June."},
                     Language::kEnglish, "Fed holds interest rates");
  Analysis a = Analyze(doc);
  ASSERT_EQ(a.sentences.size(), 3u);
  EXPECT_FLOAT_EQ(a.sentences[0].position, 1.0f);
  EXPECT_GT(a.sentences[0].title_similarity, 0.0f);
  EXPECT_FLOAT_EQ(a.sentences[1].title_similarity, 0.0f);  // no word of the title
  EXPECT_GT(a.sentences[0].score, a.sentences[1].score);
  EXPECT_GT(a.sentences[2].centrality, a.sentences[1].centrality);
  for (const auto& s : a.sentences) {
    EXPECT_GE(s.score, 0.0f);
    EXPECT_LE(s.score, 1.0f);
  }
}

TEST(AnalysisTest, VectorsSkipFunctionWordsAndMarkQuotes) {
  Document doc =
      Doc({"马克龙说：“我们不会让乌克兰独自面对未来的风险。”", "会议在巴黎举行。"}, Language::kChinese);
  Analysis a = Analyze(doc);
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_TRUE(a.sentences[0].quote);
  EXPECT_FALSE(a.sentences[1].quote);
  for (const auto& term : a.terms) {
    EXPECT_NE(term.norm, "的");
    EXPECT_NE(term.norm, "在");
  }
  bool has_name = false;
  for (const auto& term : a.terms) has_name |= term.norm == "马克龙" && (term.flags & kPersonName);
  EXPECT_TRUE(has_name);
}

TEST(VectorTest, SparseArithmetic) {
  TermVector a{{1, 1.0f}, {3, 2.0f}};
  TermVector b{{1, 2.0f}, {2, 5.0f}};
  EXPECT_FLOAT_EQ(Dot(a, b), 2.0f);
  AddTo(&a, b, 0.5f);
  EXPECT_EQ(a, (TermVector{{1, 2.0f}, {2, 2.5f}, {3, 2.0f}}));
  EXPECT_FLOAT_EQ(Cosine(b, b), 1.0f);
  EXPECT_FLOAT_EQ(Cosine(TermVector{}, b), 0.0f);
}

}  // namespace
}  // namespace precis::analyze
