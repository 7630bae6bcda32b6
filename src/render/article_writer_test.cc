// Copyright 2026 The precis Authors.

#include "render/article_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace precis::render {
namespace {

Article Sample() {
  Article a;
  a.title = "标题";
  a.source = "新浪财经";
  a.source_latin = "Xin Lang Cai Jing";
  a.published = "2026-01-09 23:52";
  a.language = Language::kChinese;
  a.paragraphs = {"第一段。", "第二段“引号”\\。"};
  return a;
}

TEST(ArticleWriterTest, JsonHasTheDocumentedFieldsInOrder) {
  auto j = nlohmann::ordered_json::parse(ArticleToJson(Sample()));
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"title", "source", "source_latin", "published", "published_zone",
                                            "author", "authors", "language", "url", "paragraphs"}));
  EXPECT_EQ(j["language"], "zh");
  EXPECT_EQ(j["paragraphs"][1], "第二段“引号”\\。");
}

TEST(ArticleWriterTest, TextNumbersParagraphsFromOne) {
  // Metadata lines, then each paragraph numbered from [1] as briefs cite it.
  EXPECT_EQ(ArticleToText(Sample()),
            "title: 标题\n"
            "source: 新浪财经 (Xin Lang Cai Jing)\n"
            "published: 2026-01-09 23:52\n"
            "language: zh\n"
            "paragraphs: 2\n\n"
            "[1] 第一段。\n\n"
            "[2] 第二段“引号”\\。\n");
}

TEST(ArticleWriterTest, TextShowsTheZoneThePageStated) {
  Article a = Sample();
  a.published_zone = "+08:00";
  EXPECT_NE(ArticleToText(a).find("published: 2026-01-09 23:52 +08:00\n"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(ArticleToJson(a))["published_zone"], "+08:00");
}

}  // namespace
}  // namespace precis::render
