// Copyright 2026 The precis Authors.

#include "ingest/dates.h"

#include <cctype>
#include <cstdio>
#include <regex>
#include <utility>
#include <vector>

#include "util/utf8.h"

namespace precis::ingest {
namespace {

std::string Pad2(const std::string& s) { return s.size() == 1 ? "0" + s : s; }

// The number that the `n` digits of `s` from `at` spell; -1 if they run
// past its end or one is no digit.
int DigitsAt(std::string_view s, size_t at, size_t n) {
  if (at + n > s.size()) return -1;
  int v = 0;
  for (size_t k = at; k < at + n; ++k) {
    if (s[k] < '0' || s[k] > '9') return -1;
    v = v * 10 + (s[k] - '0');
  }
  return v;
}

bool ValidDate(int year, int month, int day) {
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// The month a word names (1-12), in English, German, French, Spanish,
// Italian, Dutch, Portuguese, Polish, Czech, Russian, Ukrainian, Turkish or
// the Scandinavian languages, in full or (English, German) abbreviated;
// 0 if none. `word` is lower-cased ASCII or UTF-8 as written.
int MonthOf(std::string_view word) {
  struct Name {
    std::string_view name;
    int month;
  };
  // After the Western European names: Polish, Czech, Russian and Ukrainian
  // (the genitive a date uses), Turkish, and the Scandinavian forms the
  // others lack.
  static constexpr Name kNames[] = {
      {"january", 1},   {"jan", 1},           {"januar", 1},     {"janvier", 1},    {"enero", 1},
      {"gennaio", 1},   {"januari", 1},       {"janeiro", 1},    {"jänner", 1},     {"february", 2},
      {"feb", 2},       {"februar", 2},       {"février", 2},    {"febrero", 2},    {"febbraio", 2},
      {"februari", 2},  {"fevereiro", 2},     {"march", 3},      {"mar", 3},        {"märz", 3},
      {"mars", 3},      {"marzo", 3},         {"maart", 3},      {"março", 3},      {"april", 4},
      {"apr", 4},       {"avril", 4},         {"abril", 4},      {"aprile", 4},     {"may", 5},
      {"mai", 5},       {"mayo", 5},          {"maggio", 5},     {"mei", 5},        {"maio", 5},
      {"june", 6},      {"jun", 6},           {"juni", 6},       {"juin", 6},       {"junio", 6},
      {"giugno", 6},    {"junho", 6},         {"july", 7},       {"jul", 7},        {"juli", 7},
      {"juillet", 7},   {"julio", 7},         {"luglio", 7},     {"julho", 7},      {"august", 8},
      {"aug", 8},       {"août", 8},          {"agosto", 8},     {"augustus", 8},   {"september", 9},
      {"sep", 9},       {"sept", 9},          {"septembre", 9},  {"septiembre", 9}, {"settembre", 9},
      {"setembro", 9},  {"october", 10},      {"oct", 10},       {"oktober", 10},   {"okt", 10},
      {"octobre", 10},  {"octubre", 10},      {"ottobre", 10},   {"outubro", 10},   {"november", 11},
      {"nov", 11},      {"novembre", 11},     {"noviembre", 11}, {"novembro", 11},  {"december", 12},
      {"dec", 12},      {"dezember", 12},     {"dez", 12},       {"décembre", 12},  {"diciembre", 12},
      {"dicembre", 12}, {"dezembro", 12},     {"stycznia", 1},   {"lutego", 2},     {"marca", 3},
      {"kwietnia", 4},  {"maja", 5},          {"czerwca", 6},    {"lipca", 7},      {"sierpnia", 8},
      {"września", 9},  {"października", 10}, {"listopada", 11}, {"grudnia", 12},   {"ledna", 1},
      {"února", 2},     {"března", 3},        {"dubna", 4},      {"května", 5},     {"června", 6},
      {"července", 7},  {"srpna", 8},         {"září", 9},       {"října", 10},     {"listopadu", 11},
      {"prosince", 12}, {"января", 1},        {"февраля", 2},    {"марта", 3},      {"апреля", 4},
      {"мая", 5},       {"июня", 6},          {"июля", 7},       {"августа", 8},    {"сентября", 9},
      {"октября", 10},  {"ноября", 11},       {"декабря", 12},   {"січня", 1},      {"лютого", 2},
      {"березня", 3},   {"квітня", 4},        {"травня", 5},     {"червня", 6},     {"липня", 7},
      {"серпня", 8},    {"вересня", 9},       {"жовтня", 10},    {"листопада", 11}, {"грудня", 12},
      {"ocak", 1},      {"şubat", 2},         {"nisan", 4},      {"mayıs", 5},      {"haziran", 6},
      {"temmuz", 7},    {"ağustos", 8},       {"eylül", 9},      {"ekim", 10},      {"kasım", 11},
      {"aralık", 12},   {"maj", 5},           {"augusti", 8},    {"desember", 12}};
  for (const Name& n : kNames) {
    if (n.name == word) return n.month;
  }
  return 0;
}

std::string Iso(int year, int month, int day) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// A word of `text`: letters (any script), or digits; with its byte range.
struct Word {
  std::string lower;  // ASCII letters lower-cased, the rest as written
  size_t begin = 0, end = 0;
  bool digits = false;
};

std::vector<Word> WordsOf(std::string_view text) {
  std::vector<Word> words;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool digit = c >= '0' && c <= '9';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!digit && !letter) {
      ++i;
      continue;
    }
    Word w;
    w.begin = i;
    w.digits = digit;
    while (i < text.size()) {
      const unsigned char d = static_cast<unsigned char>(text[i]);
      const bool is_digit = d >= '0' && d <= '9';
      const bool is_letter = (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || d >= 0x80;
      if (digit ? !is_digit : !is_letter) break;
      w.lower.push_back(d >= 'A' && d <= 'Z' ? static_cast<char>(d | 0x20) : static_cast<char>(d));
      ++i;
    }
    // Capital umlauts and accents (MÄRZ, DÉCEMBRE) as their small forms.
    for (auto [upper, lower] :
         {std::pair<std::string_view, std::string_view>{"Ä", "ä"}, {"É", "é"}, {"Û", "û"}}) {
      for (size_t at = w.lower.find(upper); at != std::string::npos; at = w.lower.find(upper)) {
        w.lower.replace(at, upper.size(), lower);
      }
    }
    w.end = i;
    words.push_back(std::move(w));
  }
  return words;
}

// The first date written with a month's name (March 18, 2026; 18 March
// 2026; 18. Mai 2014; 5 de mayo de 2020) or day first with dots
// (18.05.2014), as YYYY-MM-DD.
std::optional<DateMatch> FindWordDate(std::string_view text) {
  const std::vector<Word> words = WordsOf(text);
  auto number = [&](size_t k, size_t digits_min, size_t digits_max) {
    if (k >= words.size() || !words[k].digits || words[k].lower.size() < digits_min ||
        words[k].lower.size() > digits_max) {
      return -1;
    }
    return std::stoi(words[k].lower);
  };
  // A year, and where it ends: four digits, or six that run into a time
  // the page set in the next element ("3 de mayo de 202221:25").
  auto year_at = [&](size_t k, size_t* end) {
    if (k >= words.size() || !words[k].digits) return -1;
    const Word& w = words[k];
    if (w.lower.size() == 4) {
      *end = w.end;
      return std::stoi(w.lower);
    }
    if (w.lower.size() == 6 && w.end + 2 < text.size() && text[w.end] == ':' &&
        std::isdigit(static_cast<unsigned char>(text[w.end + 1])) != 0 &&
        std::isdigit(static_cast<unsigned char>(text[w.end + 2])) != 0) {
      *end = w.begin + 4;
      return std::stoi(w.lower.substr(0, 4));
    }
    return -1;
  };
  // Between the parts: spaces, a comma, a dot, "de"/"of" (5 de mayo de 2020).
  auto gap_ok = [&](size_t from, size_t to) {
    const std::string_view between = text.substr(from, to - from);
    if (between.size() > 5) return false;
    for (char c : between) {
      if (c != ' ' && c != ',' && c != '.' && c != '\t') return false;
    }
    return true;
  };
  for (size_t k = 0; k < words.size(); ++k) {
    // Day first with dots: 18.05.2014.
    if (words[k].digits && k + 2 < words.size() && words[k + 1].digits && words[k + 2].digits &&
        words[k].lower.size() <= 2 && words[k + 1].lower.size() <= 2 && words[k + 2].lower.size() == 4 &&
        words[k + 1].begin == words[k].end + 1 && text[words[k].end] == '.' &&
        words[k + 2].begin == words[k + 1].end + 1 && text[words[k + 1].end] == '.' &&
        (words[k].begin == 0 || text[words[k].begin - 1] != '.')) {
      const int day = std::stoi(words[k].lower), month = std::stoi(words[k + 1].lower),
                year = std::stoi(words[k + 2].lower);
      if (ValidDate(year, month, day))
        return DateMatch{words[k].begin, words[k + 2].end, Iso(year, month, day)};
    }
    if (words[k].digits) continue;
    const int month = MonthOf(words[k].lower);
    if (month == 0) continue;
    // Skip "de" / "of" after the month (mayo de 2020).
    size_t after = k + 1;
    if (after < words.size() && (words[after].lower == "de" || words[after].lower == "of")) ++after;
    // Month Day, Year.
    const int day_after = number(after, 1, 2);
    if (day_after > 0 && gap_ok(words[after - 1].end, words[after].begin)) {
      size_t y = after + 1;
      // An ordinal's letters: March 18th, 2026.
      if (y < words.size() && !words[y].digits &&
          (words[y].lower == "st" || words[y].lower == "nd" || words[y].lower == "rd" ||
           words[y].lower == "th") &&
          words[y].begin == words[after].end) {
        ++y;
      }
      size_t year_end = 0;
      const int year = year_at(y, &year_end);
      if (year > 0 && gap_ok(words[y - 1].end, words[y].begin) && ValidDate(year, month, day_after)) {
        return DateMatch{words[k].begin, year_end, Iso(year, month, day_after)};
      }
    }
    // Day Month Year.
    size_t d = k;
    if (d >= 1 && (words[d - 1].lower == "de" || words[d - 1].lower == "of")) --d;
    const int day_before = d >= 1 ? number(d - 1, 1, 2) : -1;
    size_t year_end = 0;
    const int year = year_at(after, &year_end);
    if (day_before > 0 && year > 0 && gap_ok(words[d - 1].end, words[d].begin) &&
        gap_ok(words[after - 1].end, words[after].begin) && ValidDate(year, month, day_before)) {
      return DateMatch{words[d - 1].begin, year_end, Iso(year, month, day_before)};
    }
  }
  return std::nullopt;
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
  if (auto word_date = FindWordDate(text); word_date && (!best || word_date->begin < best->begin)) {
    best = word_date;
  }
  return best;
}

Timestamp ParseTimestamp(std::string_view value) {
  Timestamp t;
  const auto date = FindDate(value);
  if (!date) return t;
  t.local = date->normalized;
  size_t i = date->end;
  auto digits = [&](size_t at, size_t n) { return DigitsAt(value, at, n); };
  if (t.local.size() == 10) {
    // A date written with its month's name, then the time (RFC 1123).
    size_t at = i;
    while (at < value.size() && (value[at] == ' ' || value[at] == ',' || value[at] == 'T')) ++at;
    const int hour = digits(at, 2),
              minute = at + 2 < value.size() && value[at + 2] == ':' ? digits(at + 3, 2) : -1;
    if (at == i || hour < 0 || hour > 23 || minute < 0 || minute > 59) return t;
    t.local += " " + std::string(value.substr(at, 2)) + ":" + std::string(value.substr(at + 3, 2));
    i = at + 5;
    if (i + 2 < value.size() && value[i] == ':' && digits(i + 1, 2) >= 0) i += 3;
  }
  // Fractions of a second, a 12-hour clock's AM or PM, then the zone.
  if (i < value.size() && value[i] == '.') {
    ++i;
    while (i < value.size() && value[i] >= '0' && value[i] <= '9') ++i;
  }
  while (i < value.size() && value[i] == ' ') ++i;
  auto word_ends = [&](size_t at) {
    return at >= value.size() ||
           !((value[at] >= 'A' && value[at] <= 'Z') || (value[at] >= 'a' && value[at] <= 'z'));
  };
  if (t.local.size() > 10 && i + 1 < value.size() && ((value[i] | 0x20) == 'a' || (value[i] | 0x20) == 'p') &&
      (value[i + 1] | 0x20) == 'm' && word_ends(i + 2)) {
    int hour = (t.local[11] - '0') * 10 + (t.local[12] - '0');
    if (hour < 1 || hour > 12) return t;
    hour = (value[i] | 0x20) == 'p' ? (hour % 12) + 12 : hour % 12;
    t.local[11] = static_cast<char>('0' + hour / 10);
    t.local[12] = static_cast<char>('0' + hour % 10);
    i += 2;
    while (i < value.size() && value[i] == ' ') ++i;
  }
  // No zone for a time that is none (24:61).
  if (t.local.size() <= 10 || (t.local[11] - '0') * 10 + (t.local[12] - '0') > 23 ||
      (t.local[14] - '0') * 10 + (t.local[15] - '0') > 59) {
    return t;
  }
  const std::string_view rest = value.substr(i);
  size_t sign_at = 0;
  bool utc = false;
  if (rest.substr(0, 3) == "GMT" || rest.substr(0, 3) == "UTC") {
    if (!word_ends(i + 3)) return t;
    utc = true;
    sign_at = 3;
  } else if (!rest.empty() && rest[0] == 'Z' && word_ends(i + 1)) {
    t.zone = "+00:00";
    return t;
  }
  // ±h, ±hh, ±hhmm, ±hh:mm (after GMT too: GMT+8, UTC+08:00).
  if (sign_at < rest.size() && (rest[sign_at] == '+' || rest[sign_at] == '-')) {
    size_t at = i + sign_at + 1;
    int hours = digits(at, 2);
    if (hours >= 0) {
      at += 2;
    } else if ((hours = digits(at, 1)) >= 0) {
      at += 1;
    }
    const bool colon = at < value.size() && value[at] == ':';
    const int minutes = hours >= 0 ? digits(at + (colon ? 1 : 0), 2) : -1;
    if (minutes >= 0) {
      at += (colon ? 1 : 0) + 2;
    } else if (colon) {
      return t;
    }
    const bool ends = at >= value.size() || value[at] < '0' || value[at] > '9';
    if (hours >= 0 && hours <= 14 && minutes < 60 && ends) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", rest[sign_at], hours, minutes < 0 ? 0 : minutes);
      t.zone = buf;
    }
    return t;  // an offset that does not parse: no zone, not UTC's
  }
  if (utc) t.zone = "+00:00";
  return t;
}

std::string ShiftDays(std::string_view iso, int days) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return "";
  int year = 0, month = 0, day = 0;
  if (std::sscanf(std::string(iso.substr(0, 10)).c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !ValidDate(year, month, day)) {
    return "";
  }
  // Days from the civil calendar and back (Howard Hinnant's algorithms).
  auto to_days = [](int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  };
  const int z = to_days(year, month, day) + days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp + (mp < 10 ? 3 : -9);
  const int y = yoe + era * 400 + (m <= 2);
  return ValidDate(y, m, d) ? Iso(y, m, d) : "";
}

std::string FindSlashDate(std::string_view text, bool day_first) {
  text = text.substr(0, 4096);
  auto digit = [&](size_t at) { return at < text.size() && text[at] >= '0' && text[at] <= '9'; };
  for (size_t at = text.find('/'); at != std::string_view::npos; at = text.find('/', at + 1)) {
    // d{1,2} / d{1,2} / dddd, no digit or slash around it.
    size_t a = at;
    while (a > 0 && digit(a - 1) && at - a < 3) --a;
    if (a == at || at - a > 2 || (a > 0 && (digit(a - 1) || text[a - 1] == '/'))) continue;
    size_t b = at + 1;
    while (digit(b) && b - at <= 3) ++b;
    if (b == at + 1 || b - at - 1 > 2 || b >= text.size() || text[b] != '/') continue;
    size_t y = b + 1;
    while (digit(y) && y - b <= 5) ++y;
    if (y - b - 1 != 4 || (y < text.size() && (digit(y) || text[y] == '/'))) continue;
    const int first = std::stoi(std::string(text.substr(a, at - a)));
    const int second = std::stoi(std::string(text.substr(at + 1, b - at - 1)));
    const int year = std::stoi(std::string(text.substr(b + 1, 4)));
    const bool day_is_first = first > 12 ? true : second > 12 ? false : day_first;
    const int day = day_is_first ? first : second, month = day_is_first ? second : first;
    if (ValidDate(year, month, day)) return Iso(year, month, day);
  }
  return "";
}

std::string DateInUrl(std::string_view url) {
  const size_t scheme = url.find("://");
  const size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return "";
  url = url.substr(path, url.find_first_of("?#", path) - path);
  // Runs of digits in the path, with the one character after each.
  auto digits_at = [&](size_t at, size_t n) { return DigitsAt(url, at, n); };
  auto digit = [&](size_t at) { return at < url.size() && url[at] >= '0' && url[at] <= '9'; };
  for (size_t i = 0; i + 8 <= url.size(); ++i) {
    if (url[i] != '/' && url[i] != '-' && url[i] != '_') continue;
    const size_t y = i + 1;
    const int year = digits_at(y, 4);
    if (year < 1900 || year > 2099 || !(y + 4 < url.size())) continue;
    int month = -1, day = -1;
    size_t end = 0;
    const char sep = url[y + 4];
    if (sep == '/' || sep == '-' || sep == '_') {
      // /2019/11/25/, /2019-11-25, /2019/1125/
      month = digits_at(y + 5, 2);
      if (month > 0 && y + 7 < url.size() && url[y + 7] == sep) {
        day = digits_at(y + 8, 2);
        end = y + 10;
      } else if (month > 0 && digit(y + 7) && digit(y + 8)) {
        day = digits_at(y + 7, 2);
        end = y + 9;
      }
    } else {
      // /20191125/
      month = digits_at(y + 4, 2);
      day = digits_at(y + 6, 2);
      end = y + 8;
    }
    // The date ends its path segment or word: not a longer number.
    if (day < 1 || digit(end)) continue;
    if (ValidDate(year, month, day)) return Iso(year, month, day);
  }
  return "";
}

}  // namespace precis::ingest
