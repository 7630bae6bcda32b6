// Copyright 2026 The precis Authors.

#include "ingest/page_lines.h"

#include <gtest/gtest.h>

#include <utility>

namespace precis::ingest {
namespace {

TEST(PageLinesTest, FurnitureLines) {
  for (const char* line : {"责任编辑：杜硕_NB12556",
                           "（原标题：姚明对周琦说了啥？）",
                           "本文来源：新京报",
                           "▲图片来自视频截图。",
                           "姚明场边支招周琦。视频截图",
                           "图片来源：摄图网",
                           "“救命啊SOS”纸团。沙坪坝区公安分局供图",
                           "图为活动现场（刘通摄）",
                           "信息来源于网络",
                           "昨天",
                           "3小时前",
                           "https://example.com/a",
                           "2019-09-07 09:25:09",
                           "版权所有 © 2019",
                           "点击查看更多",
                           "关注我们",
                           "|",
                           "* * *",
                           "———",
                           "◇",
                           "Mike Marsland/Getty Images",
                           "Shutterstock",
                           "iStock/Gargonia",
                           "Foto: dahancoo / Pixabay (Symbolbild)",
                           "Photo: Hau Dinh, AP",
                           "Natalie Naccache | Bloomberg | Getty Images",
                           "22.04.2024 | 15:54",
                           "12.12.2025, 05:07 Uhr",
                           "28.04.2020 21:38 Uhr"}) {
    EXPECT_TRUE(IsFurnitureLine(line)) << line;
  }
  for (const char* line :
       {"关注度持续上升，市场人士认为，这与政策预期有关，后"
        "续仍需观察数据表现。",
        "昨天下午，央行宣布下调存款准备金率0.5个百分点。", "5月20日至31日，", "Life after 9/11 for the EPA",
        "The 24/7 newsroom at Reuters", "Reuters: \"Kim Jong Un is fine\"",
        "(Con información de AFP, EFE y Reuters)", "The talks failed, according to Reuters",
        "平安出行，安全到家。", "22.04.2024 | 15:54 Der Bundestag stimmte am Abend zu.", "I"}) {
    EXPECT_FALSE(IsFurnitureLine(line)) << line;
  }
}

TEST(PageLinesTest, CreditLines) {
  for (const char* line :
       {"编辑刘晓阳校对李铭", "采写：南都见习记者林子沛", "【文/观察者网专栏作者王文】", "新京报记者 陆一夫",
        "澎湃新闻记者段彦超廖艳", "医技药剂党支部、药剂科供稿摄影/张艳编辑/苏芳"}) {
    EXPECT_TRUE(IsCreditLine(line)) << line;
  }
  for (const char* line :
       {"记者从市统计局获悉，前三季度全市生产总值同比增长5.2%。", "作者认为，改革仍需时间。"}) {
    EXPECT_FALSE(IsCreditLine(line)) << line;
  }
}

TEST(PageLinesTest, ChineseCreditsNameTheirPeople) {
  const std::pair<const char*, const char*> rows[] = {
      {"光明日报记者王建宏张文攀", "王建宏, 张文攀"},
      {"记者王𠀋宏张文攀", "王𠀋宏, 张文攀"},  // a character of four bytes (Extension B)
      {"采写：南都记者 余毅菁 向雪妮", "余毅菁, 向雪妮"},
      {"编辑：山石", "山石"},
      {"作者：胡平", "胡平"},
      {"文/王文", "王文"},
      {"本报记者罗科苏盈发自北京 中国社会科学院金融研究所所长李扬说，宏观政策应该相对稳定。", "罗科苏盈"},
      {"新华社北京1月5日电（记者 张三 李四）国家统计局5日发布数据显示，物价平稳。", "张三, 李四"},
      {"他说：“这样的说法没有道理。”（姚峰 上海报道）", "姚峰"},
      // No credit: a reporter who learnt something, a label of a place of
      // work, a sentence that mentions reporters.
      {"记者了解到，今年前三季度全国数据交易规模同比增长超过四成，市场人士认为这与政策有关。", ""},
      {"作者单位：北京大学", ""},
      {"温先生对南都记者说，又像在喃喃自语：“是我的孩子，他一定会回来的。”", ""},
      {"The reporter said so.", ""},
  };
  for (const auto& [line, names] : rows) EXPECT_EQ(ChineseCreditNames(line), names) << line;
}

TEST(PageLinesTest, CleanBodyTakesTheAuthorsOfAChineseCredit) {
  BodyByline byline;
  const auto body =
      CleanBody({"国家统计局周二公布，今年前三季度全国数据交易规模同比增长超过四成。",
                 "市场人士认为，这与政策预期有关，后续仍需观察数据表现。", "采写：南都记者 余毅菁"},
                {"数据交易规模增长"}, &byline);
  EXPECT_EQ(byline.author, "余毅菁");
  EXPECT_EQ(body.size(), 2u);
}

TEST(PageLinesTest, CleanBodyDropsHeaderBylineAndRewordedHeadline) {
  BodyByline byline;
  auto body = CleanBody({"王文：中美贸易“持久战”", "王文中国人民大学重阳金融研究院执行院长",
                         "2019-09-07 09:25:09 字号：A- A A+ 来源：观察者网", "最后更新: 2019-09-07 09:27:48",
                         "“中美贸易战正在变成一场持久战，但我们已有准备。”", "中国无惧“比拼耐力”。"},
                        {"王文：中美贸易“持久战”"}, &byline);
  ASSERT_EQ(body.size(), 2u);
  EXPECT_EQ(body.front(), "“中美贸易战正在变成一场持久战，但我们已有准备。”");
  EXPECT_EQ(byline.published, "2019-09-07 09:27");

  body = CleanBody({"姚明对周琦说了啥？大魔王上下半场判若两人", "新京报讯 中国男篮以77比73战胜韩国队。",
                    "随后，周琦点点头走上赛场。"},
                   {"姚明对周琦说了啥？周琦上下半场判若两人"}, nullptr);
  ASSERT_EQ(body.size(), 2u);
  EXPECT_EQ(body.front(), "新京报讯 中国男篮以77比73战胜韩国队。");
}

TEST(PageLinesTest, CleanBodyEndsAtTheAuthorshipCredit) {
  auto body =
      CleanBody({"冒充银行经理来电骗事主。", "近日，广东江门警方接到报警。", "警方提示，切勿轻易相信。",
                 "采写：南都记者余毅菁向雪妮", "作者：余毅菁向雪妮返回富达，查看更多",
                 "香港警方：示威行动未发生致命事件", ",南方都市报"},
                {"江门七旬阿婆被骗上百万"}, nullptr);
  ASSERT_EQ(body.size(), 3u);
  EXPECT_EQ(body.back(), "警方提示，切勿轻易相信。");
}

// The last lines that introduce what the page did not give as text: a
// label ending in a colon, a heading after the prose. A list's short items
// at the end stay; so does a Chinese article's closing credit.
TEST(PageLinesTest, CleanBodyEndsBeforeLinesThatIntroduceNothing) {
  const std::string prose = "The city council said on Monday that the tram line will be extended next year.";
  auto body =
      CleanBody({prose, "Work is due to start in the spring.", "Auch interessant:"}, {"Tram"}, nullptr);
  ASSERT_EQ(body.size(), 2u);
  body =
      CleanBody({prose, "Work is due to start in the spring.", "Verwandte Themen", "Weitere Informationen:"},
                {"Tram"}, nullptr);
  ASSERT_EQ(body.size(), 2u);
  EXPECT_EQ(body.back(), "Work is due to start in the spring.");
  // A list's items, short or long.
  body = CleanBody({prose, "What the line will serve:", "the school", "the clinic", "the new estate"},
                   {"Tram"}, nullptr);
  ASSERT_EQ(body.size(), 5u);
  body = CleanBody({prose, "Rents in the city centre are capped for five more years",
                    "Deposits are limited to two months of rent at most, from January", "Pets allowed"},
                   {"Tram"}, nullptr);
  ASSERT_EQ(body.size(), 4u);
  // A sentence, a long line, a line in Chinese.
  for (const char* last : {"Work starts in spring.", "The council will decide on the route in a further vote",
                           "（姚峰 上海报道）"}) {
    body = CleanBody({prose, last}, {"Tram"}, nullptr);
    ASSERT_EQ(body.size(), 2u) << last;
  }
}

TEST(PageLinesTest, CleanBodyTrimsScrapsAtTheEdges) {
  auto body = CleanBody({"4", "1/10 当全世界都在吸引中国游客的时候，只有这么一个国家一脸淡定。",
                         "20190926|国贸|增长率|全球经济", "股市行情", "暂无简介"},
                        {"最不愁吃肉的国家"}, nullptr);
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(body.front(), "当全世界都在吸引中国游客的时候，只有这么一个国家一脸淡定。");
}

TEST(PageLinesTest, CleanBodyDropsConsentPlaceholdersSeenTwice) {
  const std::string held = "Externer Inhalt nicht verfügbar";
  const std::string why =
      "Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte.";
  const std::string story = "Evergrande ist einer der größten Immobilienkonzerne Chinas.";
  const std::string about = "Die App erhielt für den Datenschutz die schlechteste Note.";
  auto body = CleanBody({story, held, why, about, held, why}, {"Evergrande"}, nullptr);
  // Once, a sentence about privacy is the article's own.
  EXPECT_EQ(body, (std::vector<std::string>{story, about}));
}

TEST(PageLinesTest, ABodyOfOnlyABylineIsEmpty) {
  EXPECT_TRUE(CleanBody({"2019年9月26日 15:10 来源：天天基金网"}, {"盘中重要资讯汇总"}, nullptr).empty());
}

TEST(PageLinesTest, JoinsSentencesThePageBrokeAcrossLines) {
  struct Row {
    std::vector<std::string> in;
    std::vector<std::string> out;
    const char* intent;
  };
  const Row rows[] = {
      {{"在发布会上，华为推出了多项指标世界领先的", "麒麟990 5G芯片，并宣布将于年内上市。"},
       {"在发布会上，华为推出了多项指标世界领先的麒麟990 5G芯片，并宣布将于年内上市。"},
       "a Chinese sentence broken at a <br>"},
      {{"The company said on Tuesday that it would close three of its",
        "plants in the north by the end of the year."},
       {"The company said on Tuesday that it would close three of its plants in the north by the end of the "
        "year."},
       "an English sentence broken across elements"},
      {{"食品价格上涨", "猪肉价格同比上涨12.5%，鲜菜价格同比上涨8.3%。"},
       {"食品价格上涨", "猪肉价格同比上涨12.5%，鲜菜价格同比上涨8.3%。"},
       "a subheading is no broken line"},
      {{"会议确定了以下几项重点工作，各地区要抓好落实", "一是稳就业。"},
       {"会议确定了以下几项重点工作，各地区要抓好落实", "一是稳就业。"},
       "a list marker starts its own paragraph"},
      {{"下周一，", "京沪高速施工就将进入第二阶段，", "也是对市民出行影响最大的一段。"},
       {"下周一，京沪高速施工就将进入第二阶段，也是对市民出行影响最大的一段。"},
       "short lines the page ended in a comma"},
      {{"简单说就是", "往江阴方向全封闭。"},
       {"简单说就是往江阴方向全封闭。"},
       "a line ending in a word no sentence ends in (就是)"},
      {{"负责人表示，去年全社会研发投入占地区生产总值的比重达到", "5.8%，位居全国大城市前列。"},
       {"负责人表示，去年全社会研发投入占地区生产总值的比重达到5.8%，位居全国大城市前列。"},
       "a decimal is no list marker"},
      {{"货车出行", "施工阶段，货车如需出行，请绕行。"},
       {"货车出行", "施工阶段，货车如需出行，请绕行。"},
       "a short subheading ending in a noun stays"},
      {{"央行周三宣布，下调存款准备金率0.5个百分点。", "市场反应积极。"},
       {"央行周三宣布，下调存款准备金率0.5个百分点。", "市场反应积极。"},
       "a finished sentence stays a paragraph"},
      {{"在发布会上，华为公司正式推出了多项", "指标世界领先的", "芯片产品"},
       {"在发布会上，华为公司正式推出了多项指标世界领先的芯片产品"},
       "a line joins what the lines before it became (its Han and comma count)"},
      {{"The company said on Tuesday that it would close three of its ", "plants in the north by the end of the",
        "year and cut jobs."},
       {"The company said on Tuesday that it would close three of its plants in the north by the end of the year "
        "and cut jobs."},
       "a trailing space gives way to one space at each join"},
  };
  for (const Row& row : rows) EXPECT_EQ(JoinBrokenLines(row.in), row.out) << row.intent;
}

// A text hard-wrapped into thousands of lines with no paragraph break is
// one paragraph again, every line in it once.
TEST(PageLinesTest, JoinsThousandsOfBrokenLinesIntoOne) {
  std::vector<std::string> lines;
  size_t bytes = 0;
  for (int i = 0; i < 20000; ++i) {
    lines.push_back("the rates and the markets moved on as the banks said line " + std::to_string(i));
    bytes += lines.back().size();
  }
  const auto out = JoinBrokenLines(lines);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].size(), bytes + lines.size() - 1);
  EXPECT_TRUE(out[0].ends_with("line 19999"));
}

}  // namespace
}  // namespace precis::ingest
