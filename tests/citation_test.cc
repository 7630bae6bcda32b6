// Copyright 2026 The precis Authors.
//
// Every citation in every brief of the development sets points at a
// paragraph that contains the cited content, and every statement cites all
// its sources (see brief_checks.h). Plain-text output stays within budget.

#include <gtest/gtest.h>

#include "brief_checks.h"
#include "dev_sets.h"
#include "precis/engine.h"
#include "render/brief_writer.h"
#include "test_util.h"
#include "util/units.h"

namespace precis {
namespace {

TEST(CitationTest, EveryDevelopmentSetBriefIsGrounded) {
  PRECIS_REQUIRE_SHARED_DATA("summarization");
  size_t briefs = 0;
  const auto counts =
      testing::ForEachDevArticle(testing::SharedData("summarization"), [&](const testing::DevArticle& dev) {
        const Article& a = dev.article;
        Document doc = testing::Text().Analyze(a);
        const int budget = util::ContentUnits(dev.reference, a.language);
        for (int b : {0, budget}) {
          BriefOptions options;
          options.budget = b;
          auto brief = BriefDocument(doc, options);
          ASSERT_TRUE(brief.ok()) << dev.where << ": " << brief.status().ToString();
          ASSERT_EQ(testing::CheckBrief(*brief, a, b > 0 ? kBudgetedBulletsPerGroup : kBulletsPerGroup), "")
              << dev.where;
          std::string text = render::BriefToText(*brief, b, false);
          if (b > 0) {
            EXPECT_LE(util::ContentUnits(text, a.language), b) << dev.where;
          }
          ++briefs;
        }
      });
  EXPECT_EQ(counts, testing::DevSetSizes());
  EXPECT_EQ(briefs, 2 * testing::DevSetTotal());  // with and without a budget
}

}  // namespace
}  // namespace precis
