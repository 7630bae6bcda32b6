// Copyright 2026 The precis Authors.

#include "ingest/feed_reader.h"

#include <gtest/gtest.h>

namespace precis::ingest {
namespace {

const char* kRss = R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>示例财经</title><link>https://example.invalid/</link>
<item><title>央行下调存款准备金率</title><link>https://example.invalid/1</link>
<pubDate>Thu, 12 Feb 2026 15:10:00 +0800</pubDate><dc:creator>记者甲</dc:creator>
<content:encoded><![CDATA[<p>中国人民银行决定下调金融机构存款准备金率0.5个百分点。</p><p>分析人士认为，此举有助于稳定市场预期。</p>]]></content:encoded></item>
<item><title>Second</title><link>https://example.invalid/2</link><description>Short.</description></item>
</channel></rss>)";

const char* kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<link href="https://example.invalid/"/>
<entry><title>Fed holds rates</title><link rel="alternate" href="https://example.invalid/fed"/>
<published>2026-03-18T14:30:00Z</published><author><name>Jane Doe</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The Federal Reserve left rates unchanged on Wednesday.</p><p>Markets reacted calmly.</p></div></content>
</entry></feed>)";

TEST(FeedReaderTest, ReadsRssItemsWithFullContent) {
  auto feed = ParseFeed(kRss, "feed.xml");
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  EXPECT_EQ(feed->title, "示例财经");
  ASSERT_EQ(feed->items.size(), 2u);
  EXPECT_EQ(feed->items[0].published, "2026-02-12 15:10");
  EXPECT_EQ(feed->items[0].author, "记者甲");
  EXPECT_TRUE(feed->items[1].content.empty());
  auto article = ArticleFromItem(feed->items[0], *feed, ReadOptions{});
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->title, "央行下调存款准备金率");
  EXPECT_EQ(article->source, "示例财经");
  EXPECT_EQ(article->url, "https://example.invalid/1");
  EXPECT_EQ(article->paragraphs.size(), 2u);
}

TEST(FeedReaderTest, ReadsAtomEntriesWithXhtmlContent) {
  auto feed = ParseFeed(kAtom, "feed.atom");
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  ASSERT_EQ(feed->items.size(), 1u);
  const FeedItem& item = feed->items[0];
  EXPECT_EQ(item.link, "https://example.invalid/fed");
  EXPECT_EQ(item.published, "2026-03-18 14:30");
  EXPECT_EQ(item.author, "Jane Doe");
  auto article = ArticleFromItem(item, *feed, ReadOptions{});
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->paragraphs,
            (std::vector<std::string>{"The Federal Reserve left rates unchanged on Wednesday.",
                                      "Markets reacted calmly."}));
  // The item's author, as shown and as a list (batch reads items the same way).
  EXPECT_EQ(article->author, "Jane Doe");
  EXPECT_EQ(article->authors, (std::vector<std::string>{"Jane Doe"}));
}

TEST(FeedReaderTest, ReaderTakesAFeedsFirstItem) {
  auto article = ReadArticleBytes(kRss, "news.xml");
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->title, "央行下调存款准备金率");
}

TEST(FeedReaderTest, BadFeedsGetClearErrors) {
  struct Row {
    std::string input;
    const char* fragment;
  };
  const Row rows[] = {
      {"<rss><channel><item><title>x</title></channel></rss>", "malformed XML"},
      {"<?xml version=\"1.0\"?><html><body/></html>", "not an RSS or Atom feed"},
      {"<rss version=\"2.0\"><channel><title>t</title></channel></rss>", "no items"},
  };
  for (const Row& row : rows) {
    auto feed = ParseFeed(row.input, "bad.xml");
    ASSERT_FALSE(feed.ok()) << row.input;
    EXPECT_NE(feed.status().message().find(row.fragment), std::string::npos) << feed.status().message();
    EXPECT_EQ(feed.status().message().rfind("bad.xml: ", 0), 0u);
  }
}

// A feed's item with only a link is followed to a web address, never to a
// file of this machine (a feed from anywhere must not make precis read
// /etc/passwd).
TEST(FeedReaderTest, ItemLinksAreFollowedOnlyToWebAddresses) {
  const std::string feed_xml =
      "<rss version=\"2.0\"><channel><title>t</title>"
      "<item><title>local</title><link>/etc/passwd</link></item>"
      "<item><title>file</title><link>file:///etc/passwd</link></item></channel></rss>";
  auto feed = ParseFeed(feed_xml, "feed.xml");
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  ASSERT_EQ(feed->items.size(), 2u);
  for (const FeedItem& item : feed->items) {
    auto article = ArticleFromItem(item, *feed, ReadOptions{});
    ASSERT_FALSE(article.ok()) << item.link;
    EXPECT_NE(article.status().message().find("not an http(s) URL"), std::string::npos)
        << article.status().message();
  }
}

TEST(FeedReaderTest, NormalizesFeedDates) {
  EXPECT_EQ(NormalizeFeedDate("Thu, 12 Feb 2026 15:10:00 +0800"), "2026-02-12 15:10");
  EXPECT_EQ(NormalizeFeedDate("12 Feb 2026 15:10 GMT"), "2026-02-12 15:10");
  EXPECT_EQ(NormalizeFeedDate("2026-03-18T14:30:00Z"), "2026-03-18 14:30");
  EXPECT_EQ(NormalizeFeedDate("soon"), "");
}

}  // namespace
}  // namespace precis::ingest
