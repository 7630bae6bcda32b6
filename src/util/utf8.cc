// Copyright 2026 The precis Authors.

#include "util/utf8.h"

#include <unicode/uchar.h>

namespace precis::util {

char32_t DecodeUtf8Multibyte(std::string_view s, size_t* pos) {
  const size_t i = *pos;
  const auto b0 = static_cast<unsigned char>(s[i]);
  size_t len = Utf8SequenceLength(b0);
  if (len == 1 || i + len > s.size()) {
    *pos = i + 1;
    return kReplacementChar;
  }
  char32_t cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      *pos = i + 1;
      return kReplacementChar;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *pos = i + 1;
    return kReplacementChar;
  }
  *pos = i + len;
  return cp;
}

char32_t DecodeUtf8Before(std::string_view s, size_t* pos) {
  size_t i = *pos - 1;
  for (int k = 0; k < 3 && i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; ++k) --i;
  *pos = i;
  return DecodeUtf8(s, &i);
}

std::string EncodeUtf8(char32_t cp) {
  std::string out;
  AppendUtf8(cp, &out);
  return out;
}

bool IsValidUtf8(std::string_view s, size_t* error_offset) {
  size_t i = 0;
  while ((i = AsciiRunEnd(s, i)) < s.size()) {
    size_t next = i;
    if (DecodeUtf8(s, &next) == kReplacementChar && !(next - i == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) {
      if (error_offset != nullptr) *error_offset = i;
      return false;
    }
    i = next;
  }
  return true;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) DecodeUtf8(s, &i);
  return n;
}

std::string Snippet(std::string_view s, size_t max_chars) {
  std::string out;
  size_t i = 0;
  size_t n = 0;
  while (i < s.size() && n < max_chars) {
    char32_t cp = DecodeUtf8(s, &i);
    if (cp < 0x20 || cp == 0x7F) cp = ' ';
    AppendUtf8(cp, &out);
    ++n;
  }
  if (i < s.size()) out += "...";
  return out;
}

bool IsSpaceBeyondAscii(char32_t cp) {
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0x200B || cp == 0xFEFF;
}

bool IsLetterBeyondAscii(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }

bool IsClosingMark(char32_t cp) {
  switch (cp) {
    case U'”':
    case U'’':
    case U'」':
    case U'』':
    case U'）':
    case U')':
    case U'》':
    case U'】':
    case U'"':
    case U'\'':
      return true;
    default:
      return false;
  }
}

bool IsPunctOrSymbol(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60) ||
           (cp >= 0x7B && cp <= 0x7E);
  }
  const auto mask = U_GET_GC_MASK(static_cast<UChar32>(cp));
  return (mask & (U_GC_P_MASK | U_GC_S_MASK)) != 0;
}

size_t CountHan(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) n += IsHan(DecodeUtf8(s, &i)) ? 1 : 0;
  return n;
}

bool StartsWithLowerCaseWord(std::string_view s) {
  if (s.empty() || s[0] < 'a' || s[0] > 'z') return false;
  return s.size() < 2 || s[1] < 'A' || s[1] > 'Z';
}

size_t CountDigitRuns(std::string_view s, size_t length) {
  size_t runs = 0, run = 0;
  for (char c : s) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    runs += run == length;
  }
  return runs;
}

}  // namespace precis::util
