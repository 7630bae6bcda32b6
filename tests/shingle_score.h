// Copyright 2026 The precis Authors.
//
// The article-extraction-benchmark metric (its evaluate.py): 4-token
// shingles of \w+ tokens; per page TP/FP/FN normalised to sum 1; precision
// and recall averaged over pages; F1 of the averages. Used by the quality
// test and by bench/extraction_eval.

#ifndef PRECIS_TESTS_SHINGLE_SCORE_H_
#define PRECIS_TESTS_SHINGLE_SCORE_H_

#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "util/utf8.h"

namespace precis::shingle {

// Python's `\w` on str patterns: '_' and what str.isalnum() accepts, that is
// letters (Lu, Ll, Lt, Lm, Lo) and characters with a numeric type (Nd and the
// numeric characters of Nl, No, and some Lo). Combining marks (Mn, Mc, Me)
// are not word characters, so "e\u0301" is the token "e".
inline bool IsWordChar(UChar32 c) {
  return c == '_' || (U_GET_GC_MASK(c) & U_GC_L_MASK) != 0 ||
         u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

// re.findall(r'\w+', text): maximal runs of word characters, in order.
inline std::vector<std::string> WordTokens(const std::string& text) {
  std::vector<std::string> tokens;
  std::string cur;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const auto c = static_cast<UChar32>(util::DecodeUtf8(text, &i));
    if (IsWordChar(c)) {
      cur.append(text, start, i - start);
    } else if (!cur.empty()) {
      tokens.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) tokens.push_back(std::move(cur));
  return tokens;
}

// Each word character on its own (Chinese and Japanese are scored in
// character 4-grams of \w characters).
inline std::vector<std::string> CharTokens(const std::string& text) {
  std::vector<std::string> tokens;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const auto c = static_cast<UChar32>(util::DecodeUtf8(text, &i));
    if (IsWordChar(c)) tokens.push_back(text.substr(start, i - start));
  }
  return tokens;
}

// Each run of 4 consecutive tokens with its count, tokens joined by U+001F.
// A text of 1 to 3 tokens is one shingle of all of them; no tokens, none.
// `by_char`: tokens are characters (CharTokens), else words.
inline std::map<std::string, int> Shingles(const std::string& text, bool by_char = false) {
  const std::vector<std::string> tokens = by_char ? CharTokens(text) : WordTokens(text);
  std::map<std::string, int> out;
  const size_t last = tokens.size() >= 4 ? tokens.size() - 3 : 1;
  for (size_t i = 0; i < last; ++i) {
    std::string key;
    for (size_t k = i; k < std::min(tokens.size(), i + 4); ++k) key += tokens[k] + "\x1f";
    if (!key.empty()) ++out[key];
  }
  return out;
}

class Scorer {
 public:
  // Adds one page; returns its normalised true-positive share.
  double Add(const std::string& gold_text, const std::string& predicted_text, bool by_char = false) {
    auto gold = Shingles(gold_text, by_char);
    auto pred = Shingles(predicted_text, by_char);
    double tp = 0, fp = 0, fn = 0;
    for (const auto& [k, c] : pred) {
      auto it = gold.find(k);
      const int g = it == gold.end() ? 0 : it->second;
      tp += std::min(c, g);
      fp += std::max(0, c - g);
    }
    for (const auto& [k, c] : gold) {
      auto it = pred.find(k);
      fn += std::max(0, c - (it == pred.end() ? 0 : it->second));
    }
    const double s = tp + fp + fn;
    if (s > 0) {
      tp /= s;
      fp /= s;
      fn /= s;
    }
    if (tp + fp > 0) {
      p_sum_ += (fp == 0 && fn == 0) ? 1.0 : tp / (tp + fp);
      ++p_n_;
    }
    if (tp + fn > 0) {
      r_sum_ += (fp == 0 && fn == 0) ? 1.0 : tp / (tp + fn);
      ++r_n_;
    }
    return tp;
  }
  double precision() const { return p_n_ ? p_sum_ / p_n_ : 0; }
  double recall() const { return r_n_ ? r_sum_ / r_n_ : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }

 private:
  double p_sum_ = 0, r_sum_ = 0;
  int p_n_ = 0, r_n_ = 0;
};

}  // namespace precis::shingle

#endif  // PRECIS_TESTS_SHINGLE_SCORE_H_
