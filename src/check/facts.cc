// Copyright 2026 The precis Authors.

#include "check/facts.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <regex>
#include <utility>

#include "util/utf8.h"

namespace precis::check {
namespace {

using util::DecodeUtf8;

int MonthNumber(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower;
  for (char c : name.substr(0, 3))
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

// Dates, as (begin, end, fact); overlapping matches keep the earliest.
std::vector<std::pair<std::pair<size_t, size_t>, DateFact>> FindDates(const std::string& s) {
  static const std::string kMonth =
      "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
      "Apr|"
      "Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  struct Pattern {
    std::regex re;
    int year, month, day;  // capture groups; 0 = absent; month < 0 = a name in group -month
  };
  static const std::vector<Pattern> kPatterns = [&] {
    std::vector<Pattern> p;
    p.push_back({std::regex(R"((\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号))"), 1, 2, 3});
    p.push_back({std::regex(R"((\d{4})\s*年\s*(\d{1,2})\s*月)"), 1, 2, 0});
    p.push_back({std::regex(R"((\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号))"), 0, 1, 2});
    p.push_back({std::regex(R"((\d{1,2})\s*月)"), 0, 1, 0});
    p.push_back({std::regex(R"((\d{4})[-/.](\d{1,2})[-/.](\d{1,2}))"), 1, 2, 3});
    p.push_back({std::regex(kMonth + R"(\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b)"), 3, -1, 2});
    p.push_back({std::regex(R"(\b(\d{1,2})\s+)" + kMonth + R"((?:,?\s+(\d{4}))?\b)"), 3, -2, 1});
    p.push_back({std::regex(kMonth + R"(\s+(\d{4})\b)"), 2, -1, 0});
    return p;
  }();
  std::vector<std::pair<std::pair<size_t, size_t>, DateFact>> found;
  for (const Pattern& p : kPatterns) {
    for (auto it = std::sregex_iterator(s.begin(), s.end(), p.re); it != std::sregex_iterator(); ++it) {
      const std::smatch& m = *it;
      DateFact d;
      d.text = m.str(0);
      if (p.year > 0 && m[p.year].matched) d.year = std::stoi(m[p.year].str());
      d.month = p.month > 0 ? std::stoi(m[p.month].str()) : MonthNumber(m[-p.month].str());
      if (p.day > 0 && m[p.day].matched) d.day = std::stoi(m[p.day].str());
      if (d.month < 1 || d.month > 12 || d.day > 31) continue;
      const auto begin = static_cast<size_t>(m.position(0));
      found.push_back({{begin, begin + static_cast<size_t>(m.length(0))}, d});
    }
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.first.first != b.first.first ? a.first.first < b.first.first : a.first.second > b.first.second;
  });
  std::vector<std::pair<std::pair<size_t, size_t>, DateFact>> kept;
  for (auto& f : found) {
    if (!kept.empty() && f.first.first < kept.back().first.second) continue;
    kept.push_back(std::move(f));
  }
  return kept;
}

int DigitValue(char32_t cp) {
  switch (cp) {
    case U'零':
    case U'〇':
    case 0x25CB:
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

double UnitValue(char32_t cp) {
  switch (cp) {
    case U'十':
      return 10;
    case U'百':
      return 100;
    case U'千':
      return 1000;
    case U'万':
      return 1e4;
    case U'亿':
      return 1e8;
    default:
      return 0;
  }
}

bool IsChineseNumeralChar(char32_t cp) { return DigitValue(cp) >= 0 || UnitValue(cp) > 0 || cp == U'点'; }

// 三十五 -> 35, 两万三千 -> 23000, 二〇二六 -> 2026, 五点二 -> 5.2.
double ChineseNumeralValue(const std::u32string& run) {
  const bool positional = std::none_of(run.begin(), run.end(), [](char32_t c) { return UnitValue(c) > 0; });
  double integer = 0, fraction = 0, scale = 0.1;
  size_t i = 0;
  if (positional) {
    for (; i < run.size() && run[i] != U'点'; ++i) integer = integer * 10 + DigitValue(run[i]);
  } else {
    double section = 0, digit = 0;
    for (; i < run.size() && run[i] != U'点'; ++i) {
      const int d = DigitValue(run[i]);
      if (d >= 0) {
        digit = d;
        continue;
      }
      const double unit = UnitValue(run[i]);
      if (unit >= 1e4) {
        integer = (integer + section + digit) * unit;
        section = digit = 0;
      } else {
        section += (digit == 0 ? 1 : digit) * unit;
        digit = 0;
      }
    }
    integer += section + digit;
  }
  for (++i; i < run.size(); ++i) {
    fraction += std::max(0, DigitValue(run[i])) * scale;
    scale /= 10;
  }
  return integer + fraction;
}

// Measure words and units after which a Chinese numeral is a quantity.
bool IsMeasure(char32_t cp) {
  static constexpr std::u32string_view kMeasures =
      U"个名人项次年月日天周家岁倍国条位种件所只架辆座场轮批期届成股元美欧英镑港吨米里公斤克台部份起例枚张多"
      U"余";
  return kMeasures.find(cp) != std::u32string_view::npos;
}

struct Word {
  std::string_view text;
  double value;
};

constexpr std::array<Word, 27> kNumberWords = {
    {{"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},     {"six", 6},
     {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},     {"eleven", 11},
     {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16},
     {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},  {"thirty", 30},
     {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70}, {"eighty", 80},
     {"ninety", 90},    {"dozen", 12}}};

bool IsAsciiAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// A scale word after a number: " million", "万", "亿", "万亿".
double ScaleAfter(std::string_view s, size_t* at) {
  size_t i = *at;
  while (i < s.size() && s[i] == ' ') ++i;
  for (auto [word, scale] : std::array<std::pair<std::string_view, double>, 4>{
           {{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}}}) {
    if (s.compare(i, word.size(), word) == 0 &&
        (i + word.size() == s.size() || !IsAsciiAlpha(s[i + word.size()]))) {
      *at = i + word.size();
      return scale;
    }
  }
  if (s.compare(*at, 6, "万亿") == 0) {
    *at += 6;
    return 1e12;
  }
  if (s.compare(*at, 3, "亿") == 0) {
    *at += 3;
    return 1e8;
  }
  if (s.compare(*at, 3, "万") == 0) {
    *at += 3;
    return 1e4;
  }
  return 1;
}

bool PercentAfter(std::string_view s, size_t* at) {
  size_t i = *at;
  while (i < s.size() && s[i] == ' ') ++i;
  for (std::string_view mark : {"%", "％", "percent", "per cent"}) {
    if (s.compare(i, mark.size(), mark) == 0) {
      *at = i + mark.size();
      return true;
    }
  }
  return false;
}

}  // namespace

Facts FindFacts(std::string_view text, bool strict) {
  Facts facts;
  std::string s(text);
  for (auto& [span, date] : FindDates(s)) {
    facts.dates.push_back(date);
    std::fill(s.begin() + static_cast<std::ptrdiff_t>(span.first),
              s.begin() + static_cast<std::ptrdiff_t>(span.second), ' ');
  }
  for (size_t i = 0; i < s.size();) {
    if (std::isalnum(static_cast<unsigned char>(s[i])) &&
        (i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1])))) {
      size_t end = i;
      bool letter = false, digit = false;
      while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) ||
                                (s[end] == '-' && end + 1 < s.size() &&
                                 std::isalnum(static_cast<unsigned char>(s[end + 1]))))) {
        letter |= IsAsciiAlpha(s[end]) != 0;
        digit |= std::isdigit(static_cast<unsigned char>(s[end])) != 0;
        ++end;
      }
      if (letter && digit) facts.codes.push_back(s.substr(i, end - i));
    }
    const size_t start = i;
    const char c = s[i];
    // Arabic numerals: 1,234.5 with a scale and a percent sign.
    if (std::isdigit(static_cast<unsigned char>(c)) && (i == 0 || !IsAsciiAlpha(s[i - 1]))) {
      std::string digits;
      while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) ||
                              ((s[i] == ',' || s[i] == '.') && i + 1 < s.size() &&
                               std::isdigit(static_cast<unsigned char>(s[i + 1]))))) {
        if (s[i] != ',') digits.push_back(s[i]);
        ++i;
      }
      NumberFact n;
      n.value = std::stod(digits);
      n.value *= ScaleAfter(s, &i);
      n.percent = PercentAfter(s, &i);
      const bool chinese_percent = start >= 9 && s.compare(start - 9, 9, "百分之") == 0;
      n.percent |= chinese_percent;
      n.text = s.substr(start, i - start);
      facts.numbers.push_back(std::move(n));
      continue;
    }
    // English number words: "three", "twenty-five", "two million".
    if (IsAsciiAlpha(c) && (i == 0 || !IsAsciiAlpha(s[i - 1]))) {
      size_t end = i;
      while (end < s.size() && IsAsciiAlpha(s[end])) ++end;
      std::string word;
      for (size_t k = i; k < end; ++k)
        word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[k]))));
      auto it = std::find_if(kNumberWords.begin(), kNumberWords.end(),
                             [&](const Word& w) { return w.text == word; });
      if (it != kNumberWords.end()) {
        NumberFact n;
        n.value = it->value;
        if (end + 1 < s.size() && s[end] == '-') {  // twenty-five
          size_t unit_end = end + 1;
          while (unit_end < s.size() && IsAsciiAlpha(s[unit_end])) ++unit_end;
          std::string unit(s.substr(end + 1, unit_end - end - 1));
          auto u = std::find_if(kNumberWords.begin(), kNumberWords.end(),
                                [&](const Word& w) { return w.text == unit; });
          if (u != kNumberWords.end() && u->value < 10) {
            n.value += u->value;
            end = unit_end;
          }
        }
        n.value *= ScaleAfter(s, &end);
        n.percent = PercentAfter(s, &end);
        n.text = s.substr(start, end - start);
        facts.numbers.push_back(std::move(n));
      }
      i = end;
      continue;
    }
    size_t next = i;
    const char32_t cp = DecodeUtf8(s, &next);
    // Chinese numerals: a run starting with a digit numeral or 十.
    if (DigitValue(cp) >= 0 || cp == U'十') {
      std::u32string run;
      size_t end = i;
      while (end < s.size()) {
        size_t k = end;
        const char32_t r = DecodeUtf8(s, &k);
        if (!IsChineseNumeralChar(r)) break;
        run.push_back(r);
        end = k;
      }
      while (!run.empty() && run.back() == U'点') {
        run.pop_back();
        end -= 3;
      }
      size_t after = end;
      const char32_t following = after < s.size() ? DecodeUtf8(s, &after) : 0;
      const bool chinese_percent = start >= 9 && s.compare(start - 9, 9, "百分之") == 0;
      if (!run.empty() && (!strict || IsMeasure(following) || chinese_percent || run.size() >= 2)) {
        NumberFact n;
        n.value = ChineseNumeralValue(run);
        n.percent = chinese_percent;
        n.text = s.substr(start, end - start);
        // 一些, 一是, 统一: single numerals in words are no quantities.
        if (!(strict && run.size() == 1 && !IsMeasure(following) && !chinese_percent)) {
          facts.numbers.push_back(std::move(n));
        }
      }
      i = std::max(end, next);
      continue;
    }
    i = next;
  }
  return facts;
}

bool SameNumber(const NumberFact& a, const NumberFact& b) {
  if (a.percent != b.percent) return false;
  const double scale = std::max({std::fabs(a.value), std::fabs(b.value), 1.0});
  return std::fabs(a.value - b.value) <= 1e-9 * scale;
}

bool SameDate(const DateFact& claim, const DateFact& found) {
  if (claim.month != found.month) return false;
  if (claim.day != 0 && claim.day != found.day) return false;
  return claim.year == 0 || found.year == 0 || claim.year == found.year;
}

}  // namespace precis::check
