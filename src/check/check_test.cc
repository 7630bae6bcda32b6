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

TEST(CheckTest, EnglishBriefOfAChineseArticleIsCheckedThroughTheLexicon) {
  const Document doc = Article(kZh);
  const std::string core = "Core Viewpoint - ";
  const std::optional<StatementCheck> ok =
      CheckOne(core + "On January 6 leaders of more than 30 countries met in Paris [1].", doc);
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->verdict, Verdict::kSupported) << ok->problems.size();
  EXPECT_FALSE(ok->partial);  // its content words too, through CC-CEDICT
  EXPECT_NE(std::find(ok->evidence.begin(), ok->evidence.end(), "content words: 100% in [1] (lexicon)"),
            ok->evidence.end());
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
      {"a translated name through the lexicon (志愿联盟)",
       "The Volunteer Alliance summit was held in Paris [1].", Verdict::kSupported},
      {"titles and demonyms (英国首相, 法国总统)",
       "British Prime Minister Starmer and French President Macron signed a joint statement [2].",
       Verdict::kSupported},
      {"content the cited paragraph does not hold, numbers and names right",
       "Leaders of more than 30 countries signed a trade deal on fishing quotas in Paris [1].",
       Verdict::kUnsupported},
  };
  for (const Row& row : rows) EXPECT_EQ(VerdictOf(core + row.statement, doc), row.verdict) << row.intent;
}

// Each route to a fact across languages, shown in the report.
TEST(CheckTest, RoutesAcrossLanguagesAreNamed) {
  const Document doc = Article(kZh);
  struct Row {
    std::string statement;
    std::string evidence;  // one evidence line the report must hold
  };
  const Row rows[] = {
      {"Zelensky said Ukraine needs binding security guarantees [4].",
       "name Zelensky \u2194 泽连斯基 (name list) in [4]"},
      {"The Volunteer Alliance summit was held in Paris [1].",
       "name Volunteer Alliance \u2194 志愿…联盟 (lexicon) in [1]"},
  };
  const Row more[] = {
      // A transliteration in other characters of the same sounds.
      {"Hanguang 800 differs from processors based on the von Neumann architecture [1].",
       "name Neumann \u2194 诺伊曼, as it sounds (lexicon) in [1]"},
      // A province as its compounds abbreviate it.
      {"Beijing will strengthen joint control across the Beijing-Tianjin-Hebei region [2].",
       "name Hebei \u2194 京津冀 (abbreviation) in [2]"},
      // A place and a name, each a word of several syllables, read by its
      // parts.
      {"Jiang Bo is principal of Dongguan Siyuan Vocational School [3].", "name Siyuan (pinyin) in [3]"},
      // A word through its synonyms' glosses: founded -> establish -> 成立.
      {"T-Head was founded in Hangzhou [4].", "content words: 100% in [4] (lexicon)"},
  };
  const Document other = Article(
      {"不同于基于冯·诺依曼架构的传统通用处理器，含光800采用专用指令集。", "北京市要加强京津冀地区联防联控。",
       "东莞市思源职业学校校长江波表示，贸易战没有打垮东莞企业。", "平头哥在杭州成立。"});
  for (const Row& row : more) {
    const auto check = CheckOne("Core Viewpoint - " + row.statement, other);
    ASSERT_TRUE(check.has_value());
    EXPECT_EQ(check->verdict, Verdict::kSupported) << row.statement;
    EXPECT_NE(std::find(check->evidence.begin(), check->evidence.end(), row.evidence), check->evidence.end())
        << row.statement << "\n"
        << CheckReportToText({{*check}, check->support, 4});
  }
  for (const Row& row : rows) {
    const auto check = CheckOne("Core Viewpoint - " + row.statement, doc);
    ASSERT_TRUE(check.has_value());
    EXPECT_NE(std::find(check->evidence.begin(), check->evidence.end(), row.evidence), check->evidence.end())
        << row.statement << "\n"
        << CheckReportToText({{*check}, check->support, 4});
  }
  const Document pinyin = Article({"外交部发言人汪文斌9日表示，中方愿同各方一道推动局势缓和。"});
  const auto wang = CheckOne(
      "Core Viewpoint - Wang Wenbin said China hopes to promote an easing of the situation [1].", pinyin);
  ASSERT_TRUE(wang.has_value());
  EXPECT_NE(std::find(wang->evidence.begin(), wang->evidence.end(),
                      "name Wang Wenbin \u2194 汪文斌 (pinyin) in [1]"),
            wang->evidence.end());
}

// How much a name found through the lexicon says: a name it has whole is
// there only whole; a common word or a character alone found elsewhere
// makes no statement mis-cited; an English word is no pinyin.
TEST(CheckTest, NamesThroughTheLexiconWeighedByWhatTheySay) {
  const Document doc =
      Article({"三星凌晨在旧金山举行发布会，正式发布新一代旗舰手机。", "该项目交付不到一年外墙就开裂脱落。",
               "构建完善的安全框架。", "山西省国际贸易促进理事会会长陈河才介绍，山西在能源等方面具有优势。"});
  struct Row {
    const char* intent;
    std::string statement;
    Verdict verdict;
    std::string problem;  // one the report must hold, or "" for none
  };
  const Row rows[] = {
      {"a name the lexicon has whole (拉斯维加斯), nowhere in the article",
       "Samsung held a launch event in Las Vegas and unveiled its new flagship phones [1].",
       Verdict::kUnsupported, "name Las Vegas is nowhere in the article"},
      {"the name the article holds",
       "Samsung held a launch event in San Francisco and unveiled its new flagship phones [1].",
       Verdict::kSupported, ""},
      {"a common word of a name (Paper: 构) found only elsewhere",
       "Less than a year after delivery the exterior walls cracked and fell off, according to The Paper [2].",
       Verdict::kSupported, ""},
      {"an English word that splits into pinyin letters (cou-n-ci-l) is no pinyin name",
       "Chen Hecai, president of the Shanxi Council for the Promotion of International Trade, said Shanxi "
       "has "
       "advantages in energy [4].",
       Verdict::kSupported, ""},
  };
  for (const Row& row : rows) {
    const auto check = CheckOne("Core Viewpoint - " + row.statement, doc);
    ASSERT_TRUE(check.has_value());
    EXPECT_EQ(check->verdict, row.verdict) << row.intent << "\n"
                                           << CheckReportToText({{*check}, check->support, 4});
    if (!row.problem.empty()) {
      EXPECT_NE(std::find(check->problems.begin(), check->problems.end(), row.problem), check->problems.end())
          << row.intent;
    }
  }
}

// Countries as Chinese abbreviates them in compounds.
TEST(CheckTest, AbbreviationsAcrossLanguages) {
  const Document doc = Article({"德法两国领导人出席会议。", "港股周三收涨，俄方表示欢迎。"});
  struct Row {
    const char* intent;
    std::string statement;
    Verdict verdict;
    std::string evidence;
  };
  const Row rows[] = {
      {"德法: Germany and France", "Leaders of Germany and France attended the meeting [1].",
       Verdict::kSupported, "name Germany \u2194 德法 (abbreviation) in [1]"},
      {"港股: Hong Kong", "Hong Kong stocks rose on Wednesday and Russia welcomed it [2].",
       Verdict::kSupported, "name Hong Kong \u2194 港股 (abbreviation) in [2]"},
      {"a country the compound does not name", "Leaders of Italy and France attended the meeting [1].",
       Verdict::kUnsupported, "name France \u2194 德法 (abbreviation) in [1]"},
  };
  for (const Row& row : rows) {
    const auto check = CheckOne("Core Viewpoint - " + row.statement, doc);
    ASSERT_TRUE(check.has_value());
    EXPECT_EQ(check->verdict, row.verdict) << row.intent;
    EXPECT_NE(std::find(check->evidence.begin(), check->evidence.end(), row.evidence), check->evidence.end())
        << row.intent;
  }
}

// An invented claim with the right names: the contrary of the paragraph
// (a word whose WordNet opposite it holds), or what it says did not happen.
TEST(CheckTest, ContraryClaimsAcrossLanguages) {
  const Document doc =
      Article({"阿里在现场并没有给出功耗等数据，也没有给出对标的具体品牌。",
               "公司承认存在与业主沟通不到位的问题。", "两个小时过去了，民警排查整栋楼，并没有发现可疑人员。",
               "业主应让新风口与燃气出气口尽量保持2米以上的距离。"});
  struct Row {
    const char* intent;
    std::string statement;
    Verdict verdict;
  };
  const Row rows[] = {
      {"what the paragraph denies, asserted",
       "Alibaba disclosed power consumption data and the brand it compared against at the event [1].",
       Verdict::kUnsupported},
      {"the denial, as the paragraph says it", "Alibaba gave no power consumption data at the event [1].",
       Verdict::kSupported},
      {"the opposite of the paragraph's verb (承认: admit)",
       "The company denied problems in communicating with owners [2].", Verdict::kUnsupported},
      {"the paragraph's verb", "The company admitted problems in communicating with owners [2].",
       Verdict::kSupported},
      {"what the paragraph says was not found, asserted",
       "After two hours police detained a suspicious person in the building [3].", Verdict::kUnsupported},
      {"the denial, as the paragraph says it",
       "After two hours police found no suspicious person in the building [3].", Verdict::kSupported},
      {"a word the negation does not reach (不到位的问题: the problems are there)",
       "The company admitted problems in communicating with owners [2].", Verdict::kSupported},
      {"no opposite through a sense the Chinese word hardly has (保持 \"to preserve\")",
       "Owners should keep fresh-air intakes two meters from gas outlets [4].", Verdict::kSupported},
  };
  for (const Row& row : rows)
    EXPECT_EQ(VerdictOf("Core Viewpoint - " + row.statement, doc), row.verdict) << row.intent;
}

// Numbers as Chinese writes them and as English does.
TEST(CheckTest, NumbersAcrossNotations) {
  struct Row {
    const char* intent;
    std::vector<std::string> article;
    std::string statement;
    Verdict verdict;
  };
  const Row rows[] = {
      {"8千多 as more than 8,000",
       {"全市共有8千多家企业参与。"},
       "More than 8,000 companies took part [1].",
       Verdict::kSupported},
      {"5600多万 as 56 million",
       {"全年客流达5600多万人次。"},
       "Passenger trips reached more than 56 million [1].",
       Verdict::kSupported},
      {"四成 as 40%",
       {"超过四成的受访者表示满意。"},
       "More than 40% of respondents were satisfied [1].",
       Verdict::kSupported},
      {"个百分点 as percentage points",
       {"增速回落4.6个百分点。"},
       "Growth slowed by 4.6 percentage points [1].",
       Verdict::kSupported},
      {"第十九届 as 19th",
       {"第十九届中国国际工业博览会开幕。"},
       "The 19th China International Industry Fair opened [1].",
       Verdict::kSupported},
      {"7纳米 as 7-nanometer",
       {"芯片采用7纳米工艺。"},
       "The chip uses a 7-nanometer process [1].",
       Verdict::kSupported},
      {"a year inside a range",
       {"2016年-2018年，销量分别增长了5%、8%和12%。"},
       "Sales grew 8% in 2017 [1].",
       Verdict::kSupported},
      {"a day carried from the dateline's month",
       {"12月5日，代表团抵达北京。", "8日，双方签署协议。"},
       "The two sides signed an agreement on December 8 [2].",
       Verdict::kSupported},
      {"五六千 as 5,000 to 6,000",
       {"工人月薪五六千元。"},
       "Workers earn 5,000 to 6,000 yuan a month [1].",
       Verdict::kSupported},
      {"上万 as 10,000",
       {"展会吸引了上万名观众。"},
       "The fair drew more than 10,000 visitors [1].",
       Verdict::kSupported},
      {"16年 as 2016",
       {"16年公司收购了43宗地块。"},
       "In 2016 the company acquired 43 land parcels [1].",
       Verdict::kSupported},
      {"a number the article lacks",
       {"超过四成的受访者表示满意。"},
       "More than 60% of respondents were satisfied [1].",
       Verdict::kUnsupported},
      {"that year (那一年) as the year named before it",
       {"2016年，公司启动了扩张计划。", "那一年，公司拿下43幅土地。"},
       "In 2016 the company acquired 43 land parcels [2].",
       Verdict::kSupported},
      {"that year is only the year named before it",
       {"2016年，公司启动了扩张计划。", "那一年，公司拿下43幅土地。"},
       "In 2015 the company acquired 43 land parcels [2].",
       Verdict::kUnsupported},
      {"半年 as six months",
       {"过去半年，公司先后发布两款芯片。"},
       "The company released two chips in the past six months [1].",
       Verdict::kSupported},
      {"a range of days in one month",
       {"5月10-12日，年会在重庆举行。"},
       "The annual conference was held in Chongqing from May 10 to 12 [1].",
       Verdict::kSupported},
      {"a day outside the range",
       {"5月10-12日，年会在重庆举行。"},
       "The annual conference was held in Chongqing from May 10 to 14 [1].",
       Verdict::kUnsupported},
      {"megapixels as millions of pixels",
       {"后置采用 1200 万主摄 +6400 万长焦镜头。"},
       "It has a 12MP main camera and a 64MP telephoto lens [1].",
       Verdict::kSupported},
      {"a zoom as 倍, a resolution as ×",
       {"分辨率为3200×1440，支持3倍光学变焦与30倍数码变焦。"},
       "The 3200x1440 screen comes with 3x optical and 30x digital zoom [1].",
       Verdict::kSupported},
  };
  for (const Row& row : rows) {
    const Document doc = Article(row.article);
    EXPECT_EQ(VerdictOf("Core Viewpoint - " + row.statement, doc), row.verdict) << row.intent;
  }
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
  // Fully checked: numbers, dates, names and content words, each by its
  // route (the name list, pinyin, the lexicon).
  for (const auto& s : report.statements) EXPECT_FALSE(s.partial) << s.text;
  const std::string text = CheckReportToText(report);
  EXPECT_NE(text.find("name Witkoff \u2194 威特科夫 (name list) in [2]"), std::string::npos) << text;
  EXPECT_NE(text.find("(lexicon)"), std::string::npos) << text;
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
      {"汪文斌 as Wang Wenbin",
       "Spokesman Wang Wenbin said China is ready to work with all parties to promote an easing of the "
       "situation [1].",
       Verdict::kSupported},
      {"李强 as Li Qiang", "Premier Li Qiang attended the meeting [2].", Verdict::kSupported},
      {"a pinyin name the article never has is an invention", "Zhang Wei attended the meeting [2].",
       Verdict::kUnsupported},
  };
  for (const Row& row : rows) EXPECT_EQ(VerdictOf(core + row.statement, doc), row.verdict) << row.intent;
  // A foreign name neither the list, pinyin nor the lexicon reaches: said,
  // not judged.
  const std::optional<StatementCheck> unknown =
      CheckOne(core +
                   "Spokesman Wang Wenbin told Jean Kervadec that China hopes to promote an easing of the "
                   "situation [1].",
               doc);
  ASSERT_TRUE(unknown.has_value());
  EXPECT_EQ(unknown->verdict, Verdict::kSupported);
  EXPECT_TRUE(unknown->partial);
  // The report names what it could not check.
  ASSERT_FALSE(unknown->problems.empty());
  EXPECT_NE(unknown->problems.back().find("Kervadec could not be checked"), std::string::npos)
      << unknown->problems.back();
}

}  // namespace
}  // namespace precis
