// Copyright 2026 The precis Authors.

#include "text/point_marker.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "util/utf8.h"

namespace precis::text {
namespace {

int HanDigit(char32_t cp) {
  static constexpr std::u32string_view kDigits = U"一二三四五六七八九十";
  const size_t at = kDigits.find(cp);
  return at == std::u32string_view::npos ? 0 : static_cast<int>(at) + 1;
}

// Leading white space and opening quotes that do not start a marker.
size_t LeadLength(std::string_view s) {
  size_t at = 0;
  while (at < s.size()) {
    size_t i = at;
    const char32_t cp = util::DecodeUtf8(s, &i);
    if (!util::IsSpace(cp) && cp != U'“' && cp != '"') break;
    at = i;
  }
  return at;
}

// 1. 1、 1) （1）— but not 1.5 or 1990.
PointMarker Arabic(std::string_view s) {
  size_t k = 0;
  int value = 0;
  while (k < s.size() && k < 2 && std::isdigit(static_cast<unsigned char>(s[k]))) {
    value = value * 10 + (s[k] - '0');
    ++k;
  }
  if (k == 0 || k >= s.size() || value == 0) return {};
  const std::string_view rest = s.substr(k);
  if (rest.starts_with("、") || rest.starts_with("）") || rest.starts_with(")")) {
    return {PointFamily::kArabic, value, 0};
  }
  if (rest[0] == '.' && (rest.size() == 1 || !std::isdigit(static_cast<unsigned char>(rest[1])))) {
    return {PointFamily::kArabic, value, 0};
  }
  return {};
}

// First, Second, … Finally — capitalised where a sentence starts, in lower
// case where a point starts inside one (…: first, …; second, …; and third, …).
PointMarker EnglishWord(std::string_view s) {
  static constexpr std::array<std::pair<std::string_view, int>, 12> kWords = {{{"first,", 1},
                                                                               {"firstly,", 1},
                                                                               {"first of all,", 1},
                                                                               {"second,", 2},
                                                                               {"secondly,", 2},
                                                                               {"third,", 3},
                                                                               {"thirdly,", 3},
                                                                               {"fourth,", 4},
                                                                               {"fifth,", 5},
                                                                               {"finally,", kLastPoint},
                                                                               {"lastly,", kLastPoint},
                                                                               {"last,", kLastPoint}}};
  size_t at = 0;
  if (s.starts_with("and ")) at = 4;
  const std::string_view word = s.substr(at);
  for (const auto& [w, ordinal] : kWords) {
    if (word.size() < w.size()) continue;
    // The first letter in either case, the rest as written.
    if (std::tolower(static_cast<unsigned char>(word[0])) != w[0] ||
        word.substr(1, w.size() - 1) != w.substr(1))
      continue;
    // "And first," opening a sentence is no point marker.
    if (at > 0 && std::isupper(static_cast<unsigned char>(word[0]))) return {};
    return {PointFamily::kEnglish, ordinal, at};
  }
  return {};
}

}  // namespace

PointMarker DetectPointMarker(std::string_view text) {
  const size_t lead = LeadLength(text);
  const std::string_view t = text.substr(lead);
  if (t.empty()) return {};
  auto at_lead = [lead](PointMarker m) {
    m.begin += lead;
    return m;
  };
  size_t i = 0;
  const char32_t c0 = util::DecodeUtf8(t, &i);
  const size_t after_first = i;
  const char32_t c1 = i < t.size() ? util::DecodeUtf8(t, &i) : 0;
  const char32_t c2 = i < t.size() ? util::DecodeUtf8(t, &i) : 0;

  // 一是, 二是 ... 十是
  if (HanDigit(c0) && c1 == U'是') return at_lead({PointFamily::kShi, HanDigit(c0), 0});
  // 第一，第二、第三是 (not 第一次, 第一季度)
  if (c0 == U'第' && HanDigit(c1) &&
      (c2 == U'，' || c2 == U'、' || c2 == U'：' || c2 == ',' || c2 == U'是' || c2 == ':')) {
    return at_lead({PointFamily::kDi, HanDigit(c1), 0});
  }
  if (t.starts_with("首先")) return at_lead({PointFamily::kShouxian, 1, 0});
  if (t.starts_with("其次")) return at_lead({PointFamily::kShouxian, 2, 0});
  if (t.starts_with("再次")) return at_lead({PointFamily::kShouxian, 3, 0});
  if (t.starts_with("最后，") || t.starts_with("最后,"))
    return at_lead({PointFamily::kShouxian, kLastPoint, 0});
  if (t.starts_with("一方面")) return at_lead({PointFamily::kFangmian, 1, 0});
  if (t.starts_with("另一方面")) return at_lead({PointFamily::kFangmian, 2, 0});
  // 一、 一： （一）(一)
  if (HanDigit(c0) && (c1 == U'、' || c1 == U'：' || c1 == ':')) {
    return at_lead({PointFamily::kHanList, HanDigit(c0), 0});
  }
  if ((c0 == U'（' || c0 == '(') && HanDigit(c1) && (c2 == U'）' || c2 == ')')) {
    return at_lead({PointFamily::kHanList, HanDigit(c1), 0});
  }
  if (c0 == U'（' || c0 == '(') {
    if (PointMarker m = Arabic(t.substr(after_first)); m.family != PointFamily::kNone) return at_lead(m);
  }
  if (PointMarker m = Arabic(t); m.family != PointFamily::kNone) return at_lead(m);
  if (PointMarker m = EnglishWord(t); m.family != PointFamily::kNone) return at_lead(m);
  return {};
}

}  // namespace precis::text
