// Copyright 2026 The precis Authors.
//
// UTF-8 decoding and the few character classes precis reasons about. Every
// function works on byte offsets so that callers can keep spans into the
// original text.

#ifndef PRECIS_UTIL_UTF8_H_
#define PRECIS_UTIL_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace precis::util {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point starting at s[*pos] and advances *pos past it. An
// invalid or truncated sequence yields kReplacementChar and advances one byte.
// Precondition: *pos < s.size(). ASCII is decoded inline; the rest by
// DecodeUtf8Multibyte.
char32_t DecodeUtf8Multibyte(std::string_view s, size_t* pos);
inline char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  const size_t i = *pos;
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *pos = i + 1;
    return b0;
  }
  // Three bytes (all of Han) inline when well-formed: U+0800..U+FFFF less
  // the surrogates.
  if ((b0 & 0xF0) == 0xE0 && i + 2 < s.size()) {
    // Continuation bytes 10xxxxxx become 0..0x3F: one test for both.
    const unsigned b1 = static_cast<unsigned char>(s[i + 1]) ^ 0x80u;
    const unsigned b2 = static_cast<unsigned char>(s[i + 2]) ^ 0x80u;
    const char32_t cp = (char32_t{b0 & 0x0Fu} << 12) | (b1 << 6) | b2;
    if ((b1 | b2) < 0x40 && cp >= 0x800 && cp - 0xD800 >= 0x800) {
      *pos = i + 3;
      return cp;
    }
  }
  return DecodeUtf8Multibyte(s, pos);
}

// Whether s[i..i+3) is a well-formed character of U+4000..U+9FFF (lead byte
// E4..E9): CJK Unified Ideographs, the end of Extension A and the Yijing
// hexagrams (U+4DC0..U+4DFF), nearly all of a Chinese text and no
// punctuation. Passes that only skip such characters need not decode them.
inline bool IsCjkBlockAt(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  return b0 >= 0xE4 && b0 <= 0xE9 && i + 2 < s.size() &&
         ((static_cast<unsigned char>(s[i + 1]) ^ 0x80u) | (static_cast<unsigned char>(s[i + 2]) ^ 0x80u)) <
             0x40;
}
// The character IsCjkBlockAt(s, i) found.
inline char32_t CjkBlockAt(std::string_view s, size_t i) {
  return (char32_t{static_cast<unsigned char>(s[i]) & 0x0Fu} << 12) |
         (char32_t{static_cast<unsigned char>(s[i + 1]) & 0x3Fu} << 6) |
         (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
}
// A Yijing hexagram (U+4DC0..U+4DFF), the one block of U+4000..U+9FFF that
// is no Han.
constexpr bool IsYijingHexagram(char32_t cp) { return cp - 0x4DC0 < 0x40; }

// The end of the run of ASCII bytes of `s` that starts at `from`: the first
// byte from `from` on with its top bit set, or s.size(). Eight bytes at a time.
inline size_t AsciiRunEnd(std::string_view s, size_t from = 0) {
  size_t i = from;
  for (uint64_t word; i + 8 <= s.size(); i += 8) {
    std::memcpy(&word, s.data() + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// Length in bytes of the UTF-8 sequence introduced by lead byte `c` (1 for an
// invalid lead byte).
inline size_t Utf8SequenceLength(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xF0 && c < 0xF8) return 4;
  if (c >= 0xE0) return c < 0xF0 ? 3 : 1;
  if (c >= 0xC2) return 2;
  return 1;
}

// Decodes the code point that ends just before s[*pos] and moves *pos back
// to its first byte. Precondition: 0 < *pos <= s.size().
char32_t DecodeUtf8Before(std::string_view s, size_t* pos);

// Writes the UTF-8 of `cp` at `out` (room for four bytes) and returns the
// end of what it wrote: for loops that size their buffer once.
inline char* WriteUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// Appends the UTF-8 encoding of `cp` to *out.
inline void AppendUtf8(char32_t cp, std::string* out) {
  char bytes[4];
  out->append(bytes, static_cast<size_t>(WriteUtf8(cp, bytes) - bytes));
}

std::string EncodeUtf8(char32_t cp);

// True if `s` is well-formed UTF-8 (no overlongs, no surrogates). On failure
// stores the offset of the first bad byte in *error_offset (may be null).
bool IsValidUtf8(std::string_view s, size_t* error_offset = nullptr);

size_t CountCodePoints(std::string_view s);

// The first `max_chars` code points of `s`, for quoting input in messages.
std::string Snippet(std::string_view s, size_t max_chars = 20);

// Character classes -------------------------------------------------------

// CJK unified ideographs (all blocks), compatibility ideographs and 〇.
inline bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) ||    // CJK Unified Ideographs
         (cp >= 0x3400 && cp <= 0x4DBF) ||    // Extension A
         (cp >= 0x20000 && cp <= 0x323AF) ||  // Extensions B..H
         (cp >= 0xF900 && cp <= 0xFAFF) ||    // Compatibility Ideographs
         cp == 0x3007;                        // 〇
}
// Full-width ASCII variants (U+FF01..U+FF5E) to ASCII, U+3000 to space;
// anything else is returned unchanged. Text shown to users is never folded:
// this is for analysis only.
inline char32_t FoldWidth(char32_t cp) {
  if (cp < 0x3000) return cp;
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;
  return cp == 0x3000 ? 0x20 : cp;
}
constexpr bool IsAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }
constexpr bool IsAsciiLetter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }
// The classes past ASCII, from ICU (the inline tests below answer ASCII).
bool IsSpaceBeyondAscii(char32_t cp);
bool IsLetterBeyondAscii(char32_t cp);
// Unicode white space, including NBSP, U+3000 and zero-width spaces.
inline bool IsSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C;
  return IsSpaceBeyondAscii(cp);
}
// Letters of any script other than Han (Latin, Cyrillic, Greek, kana...).
inline bool IsNonHanLetter(char32_t cp) {
  if (cp < 0x80) return IsAsciiLetter(cp);
  return !IsHan(cp) && IsLetterBeyondAscii(cp);
}
// Unicode punctuation or symbol.
bool IsPunctOrSymbol(char32_t cp);
// A mark that closes a quotation or a bracket and so may follow a
// sentence's end mark: ” ’ 」 』 ） ) 》 】 " '.
bool IsClosingMark(char32_t cp);

// The Han characters of `s`.
size_t CountHan(std::string_view s);

// True if `s` opens with an ASCII word in lower case — not one such as
// iPhone or eBay, whose second letter is a capital: a sentence never starts
// so.
bool StartsWithLowerCaseWord(std::string_view s);

// The runs of at least `length` ASCII digits in `s` (a year: 4).
size_t CountDigitRuns(std::string_view s, size_t length);

}  // namespace precis::util

#endif  // PRECIS_UTIL_UTF8_H_
