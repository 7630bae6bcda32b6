// Copyright 2026 The precis Authors.
//
// crosslingual_eval [--half a|b] [--holdout] [--show] [SHARED_DATA_DIR]: how surely
// `precis check` audits English briefs of Chinese articles — the briefs of
// tests/data/crosslingual against their html-zh pages
// (tests/crosslingual_measure.h): faithful statements supported, and
// planted faults caught at the statement that holds them, per kind.
// --half a|b takes every other page (tune on one half, check on the
// other); --holdout checks tests/data/crosslingual/holdout instead, briefs
// written after the checker's rules were set and never tuned on; --show
// prints every statement not supported and every fault missed.

#include <cstdio>
#include <string>

#include "crosslingual_measure.h"
#include "load_text.h"

int main(int argc, char** argv) {
  std::string dir = PRECIS_SHARED_DATA;
  int half = -1;
  bool show = false;
  std::string briefs = std::string(PRECIS_SOURCE_DIR) + "/tests/data/crosslingual";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--half" && i + 1 < argc) {
      half = std::string(argv[++i]) == "b" ? 1 : 0;
    } else if (arg == "--show") {
      show = true;
    } else if (arg == "--holdout") {
      briefs += "/holdout";
    } else {
      dir = arg;
    }
  }
  const auto c =
      precis::testing::MeasureCrossLingual(briefs, dir + "/html-zh", precis::testing::LoadedText(), half);
  if (c.briefs == 0) {
    std::fprintf(stderr, "crosslingual_eval: no briefs checked (pages under %s/html-zh)\n", dir.c_str());
    return 2;
  }
  if (show) {
    for (const auto& n : c.notes) std::printf("%s\n", n.c_str());
  }
  for (const std::string& line : precis::testing::CrossLingualLines(c)) std::printf("%s\n", line.c_str());
  return 0;
}
