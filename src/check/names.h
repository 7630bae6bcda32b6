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

}  // namespace precis::check

#endif  // PRECIS_CHECK_NAMES_H_
