// Copyright 2026 The precis Authors.
//
// cws_eval [CWS_DIR]: scores precis' segmenter on the SIGHAN 2005 PKU test
// set (pku_test.utf8, pku_test_gold.utf8, pku_training_words.utf8) with the
// bakeoff's measures and prints one line:
//   PKU  P 0.885  R 0.804  F1 0.843  OOV-R 0.819  (104372 gold words)

#include <cstdio>
#include <fstream>
#include <iostream>

#include "cws_score.h"
#include "precis/text.h"

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : PRECIS_SHARED_DATA "/cws";
  std::ifstream raw(dir + "/pku_test.utf8");
  std::ifstream gold(dir + "/pku_test_gold.utf8");
  std::ifstream vocab(dir + "/pku_training_words.utf8");
  if (!raw || !gold || !vocab) {
    std::cerr << "cws_eval: " << dir << ": PKU files not found\n";
    return 2;
  }
  auto text = precis::TextProcessor::Load();
  if (!text.ok()) {
    std::cerr << "cws_eval: " << text.status().message() << "\n";
    return 3;
  }
  std::unordered_set<std::string> training;
  std::string line;
  while (std::getline(vocab, line)) {
    for (auto& w : precis::cws::SplitWords(line)) training.insert(w);
  }
  precis::cws::Score score;
  std::string gold_line;
  while (std::getline(raw, line) && std::getline(gold, gold_line)) {
    std::string predicted;
    for (std::string_view w : (*text)->SegmentWords(line)) {
      predicted.append(w);
      predicted.push_back(' ');
    }
    precis::cws::ScoreLine(gold_line, predicted, training, &score);
  }
  std::printf("PKU  P %.3f  R %.3f  F1 %.3f  OOV-R %.3f  (%zu gold words, %zu lines mismatched)\n",
              score.precision(), score.recall(), score.f1(), score.oov_recall(), score.gold_words,
              score.mismatched_lines);
  return 0;
}
