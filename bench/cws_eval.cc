// Copyright 2026 The precis Authors.
//
// cws_eval [CWS_DIR]: scores precis' segmenter on the SIGHAN 2005 PKU test
// set (pku_test.utf8, pku_test_gold.utf8, pku_training_words.utf8) with the
// bakeoff's measures (tests/cws_measure.h) and prints one line:
//   PKU  P 0.886  R 0.806  F1 0.844  OOV-R 0.831  (104372 gold words, 0 lines mismatched)

#include <cstdio>
#include <iostream>

#include "cws_measure.h"
#include "precis/text.h"

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : PRECIS_SHARED_DATA "/cws";
  auto text = precis::TextProcessor::Load();
  if (!text.ok()) {
    std::cerr << "cws_eval: " << text.status().message() << "\n";
    return 3;
  }
  const auto m =
      precis::testing::MeasurePku(dir, [&](const std::string& line) { return (*text)->SegmentWords(line); });
  if (!m.error.empty()) {
    std::cerr << "cws_eval: " << m.error << "\n";
    return 2;
  }
  const auto& s = m.score;
  std::printf("PKU  P %.3f  R %.3f  F1 %.3f  OOV-R %.3f  (%zu gold words, %zu lines mismatched)\n",
              s.precision(), s.recall(), s.f1(), s.oov_recall(), s.gold_words, s.mismatched_lines);
  return 0;
}
