// Copyright 2026 The precis Authors.
//
// brief_hygiene [--half a|b] [--show DEFECT] [SHARED_DATA_DIR]: briefs every
// long-form article there is — the readable pages of html-zh, the ThePaper
// articles of zh_clts_samples_dev and the BBC articles of en_bbc_dev — and
// prints, per set, the defects a careful editor would strike out
// (tests/brief_hygiene.h): statements that are not whole sentences, groups
// of stubs, bare enumerations, list titles, repeated titles, announced
// enumerations against those kept, and the share of cores that open with
// the article's first news sentence. --half a|b takes every other article
// (tune on one half, check on the other); --show prints the first cases of
// each defect.

#include "brief_hygiene.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "dev_sets.h"
#include "load_text.h"
#include "precis/engine.h"
#include "precis/reader.h"

namespace {

void Print(const char* set, const precis::testing::HygieneCounts& c, bool show) {
  std::printf(
      "%-20s briefs %4zu  statements %5zu  not-whole %3zu  stub-groups %3zu  bare-enums %2zu  "
      "list-titles %3zu/%zu  long-titles %2zu  dup-titles %2zu  enums kept %2zu of %2zu announced  "
      "core-opens-lead %.2f\n",
      set, c.briefs, c.statements, c.not_whole, c.stub_groups, c.bare_enumerations, c.list_titles, c.groups,
      c.long_titles, c.duplicate_titles, c.kept, c.announced,
      c.briefs ? static_cast<double>(c.core_opens_with_news) / static_cast<double>(c.briefs) : 0.0);
  if (!show) return;
  for (const auto& [defect, cases] : c.examples) {
    for (const auto& e : cases) std::printf("    [%s] %s\n", defect.c_str(), e.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = PRECIS_SHARED_DATA;
  int half = -1;
  bool show = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--half" && i + 1 < argc) {
      half = std::string(argv[++i]) == "b" ? 1 : 0;
    } else if (arg == "--show") {
      show = true;
    } else {
      dir = arg;
    }
  }
  const precis::TextProcessor& text = precis::testing::LoadedText();
  auto take = [&](size_t index) { return half < 0 || static_cast<int>(index % 2) == half; };

  precis::testing::HygieneCounts pages;
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(dir + "/html-zh")) {
    for (const auto& e : std::filesystem::directory_iterator(dir + "/html-zh")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (size_t i = 0; i < files.size(); ++i) {
    if (!take(i)) continue;
    auto article = precis::ReadArticleFile(files[i].string());
    if (!article.ok()) continue;  // a page with no article text
    text.Annotate(&*article);
    const precis::Document doc = text.Analyze(std::move(*article));
    auto brief = precis::BriefDocument(doc, {});
    if (brief.ok()) precis::testing::AddBrief(*brief, doc, files[i].filename().string(), &pages);
  }
  Print("html-zh", pages, show);

  for (const char* set : {"zh_clts_samples_dev.jsonl", "en_bbc_dev.jsonl"}) {
    precis::testing::HygieneCounts counts;
    size_t index = 0;
    const std::string path = dir + "/summarization";
    precis::testing::ForEachDevArticle(path, [&](const precis::testing::DevArticle& dev) {
      if (dev.where.rfind(set, 0) != 0) return;
      if (!take(index++)) return;
      const precis::Document doc = text.Analyze(dev.article);
      auto brief = precis::BriefDocument(doc, {});
      if (brief.ok()) precis::testing::AddBrief(*brief, doc, dev.where, &counts);
    });
    Print(std::string(set).substr(0, std::string(set).find('.')).c_str(), counts, show);
  }
  if (pages.briefs == 0) {
    std::fprintf(stderr, "brief_hygiene: no pages under %s/html-zh\n", dir.c_str());
    return 2;
  }
  return 0;
}
