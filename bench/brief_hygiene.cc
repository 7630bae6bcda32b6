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
#include <string>
#include <vector>

#include "load_text.h"

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
  const auto sets = precis::testing::MeasureHygiene(dir, precis::testing::LoadedText(), half);
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
