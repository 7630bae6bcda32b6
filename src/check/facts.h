// Copyright 2026 The precis Authors.
//
// The checkable facts of a text: its numbers (Arabic or Chinese numerals,
// English number words, with their 万/亿/million/billion scale and % or
// 百分之), and its dates (2026年1月6日, 1月6日, January 6, 2026-01-06), each
// reduced to a value that reads the same in either language. Names are
// found by the checker from the tokens.

#ifndef PRECIS_CHECK_FACTS_H_
#define PRECIS_CHECK_FACTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis::check {

struct NumberFact {
  double value = 0;
  bool percent = false;
  std::string text;           // as written
  size_t begin = 0, end = 0;  // where it stands
  bool tenths = false;        // a percentage written in tenths (四成)
};

struct DateFact {
  int year = 0;   // 0 when not written
  int month = 0;  // 0 for a day alone (8日); the checker fills in the article's month
  int day = 0;    // 0 when not written (January 2026)
  std::string text;
};

struct Facts {
  std::vector<NumberFact> numbers;
  std::vector<DateFact> dates;
  // Codes that mix letters and digits (P2P, HS2, G20, COVID-19): compared as
  // written, case aside.
  std::vector<std::string> codes;
};

// Facts of `text`. With `strict`, a Chinese numeral counts only when a
// measure word or unit follows it (三个, 两名, 五年) — 一些 or 一是 are no
// facts; the article side is read without it.
Facts FindFacts(std::string_view text, bool strict);

// True if `a` and `b` state the same quantity (equal values; a percentage
// only equals a percentage).
bool SameNumber(const NumberFact& a, const NumberFact& b);

// True if `claim` agrees with `found`: equal month (a claim's day alone, 8日,
// agrees with any) and day, and equal years where both give one.
bool SameDate(const DateFact& claim, const DateFact& found);

}  // namespace precis::check

#endif  // PRECIS_CHECK_FACTS_H_
