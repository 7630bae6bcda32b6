// Copyright 2026 The precis Authors.
//
// Language and script of a text, from counts of its characters.

#ifndef PRECIS_TEXT_LANGUAGE_H_
#define PRECIS_TEXT_LANGUAGE_H_

#include <string_view>

#include "precis/article.h"
#include "text/char_map.h"

namespace precis::text {

struct CharCounts {
  size_t han = 0;          // Han characters
  size_t traditional = 0;  // of which only Traditional (map to another char)
  size_t latin = 0;        // Latin letters
};

// Counts characters of `text`, looking at no more than `max_bytes` of it.
CharCounts CountChars(std::string_view text, const SimplifiedMap* t2s, size_t max_bytes = 64 * 1024);

// Chinese when there are at least half as many Han characters as English
// words (Latin letters / 5): Chinese news quotes English terms (FOMC, GDP) but
// English news rarely quotes more than a name in Han. English when Latin
// letters dominate, unknown when there are neither.
Language LanguageOf(const CharCounts& counts);

// Traditional when at least 5% of the Han characters (and at least 3) exist
// only in Traditional Chinese.
Script ScriptOf(const CharCounts& counts);

}  // namespace precis::text

#endif  // PRECIS_TEXT_LANGUAGE_H_
