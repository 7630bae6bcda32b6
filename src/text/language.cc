// Copyright 2026 The precis Authors.

#include "text/language.h"

#include "util/utf8.h"

namespace precis::text {

CharCounts CountChars(std::string_view text, const SimplifiedMap* t2s, size_t max_bytes) {
  CharCounts counts;
  const size_t limit = text.size() < max_bytes ? text.size() : max_bytes;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::string_view counted = text.substr(0, limit);
  for (size_t i = 0; i < limit;) {
    if (bytes[i] < 0x80) {
      // Most of English text: a run of ASCII, its letters counted in a loop
      // of its own (no decoding, no branch per byte).
      const size_t end = util::AsciiRunEnd(counted, i);
      size_t letters = 0;
      for (size_t k = i; k < end; ++k) letters += ((bytes[k] | 0x20u) - 'a') < 26u;
      counts.latin += letters;
      i = end;
      continue;
    }
    // U+4000..U+9FFF, most of Chinese text: Han but for the hexagrams, no
    // width to fold.
    if (util::IsCjkBlockAt(text, i)) {
      const char32_t cp = util::CjkBlockAt(text, i);
      i += 3;
      if (!util::IsYijingHexagram(cp)) {
        ++counts.han;
        if (t2s != nullptr && t2s->IsTraditional(cp)) ++counts.traditional;
      }
      continue;
    }
    char32_t cp = util::FoldWidth(util::DecodeUtf8(text, &i));
    if (util::IsHan(cp)) {
      ++counts.han;
      if (t2s != nullptr && t2s->IsTraditional(cp)) ++counts.traditional;
    } else if (util::IsAsciiLetter(cp) || (cp >= 0xC0 && cp < 0x250)) {
      ++counts.latin;
    }
  }
  return counts;
}

Language LanguageOf(const CharCounts& counts) {
  if (counts.han == 0 && counts.latin == 0) return Language::kUnknown;
  if (counts.han >= 2 && counts.han * 10 >= counts.latin) {
    return Language::kChinese;
  }
  if (counts.latin >= 2) return Language::kEnglish;
  return counts.han > 0 ? Language::kChinese : Language::kUnknown;
}

Script ScriptOf(const CharCounts& counts) {
  if (counts.han == 0) return counts.latin > 0 ? Script::kLatin : Script::kOther;
  if (counts.traditional >= 3 && counts.traditional * 20 >= counts.han) {
    return Script::kTraditional;
  }
  return Script::kSimplified;
}

}  // namespace precis::text
