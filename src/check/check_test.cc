// Copyright 2026 The precis Authors.
//
// precis check: briefs in each shape parse to the same statements; every
// kind of planted fault is caught; faithful paraphrases pass; an English
// brief of a Chinese article is checked on numbers, dates and names.

#include "precis/check.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "check/claims.h"
#include "check/facts.h"
#include "precis/engine.h"
#include "precis/pipeline.h"
#include "render/brief_writer.h"
#include "test_util.h"

namespace precis {

// Failure messages name verdicts ("mis-cited"), not their bytes.
void PrintTo(Verdict verdict, std::ostream* os) { *os << VerdictName(verdict); }

namespace {

Document Article(std::vector<std::string> paragraphs, std::string title = "标题") {
  precis::Article a;
  a.title = std::move(title);
  a.paragraphs = std::move(paragraphs);
  testing::Text().Annotate(&a);
  return testing::Text().Analyze(std::move(a));
}

const std::vector<std::string> kZh = {
    "1月6日，“志愿联盟”峰会在巴黎举行，30多个国家的领导人出席。",
    "英国首相斯塔默和法国总统马克龙共同主持会议，会后签署了联合声明。",
    "分析人士指出，部署多国部队面临三个困难：一是俄罗斯反对，二是兵力不足，三是资金缺口达50亿欧元。",
    "泽连斯基表示，乌克兰需要的是具有约束力的安全保障。",
};

// The check of a one-statement brief; nullopt, and a test failure, when the
// text does not parse or gives another number of statements.
std::optional<StatementCheck> CheckOne(const std::string& brief_text, const Document& doc) {
  auto brief = ParseBrief(brief_text, "brief.md");
  if (!brief.ok()) {
    ADD_FAILURE() << brief.status().ToString();
    return std::nullopt;
  }
  CheckReport report = CheckBrief(*brief, doc, testing::Text());
  if (report.statements.size() != 1) {
    ADD_FAILURE() << "expected one statement:\n" << CheckReportToText(report);
    return std::nullopt;
  }
  return std::move(report.statements.front());
}

std::optional<Verdict> VerdictOf(const std::string& brief_text, const Document& doc) {
  const std::optional<StatementCheck> check = CheckOne(brief_text, doc);
  if (!check) return std::nullopt;
  return check->verdict;
}

TEST(CheckTest, CitationGroupsAndClaims) {
  std::string text = "A joint declaration was signed [2][3].";
  EXPECT_EQ(check::TakeTrailingCitations(&text), (std::vector<int>{2, 3}));
  EXPECT_EQ(text, "A joint declaration was signed.");
  text = "三个困难 [3, 5] ";
  EXPECT_EQ(check::TakeTrailingCitations(&text), (std::vector<int>{3, 5}));
  text = "range [2-4]";
  EXPECT_EQ(check::TakeTrailingCitations(&text), (std::vector<int>{2, 3, 4}));
  text = "no citation here";
  EXPECT_TRUE(check::TakeTrailingCitations(&text).empty());
  Statement s;
  s.text = "A [1]. B [2][3]. C";
  s.citations = {4};
  auto claims = check::SplitClaims(s);
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].text, "A");
  EXPECT_EQ(claims[0].citations, std::vector<int>{1});
  EXPECT_EQ(claims[1].citations, (std::vector<int>{2, 3}));
  EXPECT_EQ(claims[2].text, "C");
  EXPECT_EQ(claims[2].citations, std::vector<int>{4});
}

TEST(CheckTest, FactsInBothNotations) {
  auto zh = check::FindFacts("1月6日，30多个国家；增长百分之五点二，资金50亿欧元，三个困难，一些人", true);
  ASSERT_EQ(zh.dates.size(), 1u);
  EXPECT_EQ(zh.dates[0].month, 1);
  EXPECT_EQ(zh.dates[0].day, 6);
  auto en = check::FindFacts(
      "On January 6, more than 30 countries; growth of 5.2%, 5 billion euros, three problems", true);
  ASSERT_EQ(en.dates.size(), 1u);
  EXPECT_TRUE(check::SameDate(en.dates[0], zh.dates[0]));
  // 30, 5.2%, 5e9 and 3 in both; 一些 is no number.
  ASSERT_EQ(zh.numbers.size(), 4u);
  ASSERT_EQ(en.numbers.size(), 4u);
  for (size_t i = 0; i < 4; ++i) EXPECT_TRUE(check::SameNumber(zh.numbers[i], en.numbers[i])) << i;
  EXPECT_FALSE(check::SameNumber(zh.numbers[1], check::FindFacts("5.2", true).numbers[0]));  // % vs plain
}

TEST(CheckTest, ParsesMarkdownPastedAndJsonAlike) {
  const Document doc = Article(kZh);
  const std::string markdown =
      "# 标题\n\n来源 · 2026-01-09\n\n**核心观点** - "
      "1月6日，“志愿联盟”峰会在巴黎举行，30多个国家的领导人出席。[1]\n\n"
      "**第1组：困难**\n\n- 分析人士指出，部署多国部队面临三个困难：\n  1. 一是俄罗斯反对 [3]\n  2. "
      "二是兵力不足 [3]\n"
      "- 泽连斯基表示，乌克兰需要的是具有约束力的安全保障。[4]\n";
  const std::string pasted =
      "标题 核心观点 - 1月6日，“志愿联盟”峰会在巴黎举行，30多个国家的领导人出席。[1] 第1组：困难 - "
      "分析人士指出，部署多国部队面临三个困难：1. 一是俄罗斯反对 [3]. 2. 二是兵力不足 [3]. - "
      "泽连斯基表示，乌克兰需要的是具有约束力的安全保障。[4]";
  for (const std::string& text : {markdown, pasted}) {
    auto brief = ParseBrief(text, "brief");
    ASSERT_TRUE(brief.ok()) << brief.status().ToString();
    const CheckReport report = CheckBrief(*brief, doc, testing::Text());
    ASSERT_EQ(report.statements.size(), 5u) << CheckReportToText(report);
    EXPECT_TRUE(report.all_supported()) << CheckReportToText(report);
    EXPECT_EQ(report.statements[1].citations, std::vector<int>{3});  // the intro stands on its items
  }
  // A bold group title is read whole, dashes and all.
  auto dashed = ParseBrief(
      "**核心观点** - 1月6日，峰会在巴黎举行。[1]\n\n**第1组：巴黎峰会 - 最新进展**\n\n- "
      "泽连斯基表示，乌克兰需要安全保障。[4]\n",
      "dashed.md");
  ASSERT_TRUE(dashed.ok()) << dashed.status().ToString();
  ASSERT_EQ(dashed->groups.size(), 1u);
  EXPECT_EQ(dashed->groups[0].title, "巴黎峰会 - 最新进展");
  ASSERT_EQ(dashed->groups[0].bullets.size(), 1u);
  EXPECT_EQ(dashed->groups[0].bullets[0].citations, std::vector<int>{4});
  auto json = ParseBrief(
      R"({"core":{"text":"泽连斯基表示，乌克兰需要安全保障。","citations":[4]},"groups":[]})", "b.json");
  ASSERT_TRUE(json.ok());
  EXPECT_TRUE(CheckBrief(*json, doc, testing::Text()).all_supported());
  EXPECT_FALSE(ParseBrief("just some words", "x.md").ok());
  EXPECT_FALSE(ParseBrief("{\"core\": ", "x.json").ok());
}

TEST(CheckTest, CatchesEveryKindOfPlantedFault) {
  const Document doc = Article(kZh);
  const std::string core = "**核心观点** - ";
  EXPECT_EQ(VerdictOf(core + "1月6日，“志愿联盟”峰会在巴黎举行，30多个国家的领导人出席。[1]", doc),
            Verdict::kSupported);
  // A changed number, a changed date.
  EXPECT_EQ(VerdictOf(core + "1月6日，“志愿联盟”峰会在巴黎举行，40多个国家的领导人出席。[1]", doc),
            Verdict::kUnsupported);
  EXPECT_EQ(VerdictOf(core + "1月9日，“志愿联盟”峰会在巴黎举行，30多个国家的领导人出席。[1]", doc),
            Verdict::kUnsupported);
  // A wrong paragraph number.
  EXPECT_EQ(VerdictOf(core + "1月6日，“志愿联盟”峰会在巴黎举行，30多个国家的领导人出席。[2]", doc),
            Verdict::kMisCited);
  // An invented name.
  EXPECT_EQ(VerdictOf(core + "英国首相约翰逊和法国总统马克龙共同主持会议，会后签署了联合声明。[2]", doc),
            Verdict::kUnsupported);
  // No citation; a citation past the last paragraph.
  EXPECT_EQ(VerdictOf(core + "泽连斯基表示，乌克兰需要的是具有约束力的安全保障。", doc), Verdict::kUncited);
  EXPECT_EQ(VerdictOf(core + "泽连斯基表示，乌克兰需要的是具有约束力的安全保障。[7]", doc),
            Verdict::kMisCited);
}

TEST(CheckTest, FaithfulParaphrasesPass) {
  const Document doc = Article(kZh);
  const std::string core = "**核心观点** - ";
  EXPECT_EQ(VerdictOf(core + "部署多国部队有三个困难，包括俄罗斯反对和50亿欧元的资金缺口。[3]", doc),
            Verdict::kSupported);
  EXPECT_EQ(VerdictOf(core + "斯塔默与马克龙主持了会议，并签署联合声明。[2]", doc), Verdict::kSupported);
}

TEST(CheckTest, EnglishParaphrasesPassAndEnglishFaultsAreCaught) {
  const Document doc =
      Article({"The International Monetary Fund raised its forecast for global growth to 3.2% this "
               "year but warned on Tuesday that the recovery faces three main risks.",
               "Government borrowing in advanced economies is expected to exceed 110% of output by "
               "2028, the highest level since the Second World War."},
              "IMF warns of three risks");
  const std::string core = "Core Viewpoint - ";
  EXPECT_EQ(
      VerdictOf(
          core + "The IMF lifted its global growth forecast to 3.2% and warned of three main risks [1].",
          doc),
      Verdict::kSupported);
  EXPECT_EQ(VerdictOf(core + "Borrowing by advanced economies should top 110% of output by 2028 [2].", doc),
            Verdict::kSupported);
  EXPECT_EQ(VerdictOf(core + "The IMF lifted its global growth forecast to 3.5% [1].", doc),
            Verdict::kUnsupported);
  EXPECT_EQ(VerdictOf(core + "The IMF lifted its global growth forecast to 3.2% [2].", doc),
            Verdict::kMisCited);
  EXPECT_EQ(VerdictOf(core + "Kristalina Georgieva said borrowing will exceed 110% of output [2].", doc),
            Verdict::kUnsupported);
}

TEST(CheckTest, EnglishBriefOfAChineseArticleIsCheckedOnFacts) {
  const Document doc = Article(kZh);
  const std::string core = "Core Viewpoint - ";
  const std::optional<StatementCheck> ok =
      CheckOne(core + "On January 6 leaders of more than 30 countries met in Paris [1].", doc);
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->verdict, Verdict::kSupported) << ok->problems.size();
  EXPECT_TRUE(ok->partial);  // numbers, dates and names only
  struct Row {
    const char* intent;
    std::string statement;
    Verdict verdict;
  };
  const Row rows[] = {
      {"a number and an amount in either notation",
       "Deployment faces three difficulties, including a funding gap of 5 billion euros [3].",
       Verdict::kSupported},
      {"a name through the bilingual list", "Zelensky said Ukraine needs binding guarantees [4].",
       Verdict::kSupported},
      {"a changed date", "On January 9 leaders of more than 30 countries met in Paris [1].",
       Verdict::kUnsupported},
      {"names found, in another paragraph", "Macron and Starmer chaired the meeting [4].",
       Verdict::kMisCited},
      {"a name the article never has", "Putin chaired the meeting in Paris [2].", Verdict::kUnsupported},
  };
  for (const Row& row : rows) EXPECT_EQ(VerdictOf(core + row.statement, doc), row.verdict) << row.intent;
}

TEST(CheckTest, APastedEnglishBriefOfTheChineseExample) {
  auto doc = LoadDocument(PRECIS_SOURCE_DIR "/examples/zh-ukraine-force.md", {}, testing::Text());
  ASSERT_TRUE(doc.ok());
  auto brief = ParseBrief(
      "Core Viewpoint - The meeting held in Paris on January 6 focused on security guarantees for Ukraine "
      "after a ceasefire [1]. Group 1: Meeting Outcomes - The \"Coalition of the Willing,\" led by the UK "
      "and France, has more than 30 countries participating [2]. - US envoys Witkoff and Kushner attended "
      "for the first time [2]. - A joint declaration was signed, planning a \"multinational force\" in "
      "Ukraine [3]. Group 2: Challenges to Deployment - Three main challenges were identified: 1. Russia's "
      "opposition, which would treat NATO troops as legitimate targets [6]. 2. Troops and funding, with only "
      "a few thousand soldiers available [7]. 3. The unclear US stance, as Washington has not promised a "
      "backstop [8].",
      "pasted");
  ASSERT_TRUE(brief.ok()) << brief.status().ToString();
  const CheckReport report = CheckBrief(*brief, *doc, testing::Text());
  EXPECT_EQ(report.statements.size(), 8u) << CheckReportToText(report);
  EXPECT_TRUE(report.all_supported()) << CheckReportToText(report);
  for (const auto& s : report.statements) EXPECT_TRUE(s.partial);
  // The same brief with the deployment placed in paragraph 4: mis-cited.
  auto moved = ParseBrief(
      "Core Viewpoint - A joint declaration was signed, planning a \"multinational force\" in "
      "Ukraine, after the meeting in Paris on January 6 [4].",
      "pasted");
  ASSERT_TRUE(moved.ok()) << moved.status().ToString();
  const CheckReport moved_report = CheckBrief(*moved, *doc, testing::Text());
  ASSERT_EQ(moved_report.statements.size(), 1u) << CheckReportToText(moved_report);
  EXPECT_EQ(moved_report.statements[0].verdict, Verdict::kMisCited);
}

TEST(CheckTest, ChineseNamesThroughTheirPinyin) {
  const Document doc =
      Article({"外交部发言人汪文斌9日表示，中方愿同各方一道推动局势缓和。", "李强总理出席了会议。"});
  const std::string core = "Core Viewpoint - ";
  struct Row {
    const char* intent;
    std::string statement;
    Verdict verdict;
  };
  const Row rows[] = {
      {"汪文斌 as Wang Wenbin", "Spokesman Wang Wenbin said China is willing to work with all parties [1].",
       Verdict::kSupported},
      {"李强 as Li Qiang", "Premier Li Qiang attended the meeting [2].", Verdict::kSupported},
      {"a pinyin name the article never has is an invention", "Zhang Wei attended the meeting [2].",
       Verdict::kUnsupported},
  };
  for (const Row& row : rows) EXPECT_EQ(VerdictOf(core + row.statement, doc), row.verdict) << row.intent;
  // A foreign name neither the list nor pinyin reaches: said, not judged.
  const std::optional<StatementCheck> unknown =
      CheckOne(core + "Spokesman Wang Wenbin met Jean Dupont [1].", doc);
  ASSERT_TRUE(unknown.has_value());
  EXPECT_EQ(unknown->verdict, Verdict::kSupported);
  EXPECT_TRUE(unknown->partial);
  // The report names what it could not check.
  ASSERT_FALSE(unknown->problems.empty());
  EXPECT_NE(unknown->problems.back().find("Dupont could not be checked"), std::string::npos)
      << unknown->problems.back();
}

}  // namespace
}  // namespace precis
