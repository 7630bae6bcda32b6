// Copyright 2026 The precis Authors.
//
// Citation groups in a statement's text ([2][3], [2, 3], [2-4]) and the
// claims they delimit: "A [1]. B [2]." is two claims, A citing 1 and B 2.

#ifndef PRECIS_CHECK_CLAIMS_H_
#define PRECIS_CHECK_CLAIMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/brief.h"

namespace precis::check {

// `s` without surrounding white space and Markdown bold marks.
std::string_view TrimClaim(std::string_view s);

// Removes the citation groups that end `text` (before any final full stop,
// which stays) and returns their paragraph numbers, ascending and unique.
std::vector<int> TakeTrailingCitations(std::string* text);

struct Claim {
  std::string text;
  std::vector<int> citations;
  bool announces = false;  // an enumeration's announcing sentence: its items hold its content
};

// The claims of a statement: its text cut after each citation group inside
// it; the last part takes the statement's own citations.
std::vector<Claim> SplitClaims(const Statement& statement);

}  // namespace precis::check

#endif  // PRECIS_CHECK_CLAIMS_H_
