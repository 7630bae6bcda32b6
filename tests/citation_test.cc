// Copyright 2026 The precis Authors.
//
// Every citation in every brief of the development sets points at a
// paragraph that contains the cited content, and every statement cites all
// its sources (see brief_checks.h). Plain-text output stays within budget.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "brief_checks.h"
#include "precis/engine.h"
#include "render/brief_writer.h"
#include "test_util.h"
#include "util/units.h"

namespace precis {
namespace {

TEST(CitationTest, EveryDevelopmentSetBriefIsGrounded) {
  size_t briefs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SharedData("summarization"))) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    std::string line;
    size_t n = 0;
    while (std::getline(in, line)) {
      ++n;
      auto j = nlohmann::json::parse(line);
      Article a;
      a.title = j.value("title", "");
      for (const auto& p : j["paragraphs"]) a.paragraphs.push_back(p.get<std::string>());
      a.language = j.value("lang", "") == "zh" ? Language::kChinese : Language::kEnglish;
      const std::string where = entry.path().filename().string() + ":" + std::to_string(n);
      Document doc = testing::Text().Analyze(a);
      const int budget = util::ContentUnits(j.value("reference", ""), a.language);
      for (int b : {0, budget}) {
        BriefOptions options;
        options.budget = b;
        auto brief = BriefDocument(doc, options);
        ASSERT_TRUE(brief.ok()) << where << ": " << brief.status().ToString();
        ASSERT_EQ(testing::CheckBrief(*brief, a), "") << where;
        std::string text = render::BriefToText(*brief, b, false);
        if (b > 0) {
          EXPECT_LE(util::ContentUnits(text, a.language), b) << where;
        }
        ++briefs;
      }
    }
  }
  EXPECT_GT(briefs, 7000u);
}

}  // namespace
}  // namespace precis
