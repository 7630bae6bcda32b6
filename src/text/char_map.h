// Copyright 2026 The precis Authors.
//
// Traditional -> Simplified Chinese, one character to one character, from
// OpenCC's t2s tables (converted by tools/dictgen). One-to-one on code points
// so that spans into the original text survive: precis segments and matches
// Traditional text through its Simplified form and shows the original. For
// phrase-level conversion of whole texts, see TextProcessor::ToSimplified.

#ifndef PRECIS_TEXT_CHAR_MAP_H_
#define PRECIS_TEXT_CHAR_MAP_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "precis/status.h"

namespace precis::text {

class SimplifiedMap {
 public:
  Status Load(const std::string& path);

  // The Simplified form of `cp` (itself where it has none).
  char32_t Map(char32_t cp) const { return cp < 0x10000 && !MarkedInBmp(cp) ? cp : MapSlow(cp); }
  // Whether the character maps to another: a bit per character of the
  // Basic Multilingual Plane (8 KB, beside the caches of the text it is
  // asked of), and the table past it.
  bool IsTraditional(char32_t cp) const { return cp < 0x10000 ? MarkedInBmp(cp) : MapSlow(cp) != cp; }

 private:
  char32_t MapSlow(char32_t cp) const;
  bool MarkedInBmp(char32_t cp) const { return (mapped_[cp >> 6] >> (cp & 63)) & 1; }
  std::array<uint64_t, 0x10000 / 64> mapped_{};      // BMP characters that map
  std::vector<std::pair<char32_t, char32_t>> pairs_;  // sorted by the first
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_CHAR_MAP_H_
