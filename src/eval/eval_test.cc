// Copyright 2026 The precis Authors.

#include "eval/eval.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace precis::eval {
namespace {

TEST(EvalTest, SkipsArticlesInOtherLanguages) {
  // A data set that calls every line English, one of them German: the
  // German one is counted as skipped, not briefed, and not scored.
  const std::string path =
      (std::filesystem::temp_directory_path() / ("precis_eval_" + std::to_string(::getpid()) + ".jsonl"))
          .string();
  std::ofstream(path)
      << R"({"id":"en","lang":"en","title":"Tram line to be extended","paragraphs":["The city council said on Monday that the tram line will be extended to the new housing estate next year.","Work is due to start in the spring and take about two years, the council said."],"reference":"The tram line will be extended next year."})"
         "\n"
      << R"({"id":"de","lang":"en","title":"Straßenbahn wird verlängert","paragraphs":["Die Stadtverwaltung hat am Montag angekündigt, dass die Straßenbahnlinie im kommenden Jahr bis zum neuen Wohngebiet verlängert wird.","Die Bauarbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern."],"reference":"Die Linie wird verlängert."})"
         "\n";
  EvalOptions options;
  options.jobs = 1;
  auto report = RunEval(path, testing::Text(), options);
  std::filesystem::remove(path);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->documents, 1u);
  EXPECT_EQ(report->skipped, (std::map<std::string, size_t>{{"de", 1}}));
  EXPECT_GT(report->precis.rougeL.f1, 0.0);
}

}  // namespace
}  // namespace precis::eval
