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
  // What a text must hold for a pattern to match at all: most sentences
  // never reach the regular expressions.
  enum Need { kYue = 1, kRi = 2, kNian = 4, kSeparator = 8, kMonthName = 16 };
  struct Pattern {
    std::regex re;
    int year, month, day;  // capture groups; 0 = absent; month < 0 = a name in group -month
    int needs;
    int last_day = 0;  // a range's last day (5月10-12日, May 10 to 12): a second date
  };
  static const std::vector<Pattern> kPatterns = [&] {
    std::vector<Pattern> p;
    // Ranges of days in one month: 5月10-12日, 5月10日至12日, May 10 to 12.
    p.push_back(
        {std::regex(
             R"((\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号)?\s*(?:-|–|—|~|～|至|到)\s*(\d{1,2})\s*(?:日|号))"),
         0, 1, 2, kYue, 3});
    p.push_back(
        {std::regex(
             kMonth +
             R"(\s+(\d{1,2})\s*(?:-|–|to|and|through)\s*(\d{1,2})\b(?!,?\s*\d{4}|\s*(?:%|percent|per)))"),
         0, -1, 2, kMonthName, 3});
    p.push_back(
        {std::regex(R"((\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号))"), 1, 2, 3, kNian | kYue});
    p.push_back({std::regex(R"((\d{4})\s*年\s*(\d{1,2})\s*月)"), 1, 2, 0, kNian | kYue});
    p.push_back({std::regex(R"((\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号))"), 0, 1, 2, kYue});
    p.push_back({std::regex(R"((\d{1,2})\s*月)"), 0, 1, 0, kYue});
    p.push_back({std::regex(R"((\d{4})[-/.](\d{1,2})[-/.](\d{1,2}))"), 1, 2, 3, kSeparator});
    p.push_back(
        {std::regex(kMonth + R"(\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b)"), 3, -1, 2, kMonthName});
    p.push_back({std::regex(R"(\b(\d{1,2})\s+)" + kMonth + R"((?:,?\s+(\d{4}))?\b)"), 3, -2, 1, kMonthName});
    p.push_back({std::regex(kMonth + R"(\s+(\d{4})\b)"), 2, -1, 0, kMonthName});
    // A day alone (8日): its month is the article's last one (a dateline's
    // 12月5日 … 8日), filled in by the checker.
    p.push_back({std::regex(R"((\d{1,2})\s*日)"), 0, 0, 1, kRi});
    return p;
  }();
  std::vector<std::pair<std::pair<size_t, size_t>, DateFact>> found;
  if (std::none_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return found;
  int has = 0;
  if (s.find("月") != std::string::npos) has |= kYue;
  if (s.find("日") != std::string::npos) has |= kRi;
  if (s.find("年") != std::string::npos) has |= kNian;
  if (s.find_first_of("-/.") != std::string::npos) has |= kSeparator;
  for (std::string_view m :
       {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}) {
    if (s.find(m) != std::string::npos) {
      has |= kMonthName;
      break;
    }
  }
  for (const Pattern& p : kPatterns) {
    if ((p.needs & has) != p.needs) continue;
    for (auto it = std::sregex_iterator(s.begin(), s.end(), p.re); it != std::sregex_iterator(); ++it) {
      const std::smatch& m = *it;
      DateFact d;
      d.text = m.str(0);
      if (p.year > 0 && m[p.year].matched) d.year = std::stoi(m[p.year].str());
      d.month = p.month > 0 ? std::stoi(m[p.month].str()) : p.month < 0 ? MonthNumber(m[-p.month].str()) : 0;
      if (p.day > 0 && m[p.day].matched) d.day = std::stoi(m[p.day].str());
      if ((p.month != 0 && (d.month < 1 || d.month > 12)) || d.day > 31 || (p.month == 0 && d.day < 1))
        continue;
      const auto begin = static_cast<size_t>(m.position(0));
      const std::pair<size_t, size_t> span{begin, begin + static_cast<size_t>(m.length(0))};
      if (p.last_day > 0) {
        DateFact last = d;
        last.day = std::stoi(m[p.last_day].str());
        if (last.day <= d.day || last.day > 31) continue;
        found.push_back({span, d});
        found.push_back({span, std::move(last)});
        continue;
      }
      found.push_back({span, d});
    }
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.first.first != b.first.first ? a.first.first < b.first.first : a.first.second > b.first.second;
  });
  std::vector<std::pair<std::pair<size_t, size_t>, DateFact>> kept;
  for (auto& f : found) {
    // (A range's two dates share its span.)
    if (!kept.empty() && f.first.first < kept.back().first.second && f.first != kept.back().first) continue;
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
    case U'双':  // 双方: the two sides
    case U'俩':
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
  while (i < s.size() && (s[i] == ' ' || s[i] == '-')) ++i;
  // (Megapixels are millions of pixels: 12MP, 1200万像素.)
  for (auto [word, scale] : std::array<std::pair<std::string_view, double>, 7>{{{"thousand", 1e3},
                                                                                {"million", 1e6},
                                                                                {"billion", 1e9},
                                                                                {"trillion", 1e12},
                                                                                {"MP", 1e6},
                                                                                {"megapixels", 1e6},
                                                                                {"megapixel", 1e6}}}) {
    if (s.compare(i, word.size(), word) == 0 &&
        (i + word.size() == s.size() || !IsAsciiAlpha(s[i + word.size()]))) {
      *at = i + word.size();
      return scale;
    }
  }
  // 5600多万, 320余万: the approximation before the scale; 1200 万 with a
  // space between.
  size_t z = *at;
  while (z < s.size() && s[z] == ' ') ++z;
  if (s.compare(z, 3, "万") != 0 && s.compare(z, 3, "亿") != 0 && s.compare(z, 3, "千") != 0 &&
      s.compare(z, 3, "多") != 0 && s.compare(z, 3, "余") != 0)
    z = *at;
  if (s.compare(z, 3, "多") == 0 || s.compare(z, 3, "余") == 0) {
    const size_t after = z + 3;
    if (s.compare(after, 3, "万") == 0 || s.compare(after, 3, "亿") == 0 || s.compare(after, 3, "千") == 0)
      z = after;
  }
  *at = z;
  if (s.compare(*at, 6, "万亿") == 0) {
    *at += 6;
    return 1e12;
  }
  if (s.compare(*at, 3, "千") == 0) {
    *at += 3;
    return 1e3;
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
  // Percentage points (个百分点, percentage points) compare as percentages.
  for (std::string_view mark : {"%", "％", "percent", "per cent", "个百分点", "百分点"}) {
    if (s.compare(i, mark.size(), mark) == 0) {
      *at = i + mark.size();
      return true;
    }
  }
  return false;
}

// 成 right after a number: tenths, as a percentage (四成 40%) — not 成为,
// 成立, 成功 and the like.
bool TenthsAfter(std::string_view s, size_t* at) {
  if (s.compare(*at, 3, "成") != 0) return false;
  size_t k = *at + 3;
  const char32_t next = k < s.size() ? DecodeUtf8(s, &k) : 0;
  static constexpr std::u32string_view kWords = U"为立功员本果交长熟绩效";
  if (kWords.find(next) != std::u32string_view::npos) return false;
  *at += 3;
  return true;
}

// The years a range spans (2016年-2018年, 2016至2018年): a statement may
// name one between them ("in 2017").
void AddYearRanges(const std::string& s, Facts* facts) {
  // Two four-digit runs at least, or no range: most paragraphs never reach
  // the regular expression.
  if (util::CountDigitRuns(s, 4) < 2) return;
  static const std::regex kRange(R"((\d{4})\s*年?\s*(?:-|—|–|~|～|至|到)\s*(\d{4})\s*年)");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kRange); it != std::sregex_iterator(); ++it) {
    const int from = std::stoi((*it)[1].str()), to = std::stoi((*it)[2].str());
    if (from < 1900 || to > 2100 || to <= from + 1 || to - from > 20) continue;
    for (int y = from + 1; y < to; ++y) {
      NumberFact n;
      n.value = y;
      n.text = (*it)[0].str();
      facts->numbers.push_back(std::move(n));
    }
  }
}

}  // namespace

Facts FindFacts(std::string_view text, bool strict) {
  Facts facts;
  std::string s(text);
  if (!strict) AddYearRanges(s, &facts);
  for (auto& [span, date] : FindDates(s)) {
    // A day alone stays a number too (on the 8th).
    if (date.month != 0) {
      std::fill(s.begin() + static_cast<std::ptrdiff_t>(span.first),
                s.begin() + static_cast<std::ptrdiff_t>(span.second), ' ');
    }
    facts.dates.push_back(std::move(date));
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
      // Not a code: an ordinal (2nd, 17th) or a number joined to its unit
      // (7-nanometer, 12-fold, 100-billion-yuan) — the number is read below.
      const std::string_view run = std::string_view(s).substr(i, end - i);
      size_t digits = 0;
      while (digits < run.size() && std::isdigit(static_cast<unsigned char>(run[digits]))) ++digits;
      const std::string_view rest = run.substr(digits);
      const bool ordinal = digits > 0 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
      const bool compound = digits > 0 && !rest.empty() && rest[0] == '-';
      // Nor a number with its unit or a dimension: 12MP, 10x, 3200x1440.
      const bool unit = digits > 0 && (rest == "MP" || rest == "x" || rest == "X" ||
                                       (rest.size() > 1 && (rest[0] == 'x' || rest[0] == 'X') &&
                                        std::all_of(rest.begin() + 1, rest.end(), [](char d) {
                                          return std::isdigit(static_cast<unsigned char>(d)) != 0;
                                        })));
      if (letter && digit && !ordinal && !compound && !unit) facts.codes.push_back(std::string(run));
    }
    const size_t start = i;
    const char c = s[i];
    // The digits of a model name (AV400, 4x100m) in a statement are part of
    // the name, not a number: skipped whole.
    const bool dimension = i > 1 && (s[i - 1] == 'x' || s[i - 1] == 'X') &&
                           std::isdigit(static_cast<unsigned char>(s[i - 2]));  // the 1440 of 3200x1440
    if (strict && std::isdigit(static_cast<unsigned char>(c)) && i > 0 && IsAsciiAlpha(s[i - 1]) &&
        !dimension) {
      while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) ||
                              ((s[i] == '.' || s[i] == ',') && i + 1 < s.size() &&
                               std::isdigit(static_cast<unsigned char>(s[i + 1]))))) {
        ++i;
      }
      continue;
    }
    // Arabic numerals: 1,234.5 with a scale and a percent sign; in an
    // article also the digits of a model name (Mate20X: 20).
    if (std::isdigit(static_cast<unsigned char>(c)) &&
        (i == 0 || !IsAsciiAlpha(s[i - 1]) || dimension ||
         (!strict && !std::isdigit(static_cast<unsigned char>(s[i - 1]))))) {
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
      if (!n.percent && TenthsAfter(s, &i)) {  // 3成: 30%
        n.value *= 10;
        n.percent = true;
        n.tenths = true;
      }
      const bool chinese_percent = start >= 9 && s.compare(start - 9, 9, "百分之") == 0;
      n.percent |= chinese_percent;
      n.text = s.substr(start, i - start);
      n.begin = start;
      n.end = i;
      // A year in two digits (16年) is also the year it stands for.
      if (!strict && digits.size() == 2 && s.compare(i, 3, "年") == 0) {
        NumberFact year = n;
        year.value += year.value > 50 ? 1900 : 2000;
        facts.numbers.push_back(std::move(year));
      }
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
    // Half a unit of time in an article: 半年 is six months, 半小时 thirty
    // minutes, 半个月 fifteen days (and each 0.5).
    if (!strict && cp == U'半') {
      size_t k = next;
      if (s.compare(k, 3, "个") == 0) k += 3;
      double smaller = 0;
      size_t unit_end = k;
      for (const auto& [unit, value] :
           {std::pair<std::string_view, double>{"年", 6}, {"小时", 30}, {"月", 15}}) {
        if (s.compare(k, unit.size(), unit) == 0) {
          smaller = value;
          unit_end = k + unit.size();
          break;
        }
      }
      size_t b = start;
      const char32_t before = b > 0 ? util::DecodeUtf8Before(s, &b) : 0;
      // (一年半, 两个半月: a count and a half, read as its numeral.)
      if (smaller > 0 && !IsChineseNumeralChar(before) && before != U'个' && before != U'年') {
        for (double v : {smaller, 0.5}) {
          NumberFact n;
          n.value = v;
          n.text = s.substr(start, unit_end - start);
          n.begin = start;
          n.end = unit_end;
          facts.numbers.push_back(std::move(n));
        }
        i = unit_end;
        continue;
      }
    }
    // A unit alone as a number: 上万, 近千, 数百 (tens of thousands…), 百款
    // (a hundred models).
    if (!strict && (cp == U'百' || cp == U'千' || cp == U'万')) {
      size_t k = next;
      const char32_t following = k < s.size() ? DecodeUtf8(s, &k) : 0;
      size_t b = start;
      const char32_t before = b > 0 ? util::DecodeUtf8Before(s, &b) : 0;
      static constexpr std::u32string_view kApprox = U"上过近破数逾";
      if (kApprox.find(before) != std::u32string_view::npos || (IsMeasure(following) && following != U'多') ||
          ((following == U'亿' || following == U'万') && cp != U'万')) {
        NumberFact n;
        n.value = UnitValue(cp);
        if (following == U'亿' || (following == U'万' && cp != U'万')) {  // 千亿, 百万
          n.value *= UnitValue(following);
          next = k;
        }
        n.text = s.substr(start, next - start);
        facts.numbers.push_back(std::move(n));
        i = next;
        continue;
      }
    }
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
      // Two neighbouring digits before a unit are a range: 五六千 is 5,000
      // to 6,000, 六七个 six or seven.
      if (run.size() >= 2 && run.size() <= 3 && DigitValue(run[0]) > 0 &&
          DigitValue(run[1]) == DigitValue(run[0]) + 1 && (run.size() == 2 || UnitValue(run[2]) > 0)) {
        const double unit = run.size() == 3 ? UnitValue(run[2]) : 1;
        for (int d : {DigitValue(run[0]), DigitValue(run[1])}) {
          NumberFact n;
          n.value = d * unit;
          n.text = s.substr(start, end - start);
          facts.numbers.push_back(std::move(n));
        }
        i = std::max(end, next);
        continue;
      }
      if (!run.empty() && (!strict || IsMeasure(following) || chinese_percent || run.size() >= 2)) {
        NumberFact n;
        n.value = ChineseNumeralValue(run);
        n.percent = chinese_percent;
        n.text = s.substr(start, end - start);
        size_t after_run = end;
        n.begin = start;
        n.end = end;
        if (!n.percent && TenthsAfter(s, &after_run)) {  // 四成: 40%
          n.value *= 10;
          n.percent = true;
          n.tenths = true;
        }
        if (!n.percent && PercentAfter(s, &after_run)) n.percent = true;  // 四个百分点
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
  // "4.51 and 3.26 percentage points", "5 to 6 percent": a number the next
  // one's unit follows shares it.
  for (size_t k = 0; k + 1 < facts.numbers.size(); ++k) {
    NumberFact& a = facts.numbers[k];
    const NumberFact& b = facts.numbers[k + 1];
    if (a.percent || !b.percent || a.end == 0 || b.begin < a.end) continue;
    const std::string_view between = std::string_view(s).substr(a.end, b.begin - a.end);
    if (between == " and " || between == " to " || between == " or " || between == "-" || between == "–" ||
        between == "、" || between == "至" || between == "到" || between == "和") {
      a.percent = true;
      if (b.tenths) a.value *= 10;  // 五到六成: 50% to 60%
    }
  }
  return facts;
}

bool SameNumber(const NumberFact& a, const NumberFact& b) {
  if (a.percent != b.percent) return false;
  const double scale = std::max({std::fabs(a.value), std::fabs(b.value), 1.0});
  return std::fabs(a.value - b.value) <= 1e-9 * scale;
}

bool SameDate(const DateFact& claim, const DateFact& found) {
  // A day alone (8日) agrees with that day of any month.
  if (claim.month != found.month && claim.month != 0) return false;
  if (claim.day != 0 && claim.day != found.day) return false;
  return claim.year == 0 || found.year == 0 || claim.year == found.year;
}

}  // namespace precis::check
