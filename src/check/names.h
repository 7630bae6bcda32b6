// Copyright 2026 The precis Authors.
//
// A small curated list of names frequent in the news, in English and
// Chinese: countries, capitals and major cities, leaders, organisations.
// Written here from public knowledge; it lets an English brief of a Chinese
// article be checked on names that pinyin cannot reach (France 法国,
// Zelensky 泽连斯基, NATO 北约).

#ifndef PRECIS_CHECK_NAMES_H_
#define PRECIS_CHECK_NAMES_H_

#include <string_view>
#include <vector>

namespace precis::check {

// The Chinese forms of an English name (compared lower-case, "the" and
// punctuation ignored); empty if the list does not have it.
std::vector<std::string_view> ChineseNamesFor(std::string_view english);

// The one-character abbreviation Chinese writes a country or region with
// in compounds (Germany 德 of 德法, China 中 of 中美, Hong Kong 港 of 港股),
// or "" if it has none.
std::string_view AbbreviationFor(std::string_view english);

// True if `word` is a compound of such abbreviations (德法, 中美欧, 美英).
bool IsAbbreviationCompound(std::string_view word);

}  // namespace precis::check

#endif  // PRECIS_CHECK_NAMES_H_
