// Copyright 2026 The precis Authors.
//
// Traditional -> Simplified Chinese, one character to one character, from
// OpenCC's t2s tables (converted by tools/dictgen). One-to-one on code points
// so that spans into the original text survive: precis segments and matches
// Traditional text through its Simplified form and shows the original. For
// phrase-level conversion of whole texts, see TextProcessor::ToSimplified.

#ifndef PRECIS_TEXT_CHAR_MAP_H_
#define PRECIS_TEXT_CHAR_MAP_H_

#include <span>
#include <string>
#include <vector>

#include "precis/status.h"

namespace precis::text {

class SimplifiedMap {
 public:
  Status Load(const std::string& path);

  char32_t Map(char32_t cp) const {
    if (cp < bmp_.size()) return bmp_[cp];
    return MapSlow(cp);
  }
  bool IsTraditional(char32_t cp) const { return Map(cp) != cp; }

 private:
  char32_t MapSlow(char32_t cp) const;
  std::vector<char32_t> bmp_;                          // identity where unmapped
  std::vector<std::pair<char32_t, char32_t>> astral_;  // sorted
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_CHAR_MAP_H_
