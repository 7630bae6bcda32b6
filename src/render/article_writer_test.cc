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
  EXPECT_EQ(keys, (std::vector<std::string>{"title", "source", "source_latin", "published", "author",
                                            "language", "url", "paragraphs"}));
  EXPECT_EQ(j["language"], "zh");
  EXPECT_EQ(j["paragraphs"][1], "第二段“引号”\\。");
}

TEST(ArticleWriterTest, TextNumbersParagraphsFromOne) {
  std::string text = ArticleToText(Sample());
  EXPECT_NE(text.find("source: 新浪财经 (Xin Lang Cai Jing)\n"), std::string::npos);
  EXPECT_NE(text.find("\n[1] 第一段。\n"), std::string::npos);
  EXPECT_NE(text.find("\n[2] 第二段"), std::string::npos);
  EXPECT_EQ(text.find("[0]"), std::string::npos);
}

}  // namespace
}  // namespace precis::render
