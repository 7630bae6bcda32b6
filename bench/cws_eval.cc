// Copyright 2026 The precis Authors.
//
// cws_eval [--no-hmm] [CWS_DIR]: scores precis' segmenter on the SIGHAN 2005
// PKU test set (pku_test.utf8, pku_test_gold.utf8, pku_training_words.utf8)
// with the bakeoff's measures (tests/cws_measure.h) and prints one line:
//   PKU  P 0.886  R 0.806  F1 0.844  OOV-R 0.831  (104372 gold words, 0 lines mismatched)
// --no-hmm scores the dictionary route alone (the segmenter without its HMM
// for unknown words).

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cws_measure.h"
#include "precis/text.h"
#include "text/zh_dict.h"
#include "text/zh_segmenter.h"

int main(int argc, char** argv) {
  std::string dir = PRECIS_SHARED_DATA "/cws";
  bool hmm = true;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--no-hmm") {
      hmm = false;
    } else {
      dir = arg;
    }
  }
  auto text = precis::TextProcessor::Load();
  if (!text.ok()) {
    std::cerr << "cws_eval: " << text.status().message() << "\n";
    return 3;
  }
  precis::text::ZhDictionary dict;
  if (auto loaded = dict.Load((*text)->data_dir() + "/zh_words.bin"); !loaded.ok()) {
    std::cerr << "cws_eval: " << loaded.message() << "\n";
    return 3;
  }
  const precis::text::ZhSegmenter dictionary_only(&dict, nullptr, nullptr);
  const auto m = precis::testing::MeasurePku(dir, [&](const std::string& line) {
    if (hmm) return (*text)->SegmentWords(line);
    std::vector<precis::text::Piece> pieces;
    dictionary_only.Segment(line, &pieces);
    std::vector<std::string_view> words;
    for (const auto& p : pieces) {
      if (p.kind != precis::TokenKind::kSpace)
        words.push_back(std::string_view(line).substr(p.span.begin, p.span.size()));
    }
    return words;
  });
  if (!m.error.empty()) {
    std::cerr << "cws_eval: " << m.error << "\n";
    return 2;
  }
  const auto& s = m.score;
  std::printf("PKU  P %.3f  R %.3f  F1 %.3f  OOV-R %.3f  (%zu gold words, %zu lines mismatched)\n",
              s.precision(), s.recall(), s.f1(), s.oov_recall(), s.gold_words, s.mismatched_lines);
  return 0;
}
