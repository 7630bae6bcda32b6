// Copyright 2026 The precis Authors.
//
// The figures README.md promises, read from README.md itself, so that a test
// can hold each one to what the same code measures today. A figure that
// moves further than its tolerance fails the test either way: worse is a
// regression, better means the README must be updated (and the commit say
// why).

#ifndef PRECIS_TESTS_README_FIGURES_H_
#define PRECIS_TESTS_README_FIGURES_H_

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "test_util.h"

namespace precis::testing {

inline std::string ReadmeText() { return ReadWholeFile(PRECIS_SOURCE_DIR "/README.md"); }

inline std::string_view TrimCell(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '*')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '*')) s.remove_suffix(1);
  return s;
}

// The cells of every Markdown table row of `readme` whose first cell begins
// with `first_cell` (bold marks and surrounding spaces removed). Tests
// expect exactly one.
inline std::vector<std::vector<std::string>> ReadmeRows(std::string_view readme,
                                                        std::string_view first_cell) {
  std::vector<std::vector<std::string>> rows;
  size_t at = 0;
  while (at < readme.size()) {
    size_t end = readme.find('\n', at);
    if (end == std::string_view::npos) end = readme.size();
    std::string_view line = readme.substr(at, end - at);
    at = end + 1;
    if (line.size() < 2 || line.front() != '|') continue;
    std::vector<std::string> cells;
    size_t from = 1;
    while (from < line.size()) {
      size_t bar = line.find('|', from);
      if (bar == std::string_view::npos) break;
      cells.emplace_back(TrimCell(line.substr(from, bar - from)));
      from = bar + 1;
    }
    if (!cells.empty() && cells[0].rfind(first_cell, 0) == 0) rows.push_back(std::move(cells));
  }
  return rows;
}

// The first number in `cell`, thousands separators dropped ("2,543 (99.9 %)"
// -> 2543); NaN if there is none.
inline double CellNumber(std::string_view cell) {
  std::string digits;
  bool started = false;
  for (char c : cell) {
    if ((c >= '0' && c <= '9') || (c == '.' && started)) {
      digits.push_back(c);
      started = true;
    } else if (c == ',' && started) {
      continue;
    } else if (started) {
      break;
    }
  }
  return digits.empty() ? std::nan("") : std::strtod(digits.c_str(), nullptr);
}

// The number inside the parentheses of `cell` ("2,543 (99.9 %)" -> 99.9).
inline double CellParenthesised(std::string_view cell) {
  const size_t open = cell.find('(');
  return open == std::string_view::npos ? std::nan("") : CellNumber(cell.substr(open + 1));
}

// "" if `measured` is within `tolerance` of the README's `promised`, else
// what moved and which way.
inline std::string HeldFigure(const std::string& what, double measured, double promised, double tolerance) {
  char buf[512];
  if (std::isnan(promised)) {
    std::snprintf(buf, sizeof buf, "%s: no figure found in README.md (measured %.4g)", what.c_str(),
                  measured);
    return buf;
  }
  if (std::fabs(measured - promised) <= tolerance + 1e-9) return "";
  std::snprintf(buf, sizeof buf, "%s: measured %.4g, README.md says %.4g (tolerance %.3g): %s", what.c_str(),
                measured, promised, tolerance,
                measured < promised ? "a regression"
                                    : "better than the README: update README.md and say why in the commit");
  return buf;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_README_FIGURES_H_
