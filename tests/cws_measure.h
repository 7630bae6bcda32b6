// Copyright 2026 The precis Authors.
//
// precis' segmenter on the SIGHAN 2005 PKU test set (../shared/data/cws),
// scored by the bakeoff's measures (cws_score.h): the computation behind
// bench/cws_eval (the README's row) and tests/readme_figures_test.cc (which
// holds the README to it).

#ifndef PRECIS_TESTS_CWS_MEASURE_H_
#define PRECIS_TESTS_CWS_MEASURE_H_

#include <fstream>
#include <string>
#include <unordered_set>

#include "cws_score.h"
#include "precis/text.h"

namespace precis::testing {

struct PkuMeasure {
  std::string error;  // non-empty if the files could not be read
  size_t lines = 0;
  cws::Score score;
};

// `segment(line)` returns the line's words as string_views (e.g.
// TextProcessor::SegmentWords).
template <typename Segment>
PkuMeasure MeasurePku(const std::string& dir, Segment segment) {
  PkuMeasure m;
  std::ifstream raw(dir + "/pku_test.utf8");
  std::ifstream gold(dir + "/pku_test_gold.utf8");
  std::ifstream vocab(dir + "/pku_training_words.utf8");
  if (!raw || !gold || !vocab) {
    m.error = dir + ": pku_test.utf8, pku_test_gold.utf8 or pku_training_words.utf8 not found";
    return m;
  }
  std::unordered_set<std::string> training;
  std::string line;
  while (std::getline(vocab, line)) {
    for (auto& w : cws::SplitWords(line)) training.insert(w);
  }
  std::string gold_line;
  while (std::getline(raw, line) && std::getline(gold, gold_line)) {
    std::string predicted;
    for (std::string_view w : segment(line)) {
      predicted.append(w);
      predicted.push_back(' ');
    }
    cws::ScoreLine(gold_line, predicted, training, &m.score);
    ++m.lines;
  }
  return m;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_CWS_MEASURE_H_
