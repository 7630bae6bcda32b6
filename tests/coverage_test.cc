// Copyright 2026 The precis Authors.
//
// The invariant everything downstream relies on (span_invariant.h):
// sentences tile their paragraph, tokens lie in order within their sentence
// with only white space between them. Checked over every text in ../shared/data:
// the summarization sets, the segmentation test set, the gold article bodies
// of the extraction set and the raw Chinese news pages.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "dev_sets.h"
#include "precis/reader.h"
#include "span_invariant.h"
#include "test_util.h"

namespace precis {
namespace {

using testing::SharedData;
using testing::Text;

constexpr size_t kPkuTestLines = 1944;    // non-empty lines of pku_test.utf8
constexpr size_t kExtractionBodies = 91;  // gold bodies that are not blank

void CheckArticle(Article article, const std::string& where, size_t* checked) {
  Document doc = Text().Analyze(std::move(article));
  std::string problem = testing::SpanProblem(doc);
  EXPECT_EQ(problem, "") << where;
  ++*checked;
}

TEST(CoverageTest, SummarizationSets) {
  PRECIS_REQUIRE_SHARED_DATA("summarization");
  size_t checked = 0;
  const auto counts = testing::ForEachDevArticle(
      SharedData("summarization"),
      [&](const testing::DevArticle& dev) { CheckArticle(dev.article, dev.where, &checked); });
  EXPECT_EQ(counts, testing::DevSetSizes());
  EXPECT_EQ(checked, testing::DevSetTotal());
}

TEST(CoverageTest, SegmentationTestSet) {
  PRECIS_REQUIRE_SHARED_DATA("cws/pku_test.utf8");
  std::ifstream in(SharedData("cws/pku_test.utf8"));
  ASSERT_TRUE(in) << "pku_test.utf8";
  Article a;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) a.paragraphs.push_back(line);
  }
  EXPECT_EQ(a.paragraphs.size(), kPkuTestLines);
  size_t checked = 0;
  CheckArticle(std::move(a), "pku_test.utf8", &checked);
}

TEST(CoverageTest, ExtractionGoldBodies) {
  PRECIS_REQUIRE_SHARED_DATA("extraction/ground-truth.json");
  std::ifstream in(SharedData("extraction/ground-truth.json"));
  ASSERT_TRUE(in);
  auto gold = nlohmann::json::parse(in);
  size_t checked = 0;
  for (const auto& [id, page] : gold.items()) {
    std::string body = page.value("articleBody", "");
    if (body.find_first_not_of(" \n\t") == std::string::npos) continue;
    auto article = ReadArticleBytes(body, id + ".txt");
    ASSERT_TRUE(article.ok()) << article.status().ToString();
    Text().Annotate(&*article);
    CheckArticle(std::move(*article), id, &checked);
  }
  EXPECT_EQ(gold.size(), 91u);
  EXPECT_EQ(checked, kExtractionBodies);
}

TEST(CoverageTest, RawChineseNewsPages) {
  PRECIS_REQUIRE_SHARED_DATA("html-zh");
  size_t checked = 0, refused = 0;
  for (const auto& entry : std::filesystem::directory_iterator(SharedData("html-zh"))) {
    std::string bytes = testing::ReadWholeFile(entry.path().string());
    auto article = ReadArticleBytes(bytes, entry.path().filename().string());
    if (!article.ok() && article.status().message().find("no article text") != std::string::npos) {
      ++refused;  // a saved page whose article was loaded by script (xds-1.html)
      continue;
    }
    ASSERT_TRUE(article.ok()) << entry.path() << ": " << article.status().ToString();
    Text().Annotate(&*article);
    CheckArticle(std::move(*article), entry.path().filename().string(), &checked);
  }
  EXPECT_EQ(checked, 42u);
  EXPECT_EQ(refused, 1u);
}

}  // namespace
}  // namespace precis
