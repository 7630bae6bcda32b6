// Copyright 2026 The precis Authors.
//
// lm_verify_eval [--holdout] [SHARED_DATA_DIR]: what the language-model
// engine lets through to the reader (tests/lm_verify_measure.h).

#include <cstdio>
#include <string>

#include "lm_verify_measure.h"
#include "load_text.h"

int main(int argc, char** argv) {
  std::string shared = PRECIS_SHARED_DATA;
  std::string briefs = std::string(PRECIS_SOURCE_DIR) + "/tests/data/crosslingual";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--holdout") {
      briefs += "/holdout";
    } else {
      shared = arg;
    }
  }
  const auto c = precis::testing::MeasureLmVerify(briefs, shared, precis::testing::LoadedText());
  if (!c.error.empty()) {
    std::fprintf(stderr, "lm_verify_eval: %s\n", c.error.c_str());
    return 2;
  }
  for (const std::string& line : precis::testing::LmVerifyLines(c)) std::printf("%s\n", line.c_str());
  return 0;
}
