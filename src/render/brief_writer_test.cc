// Copyright 2026 The precis Authors.

#include "render/brief_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace precis::render {
namespace {

Statement Make(std::string text, std::vector<int> citations, double importance,
               std::vector<size_t> ends = {}) {
  Statement s;
  s.text = std::move(text);
  s.citations = std::move(citations);
  s.importance = importance;
  s.sentence_ends = ends.empty() ? std::vector<size_t>{s.text.size()} : ends;
  return s;
}

Brief ChineseBrief() {
  Brief b;
  b.title = "标题";
  b.source = "新浪财经";
  b.source_latin = "Xin Lang Cai Jing";
  b.published = "2026-01-09 23:52";
  b.language = Language::kChinese;
  b.paragraph_count = 8;
  b.core = Make("会议在巴黎举行。各方签署声明。", {1, 3}, 2.0, {24, 45});
  BriefGroup g;
  g.title = "巴黎、联盟";
  g.bullets.push_back(Make("联盟有30多个国家参与。", {2}, 0.5));
  Statement e = Make("部署面临三个困难。", {5}, 0.9);
  e.items.push_back(Make("一是俄罗斯反对。", {6}, 0.8));
  e.items.push_back(Make("二是兵力不足。", {7}, 0.7));
  g.bullets.push_back(e);
  b.groups.push_back(g);
  return b;
}

TEST(BriefWriterTest, MarkdownHasTheBriefShape) {
  // Title; source with its romanisation and date; the core with its
  // citations; each group as a bold numbered title over its bullets, an
  // enumeration's items numbered and indented under their intro.
  EXPECT_EQ(BriefToMarkdown(ChineseBrief()),
            "# 标题\n\n"
            "新浪财经 (Xin Lang Cai Jing) · 2026-01-09 23:52\n\n"
            "**核心观点** - 会议在巴黎举行。各方签署声明。[1][3]\n\n"
            "**第1组：巴黎、联盟**\n\n"
            "- 联盟有30多个国家参与。[2]\n"
            "- 部署面临三个困难。[5]\n"
            "  1. 一是俄罗斯反对。[6]\n"
            "  2. 二是兵力不足。[7]\n");
  // Traditional script: the labels in traditional characters.
  Brief traditional = ChineseBrief();
  traditional.script = Script::kTraditional;
  EXPECT_EQ(BriefToMarkdown(traditional),
            "# 标题\n\n"
            "新浪财经 (Xin Lang Cai Jing) · 2026-01-09 23:52\n\n"
            "**核心觀點** - 会议在巴黎举行。各方签署声明。[1][3]\n\n"
            "**第1組：巴黎、联盟**\n\n"
            "- 联盟有30多个国家参与。[2]\n"
            "- 部署面临三个困难。[5]\n"
            "  1. 一是俄罗斯反对。[6]\n"
            "  2. 二是兵力不足。[7]\n");
  // English: English labels, a space before each citation, and a Chinese
  // source in its pinyin alone (an English reader's byline).
  Brief en = ChineseBrief();
  en.language = Language::kEnglish;
  EXPECT_EQ(BriefToMarkdown(en),
            "# 标题\n\n"
            "Xin Lang Cai Jing · 2026-01-09 23:52\n\n"
            "**Core Viewpoint** - 会议在巴黎举行。各方签署声明。 [1][3]\n\n"
            "**Group 1: 巴黎、联盟**\n\n"
            "- 联盟有30多个国家参与。 [2]\n"
            "- 部署面临三个困难。 [5]\n"
            "  1. 一是俄罗斯反对。 [6]\n"
            "  2. 二是兵力不足。 [7]\n");
}

TEST(BriefWriterTest, JsonFollowsTheSchema) {
  auto j = nlohmann::ordered_json::parse(BriefToJson(ChineseBrief()));
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"title", "source", "source_latin", "published", "language",
                                            "paragraph_count", "core", "groups"}));
  EXPECT_EQ(j["core"]["citations"], nlohmann::json({1, 3}));
  EXPECT_EQ(j["paragraph_count"], 8);
  const auto& bullet = j["groups"][0]["bullets"][1];
  EXPECT_EQ(bullet["items"].size(), 2u);
  EXPECT_EQ(bullet["items"][1]["citations"], nlohmann::json({7}));
  EXPECT_EQ(j["groups"][0]["bullets"][0]["items"].size(), 0u);
}

TEST(BriefWriterTest, TextKeepsTheMostImportantFirstWithinBudget) {
  Brief b = ChineseBrief();
  // No budget: everything, core first, then by importance: the enumeration
  // (0.9) with its items before the bullet (0.5).
  EXPECT_EQ(BriefToText(b, 0),
            "会议在巴黎举行。各方签署声明。[1][3]\n"
            "部署面临三个困难。[5]\n"
            "一是俄罗斯反对。[6]\n"
            "二是兵力不足。[7]\n"
            "联盟有30多个国家参与。[2]\n");
  // 8 units: the core's first sentence (7) fits, its second (6) does not;
  // the 1 unit left holds no other sentence.
  EXPECT_EQ(BriefToText(b, 8, false), "会议在巴黎举行。\n");
  // 4 units: even the first sentence is too long, so it is cut.
  EXPECT_EQ(BriefToText(b, 4, false), "会议在巴\n");
  // Citations are not counted in the budget.
  EXPECT_EQ(BriefToText(b, 7), "会议在巴黎举行。[1][3]\n");
}

}  // namespace
}  // namespace precis::render
