// Copyright 2026 The precis Authors.

#include "ingest/page_meta.h"

#include <gtest/gtest.h>

namespace precis::ingest {
namespace {

TEST(PageMetaTest, CleanTitleDropsSiteNamesAndTypesettingSpaces) {
  EXPECT_EQ(CleanTitle("美联储按兵不动_新浪财经_新浪网", ""), "美联储按兵不动");
  EXPECT_EQ(CleanTitle("Fed holds rates steady - BBC News", ""), "Fed holds rates steady");
  EXPECT_EQ(CleanTitle("Reuters | Fed holds rates steady as inflation cools", ""),
            "Fed holds rates steady as inflation cools");
  EXPECT_EQ(CleanTitle("A - B - site", "A - B"), "A - B");
  EXPECT_EQ(CleanTitle("明日股市预测--最新出炉联合国贸发报告：全球经济增长率降至2.3%", ""),
            "最新出炉联合国贸发报告：全球经济增长率降至2.3%");
  EXPECT_EQ(CleanTitle("调整2007\u3000年末国债余额限额的决议__国务院公报_中国政府网", ""),
            "调整2007年末国债余额限额的决议");
  // Spaces between Chinese and Latin text are the headline's own.
  EXPECT_EQ(CleanTitle("运营商 5G 手机促销方式曝光", ""), "运营商 5G 手机促销方式曝光");
  // A blog's » between its name, its section and the post.
  EXPECT_EQ(CleanTitle("Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden", ""),
            "Podcasts in Plex einbinden");
  EXPECT_EQ(CleanTitle("Produkttester werden: gratis testen │ Nestlé Marktplatz", ""),
            "Produkttester werden: gratis testen");
  // Length as shown: a Han character is two letters wide.
  EXPECT_EQ(CleanTitle("社会资本、人力资本与下岗职工的再就业 - 学术前沿 - powered by Discuz! Archiver", ""),
            "社会资本、人力资本与下岗职工的再就业");
}

TEST(PageMetaTest, HeadlineInTitleNeedsWholeWordsBetweenSeparators) {
  const std::vector<std::string> elements = {"首页", "东区新闻", "顺德区大良街道一行到众创金融街调研",
                                             "中华人民共和国监察法", "监察法"};
  EXPECT_EQ(HeadlineInTitle("顺德区大良街道一行到众创金融街调研 东区办事处_中山网", elements),
            "顺德区大良街道一行到众创金融街调研");
  EXPECT_EQ(HeadlineInTitle("中华人民共和国监察法-纪检", elements), "中华人民共和国监察法");
  // Inside a longer headline, not bounded by separators: no match.
  EXPECT_EQ(HeadlineInTitle("解读中华人民共和国监察法要点", elements), "");
  // Too short to be a headline.
  EXPECT_EQ(HeadlineInTitle("东区新闻_中山网", elements), "");
  // A name before a colon introduces the headline; a space alone parts no
  // Latin words.
  const std::vector<std::string> kicker = {"Kim Jong Un", "Der Diktator"};
  EXPECT_EQ(HeadlineInTitle("Kim Jong Un: Der Diktator ist zurück - FR", kicker), "");
}

TEST(PageMetaTest, TitleOpensWithAHeadlineBeforeASeparator) {
  EXPECT_TRUE(TitleOpensWith("Die Minze als Mutmacher – Deniz Yücels Bericht | hessenschau.de | Bücher",
                             "Die Minze als Mutmacher – Deniz Yücels Bericht"));
  EXPECT_TRUE(TitleOpensWith("美联储按兵不动_新浪财经_新浪网", "美联储按兵不动"));
  EXPECT_FALSE(TitleOpensWith("Tram line to be extended", "Tram line to be extended"));  // all of it
  EXPECT_FALSE(TitleOpensWith("Tram line to be extended soon | News", "Tram line to be extended"));
  EXPECT_FALSE(TitleOpensWith("News | Tram line", "Tram line"));
  EXPECT_FALSE(TitleOpensWith("Tram line | News", ""));
}

TEST(PageMetaTest, SiteNameIsTheOutermostPartLeft) {
  EXPECT_EQ(SiteNameFromTitle("顺德区调研工作 东区办事处_中山网", "顺德区调研工作"), "中山网");
  EXPECT_EQ(SiteNameFromTitle("阿里发布最强AI芯片-EDN 电子技术设计", "阿里发布最强AI芯片"),
            "EDN 电子技术设计");
  EXPECT_EQ(SiteNameFromTitle("Reuters | Fed holds rates", "Fed holds rates"), "Reuters");
  EXPECT_EQ(SiteNameFromTitle("Fed holds rates", "Fed holds rates"), "");
  // The rest of a headline the h1 shortened is no site's name.
  EXPECT_EQ(SiteNameFromTitle("中国高铁 为何老外却说“了不得”？", "中国高铁"), "");
  EXPECT_EQ(SiteNameFromTitle("中铁总-辟谣称网传消息不实，将依法追究责任", "中铁总"), "");
  EXPECT_EQ(SiteNameFromTitle("中铁总-辟谣称网传消息不实将依法追究有关人员的法律责任", "中铁总"), "");
  EXPECT_EQ(SiteNameFromTitle("Fed holds rates - Why markets cheered?", "Fed holds rates"), "");
  EXPECT_EQ(SiteNameFromTitle("Fed holds rates - Yahoo! News", "Fed holds rates"), "Yahoo! News");
  EXPECT_EQ(SiteNameFromTitle("Fed holds rates", "Something else"), "");
}

TEST(PageMetaTest, VisibleSourceSkipsPictureAndDataCredits) {
  EXPECT_EQ(VisibleSource("2019-09-07 09:59:22 来源: 新京报 举报"), "新京报");
  EXPECT_EQ(VisibleSource("图片来源：视觉中国 正文 来源：新华社"), "新华社");
  EXPECT_EQ(VisibleSource("来源于：东区办事处 2019年2月27日下午"), "东区办事处");
  EXPECT_EQ(VisibleSource("信息来源：省发改委"), "省发改委");
  EXPECT_EQ(VisibleSource("no label here"), "");
}

TEST(PageMetaTest, SelfReferencesNameTheSite) {
  EXPECT_TRUE(IsSelfReference("本站原创"));
  EXPECT_TRUE(IsSelfReference("本网"));
  EXPECT_FALSE(IsSelfReference("新华社"));
}

TEST(PageMetaTest, BylineNameIsTheWordBeforeOrAfterTheDate) {
  EXPECT_EQ(BylineName("原创 南方都市报 2019-09-09 16:01:46"), "南方都市报");
  EXPECT_EQ(BylineName(" 华夏人文 2020-03-09 18:14:21"), "华夏人文");
  EXPECT_EQ(BylineName("2019-09-05 11:10 游民星空[整理] 1"), "游民星空");
  EXPECT_EQ(BylineName("2019-05-17 · 苏皖城市报道 分享到"), "苏皖城市报道");
  // Labels, counters and buttons are no names.
  EXPECT_EQ(BylineName("发布日期: 2012-06-24 字号: [大] [中] [小]"), "");
  EXPECT_EQ(BylineName("发表于 2014-08-24 21:30 | 1164次阅读 |"), "");
  EXPECT_EQ(BylineName("时间：2019-09-25 作者：网络整理 阅读：1644"), "");
  EXPECT_EQ(BylineName("去驴行 关注 1 /10"), "");  // no date: no byline
}

TEST(PageMetaTest, FooterOwner) {
  EXPECT_EQ(FooterOwner("关于我们 主办单位：山西医科大学纪检监察室 版权所有 地址：太原市"),
            "山西医科大学纪检监察室");
  EXPECT_EQ(FooterOwner("关于本站 Copyright © 当代商报南京网络传媒有限公司 版权所有 苏ICP备"),
            "当代商报南京网络传媒有限公司");
  EXPECT_EQ(FooterOwner("股票群 | 爱查股 © 2010 - 2016 明日大盘 京ICP备16058363号-1"), "明日大盘");
  EXPECT_EQ(FooterOwner("nothing to see"), "");
}

TEST(PageMetaTest, SourceForHost) {
  EXPECT_EQ(SourceForHost("finance.sina.com.cn"), "新浪财经");
  EXPECT_EQ(SourceForHost("www.reuters.com"), "Reuters");
  EXPECT_EQ(SourceForHost("news.163.com"), "网易");
  EXPECT_EQ(SourceForHost("www.gov.cn"), "中国政府网");
  EXPECT_EQ(SourceForHost("notreuters.com"), "");
}

TEST(PageMetaTest, SplitAuthorsKeepsPersonsOnly) {
  using Names = std::vector<std::string>;
  struct Row {
    const char* line;
    Names names;
  };
  const Row rows[] = {
      {"By STEVE PEOPLES, THOMAS BEAUMONT and AMELIA THOMSON-DEVEAUX",
       {"STEVE PEOPLES", "THOMAS BEAUMONT", "AMELIA THOMSON-DEVEAUX"}},
      {"Von Birgit Baumann und Anna Giulia Fink", {"Birgit Baumann", "Anna Giulia Fink"}},
      {"Jasper Riemann|Barbara Schneider", {"Jasper Riemann", "Barbara Schneider"}},
      {"Written by: Julie Mollins", {"Julie Mollins"}},
      {"Interview: Julia Lauter", {"Julia Lauter"}},
      {"记者 张三、李四", {"张三", "李四"}},
      {"文/王文", {"王文"}},
      {"Jane Doe; John Roe", {"Jane Doe", "John Roe"}},
      {"Twitter Facebook", {}},  // share buttons' labels
      {"参考消息", {}},          // outlets, not persons
      {"澎湃新闻、张三", {"张三"}},
      {"Jane Doe, E-Mail Drucken", {"Jane Doe"}},
      {"Jane Doe & John Roe", {"Jane Doe", "John Roe"}},
      {"105092", {}},
      {"L_104485", {}},
      {"51offer.com", {}},
      {"mdr.de", {}},
      {"https://example.com/authors/jane", {}},
      {"jane@example.com", {}},
      {"cipha[at]cipha.net", {}},
      {"2024-05-03", {}},
      {"www.yunnan.cn,云南日报报业集团,云南网", {}},  // a site and its outlets: no person
      {"Jane Doe, Jane Doe", {"Jane Doe"}},
      {"Hanns-Seidel-Stiftung e.V.", {}},  // an organisation's legal form
      {"Web Commerce GmbH", {}},
      {"Follow", {}},  // a button beside the byline
      {"– Jane Doe –", {"Jane Doe"}},
      {"", {}},
  };
  for (const Row& row : rows) EXPECT_EQ(SplitAuthors(row.line), row.names) << row.line;
}

}  // namespace
}  // namespace precis::ingest
