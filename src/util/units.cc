// Copyright 2026 The precis Authors.

#include "util/units.h"

#include <array>
#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
  // U+4000..U+9FFF, most of Chinese text: all Han but the hexagrams.
  if (IsCjkBlockAt(text, *i)) {
    // The hexagrams are E4 B7 80..BF: told by their bytes, not decoded.
    const bool hexagram = b == 0xE4 && static_cast<unsigned char>(text[*i + 1]) == 0xB7;
    *i += 3;
    return hexagram ? CharClass::kOther : CharClass::kUnit;
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

// The number of set bits of a 16-bit mask (no popcnt instruction in the
// x86-64 baseline).
constexpr std::array<uint8_t, 256> kBitsSet = [] {
  std::array<uint8_t, 256> t{};
  for (int x = 0; x < 256; ++x)
    t[static_cast<size_t>(x)] = static_cast<uint8_t>(std::popcount(static_cast<unsigned>(x)));
  return t;
}();

// ForEachUnit's English count, character by character: a unit begins at a
// unit character that follows neither a unit nor a joiner that follows a
// unit. Sixteen ASCII bytes are classed and counted at once.
int CountEnglishUnits(std::string_view text) {
  const size_t n = text.size();
  int count = 0;
  bool unit1 = false, joiner1 = false, unit2 = false;  // the character before, and the one before it
  size_t i = 0;
#if defined(__SSE2__)
  // Bit k: byte k of the 16 at `at` (all ASCII) is a letter or a digit
  // (unit), or one of ' . , (joiner). False where a byte is not ASCII.
  auto classes = [&](size_t at, uint32_t* unit, uint32_t* joiner) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    if (_mm_movemask_epi8(v) != 0) return false;
    auto in = [](__m128i x, char lo, char hi) {
      return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                           _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))));
    };
    const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i units = _mm_or_si128(in(v, '0', '9'), in(lower, 'a', 'z'));
    const __m128i joiners = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
        _mm_cmpeq_epi8(v, _mm_set1_epi8(',')));
    *unit = static_cast<uint32_t>(_mm_movemask_epi8(units));
    *joiner = static_cast<uint32_t>(_mm_movemask_epi8(joiners));
    return true;
  };
  auto bits_set = [](uint32_t x) { return kBitsSet[x & 0xFF] + kBitsSet[(x >> 8) & 0xFF]; };
#endif
  while (i < n) {
#if defined(__SSE2__)
    uint32_t u, j;
    if (i + 16 <= n && classes(i, &u, &j)) {
      const uint32_t prev_unit = (u << 1) | uint32_t{unit1};
      const uint32_t prev_joiner = (j << 1) | uint32_t{joiner1};
      const uint32_t prev2_unit = (u << 2) | (uint32_t{unit1} << 1) | uint32_t{unit2};
      count += bits_set(u & ~prev_unit & ~(prev_joiner & prev2_unit));
      unit1 = (u >> 15) & 1;
      joiner1 = (j >> 15) & 1;
      unit2 = (u >> 14) & 1;
      i += 16;
      continue;
    }
    // The last few bytes: the sixteen that end the text, if ASCII, the two
    // before the first uncounted one read as they are.
    if (n >= 16 && n - i <= 14 && classes(n - 16, &u, &j)) {
      const uint32_t starts = u & ~(u << 1) & ~((j << 1) & (u << 2));
      return count + bits_set(starts >> (16 - (n - i)));
    }
#endif
    const CharClass c = ReadClass(text, &i);
    const bool unit = c == CharClass::kUnit;
    count += unit && !unit1 && !(joiner1 && unit2);
    unit2 = unit1;
    unit1 = unit;
    joiner1 = c == CharClass::kJoiner;
  }
  return count;
}

}  // namespace

int ContentUnits(std::string_view text, Language language) {
  if (language == Language::kEnglish) return CountEnglishUnits(text);
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
