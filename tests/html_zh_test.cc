// Copyright 2026 The precis Authors.
//
// Real Chinese news pages (../shared/data/html-zh): title, source, published
// time and a clean body, checked against values read off the pages by hand.
// Rows are added as pages are verified; each asserts what a reader of the
// brief relies on.

#include <gtest/gtest.h>

#include <filesystem>

#include "precis/reader.h"
#include "test_util.h"

namespace precis {
namespace {

struct Row {
  const char* file;
  const char* title;
  const char* source;     // "" where the page names none we can trust
  const char* published;  // "" likewise
  const char* first;      // how the body starts
  const char* last;       // how it ends (no related-story or footer tails)
};

const Row kRows[] = {
    {"163-1.html", "多地项目连环爆雷 狂奔的龙湖集团\"暗伤\"曝露？", "证券市场红周刊", "2019-09-07 13:43",
     "2019年，龙湖集团即将迎来赴港上市10周年。", "这需要龙湖给投资者作一个交代。"},
    {"163-3.html", "奖金711万元！\"中国诺贝尔奖\"首位获奖女性啥来头?", "每日经济新闻", "2019-09-08 00:20",
     "今天(9月7日)下午，有着“中国诺贝尔奖”之称的未来科学大奖", "人民的生活更幸福!”"},
    {"163-5.html", "女警打百个电话遭停机 评:运营商识别诈骗智商感人", "新京报", "2019-09-07 16:28",
     "认定诈骗和骚扰，不能省略必要的核实程序", "为民警恢复通话。"},
    {"163-8.html", "国务院联防联控机制:湖北和武汉要严格管控防输出", "新华社", "2020-02-29 18:34",
     "新华社北京2月29日电", "不断提高疫情防控的科学性、精准性、针对性。"},
    {"gamersky-gamersky.html", "逆水寒再按照这个速度研发下去 应该马上就要收到律师函了！", "", "2019-09-05 11:10",
     "《逆水寒》每周的版本更新都安排在周四", "所以本周新增了一个“你清醒一下”的花哨动作。”"},
    {"guancha-3.html", "苹果回应“违反中国劳动法”：大多数指控错误", "中新网", "2019-09-09 19:32",
     "据中新网9月9日报道", "尚未收到回应。"},
    {"ifeng-2.html", "他放弃百万年薪来到这里 唯一的要求竟是……", "新华网", "2019-09-09 18:13",
     "杭州市学军中学校长陈立群要退休了", "老师，您辛苦了。"},
    {"baijiahao-2.html", "日本最后一家传呼机公司停止服务，殡仪馆为BB机送终", "IT之家", "2019-09-30 22:46",
     "IT之家9月30日消息据外媒报道", "有年轻网民表示“没见过也没用过”。"},
    {"ifeng-ifeng.html", "董又霖主持首秀状况百出大方道歉：会继续努力", "东森新闻云", "2019-09-07 08:05",
     "据台媒报道，艺人董又霖6日晚间主持某大型时尚活动", "反而成为社交平台的话题人物。"},
    {"shanxi-1.html", "山西品牌丝路行（南美站）正式启动", "山西日报", "2019-09-18 06:23",
     "跨越千山万水，行程近两万公里", "南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）"},
    {"toutiao-4.html", "较强冷空气来袭 全国多地开启“抖抖抖”模式", "", "2019-11-25 10:37",
     "综合消息，近日，较强冷空气袭击多地", "雨天出行注意交通安全。"},
};

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

TEST(HtmlZhTest, TitleSourceTimeAndCleanBody) {
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.file);
    auto article = ReadArticleFile(testing::SharedData(std::string("html-zh/") + row.file));
    ASSERT_TRUE(article.ok()) << article.status().ToString();
    EXPECT_EQ(article->title, row.title);
    if (*row.source) {
      EXPECT_EQ(article->source, row.source);
    }
    if (*row.published) {
      EXPECT_EQ(article->published, row.published);
    }
    ASSERT_FALSE(article->paragraphs.empty());
    EXPECT_EQ(article->paragraphs.front().rfind(row.first, 0), 0u) << article->paragraphs.front();
    EXPECT_TRUE(EndsWith(article->paragraphs.back(), row.last)) << article->paragraphs.back();
    for (const auto& p : article->paragraphs) {
      EXPECT_EQ(p.find("责任编辑"), std::string::npos) << p;
      EXPECT_EQ(p.rfind("（原标题", 0), std::string::npos) << p;
    }
  }
}

TEST(HtmlZhTest, EveryPageReadsWithTitleAndBody) {
  size_t with_time = 0, pages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SharedData("html-zh"))) {
    auto article = ReadArticleFile(entry.path().string());
    if (entry.path().filename() == "xds-1.html") {
      // Its article is loaded by script: the saved page holds only the
      // headline and byline, and saying so beats inventing a body.
      ASSERT_FALSE(article.ok());
      EXPECT_NE(article.status().message().find("no article text"), std::string::npos);
      ++pages;
      continue;
    }
    ASSERT_TRUE(article.ok()) << entry.path() << ": " << article.status().ToString();
    EXPECT_FALSE(article->title.empty()) << entry.path();
    EXPECT_FALSE(article->paragraphs.empty()) << entry.path();
    with_time += !article->published.empty();
    ++pages;
  }
  EXPECT_EQ(pages, 43u);
  EXPECT_GE(with_time, 36u);  // measured 38 of the 42 pages with a body; a floor
}

}  // namespace
}  // namespace precis
