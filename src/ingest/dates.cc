// Copyright 2026 The precis Authors.

#include "ingest/dates.h"

#include <cstdio>
#include <regex>

#include "util/utf8.h"

namespace precis::ingest {
namespace {

std::string Pad2(const std::string& s) { return s.size() == 1 ? "0" + s : s; }

bool ValidDate(int year, int month, int day) {
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

std::optional<DateMatch> FindDate(std::string_view text) {
  // Every form has a four-digit year: text without one (most sentences)
  // never reaches the regular expressions.
  text = text.substr(0, 4096);
  if (util::CountDigitRuns(text, 4) == 0) return std::nullopt;
  // Bylines are short; std::regex on bytes is fine at this size.
  static const std::regex kNumeric(
      R"((\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*(?:日)?(?:[\sT]*(\d{1,2})(?::|：)(\d{2})(?:(?::|：)(\d{2}))?)?)");
  static const std::regex kEnglish(
      R"(((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})|(\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}))");
  std::string s(text.substr(0, 4096));
  std::smatch m;
  std::optional<DateMatch> best;
  if (std::regex_search(s, m, kNumeric)) {
    int year = std::stoi(m[1].str());
    int month = std::stoi(m[2].str());
    int day = std::stoi(m[3].str());
    if (ValidDate(year, month, day)) {
      DateMatch d;
      d.begin = static_cast<size_t>(m.position(0));
      d.end = d.begin + static_cast<size_t>(m.length(0));
      d.normalized = m[1].str() + "-" + Pad2(m[2].str()) + "-" + Pad2(m[3].str());
      // To the minute: seconds add nothing a reader of a brief needs.
      if (m[4].matched) d.normalized += " " + Pad2(m[4].str()) + ":" + m[5].str();
      best = d;
    }
  }
  if (std::regex_search(s, m, kEnglish)) {
    auto begin = static_cast<size_t>(m.position(0));
    if (!best || begin < best->begin) {
      DateMatch d;
      d.begin = begin;
      d.end = begin + static_cast<size_t>(m.length(0));
      d.normalized = m.str(0);
      best = d;
    }
  }
  return best;
}

}  // namespace precis::ingest
