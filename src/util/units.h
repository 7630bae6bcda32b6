// Copyright 2026 The precis Authors.
//
// Length of text in budget units, as ROUGE counts them: Chinese counts Han
// characters, letters and digits one each (punctuation and spaces dropped);
// English counts words (runs of letters and digits, apostrophes inside).

#ifndef PRECIS_UTIL_UNITS_H_
#define PRECIS_UTIL_UNITS_H_

#include <string_view>

#include "precis/article.h"

namespace precis::util {

int ContentUnits(std::string_view text, Language language);

// The longest prefix of `text` holding at most `units` units, cut after the
// last unit it keeps.
std::string_view TruncateToUnits(std::string_view text, int units, Language language);

}  // namespace precis::util

#endif  // PRECIS_UTIL_UNITS_H_
