// Copyright 2026 The precis Authors.
//
// Golden briefs of articles written for precis (tests/golden/), compared
// structurally: groups, citations, enumerations and quotations — not
// wording, which may legitimately change as the engine improves.

#include <gtest/gtest.h>

#include <filesystem>

#include "brief_checks.h"
#include "precis/engine.h"
#include "precis/pipeline.h"
#include "render/brief_writer.h"
#include "test_util.h"

namespace precis {
namespace {

struct Golden {
  const char* file;
  Language language;
  size_t min_groups, max_groups;
  // Citations of the enumerated items, in order; empty if none expected.
  std::vector<std::vector<int>> items;
  // Quotations that, wherever a statement quotes them, appear whole.
  std::vector<std::string> quotes;
  // If set, the only paragraph any statement may cite.
  int only_citation;
};

const Golden kGolden[] = {
    {"zh-three-measures.md", Language::kChinese, 2, 4, {{3}, {4}, {5}}, {}, 0},
    {"zh-central-bank.md",
     Language::kChinese,
     2,
     4,
     {},
     {"“我们将继续实施适度宽松的货币政策，保持流动性合理充裕，但不会搞大水漫灌。”",
      "“人民币汇率在合理均衡水平上保持基本稳定，我们有信心、有能力、有条件应对外部冲击。”"},
     0},
    {"zh-one-paragraph.txt", Language::kChinese, 0, 4, {}, {}, 1},
    {"en-three-risks.md", Language::kEnglish, 2, 4, {{2}, {3}, {4}}, {}, 0},
    {"en-quotes.txt",
     Language::kEnglish,
     2,
     4,
     {},
     {"\"This is a fair deal that rewards the people who build our cars,\"",
      "\"keeps us competitive while recognising the contribution of our workforce.\""},
     0},
    {"en-one-paragraph.txt", Language::kEnglish, 0, 4, {}, {}, 1},
};

void CollectStatements(const Brief& brief, std::vector<const Statement*>* out) {
  out->push_back(&brief.core);
  for (const auto& g : brief.groups) {
    for (const auto& b : g.bullets) {
      out->push_back(&b);
      for (const auto& i : b.items) out->push_back(&i);
    }
  }
}

TEST(GoldenTest, BriefsHaveTheExpectedStructure) {
  for (const Golden& golden : kGolden) {
    SCOPED_TRACE(golden.file);
    const std::string path = std::string(PRECIS_SOURCE_DIR) + "/tests/golden/" + golden.file;
    auto article = LoadArticle(path, ReadOptions{}, testing::Text());
    ASSERT_TRUE(article.ok()) << article.status().ToString();
    EXPECT_EQ(article->language, golden.language);
    Document doc = testing::Text().Analyze(*article);
    auto brief = BriefDocument(doc, BriefOptions{});
    ASSERT_TRUE(brief.ok()) << brief.status().ToString();
    EXPECT_EQ(testing::CheckBrief(*brief, *article), "") << render::BriefToMarkdown(*brief);
    EXPECT_GE(brief->groups.size(), golden.min_groups) << render::BriefToMarkdown(*brief);
    EXPECT_LE(brief->groups.size(), golden.max_groups);

    std::vector<const Statement*> all;
    CollectStatements(*brief, &all);
    if (!golden.items.empty()) {
      const Statement* enumeration = nullptr;
      for (const auto& g : brief->groups) {
        for (const auto& b : g.bullets) {
          if (!b.items.empty()) enumeration = &b;
        }
      }
      ASSERT_NE(enumeration, nullptr) << "enumeration lost:\n" << render::BriefToMarkdown(*brief);
      std::vector<std::vector<int>> cited;
      for (const auto& item : enumeration->items) cited.push_back(item.citations);
      EXPECT_EQ(cited, golden.items);
    }
    for (const std::string& quote : golden.quotes) {
      // The quotation's opening words identify it.
      const std::string opening = quote.substr(0, 12);
      for (const Statement* s : all) {
        if (s->text.find(opening) != std::string::npos) {
          EXPECT_NE(s->text.find(quote), std::string::npos) << "quotation altered: " << s->text;
        }
      }
    }
    if (golden.only_citation > 0) {
      for (const Statement* s : all) {
        for (int c : s->citations) EXPECT_EQ(c, golden.only_citation);
      }
    }
    // Labels in the article's language.
    std::string md = render::BriefToMarkdown(*brief);
    EXPECT_NE(md.find(golden.language == Language::kChinese ? "核心观点" : "Core Viewpoint"),
              std::string::npos);
  }
}

TEST(GoldenTest, EveryExampleBriefs) {
  for (const auto& entry : std::filesystem::directory_iterator(PRECIS_SOURCE_DIR "/examples")) {
    SCOPED_TRACE(entry.path().string());
    auto article = LoadArticle(entry.path().string(), ReadOptions{}, testing::Text());
    ASSERT_TRUE(article.ok());
    auto brief = BriefDocument(testing::Text().Analyze(*article), BriefOptions{});
    ASSERT_TRUE(brief.ok());
    EXPECT_EQ(testing::CheckBrief(*brief, *article), "") << render::BriefToMarkdown(*brief);
    // Articles of four or more paragraphs have room for two groups at least.
    if (article->paragraphs.size() >= 4) {
      EXPECT_GE(brief->groups.size(), 2u) << render::BriefToMarkdown(*brief);
    }
  }
}

}  // namespace
}  // namespace precis
