// Copyright 2026 The precis Authors.

#include "util/units.h"

#include <array>

#include "util/utf8.h"

namespace precis::util {
namespace {

inline bool IsUnitChar(char32_t cp) { return IsHan(cp) || IsAsciiDigit(cp) || IsNonHanLetter(cp); }

// What a character is to a unit: part of one, a joiner between an English
// word's letters and digits (' ’ . , as in don't, U.S, 3,000, 4.25), or
// neither.
enum class CharClass : uint8_t { kOther, kUnit, kJoiner };

constexpr bool IsJoiner(char32_t cp) { return cp == '\'' || cp == U'’' || cp == '.' || cp == ','; }

// ASCII's classes: letters and digits are units; ' . , join.
constexpr std::array<CharClass, 128> kAsciiClass = [] {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = IsAsciiDigit(c) || IsAsciiLetter(c)  ? CharClass::kUnit
           : IsJoiner(static_cast<char32_t>(c)) ? CharClass::kJoiner
                                                : CharClass::kOther;
  }
  return t;
}();

// Per byte: an ASCII letter or digit (a byte of a longer character is not).
constexpr std::array<bool, 256> kAsciiUnitByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) t[c] = kAsciiClass[c] == CharClass::kUnit;
  return t;
}();

// Reads the character at text[*i], advancing past it, and tells its class.
// ASCII, most of English text, is answered by a table.
inline CharClass ReadClass(std::string_view text, size_t* i) {
  const auto b = static_cast<unsigned char>(text[*i]);
  if (b < 0x80) {
    ++*i;
    return kAsciiClass[b];
  }
  // Lead bytes E5..E9 of a well-formed sequence: U+5000..U+9FFF, all Han
  // (CJK Unified Ideographs), most of Chinese text.
  if (b >= 0xE5 && b <= 0xE9 && *i + 2 < text.size() &&
      ((static_cast<unsigned char>(text[*i + 1]) ^ 0x80u) |
       (static_cast<unsigned char>(text[*i + 2]) ^ 0x80u)) < 0x40) {
    *i += 3;
    return CharClass::kUnit;
  }
  const char32_t cp = FoldWidth(DecodeUtf8(text, i));
  return IsUnitChar(cp) ? CharClass::kUnit : IsJoiner(cp) ? CharClass::kJoiner : CharClass::kOther;
}

// Calls visit(byte just past the unit) for each unit of `text`; stops when
// visit returns false. A character is read once, but for a joiner's
// neighbour.
template <typename Visit>
void ForEachUnit(std::string_view text, Language language, Visit visit) {
  const size_t n = text.size();
  size_t i = 0;
  if (language != Language::kEnglish) {
    while (i < n) {
      if (ReadClass(text, &i) == CharClass::kUnit && !visit(i)) return;
    }
    return;
  }
  // An English word: letters and digits, and a joiner between two of them.
  auto ascii_unit = [&](size_t k) { return kAsciiUnitByte[static_cast<unsigned char>(text[k])]; };
  while (i < n) {
    if (ReadClass(text, &i) != CharClass::kUnit) continue;
    size_t end;
    for (;;) {
      while (i < n && ascii_unit(i)) ++i;
      end = i;
      if (i >= n) break;
      size_t j = i;
      const CharClass next = ReadClass(text, &j);
      if (next == CharClass::kUnit) {
        i = j;
        continue;
      }
      if (next == CharClass::kJoiner && j < n) {
        size_t k = j;
        if (ReadClass(text, &k) == CharClass::kUnit) {
          i = k;
          continue;
        }
      }
      i = j;  // not a unit: the word ended before it
      break;
    }
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
