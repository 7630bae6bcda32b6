// Copyright 2026 The precis Authors.
//
// Briefs that read right: each article of tests/articles (written for this
// test, one shaped like each case of a careful editor's checklist) briefed
// as a user would brief it, and held to what a reader must see — the core
// opening with the news, each announced enumeration kept whole with its
// points as items, subheadings as group titles, no noise line, no sentence
// a page broke — and to the hygiene counts of the whole set, which the
// README reports.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "brief_checks.h"
#include "brief_hygiene.h"
#include "precis/engine.h"
#include "precis/reader.h"
#include "readme_figures.h"
#include "test_util.h"

namespace precis {
namespace {

const std::string kArticles = std::string(PRECIS_SOURCE_DIR) + "/tests/articles/";

struct Read {
  Document doc;
  Brief brief;
};

Read BriefOf(const std::string& name) {
  auto article = ReadArticleFile(kArticles + name);
  EXPECT_TRUE(article.ok()) << name << ": " << article.status().ToString();
  if (!article.ok()) return {};
  testing::Text().Annotate(&*article);
  Read r{testing::Text().Analyze(std::move(*article)), {}};
  auto brief = BriefDocument(r.doc, {});
  EXPECT_TRUE(brief.ok()) << name << ": " << brief.status().ToString();
  if (brief.ok()) r.brief = std::move(*brief);
  return r;
}

// Every statement of `brief`: core, bullets and items.
std::vector<const Statement*> Statements(const Brief& brief) {
  std::vector<const Statement*> out{&brief.core};
  for (const auto& g : brief.groups) {
    for (const auto& b : g.bullets) {
      out.push_back(&b);
      for (const auto& item : b.items) out.push_back(&item);
    }
  }
  return out;
}

struct Enumerated {
  std::string intro;               // the bullet's text (the announcing sentence)
  std::vector<std::string> items;  // each item's opening words
};

// The bullet with items whose text opens with `intro`, or null.
const Statement* FindEnumeration(const Brief& brief, const std::string& intro) {
  for (const auto& g : brief.groups) {
    for (const auto& b : g.bullets) {
      if (!b.items.empty() && b.text.rfind(intro, 0) == 0) return &b;
    }
  }
  return nullptr;
}

TEST(BriefReadingTest, EachArticleReadsAsAnEditorWouldHaveIt) {
  struct Row {
    const char* file;
    const char* intent;
    std::string core_opens;                // the core's first words: the news
    std::vector<Enumerated> enumerations;  // kept as items, each point cited
    std::vector<std::string> titles;       // group titles the brief must have, in order
    std::vector<std::string> never;        // text no statement may contain
    std::vector<std::string> whole;        // sentences some statement holds whole
  };
  const Row rows[] = {
      {"zh-announced-across-paragraphs.txt",
       "an announced enumeration whose points start mid-paragraph and run on into later ones",
       "1月6日，法国、德国、意大利、西班牙和波兰五国外长在巴黎举行会议",
       {{"分析认为，五国推进能源合作至少面临三个困难。",
         {"一是各国能源结构", "二是资金来源", "三是外部环境"}}},
       {},
       {},
       {}},
      {"zh-clause-list.txt",
       "points inside one sentence: 一是…；二是…；三是…。 and 一方面…；另一方面…。",
       "3月18日，江西省县域经济高质量发展推进会在南昌召开。",
       {{"会议强调，要重点抓好以下三个方面的工作：", {"一是做大做强", "二是加快推进", "三是持续深化"}},
        {"在谈到县域招商引资成效时", {"一方面，部分企业", "另一方面，一些县"}}},
       {},
       {},
       {"三是持续深化营商环境改革和要素市场化配置。"}},
      {"zh-first-second.txt",
       "第一/第二/第三 announced by a count; 首先/其次/最后 introduced by the sentence before",
       "国家统计局10月18日发布数据显示",
       {{"专家认为，今年经济运行有三个特点。", {"第一，", "第二，", "第三，"}},
        {"赵立群建议，四季度应在巩固经济回升势头上持续用力。", {"首先，", "其次，", "最后，"}}},
       {},
       {},
       {}},
      {"zh-market-report.txt",
       "a market report: the core says the market closed higher, not 板块方面",
       "11月14日，A股三大指数集体收涨。",
       {},
       {},
       {},
       {"截至收盘，上证指数涨0.86%，报3056.42点；深证成指涨1.52%，报9843.17点；创业板指涨2.13%，报1962."
        "58点。"}},
      {"zh-profile-subheadings.txt",
       "a profile with subheadings: each starts a group and titles it; none is a statement",
       "第五届“全省最美乡村医生”评选结果揭晓",
       {},
       {"扎根深山三十年", "一个人的卫生室", "把希望留给后来人"},
       {"扎根深山三十年。", "一个人的卫生室。"},
       {}},
      {"zh-feature-scene-lead.txt",
       "a lifestyle feature: the core is its lead, not a recipe step",
       "随着气温回升，荠菜、香椿、马兰头等时令野菜陆续上市",
       {},
       {},
       {},
       {}},
      {"zh-noise.txt",
       "credits, captions, questions to the reader, transitions and sign-offs are never statements",
       "5月20日，记者从市水利局获悉",
       {},
       {},
       {"你知道吗", "图为城东排涝泵站施工现场", "下面我们来看看", "责任编辑", "通讯员"},
       {}},
      {"zh-broken-lines.txt",
       "sentences a page broke across lines are joined when read",
       "11月15日，第二十五届中国国际高新技术成果交易会在深圳国际会展中心开幕。",
       {},
       {},
       {},
       {"深圳芯远科技推出了多项指标国内领先的新一代车规级芯片"}},
      {"en-announced-points.txt",
       "English First/Second/Finally paragraphs announced by a count",
       "The Bank of England held its benchmark interest rate at 4.75 percent on Thursday",
       {{"The committee cited three reasons for the decision.",
         {"First, services", "Second, wage", "Finally, the"}}},
       {},
       {},
       {}},
      {"en-clause-list.txt",
       "English points inside one sentence: the conjunction goes, the separator gives way to a stop",
       "The Riverton City Council on Tuesday postponed a vote",
       {{"Council President Marcus Hale, who proposed the delay, gave three reasons:",
         {"First, the city's share", "Second, an independent", "Third, residents"}}},
       {},
       {"and third"},
       {"Second, an independent traffic study had not yet been completed."}},
      {"en-feature-subheadings.txt",
       "an English feature with subheadings",
       "For 26 years, Margaret Lloyd has driven a converted bus",
       {},
       {"A route of 140 miles", "More than a library", "An uncertain future"},
       {},
       {}},
      {"en-noise.txt",
       "teasers, captions, calls to action and questions to the reader are never statements nor titles",
       "An ice storm that swept across northern Vermont",
       {},
       {},
       {"Read more", "(Photo", "Sign up", "What do you think"},
       {}},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(std::string(row.file) + ": " + row.intent);
    const Read r = BriefOf(row.file);
    const Brief& brief = r.brief;
    EXPECT_EQ(testing::CheckBrief(brief, r.doc.Read()), "");
    EXPECT_EQ(brief.core.text.rfind(row.core_opens, 0), 0u) << "core: " << brief.core.text;
    for (const auto& e : row.enumerations) {
      const Statement* bullet = FindEnumeration(brief, e.intro);
      ASSERT_NE(bullet, nullptr) << "no enumeration announced by " << e.intro;
      ASSERT_EQ(bullet->items.size(), e.items.size()) << e.intro;
      for (size_t i = 0; i < e.items.size(); ++i) {
        EXPECT_EQ(bullet->items[i].text.rfind(e.items[i], 0), 0u) << bullet->items[i].text;
        EXPECT_FALSE(bullet->items[i].citations.empty());
      }
    }
    std::vector<std::string> titles;
    for (const auto& g : brief.groups) titles.push_back(g.title);
    for (const auto& title : row.titles) {
      EXPECT_NE(std::find(titles.begin(), titles.end(), title), titles.end()) << "no group titled " << title;
    }
    for (const Statement* s : Statements(brief)) {
      // An announcing sentence may end in a colon: its points follow.
      const bool announces = !s->items.empty() && (s->text.ends_with("：") || s->text.ends_with(":"));
      if (!announces) {
        EXPECT_EQ(testing::SentenceDefect(s->text), "") << s->text;
      }
      for (const auto& noise : row.never) EXPECT_EQ(s->text.find(noise), std::string::npos) << s->text;
    }
    for (const auto& title : titles) {
      for (const auto& noise : row.never) EXPECT_EQ(title.find(noise), std::string::npos) << title;
    }
    for (const auto& sentence : row.whole) {
      bool found = false;
      for (const Statement* s : Statements(brief)) found |= s->text.find(sentence) != std::string::npos;
      EXPECT_TRUE(found) << "no statement holds " << sentence;
    }
  }
}

// The README's hygiene line for tests/articles is what the code measures,
// and it shows no defect.
TEST(BriefReadingTest, OurArticlesHaveNoDefectAndTheReadmeSaysSo) {
  const auto [set, counts] = testing::MeasureHygieneOfArticles(kArticles, testing::Text());
  EXPECT_EQ(counts.briefs, 12u);
  EXPECT_EQ(counts.not_whole, 0u);
  EXPECT_EQ(counts.stub_groups, 0u);
  EXPECT_EQ(counts.bare_enumerations, 0u);
  EXPECT_EQ(counts.list_titles, 0u);
  EXPECT_EQ(counts.long_titles, 0u);
  EXPECT_EQ(counts.duplicate_titles, 0u);
  EXPECT_EQ(counts.announced_kept, counts.announced);
  EXPECT_EQ(counts.core_opens_with_news, counts.briefs);
  const std::string line = testing::HygieneLine(set, counts);
  EXPECT_NE(testing::ReadmeText().find("\n" + line + "\n"), std::string::npos)
      << "README.md lacks the measured line:\n"
      << line;
}

}  // namespace
}  // namespace precis
