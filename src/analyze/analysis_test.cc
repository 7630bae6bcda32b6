// Copyright 2026 The precis Authors.

#include "analyze/analysis.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>

#include "brief_checks.h"
#include "precis/engine.h"
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
      {"第一，第二， within a paragraph, announced by the clause before a colon",
       {"他提出两点建议：第一，加快改革进度。第二，扩大对外开放。"},
       Language::kChinese,
       {"第一，加快改革进度。", "第二，扩大对外开放。"},
       "他提出两点建议："},
      {"clause-level points inside one sentence, however short: 一是…；二是…；三是…。",
       {"会议部署了以下三个方面的工作：一是稳就业；二是保民生；三是防风险。"},
       Language::kChinese,
       {"一是稳就业；", "二是保民生；", "三是防风险。"},
       "会议部署了以下三个方面的工作："},
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
      {"points starting mid-paragraph and ending in a later one, other sentences between (the DEVELOPERS.md "
       "example's shape)",
       {"分析认为，部署“多国部队”至少面临三个困难。一是俄罗斯的反对。俄方多次表示将打击外国军队。",
        "法国和英国表示愿意出兵，但细节仍未确定。",
        "在欧洲内部，各国意见并不一致。二是欧洲国家的内部阻力。德国和意大利都表示不会派兵。"
        "三是美国支持的可靠性存疑。"},
       Language::kChinese,
       {"一是俄罗斯的反对。俄方多次表示将打击外国军队。",
        "二是欧洲国家的内部阻力。德国和意大利都表示不会派兵。", "三是美国支持的可靠性存疑。"},
       "分析认为，部署“多国部队”至少面临三个困难。"},
      {"the count announced bounds the points: 两个 takes two",
       {"改革面临两个难题。", "一是资金不足。", "二是人才短缺。", "三是我们还需要更多时间来观察。"},
       Language::kChinese,
       {"一是资金不足。", "二是人才短缺。"},
       "改革面临两个难题。"},
      {"a count the points do not reach is no intro",
       {"改革面临四个难题。", "一是资金不足。", "二是人才短缺。"},
       Language::kChinese,
       {"一是资金不足。", "二是人才短缺。"},
       ""},
      {"一方面…；另一方面… inside one sentence, announced by 两方面原因",
       {"他表示，项目落地放缓主要有两方面原因：一方面，企业推迟了投资计划；另一方面，配套设施准备不足。"},
       Language::kChinese,
       {"一方面，企业推迟了投资计划；", "另一方面，配套设施准备不足。"},
       "他表示，项目落地放缓主要有两方面原因："},
      {"English points inside one sentence: three reasons: first, …; second, …; and third, ….",
       {"The council gave three reasons: first, the cost had risen; second, a traffic study was not ready; "
        "and third, residents had not been consulted."},
       Language::kEnglish,
       {"first, the cost had risen; ", "second, a traffic study was not ready; ",
        "and third, residents had not been consulted."},
       "The council gave three reasons: "},
      {"one English point after a semicolon is no enumeration",
       {"Prices rose; first, though, the bank waited. Markets were calm."},
       Language::kEnglish,
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

// A vector spread over an array gives every dot product the merge gives,
// to the bit, whatever the vectors share, and forgets what it held before.
TEST(AnalysisTest, SpreadVectorDotsAreTheMerges) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> weight(0.001f, 3.0f);
  auto random_vector = [&] {
    TermVector v;
    for (int id = 0; id < 200; ++id) {
      if (rng() % 5 == 0) v.emplace_back(id, weight(rng));
    }
    return v;
  };
  SpreadVector spread(200);
  for (int round = 0; round < 50; ++round) {
    const TermVector b = random_vector();
    spread.Spread(b);
    for (int k = 0; k < 20; ++k) {
      const TermVector a = random_vector();
      const float merged = Dot(a, b), spread_dot = spread.Dot(a);
      ASSERT_EQ(std::memcmp(&merged, &spread_dot, sizeof(float)), 0) << merged << " " << spread_dot;
      ASSERT_EQ(spread.Cosine(a, Norm(a), Norm(b)), Cosine(a, b));
    }
  }
}

// A quotation is six characters or more between its marks, whatever the
// marks and whatever the characters are.
TEST(AnalysisTest, AQuotationIsSixCharactersOrMore) {
  const struct {
    const char* sentence;
    bool quote;
  } rows[] = {
      {"他说：“我们开会了”。", false},     // five characters inside
      {"他说：“我们开会了吧”。", true},    // six
      {"他说：「我们开会了」。", false},   // corner marks
      {"他说：「我们开会了吧」。", true},  //
      {"他说：『我们AB会』。", false},     // letters count one a character too
      {"他说：『我们ABC会』。", true},     //
      {"他说：“我们开会了吧。", false},    // never closed
      {"他说我们开会了吧”。", false},      // never opened
  };
  for (const auto& row : rows) {
    Analysis a = Analyze(Doc({row.sentence}, Language::kChinese));
    ASSERT_EQ(a.sentences.size(), 1u) << row.sentence;
    EXPECT_EQ(a.sentences[0].quote, row.quote) << row.sentence;
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

// An English article of three kinds of sentence with no content word in
// common: `a`, `b` and `c` sentences of each kind, in paragraphs of 8. A
// sentence's number is no term, so sentences of a kind share one unit vector.
Document ThreeTopics(int a, int b, int c) {
  const char* kinds[] = {"Markets rallied strongly in session %d.", "Bond yields slipped after auction %d.",
                         "Copper miners reported output for quarter %d."};
  std::vector<std::string> sentences;
  for (int kind = 0; kind < 3; ++kind) {
    const int n = kind == 0 ? a : kind == 1 ? b : c;
    for (int i = 1; i <= n; ++i) {
      char buf[96];
      std::snprintf(buf, sizeof buf, kinds[kind], i);
      sentences.push_back(buf);
    }
  }
  std::vector<std::string> paragraphs;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i % 8 == 0) paragraphs.emplace_back();
    if (!paragraphs.back().empty()) paragraphs.back() += " ";
    paragraphs.back() += sentences[i];
  }
  return Doc(std::move(paragraphs), Language::kEnglish, "Markets rally as bond yields slip");
}

// README: "LexRank's graph is built for up to 400 sentences (past that,
// centroid similarity)". With orthogonal kinds, the centroid is a*u + b*v +
// c*w, so a sentence's cosine with it is its kind's count over
// sqrt(a^2 + b^2 + c^2): scaled to the largest, centrality is count / a,
// whatever the term weights. LexRank over the same graph (three cliques,
// each node as well linked as any other) gives every sentence the same rank.
TEST(AnalysisTest, PastFourHundredSentencesCentralityIsCentroidSimilarity) {
  struct Row {
    const char* intent;
    int a, b, c;
    float expected[3];  // centrality of each kind
  };
  const Row rows[] = {
      {"400 sentences: LexRank's graph, every clique node alike", 200, 150, 50, {1.0f, 1.0f, 1.0f}},
      {"401 sentences: the centroid, each kind by its share", 200, 150, 51, {1.0f, 0.75f, 0.255f}},
      {"a small kind far from the centroid", 300, 150, 20, {1.0f, 0.5f, 20.0f / 300.0f}},
  };
  for (const Row& row : rows) {
    Document doc = ThreeTopics(row.a, row.b, row.c);
    Analysis analysis = Analyze(doc);
    ASSERT_EQ(analysis.sentences.size(), static_cast<size_t>(row.a + row.b + row.c)) << row.intent;
    for (size_t i = 0; i < analysis.sentences.size(); ++i) {
      const int kind = i < static_cast<size_t>(row.a) ? 0 : i < static_cast<size_t>(row.a + row.b) ? 1 : 2;
      ASSERT_NEAR(analysis.sentences[i].centrality, row.expected[kind], 1e-4)
          << row.intent << ", sentence " << i;
    }
    // The brief of so long an article is still grounded in it.
    auto brief = BriefDocument(doc, BriefOptions{});
    ASSERT_TRUE(brief.ok()) << row.intent << ": " << brief.status().ToString();
    EXPECT_EQ(testing::CheckBrief(*brief, doc.Read()), "") << row.intent;
  }
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

// Statements quote whole sentences: the pieces the splitter cuts (at ；
// between full clauses, at each sentence of a quotation) are gathered into
// the sentence they belong to, and a line with no end mark is no sentence.
TEST(WholeSentenceTest, PiecesGatherIntoTheSentenceTheyBelongTo) {
  struct Row {
    std::vector<std::string> paragraphs;
    Language language;
    // Per piece, in article order: "first-last" of its sentence, and
    // whether that sentence is whole.
    std::vector<std::pair<std::string, bool>> units;
    const char* intent;
  };
  const Row rows[] = {
      {{"截至2025年底，全国企业职工基本养老保险基金累计结余4.99万亿元；城乡居民基本养老保险基金累计结余1."
        "4万亿元。"},
       Language::kChinese,
       {{"0-1", true}, {"0-1", true}},
       "a sentence the splitter cut at ； is one sentence"},
      {{"提示嗅觉和味觉丧失的人应该自我隔离", "卫生部门周三发布了新的指引，要求出现症状的人居家隔离。"},
       Language::kChinese,
       {{"0-0", false}, {"1-1", true}},
       "a subheading has no end mark: no sentence"},
      {{"He said: \"We will win. We always do.\" The crowd cheered."},
       Language::kEnglish,
       {{"0-1", true}, {"0-1", true}, {"2-2", true}},
       "a quotation of two sentences is one"},
      {{"Beckham said: \"It is a relief to have won. \"We cannot go another season without a trophy.\""},
       Language::kEnglish,
       {{"0-0", true}, {"1-1", true}},
       "a quotation news leaves open ends where the next one opens"},
  };
  for (const Row& row : rows) {
    const Document doc = Doc(row.paragraphs, row.language);
    const Analysis a = Analyze(doc);
    std::vector<std::pair<std::string, bool>> units;
    for (const auto& info : a.sentences) {
      units.emplace_back(std::to_string(info.unit_first) + "-" + std::to_string(info.unit_last), info.whole);
    }
    EXPECT_EQ(units, row.units) << row.intent;
  }
}

TEST(WholeSentenceTest, BriefsAreMadeOfWholeSentences) {
  // A subheading, a lead the splitter cuts at ；, and a quotation of two
  // sentences: every statement is a whole sentence, none is the heading, and
  // the quotation is never cut.
  const Document doc = Doc({"基金结余创新高",
                            "截至2025年底，全国企业职工基本养老保险基金累计结余4.99万亿元；"
                            "城乡居民基本养老保险基金累计结余1.4万亿元。",
                            "人社部新闻发言人表示：“基金运行总体平稳。我们将继续扩大投资规模。”",
                            "专家认为，结余增长主要得益于参保人数增加和投资收益提高。",
                            "此外，多地已经开始试点个人养老金制度，参与人数超过六千万。"},
                           Language::kChinese);
  auto brief = BriefDocument(doc, {});
  ASSERT_TRUE(brief.ok()) << brief.status().ToString();
  EXPECT_EQ(
      brief->core.text,
      "截至2025年底，全国企业职工基本养老保险基金累计结余4.99万亿元；城乡居民基本养老保险基金累计结余1.4万"
      "亿元。");
  std::vector<std::string> statements;
  for (const auto& g : brief->groups) {
    for (const auto& b : g.bullets) statements.push_back(b.text);
  }
  for (const std::string& text : statements) {
    EXPECT_NE(text, "基金结余创新高") << "a subheading became a statement";
    EXPECT_TRUE(EndsSentence(text)) << text;
  }
  // A statement quoting the spokesman quotes both sentences.
  for (const std::string& text : statements) {
    if (text.find("基金运行总体平稳") == std::string::npos && text.find("扩大投资规模") == std::string::npos)
      continue;
    EXPECT_EQ(text, "人社部新闻发言人表示：“基金运行总体平稳。我们将继续扩大投资规模。”");
  }
}

}  // namespace
}  // namespace precis::analyze
