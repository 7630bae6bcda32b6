// Copyright 2026 The precis Authors.
//
// Small string helpers shared by the readers.

#ifndef PRECIS_UTIL_STRINGS_H_
#define PRECIS_UTIL_STRINGS_H_

#include <string>
#include <string_view>

namespace precis::util {

// ASCII letters lower-cased; other bytes (UTF-8 included) unchanged.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace precis::util

#endif  // PRECIS_UTIL_STRINGS_H_
