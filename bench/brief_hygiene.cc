// Copyright 2026 The precis Authors.
//
// brief_hygiene [--half a|b] [--show | --show-all] [SHARED_DATA_DIR]: briefs every
// long-form article there is — the readable pages of html-zh, the ThePaper
// articles of zh_clts_samples_dev and the BBC articles of en_bbc_dev — and
// prints, per set, the defects a careful editor would strike out
// (tests/brief_hygiene.h): statements that are not whole sentences, groups
// of stubs, bare enumerations, list titles, repeated titles, announced
// enumerations against those kept, and the share of cores that open with
// the article's first news sentence; then the same for our own articles
// under tests/articles (one shaped like each case). --half a|b takes every other article
// (tune on one half, check on the other); --show prints the first cases of
// each defect, --show-all every case.

#include "brief_hygiene.h"

#include <cstdio>
#include <string>
#include <vector>

#include "load_text.h"

int main(int argc, char** argv) {
  std::string dir = PRECIS_SHARED_DATA;
  int half = -1;
  bool show = false;
  size_t limit = 4;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--half" && i + 1 < argc) {
      half = std::string(argv[++i]) == "b" ? 1 : 0;
    } else if (arg == "--show") {
      show = true;
    } else if (arg == "--show-all") {
      show = true;
      limit = static_cast<size_t>(-1);
    } else {
      dir = arg;
    }
  }
  auto sets = precis::testing::MeasureHygiene(dir, precis::testing::LoadedText(), half, limit);
  if (half < 0) {
    sets.push_back(precis::testing::MeasureHygieneOfArticles(
        std::string(PRECIS_SOURCE_DIR) + "/tests/articles", precis::testing::LoadedText(), limit));
  }
  for (const auto& [set, counts] : sets) {
    std::printf("%s\n", precis::testing::HygieneLine(set, counts).c_str());
    if (!show) continue;
    for (const auto& [defect, cases] : counts.examples) {
      for (const auto& e : cases) std::printf("    [%s] %s\n", defect.c_str(), e.c_str());
    }
  }
  if (sets.front().second.briefs == 0) {
    std::fprintf(stderr, "brief_hygiene: no pages under %s/html-zh\n", dir.c_str());
    return 2;
  }
  return 0;
}
