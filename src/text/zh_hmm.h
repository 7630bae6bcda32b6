// Copyright 2026 The precis Authors.
//
// A first-order HMM over the tags B(egin) M(iddle) E(nd) S(ingle) that finds
// words the dictionary does not know (names, new terms), as in jieba's
// finalseg; the probability tables are jieba's, converted by tools/dictgen.
// Viterbi decoding, O(4 * 4 * n) per run of n characters.

#ifndef PRECIS_TEXT_ZH_HMM_H_
#define PRECIS_TEXT_ZH_HMM_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "precis/status.h"
#include "util/sectioned_file.h"

namespace precis::text {

class ZhHmm {
 public:
  Status Load(const std::string& path);

  // Splits chars[0..n) into words; appends each word's end offset (exclusive,
  // in characters) to `ends`.
  void Cut(std::span<const char32_t> chars, std::vector<uint32_t>* ends) const;

  // The emission log-probabilities of `cp` in the states B, M, E, S, or
  // null for a character the tables lack.
  const float* Emission(char32_t cp) const;

 private:
  util::SectionReader file_;
  std::array<float, 4> start_{};
  std::array<float, 16> trans_{};
  std::span<const uint32_t> emit_cp_;
  std::span<const float> emit_;
  // The row (+ 1; 0: none) of each CJK Unified Ideograph U+4E00..U+9FFF,
  // nearly every character asked of: one read, where the sorted code
  // points take a dozen that miss the cache.
  std::vector<uint16_t> ideograph_row_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_ZH_HMM_H_
