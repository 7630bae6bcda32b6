// Copyright 2026 The precis Authors.
//
// Real Chinese news pages (../shared/data/html-zh): title, source, published
// time and a clean body, checked against values read off the pages by hand.

#include <gtest/gtest.h>

#include <filesystem>

#include "page_fields.h"
#include "precis/reader.h"
#include "test_util.h"

namespace precis {
namespace {

// Every page of ../shared/data/html-zh against the values read off it by
// hand (tests/data/html_zh_expected.jsonl; bench/html_zh_eval prints the
// same figures): title, source, published time and a clean body, each
// right on every page.
TEST(HtmlZhTest, TitleSourceTimeAndCleanBody) {
  PRECIS_REQUIRE_SHARED_DATA("html-zh");
  const auto rows = testing::LoadPageExpectations(PRECIS_SOURCE_DIR "/tests/data/html_zh_expected.jsonl");
  ASSERT_EQ(rows.size(), 43u);
  for (const auto& row : rows) {
    SCOPED_TRACE(row.file);
    const auto score = testing::ScorePage(row, ReadArticleFile(testing::SharedData("html-zh/" + row.file)));
    EXPECT_TRUE(score.title && score.source && score.published && score.body) << score.misses;
  }
}

TEST(HtmlZhTest, EveryPageReadsWithTitleAndBody) {
  PRECIS_REQUIRE_SHARED_DATA("html-zh");
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
  EXPECT_EQ(with_time, 41u);  // of the 42 pages with a body, one shows no time
}

}  // namespace
}  // namespace precis
