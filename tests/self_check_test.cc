// Copyright 2026 The precis Authors.
//
// Every brief precis writes passes `precis check`: the golden briefs and
// the brief of every article of the development sets, each written as
// Markdown, read back, and checked against its article.

#include <gtest/gtest.h>

#include <filesystem>

#include "dev_sets.h"
#include "precis/check.h"
#include "precis/engine.h"
#include "precis/pipeline.h"
#include "render/brief_writer.h"
#include "test_util.h"

namespace precis {
namespace {

// "" if every statement of the brief of `doc` is supported, else the report.
std::string SelfCheck(const Document& doc) {
  auto brief = BriefDocument(doc, {});
  if (!brief.ok()) return brief.status().ToString();
  auto parsed = ParseBrief(render::BriefToMarkdown(*brief), "brief.md");
  if (!parsed.ok()) return parsed.status().ToString();
  const CheckReport report = CheckBrief(*parsed, doc, testing::Text());
  if (report.statements.empty()) return "no statements read back";
  return report.all_supported() ? "" : CheckReportToText(report);
}

TEST(SelfCheckTest, GoldenAndExampleBriefsPass) {
  size_t checked = 0;
  for (const char* dir : {PRECIS_SOURCE_DIR "/tests/golden", PRECIS_SOURCE_DIR "/examples"}) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (!entry.is_regular_file()) continue;
      auto doc = LoadDocument(entry.path().string(), {}, testing::Text());
      ASSERT_TRUE(doc.ok()) << doc.status().ToString();
      EXPECT_EQ(SelfCheck(*doc), "") << entry.path();
      ++checked;
    }
  }
  EXPECT_EQ(checked, 6u + 4u);  // six golden articles, four examples
}

TEST(SelfCheckTest, EveryDevelopmentSetBriefPasses) {
  PRECIS_REQUIRE_SHARED_DATA("summarization");
  size_t failed = 0;
  const auto counts =
      testing::ForEachDevArticle(testing::SharedData("summarization"), [&](const testing::DevArticle& dev) {
        const std::string problems = SelfCheck(testing::Text().Analyze(dev.article));
        if (!problems.empty() && ++failed <= 5) ADD_FAILURE() << dev.where << "\n" << problems;
      });
  EXPECT_EQ(counts, testing::DevSetSizes());
  EXPECT_EQ(failed, 0u);
}

}  // namespace
}  // namespace precis
