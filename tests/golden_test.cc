// Copyright 2026 The precis Authors.
//
// Golden briefs. Every example (examples/) and golden article
// (tests/golden/) has its outputs committed under tests/golden/expected/:
// the Markdown, JSON and plain-text brief and the `precis check` report of
// the Markdown brief, as the precis command writes them. They are compared
// byte for byte, so any change to a brief shows as a reviewed diff:
// scripts/update-golden.sh rewrites them (this test, run with
// PRECIS_UPDATE_GOLDEN=1). The structure a reader relies on — group counts,
// enumerations and their citations, whole quotations, labels in the
// article's language — is also asserted on its own, so that a wording change
// that regenerates the files cannot quietly break it.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "brief_checks.h"
#include "precis/engine.h"
#include "precis/pipeline.h"
#include "render/brief_writer.h"
#include "test_util.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

const std::string kExpectedDir = PRECIS_SOURCE_DIR "/tests/golden/expected";

// Every article with golden outputs: the four examples and the six golden
// articles.
std::vector<std::string> GoldenInputs() {
  std::vector<std::string> inputs;
  for (const char* dir : {PRECIS_SOURCE_DIR "/examples", PRECIS_SOURCE_DIR "/tests/golden"}) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file()) inputs.push_back(entry.path().string());
    }
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

using testing::ShellQuote;

// One golden output: the file suffix and the command that makes it from
// the article at `in`.
struct Output {
  const char* suffix;
  std::string (*command)(const std::string& in);
};

const std::string kPrecis = PRECIS_BINARY;
const Output kOutputs[] = {
    {".brief.md", [](const std::string& in) { return kPrecis + " brief " + ShellQuote(in); }},
    {".brief.json", [](const std::string& in) { return kPrecis + " brief --format json " + ShellQuote(in); }},
    {".brief.txt", [](const std::string& in) { return kPrecis + " brief --format text " + ShellQuote(in); }},
    {".check.txt",
     [](const std::string& in) {
       return kPrecis + " brief " + ShellQuote(in) + " | " + kPrecis + " check - --source " + ShellQuote(in);
     }},
};

bool Updating() {
  const char* update = std::getenv("PRECIS_UPDATE_GOLDEN");
  return update != nullptr && std::string(update) == "1";
}

TEST(GoldenTest, OutputsAreByteForByteTheCommittedOnes) {
  const auto inputs = GoldenInputs();
  ASSERT_EQ(inputs.size(), 4u + 6u);
  if (Updating()) fs::create_directories(kExpectedDir);
  std::set<std::string> expected_files;
  for (const std::string& in : inputs) {
    const std::string name = fs::path(in).filename().string();
    for (const Output& output : kOutputs) {
      const std::string file = name + output.suffix;
      expected_files.insert(file);
      const testing::ShellRun run = testing::RunShell(output.command(in));
      ASSERT_EQ(run.status, 0) << file << ": " << run.err;
      const std::string& got = run.out;
      ASSERT_FALSE(got.empty()) << file;
      const std::string path = kExpectedDir + "/" + file;
      if (Updating()) {
        std::ofstream(path, std::ios::binary) << got;
        continue;
      }
      ASSERT_TRUE(fs::exists(path)) << path << " missing: run scripts/update-golden.sh";
      EXPECT_EQ(got, testing::ReadWholeFile(path))
          << file << " differs from its golden copy; if the change is meant, run scripts/update-golden.sh "
          << "and review the diff";
    }
  }
  // No stale golden file for an article that is gone.
  std::set<std::string> on_disk;
  for (const auto& entry : fs::directory_iterator(kExpectedDir))
    on_disk.insert(entry.path().filename().string());
  if (Updating()) {
    for (const std::string& stale : on_disk) {
      if (!expected_files.count(stale)) fs::remove(kExpectedDir + "/" + stale);
    }
    return;
  }
  EXPECT_EQ(on_disk, expected_files);
}

// The README's example brief is the golden brief of the example, exactly.
TEST(GoldenTest, ReadmeExampleIsTheGoldenBrief) {
  const std::string readme = testing::ReadWholeFile(PRECIS_SOURCE_DIR "/README.md");
  const size_t section = readme.find("### `precis brief`");
  ASSERT_NE(section, std::string::npos);
  const size_t open = readme.find("```\n", section);
  ASSERT_NE(open, std::string::npos);
  const size_t close = readme.find("\n```\n", open + 4);
  ASSERT_NE(close, std::string::npos);
  const std::string shown = readme.substr(open + 4, close + 1 - (open + 4));
  EXPECT_NE(readme.find("(`build/precis brief examples/zh-ukraine-force.md`.)", close), std::string::npos);
  EXPECT_EQ(shown, testing::ReadWholeFile(kExpectedDir + "/zh-ukraine-force.md.brief.md"))
      << "README.md's example brief is not what precis writes";
}

struct Golden {
  const char* file;
  Language language;
  size_t groups;
  // Citations of the enumerated items, in order; empty if none expected.
  std::vector<std::vector<int>> items;
  // Quotations the brief must carry whole.
  std::vector<std::string> quotes;
  // If set, the only paragraph any statement may cite.
  int only_citation;
};

const Golden kGolden[] = {
    {"zh-three-measures.md", Language::kChinese, 2, {{3}, {4}, {5}}, {}, 0},
    {"zh-central-bank.md",
     Language::kChinese,
     2,
     {},
     {"“我们将继续实施适度宽松的货币政策，保持流动性合理充裕，但不会搞大水漫灌。”",
      "“人民币汇率在合理均衡水平上保持基本稳定，我们有信心、有能力、有条件应对外部冲击。”"},
     0},
    // One paragraph of three sentences: one group.
    {"zh-one-paragraph.txt", Language::kChinese, 1, {}, {}, 1},
    {"en-three-risks.md", Language::kEnglish, 2, {{2}, {3}, {4}}, {}, 0},
    {"en-quotes.txt",
     Language::kEnglish,
     2,
     {},
     {"\"This is a fair deal that rewards the people who build our cars,\"",
      "\"keeps us competitive while recognising the contribution of our workforce.\""},
     0},
    {"en-one-paragraph.txt", Language::kEnglish, 2, {}, {}, 1},
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
  // Every golden article has a row.
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(PRECIS_SOURCE_DIR "/tests/golden"))
    files += entry.is_regular_file();
  EXPECT_EQ(files, std::size(kGolden));
  for (const Golden& golden : kGolden) {
    SCOPED_TRACE(golden.file);
    const std::string path = std::string(PRECIS_SOURCE_DIR) + "/tests/golden/" + golden.file;
    auto article = LoadArticle(path, ReadOptions{}, testing::Text());
    ASSERT_TRUE(article.ok()) << article.status().ToString();
    EXPECT_EQ(article->language, golden.language);
    Document doc = testing::Text().Analyze(*article);
    auto brief = BriefDocument(doc, BriefOptions{});
    ASSERT_TRUE(brief.ok()) << brief.status().ToString();
    const std::string md = render::BriefToMarkdown(*brief);
    EXPECT_EQ(testing::CheckBrief(*brief, *article), "") << md;
    EXPECT_EQ(brief->groups.size(), golden.groups) << md;

    std::vector<const Statement*> all;
    CollectStatements(*brief, &all);
    std::vector<std::vector<std::vector<int>>> enumerations;
    for (const auto& g : brief->groups) {
      for (const auto& b : g.bullets) {
        if (b.items.empty()) continue;
        enumerations.emplace_back();
        for (const auto& item : b.items) enumerations.back().push_back(item.citations);
      }
    }
    if (golden.items.empty()) {
      EXPECT_TRUE(enumerations.empty()) << "an enumeration where the article has none:\n" << md;
    } else if (enumerations.empty()) {
      // The core took the sentence announcing the points: they stand as
      // consecutive bullets of one group, all of them, in order.
      bool found = false;
      for (const auto& g : brief->groups) {
        std::vector<std::vector<int>> cited;
        for (const auto& b : g.bullets) cited.push_back(b.citations);
        found |=
            std::search(cited.begin(), cited.end(), golden.items.begin(), golden.items.end()) != cited.end();
      }
      EXPECT_TRUE(found) << "enumeration lost:\n" << md;
    } else {
      ASSERT_EQ(enumerations.size(), 1u) << "enumeration split:\n" << md;
      EXPECT_EQ(enumerations[0], golden.items) << md;
    }
    for (const std::string& quote : golden.quotes) {
      // The quotation is in the brief, whole, and no statement carries a
      // piece of it (its opening words without the rest).
      const std::string opening = quote.substr(0, 12);
      bool whole = false;
      for (const Statement* s : all) {
        const bool opens = s->text.find(opening) != std::string::npos;
        const bool has = s->text.find(quote) != std::string::npos;
        whole |= has;
        EXPECT_TRUE(!opens || has) << "quotation altered: " << s->text;
      }
      EXPECT_TRUE(whole) << "quotation missing from the brief: " << quote << "\n" << md;
    }
    if (golden.only_citation > 0) {
      for (const Statement* s : all) {
        ASSERT_FALSE(s->citations.empty());
        for (int c : s->citations) EXPECT_EQ(c, golden.only_citation);
      }
    }
    // Labels in the article's language.
    EXPECT_NE(md.find(golden.language == Language::kChinese ? "**核心观点** - " : "**Core Viewpoint** - "),
              std::string::npos);
    EXPECT_NE(md.find(golden.language == Language::kChinese ? "**第1组：" : "**Group 1: "),
              std::string::npos);
  }
}

TEST(GoldenTest, EveryExampleBriefs) {
  size_t examples = 0;
  for (const auto& entry : fs::directory_iterator(PRECIS_SOURCE_DIR "/examples")) {
    SCOPED_TRACE(entry.path().string());
    auto article = LoadArticle(entry.path().string(), ReadOptions{}, testing::Text());
    ASSERT_TRUE(article.ok());
    auto brief = BriefDocument(testing::Text().Analyze(*article), BriefOptions{});
    ASSERT_TRUE(brief.ok());
    EXPECT_EQ(testing::CheckBrief(*brief, *article), "") << render::BriefToMarkdown(*brief);
    // Articles of four or more paragraphs have room for two groups at least.
    if (article->paragraphs.size() >= 4) {
      EXPECT_GE(brief->groups.size(), 2u) << render::BriefToMarkdown(*brief);
    } else {
      EXPECT_EQ(brief->groups.size(), 1u) << render::BriefToMarkdown(*brief);
    }
    ++examples;
  }
  EXPECT_EQ(examples, 4u);
}

}  // namespace
}  // namespace precis
