// Copyright 2026 The precis Authors.

#include "plan/plan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "precis/engine.h"
#include "test_util.h"
#include "util/utf8.h"

namespace precis::plan {
namespace {

using analyze::TermVector;
using precis::testing::Text;

TEST(SegmentTopicsTest, CutsWhereTheVocabularyChanges) {
  // Units 0-2 share terms 1-2, units 3-5 share terms 7-8.
  const std::vector<TermVector> vectors = {{{1, 1}, {2, 1}}, {{1, 1}, {2, 1}}, {{1, 1}, {3, 1}},
                                           {{7, 1}, {8, 1}}, {{7, 1}, {8, 1}}, {{8, 1}, {9, 1}}};
  std::vector<const TermVector*> units;
  for (const TermVector& v : vectors) units.push_back(&v);
  EXPECT_EQ(SegmentTopics(units, 2, {}), (std::vector<int>{0, 3}));
  // A forbidden gap (inside an enumeration) is never a boundary: the cut
  // moves to the next deepest valley. Cosine across each gap (two units a
  // side): gap 1 0.87, gap 2 0.35, gap 3 0, gap 4 0.61, gap 5 0.5. Without
  // gap 3, gap 2 is deepest, 0.51 below the peak at its left (the dip at
  // gap 3 ends the climb to its right); gap 5 is 0.11 below gap 4; gaps 1
  // and 4 are peaks.
  std::vector<bool> forbidden(7, false);
  forbidden[3] = true;
  EXPECT_EQ(SegmentTopics(units, 2, forbidden), (std::vector<int>{0, 2}));
  EXPECT_EQ(SegmentTopics(units, 1, {}), (std::vector<int>{0}));
}

Document LongArticle() {
  Article a;
  a.language = Language::kChinese;
  a.title = "志愿者联盟巴黎会议讨论乌克兰安全保证";
  a.paragraphs = {
      "1月6日，志愿者联盟领导人会议在巴黎举行，会议讨论停火之后如何为乌克兰提供安全保证。",
      "这一联盟由英国和法国牵头，目前有30多个国家参与巴黎会议。",
      "会后，与会各方签署联合声明，表示停火后将在乌克兰部署多国部队。",
      "分析人士指出，部署多国部队至少面临三个困难。",
      "一是俄罗斯明确反对。俄方表示外国军队将被视为打击目标。",
      "二是兵力和资金难以落实。欧洲国家军费有限，议会尚未批准预算。",
      "三是美国的态度并不明朗。华盛顿没有承诺提供情报和空中支援。",
      "与此同时，国际油价周三下跌2%，布伦特原油报每桶61美元。",
      "油价下跌主要受库存增加影响，交易员预计油价短期仍将承压。",
  };
  return Text().Analyze(std::move(a));
}

TEST(MakePlanTest, GroupsBulletsAndEnumerations) {
  Document doc = LongArticle();
  analyze::Analysis a = analyze::Analyze(doc);
  Plan plan = MakePlan(doc, a, PlanOptions{});
  ASSERT_FALSE(plan.core.evidence.empty());
  EXPECT_LE(plan.core.evidence.size(), 3u);
  ASSERT_GE(plan.groups.size(), 2u);
  EXPECT_LE(plan.groups.size(), 4u);

  // No sentence is said twice; every group has 1-4 bullets and a title.
  std::set<std::pair<int, int>> seen;
  auto note = [&](const std::vector<Evidence>& ev) {
    for (const auto& e : ev) EXPECT_TRUE(seen.insert({e.paragraph, e.sentence}).second);
  };
  note(plan.core.evidence);
  int enumerations = 0;
  for (const auto& g : plan.groups) {
    EXPECT_GE(g.bullets.size(), 1u);
    EXPECT_LE(g.bullets.size(), 4u);
    EXPECT_FALSE(g.key_terms.empty());
    EXPECT_LE(g.first_paragraph, g.last_paragraph);
    for (const auto& b : g.bullets) {
      note(b.evidence);
      for (const auto& item : b.items) note(item.evidence);
      if (!b.items.empty()) {
        ++enumerations;
        // The three difficulties stay one bullet with three items, each
        // from its own paragraph.
        ASSERT_EQ(b.items.size(), 3u);
        EXPECT_EQ(b.items[0].evidence.front().paragraph, 4);
        EXPECT_EQ(b.items[1].evidence.front().paragraph, 5);
        EXPECT_EQ(b.items[2].evidence.front().paragraph, 6);
      }
    }
  }
  EXPECT_EQ(enumerations, 1);
  // The closing oil-price story is another topic: the last group is exactly
  // its two paragraphs.
  EXPECT_EQ(plan.groups.back().first_paragraph, 7);
  EXPECT_EQ(plan.groups.back().last_paragraph, 8);
  // Groups run in article order and do not overlap.
  for (size_t g = 1; g < plan.groups.size(); ++g) {
    EXPECT_GT(plan.groups[g].first_paragraph, plan.groups[g - 1].last_paragraph);
  }
}

TEST(MakePlanTest, SingleSentenceArticle) {
  Article art;
  art.language = Language::kEnglish;
  art.paragraphs = {"The central bank kept its key rate at 3.5% on Thursday."};
  Document doc = Text().Analyze(std::move(art));
  analyze::Analysis a = analyze::Analyze(doc);
  Plan plan = MakePlan(doc, a, PlanOptions{});
  ASSERT_EQ(plan.core.evidence.size(), 1u);
  EXPECT_EQ(plan.core.evidence[0], (Evidence{0, 0}));
  EXPECT_TRUE(plan.groups.empty());  // nothing left to group
}

// A group's title: its subheading, or a phrase of its own words — never a
// list of terms, never the same title twice.
TEST(GroupTitleTest, SubheadingsAndPhrasesNotLists) {
  Article article;
  article.language = Language::kChinese;
  article.paragraphs = {
      "国家统计局周三发布数据，10月份全国居民消费价格指数同比上涨0.4%。",
      "食品价格上涨",
      "猪肉价格同比上涨12.5%，鲜菜价格同比上涨8.3%，食品价格整体涨幅明显扩大。",
      "分析人士认为，猪肉价格上涨主要受生猪存栏量下降影响，鲜菜价格则受天气因素推动。",
      "能源价格回落",
      "受国际油价下跌影响，汽油和柴油价格分别下降3.1%和3.4%，能源价格连续两个月回落。",
      "国际原油市场供应增加，能源价格回落的趋势预计将持续到年底。",
  };
  const Document doc = Text().Analyze(article);
  const analyze::Analysis a = analyze::Analyze(doc);
  const Plan plan = MakePlan(doc, a, PlanOptions{});
  auto title = [&](const PlannedGroup& g) {
    if (g.title.paragraph < 0) return std::string();
    return doc.paragraphs[static_cast<size_t>(g.title.paragraph)].text.substr(g.title.begin,
                                                                              g.title.end - g.title.begin);
  };
  // A group a subheading starts has it as its title.
  size_t headed = 0;
  for (const auto& g : plan.groups) {
    const std::string& first = doc.paragraphs[static_cast<size_t>(g.first_paragraph)].text;
    if (first == "食品价格上涨" || first == "能源价格回落") {
      EXPECT_EQ(title(g), first);
      ++headed;
    }
  }
  EXPECT_GE(headed, 1u);
  // No statement is a subheading.
  for (const auto& g : plan.groups) {
    for (const auto& b : g.bullets) {
      for (const auto& e : b.evidence) EXPECT_NE(e.paragraph % 3, 1) << "a subheading became a bullet";
    }
  }
  // Without subheadings, titles are phrases the text holds, told apart.
  Article plain = article;
  plain.paragraphs = {article.paragraphs[0], article.paragraphs[2], article.paragraphs[3],
                      article.paragraphs[5], article.paragraphs[6]};
  const Document plain_doc = Text().Analyze(plain);
  const Plan plain_plan = MakePlan(plain_doc, analyze::Analyze(plain_doc), PlanOptions{});
  std::set<std::string> seen;
  for (const auto& g : plain_plan.groups) {
    ASSERT_GE(g.title.paragraph, 0);
    const std::string t = plain_doc.paragraphs[static_cast<size_t>(g.title.paragraph)].text.substr(
        g.title.begin, g.title.end - g.title.begin);
    EXPECT_EQ(t.find("、"), std::string::npos) << t;
    EXPECT_LE(util::CountCodePoints(t), 12u) << t;
    EXPECT_TRUE(seen.insert(t).second) << "title repeated: " << t;
  }
}

// A link under a label (Video: …, Profile: …) or set off by dashes is no
// subheading: it neither starts a group nor titles one.
TEST(GroupTitleTest, LabelledLinksAreNoSubheadings) {
  Article article;
  article.language = Language::kEnglish;
  article.paragraphs = {
      "Heavy storms flooded hundreds of homes along the northern coast on Tuesday, officials said.",
      "Emergency crews rescued more than 40 people from cars trapped by rising water near the harbour.",
      "Video: Storm batters coastal town",
      "The weather service warned that more rain was expected on Wednesday across the region.",
      "Schools in three districts will stay closed until the water has gone down, the council said.",
      "Profile: The town's harbour master",
      "Insurers said the cost of the damage could run into tens of millions of pounds.",
      "Residents have complained for years that the sea wall was too low to hold back such storms.",
  };
  const Document doc = Text().Analyze(article);
  const Plan plan = MakePlan(doc, analyze::Analyze(doc), PlanOptions{});
  for (const auto& g : plan.groups) {
    if (g.title.paragraph < 0) continue;
    const std::string t = doc.paragraphs[static_cast<size_t>(g.title.paragraph)].text.substr(
        g.title.begin, g.title.end - g.title.begin);
    EXPECT_EQ(t.find(':'), std::string::npos) << "a labelled link titles a group: " << t;
  }
}

// An enumeration no sentence announces is introduced by the sentence before
// it, or its points stand as bullets: never a bare mark with items under it.
TEST(EnumerationPlanTest, NoBareEnumeration) {
  Article article;
  article.language = Language::kChinese;
  article.paragraphs = {
      "国务院常务会议周三部署稳就业工作，要求各地区各部门压实责任。", "会议确定了下一步稳就业的工作重点。",
      "第一，加大对中小企业的支持力度，落实减税降费政策。",
      "第二，扩大职业技能培训规模，提高劳动者就业能力。", "第三，做好高校毕业生就业服务，拓宽基层就业渠道。"};
  const Document doc = Text().Analyze(article);
  auto brief = BriefDocument(doc, {});
  ASSERT_TRUE(brief.ok()) << brief.status().ToString();
  size_t points = 0;
  for (const auto& g : brief->groups) {
    for (const auto& b : g.bullets) {
      if (!b.items.empty()) {
        EXPECT_EQ(b.text, "会议确定了下一步稳就业的工作重点。");
        points += b.items.size();
      }
    }
  }
  EXPECT_EQ(points, 3u) << "the enumeration was lost";
}

// Only content is stated: a question put to the reader, a caption in
// brackets, a transition with no content and a stub are never statements; a question somebody is
// reported to have asked is content.
TEST(ContentTest, QuestionsToTheReaderCaptionsAndStubsAreNoStatements) {
  Article article;
  article.language = Language::kChinese;
  article.paragraphs = {"国家数据局周二公布，今年前三季度全国数据交易规模同比增长超过四成。",
                        "你知道吗？",
                        "（某头部数据公司的部分报价单）",
                        "好消息。",
                        "在了解更多关于数据交易的细节之前，我们有必要先说说这个“数据局”。",
                        "发布会上，有记者提问，数据交易的定价规则会不会进一步公开？",
                        "数据局负责人表示，将在年底前发布数据产品定价指引，推动交易规则透明化。",
                        "业内人士认为，定价指引出台后，中小企业参与数据交易的门槛将明显降低。"};
  const Document doc = Text().Analyze(article);
  auto brief = BriefDocument(doc, {});
  ASSERT_TRUE(brief.ok()) << brief.status().ToString();
  std::vector<std::string> statements{brief->core.text};
  for (const auto& g : brief->groups) {
    for (const auto& b : g.bullets) statements.push_back(b.text);
  }
  for (const std::string& text : statements) {
    EXPECT_EQ(text.find("你知道吗"), std::string::npos) << text;
    EXPECT_EQ(text.find("报价单"), std::string::npos) << text;
    EXPECT_NE(text, "好消息。");
    EXPECT_EQ(text.find("我们有必要"), std::string::npos) << "a transition with no content: " << text;
  }
  EXPECT_NE(std::find(statements.begin(), statements.end(),
                      "发布会上，有记者提问，数据交易的定价规则会不会进一步公开？"),
            statements.end())
      << ::testing::PrintToString(statements);
}

}  // namespace
}  // namespace precis::plan
