// Copyright 2026 The precis Authors.

#include "text/language.h"

#include "util/utf8.h"

namespace precis::text {

CharCounts CountChars(std::string_view text, const SimplifiedMap* t2s, size_t max_bytes) {
  CharCounts counts;
  const size_t limit = text.size() < max_bytes ? text.size() : max_bytes;
  for (size_t i = 0; i < limit;) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {  // most of English text: a letter or not
      counts.latin += ((b | 0x20u) - 'a') < 26u;
      ++i;
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
