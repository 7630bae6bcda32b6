// Copyright 2026 The precis Authors.
//
// Every quality figure README.md promises, held to what the same code
// measures (the README's commands and these tests share it: eval::RunEval,
// check_faults.h, cws_measure.h, extraction_measure.h, page_fields.h). A
// figure read from the README that moves past its tolerance fails: worse is
// a regression; better asks for the README to be updated. Tolerances: ROUGE
// 0.3 points (x100), rates 0.3 percentage points, scores in [0, 1] 0.003;
// counts exact unless noted.

#include "readme_figures.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "brief_hygiene.h"
#include "check_faults.h"
#include "crosslingual_measure.h"
#include "cws_measure.h"
#include "dev_sets.h"
#include "eval/eval.h"
#include "extraction_measure.h"
#include "lm_verify_measure.h"
#include "page_fields.h"
#include "pages_measure.h"
#include "precis/reader.h"
#include "test_util.h"

namespace precis {
namespace {

using testing::CellNumber;
using testing::CellParenthesised;
using testing::HeldFigure;
using testing::ReadmeRows;

// README "Brief quality": | set (what) | articles | precis R-1 | R-2 | R-L | LEAD R-1 | R-2 | R-L |
TEST(ReadmeFiguresTest, RougeOfPrecisAndLeadOnEveryDevelopmentSet) {
  PRECIS_REQUIRE_SHARED_DATA("summarization");
  const std::string readme = testing::ReadmeText();
  for (const auto& [file, articles] : testing::DevSetSizes()) {
    const std::string set = file.substr(0, file.size() - std::string(".jsonl").size());
    SCOPED_TRACE(set);
    const auto rows = ReadmeRows(readme, set + " ");
    ASSERT_EQ(rows.size(), 1u) << "README.md has no single ROUGE row for " << set;
    const auto& row = rows[0];
    ASSERT_EQ(row.size(), 8u);
    auto report = eval::RunEval(testing::SharedData("summarization/" + file), testing::Text(), {});
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    // Every article scored but those in other languages (XSum's two Welsh
    // stories), and the README says how many were.
    size_t skipped = 0;
    for (const auto& [code, n] : report->skipped) skipped += n;
    EXPECT_EQ(report->documents + skipped, articles);
    EXPECT_LE(skipped, testing::kDevSetOtherLanguages);
    EXPECT_EQ(CellNumber(row[1]), static_cast<double>(report->documents));
    const double measured[] = {report->precis.rouge1.f1, report->precis.rouge2.f1, report->precis.rougeL.f1,
                               report->lead.rouge1.f1,   report->lead.rouge2.f1,   report->lead.rougeL.f1};
    const char* names[] = {"precis R-1", "precis R-2", "precis R-L", "LEAD R-1", "LEAD R-2", "LEAD R-L"};
    for (size_t k = 0; k < 6; ++k) {
      EXPECT_EQ(HeldFigure(set + " " + names[k], 100 * measured[k], CellNumber(row[2 + k]), 0.3), "");
    }
    // "precis beats LEAD on ROUGE-1 and ROUGE-L on every set."
    EXPECT_GT(report->precis.rouge1.f1, report->lead.rouge1.f1);
    EXPECT_GT(report->precis.rougeL.f1, report->lead.rougeL.f1);
  }
  EXPECT_NE(readme.find("precis beats LEAD on ROUGE-1 and ROUGE-L on every set"), std::string::npos);
}

// README "Brief audit": | fault | planted | caught (rate %) |, and the false
// alarms line. Planted counts within 2 % (they follow the briefs), catch
// rates within 0.3 points, false alarms exact.
TEST(ReadmeFiguresTest, CheckCatchRatesPerFaultKindAndNoFalseAlarms) {
  PRECIS_REQUIRE_SHARED_DATA("summarization");
  const std::string readme = testing::ReadmeText();
  const testing::CheckFaultReport r =
      testing::MeasureCheckFaults(testing::SharedData("summarization"), testing::Text());
  EXPECT_EQ(r.articles, testing::DevSetSizes());
  EXPECT_EQ(r.briefs, testing::DevSetTotal());
  const struct {
    const char* row;
    const char* kind;
  } kinds[] = {
      {"a number changed to one the article lacks", "number"},
      {"a single citation moved two paragraphs on", "citation"},
      {"a name replaced by another article's name", "name"},
      {"citations removed", "uncited"},
      {"a citation past the last paragraph", "past-end"},
      {"all", "all"},
  };
  EXPECT_EQ(r.by_kind.size(), 5u);
  for (const auto& k : kinds) {
    SCOPED_TRACE(k.kind);
    const auto rows = ReadmeRows(readme, k.row);
    ASSERT_EQ(rows.size(), 1u) << "README.md has no single row '" << k.row << "'";
    ASSERT_EQ(rows[0].size(), 3u);
    const testing::FaultTally t = std::string(k.kind) == "all" ? r.all : r.by_kind.at(k.kind);
    const double planted = CellNumber(rows[0][1]);
    EXPECT_EQ(HeldFigure(std::string(k.kind) + " planted", t.planted, planted, 0.02 * planted), "");
    EXPECT_EQ(HeldFigure(std::string(k.kind) + " caught %", t.rate(), CellParenthesised(rows[0][2]), 0.3), "")
        << testing::CellNumber(rows[0][2]);
  }
  std::smatch m;
  const std::regex false_alarms(
      "False alarms on the briefs as precis wrote them: ([0-9,]+) of ([0-9,]+) statements \\(([0-9,]+) of "
      "([0-9,]+) briefs\\)");
  ASSERT_TRUE(std::regex_search(readme, m, false_alarms)) << "README.md: no false-alarm line";
  EXPECT_EQ(r.false_alarms, CellNumber(m[1].str()));
  EXPECT_EQ(
      HeldFigure("statements checked", r.statements, CellNumber(m[2].str()), 0.02 * CellNumber(m[2].str())),
      "");
  EXPECT_EQ(r.briefs_with_alarm, CellNumber(m[3].str()));
  EXPECT_EQ(r.briefs, CellNumber(m[4].str()));
}

// README "Segmentation quality": | precis | P | R | F1 | OOV recall |.
TEST(ReadmeFiguresTest, SegmentationOnThePkuTestSet) {
  PRECIS_REQUIRE_SHARED_DATA("cws/pku_test.utf8", "cws/pku_test_gold.utf8", "cws/pku_training_words.utf8");
  const auto rows = ReadmeRows(testing::ReadmeText(), "precis");
  ASSERT_EQ(rows.size(), 1u) << "README.md: no single segmentation row 'precis'";
  ASSERT_EQ(rows[0].size(), 5u);
  const auto m = testing::MeasurePku(
      testing::SharedData("cws"), [](const std::string& line) { return testing::Text().SegmentWords(line); });
  ASSERT_EQ(m.error, "");
  EXPECT_EQ(m.lines, 1945u);  // lines of pku_test.utf8 (one empty)
  EXPECT_EQ(m.score.mismatched_lines, 0u);
  EXPECT_EQ(m.score.gold_words, 104372u);
  EXPECT_EQ(HeldFigure("PKU precision", m.score.precision(), CellNumber(rows[0][1]), 0.003), "");
  EXPECT_EQ(HeldFigure("PKU recall", m.score.recall(), CellNumber(rows[0][2]), 0.003), "");
  EXPECT_EQ(HeldFigure("PKU F1", m.score.f1(), CellNumber(rows[0][3]), 0.003), "");
  EXPECT_EQ(HeldFigure("PKU OOV recall", m.score.oov_recall(), CellNumber(rows[0][4]), 0.003), "");
}

// README "HTML extraction quality": `precision P  recall R  F1 F`.
TEST(ReadmeFiguresTest, ExtractionOnTheBenchmarkPages) {
  PRECIS_REQUIRE_SHARED_DATA("extraction/ground-truth.json", "extraction/html");
  const std::string readme = testing::ReadmeText();
  std::smatch line;
  ASSERT_TRUE(
      std::regex_search(readme, line, std::regex("`precision ([0-9.]+)  recall ([0-9.]+)  F1 ([0-9.]+)`")))
      << "README.md: no extraction figure line";
  const auto m = testing::MeasureExtraction(testing::SharedData("extraction"));
  ASSERT_EQ(m.error, "");
  EXPECT_EQ(m.pages, 91u);
  EXPECT_EQ(HeldFigure("extraction precision", m.precision, CellNumber(line[1].str()), 0.003), "");
  EXPECT_EQ(HeldFigure("extraction recall", m.recall, CellNumber(line[2].str()), 0.003), "");
  EXPECT_EQ(HeldFigure("extraction F1", m.f1, CellNumber(line[3].str()), 0.003), "");
}

// README "Pages from many sites": | half | pages | refused | title | published | authors |
// language | body F1 (P / R) | snippets |, one row per half.
TEST(ReadmeFiguresTest, PagesOfManySitesBothHalves) {
  PRECIS_REQUIRE_SHARED_DATA("pages/labels.jsonl");
  const std::string readme = testing::ReadmeText();
  for (const auto& [name, half] :
       {std::pair<std::string, testing::PagesHalf>{"A (sites tuned on)", testing::PagesHalf::kA},
        {"B (sites held out)", testing::PagesHalf::kB}}) {
    SCOPED_TRACE(name);
    const auto rows = ReadmeRows(readme, name);
    ASSERT_EQ(rows.size(), 1u) << "README.md: no single pages row " << name;
    ASSERT_EQ(rows[0].size(), 9u);
    const auto m = testing::MeasurePages(testing::SharedData("pages"), half);
    ASSERT_EQ(m.error, "");
    EXPECT_EQ(m.all.pages, CellNumber(rows[0][1]));
    EXPECT_EQ(m.all.refused, CellNumber(rows[0][2]));
    EXPECT_EQ(HeldFigure("title", m.all.title.share(), CellNumber(rows[0][3]), 0.003), "");
    EXPECT_EQ(HeldFigure("published", m.all.published.share(), CellNumber(rows[0][4]), 0.003), "");
    EXPECT_EQ(HeldFigure("authors", m.all.authors.share(), CellNumber(rows[0][5]), 0.003), "");
    EXPECT_EQ(HeldFigure("language", m.all.language.share(), CellNumber(rows[0][6]), 0.003), "");
    EXPECT_EQ(HeldFigure("body F1", m.all.body.f1(), CellNumber(rows[0][7]), 0.003), "");
    EXPECT_EQ(HeldFigure("snippets", m.all.snippets.share(), CellNumber(rows[0][8]), 0.003), "");
  }
}

// README "Chinese news pages": bench/html_zh_eval's line, exactly.
TEST(ReadmeFiguresTest, ChineseNewsPageFields) {
  PRECIS_REQUIRE_SHARED_DATA("html-zh");
  const std::string readme = testing::ReadmeText();
  std::smatch line;
  ASSERT_TRUE(std::regex_search(readme, line, std::regex("pages [0-9]+  title [^\\n]*all-four [0-9.]+")))
      << "README.md: no html-zh figure line";
  const auto rows = testing::LoadPageExpectations(PRECIS_SOURCE_DIR "/tests/data/html_zh_expected.jsonl");
  const auto m = testing::MeasurePageFields(rows, testing::SharedData("html-zh"),
                                            [](const std::string& path) { return ReadArticleFile(path); });
  EXPECT_EQ(m.Line(), line[0].str());
}

// README "Brief hygiene": bench/brief_hygiene's three lines, exactly.
TEST(ReadmeFiguresTest, BriefHygieneOfTheLongFormSets) {
  PRECIS_REQUIRE_SHARED_DATA("html-zh", "summarization/zh_clts_samples_dev.jsonl",
                             "summarization/en_bbc_dev.jsonl");
  const std::string readme = testing::ReadmeText();
  const auto sets = testing::MeasureHygiene(PRECIS_SHARED_DATA, testing::Text(), -1);
  ASSERT_EQ(sets.size(), 3u);
  EXPECT_EQ(sets[0].second.briefs, 42u);
  EXPECT_EQ(sets[1].second.briefs, 6u);
  EXPECT_EQ(sets[2].second.briefs, 1112u);
  for (const auto& [set, counts] : sets) {
    const std::string line = testing::HygieneLine(set, counts);
    EXPECT_NE(readme.find("\n" + line + "\n"), std::string::npos) << "README.md lacks the measured line:\n"
                                                                  << line;
  }
}

// The cross-language audit of tests/data/crosslingual's English briefs of
// html-zh pages: the README's lines exactly.
TEST(ReadmeFiguresTest, CrossLanguageAudit) {
  PRECIS_REQUIRE_SHARED_DATA("html-zh");
  const auto c = testing::MeasureCrossLingual(std::string(PRECIS_SOURCE_DIR) + "/tests/data/crosslingual",
                                              std::string(PRECIS_SHARED_DATA) + "/html-zh", testing::Text());
  EXPECT_EQ(c.briefs, 14u);
  EXPECT_EQ(c.planted(), 56u);
  const auto holdout =
      testing::MeasureCrossLingual(std::string(PRECIS_SOURCE_DIR) + "/tests/data/crosslingual/holdout",
                                   std::string(PRECIS_SHARED_DATA) + "/html-zh", testing::Text());
  EXPECT_EQ(holdout.briefs, 9u);
  EXPECT_EQ(holdout.planted(), 36u);
  const std::string readme = testing::ReadmeText();
  for (const auto* counts : {&c, &holdout}) {
    for (const std::string& line : testing::CrossLingualLines(*counts)) {
      EXPECT_NE(readme.find("\n" + line + "\n"), std::string::npos) << "README.md lacks the measured line:\n"
                                                                    << line;
    }
  }
}

// What the language-model engine lets through, with the cross-language
// briefs served by a scripted model (tests/lm_verify_measure.h).
TEST(ReadmeFiguresTest, LanguageModelEngineVerification) {
  PRECIS_REQUIRE_SHARED_DATA("html-zh");
  const std::string readme = testing::ReadmeText();
  for (const char* set : {"", "/holdout"}) {
    const auto c = testing::MeasureLmVerify(std::string(PRECIS_SOURCE_DIR) + "/tests/data/crosslingual" + set,
                                            PRECIS_SHARED_DATA, testing::Text());
    ASSERT_TRUE(c.error.empty()) << c.error;
    for (const std::string& line : testing::LmVerifyLines(c)) {
      EXPECT_NE(readme.find("\n" + line + "\n"), std::string::npos) << "README.md lacks the measured line:\n"
                                                                    << line;
    }
  }
}

}  // namespace
}  // namespace precis
