// Copyright 2026 The precis Authors.
//
// SIGHAN 2005 bakeoff scoring of a word segmentation: words as character
// spans per line; precision, recall, F1, and recall of gold words that are
// not in the training vocabulary (OOV recall). Used by the quality test and
// by bench/cws_eval.

#ifndef PRECIS_TESTS_CWS_SCORE_H_
#define PRECIS_TESTS_CWS_SCORE_H_

#include <cstddef>
#include <set>
#include <sstream>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace precis::cws {

struct Score {
  size_t gold_words = 0;
  size_t predicted_words = 0;
  size_t correct = 0;
  size_t oov_words = 0;
  size_t oov_correct = 0;
  size_t mismatched_lines = 0;  // lines whose characters differ
  double precision() const { return predicted_words ? double(correct) / predicted_words : 0; }
  double recall() const { return gold_words ? double(correct) / gold_words : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double oov_recall() const { return oov_words ? double(oov_correct) / oov_words : 0; }
};

inline std::vector<std::string> SplitWords(const std::string& line) {
  std::vector<std::string> words;
  std::istringstream in(line);
  std::string w;
  while (in >> w) words.push_back(w);
  return words;
}

// Adds one line pair to `score`. Spans are in bytes of the concatenated
// words, which equals character spans when both sides have the same text.
inline void ScoreLine(const std::string& gold_line, const std::string& predicted_line,
                      const std::unordered_set<std::string>& training_words, Score* score) {
  auto gold = SplitWords(gold_line);
  auto pred = SplitWords(predicted_line);
  std::string g_all, p_all;
  for (auto& w : gold) g_all += w;
  for (auto& w : pred) p_all += w;
  if (g_all != p_all) {
    ++score->mismatched_lines;
    score->gold_words += gold.size();
    score->predicted_words += pred.size();
    return;
  }
  std::set<std::pair<size_t, size_t>> pred_spans;
  size_t at = 0;
  for (auto& w : pred) {
    pred_spans.emplace(at, at + w.size());
    at += w.size();
  }
  at = 0;
  for (auto& w : gold) {
    bool hit = pred_spans.count({at, at + w.size()}) > 0;
    score->correct += hit;
    if (!training_words.count(w)) {
      ++score->oov_words;
      score->oov_correct += hit;
    }
    at += w.size();
  }
  score->gold_words += gold.size();
  score->predicted_words += pred.size();
}

}  // namespace precis::cws

#endif  // PRECIS_TESTS_CWS_SCORE_H_
