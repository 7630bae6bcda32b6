// Copyright 2026 The precis Authors.

#include "util/units.h"

#include <array>

#include "util/utf8.h"

namespace precis::util {
namespace {

inline bool IsUnitChar(char32_t cp) { return IsHan(cp) || IsAsciiDigit(cp) || IsNonHanLetter(cp); }

// Reads the character at text[*i], advancing past it: is it a unit's
// character? ASCII, most of English text, is answered by a table.
inline bool ReadUnitChar(std::string_view text, size_t* i) {
  static constexpr auto kAscii = [] {
    std::array<bool, 128> t{};
    for (int c = 0; c < 128; ++c) t[c] = IsAsciiDigit(c) || IsAsciiLetter(c);
    return t;
  }();
  const auto b = static_cast<unsigned char>(text[*i]);
  if (b < 0x80) {
    ++*i;
    return kAscii[b];
  }
  // Lead bytes E5..E9 of a well-formed sequence: U+5000..U+9FFF, all Han
  // (CJK Unified Ideographs), most of Chinese text.
  if (b >= 0xE5 && b <= 0xE9 && *i + 2 < text.size() &&
      ((static_cast<unsigned char>(text[*i + 1]) ^ 0x80u) |
       (static_cast<unsigned char>(text[*i + 2]) ^ 0x80u)) < 0x40) {
    *i += 3;
    return true;
  }
  return IsUnitChar(FoldWidth(DecodeUtf8(text, i)));
}

// Calls visit(byte just past the unit) for each unit of `text`; stops when
// visit returns false.
template <typename Visit>
void ForEachUnit(std::string_view text, Language language, Visit visit) {
  size_t i = 0;
  while (i < text.size()) {
    if (!ReadUnitChar(text, &i)) continue;
    if (language != Language::kEnglish) {
      if (!visit(i)) return;
      continue;
    }
    // An English word: letters and digits, joined by ' . , between them
    // (don't, U.S, 3,000, 4.25).
    size_t end = i;
    for (;;) {
      size_t j = end;
      if (j >= text.size()) break;
      if (ReadUnitChar(text, &j)) {
        end = j;
        continue;
      }
      j = end;
      const char32_t next = FoldWidth(DecodeUtf8(text, &j));
      if ((next == '\'' || next == U'’' || next == '.' || next == ',') && j < text.size()) {
        size_t k = j;
        if (ReadUnitChar(text, &k)) {
          end = k;
          continue;
        }
      }
      break;
    }
    i = end;
    if (!visit(end)) return;
  }
}

}  // namespace

int ContentUnits(std::string_view text, Language language) {
  int n = 0;
  ForEachUnit(text, language, [&n](size_t) {
    ++n;
    return true;
  });
  return n;
}

std::string_view TruncateToUnits(std::string_view text, int units, Language language) {
  if (units <= 0) return text.substr(0, 0);
  size_t end = 0;
  int n = 0;
  ForEachUnit(text, language, [&](size_t unit_end) {
    end = unit_end;
    return ++n < units;
  });
  return n < units ? text : text.substr(0, end);
}

}  // namespace precis::util
