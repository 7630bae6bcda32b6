// Copyright 2026 The precis Authors.
//
// Small string helpers shared by the readers.

#ifndef PRECIS_UTIL_STRINGS_H_
#define PRECIS_UTIL_STRINGS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis::util {

// ASCII letters lower-cased; other bytes (UTF-8 included) unchanged.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// True if `text` with its ASCII letters lower-cased is `lower`: AsciiLower
// without the copy.
inline bool AsciiLowerEquals(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// The 64-bit FNV-1a hash of `s`: stable across builds and machines, for
// hash tables written into data files at build time and probed at run time.
inline uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// A hash for tables of short strings (words, stems): FNV-1a, cheaper than
// std::hash on a word's few bytes. Transparent: a table keyed by
// std::string is probed with a string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return static_cast<size_t>(Fnv1a(s)); }
};

// `parts` with `separator` between them.
inline std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

}  // namespace precis::util

#endif  // PRECIS_UTIL_STRINGS_H_
