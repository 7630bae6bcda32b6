// Copyright 2026 The precis Authors.
//
// The markers that open the points of an enumeration: 一是 二是, 第一，第二，
// 首先 其次 最后, 一、 （一）, 1. 1、 (1), First, Second, Finally, 一方面
// 另一方面. The sentence splitter breaks before a point marked inside a
// sentence (…三个方面：一是…；二是…；三是…。 / three reasons: first, …;
// second, …; and third, ….), and the analysis chains points into
// enumerations.

#ifndef PRECIS_TEXT_POINT_MARKER_H_
#define PRECIS_TEXT_POINT_MARKER_H_

#include <cstddef>
#include <string_view>

namespace precis::text {

enum class PointFamily {
  kNone = 0,
  kShi,       // 一是 二是 三是
  kDi,        // 第一，第二，
  kShouxian,  // 首先 其次 再次 最后
  kHanList,   // 一、 （一） 一：
  kArabic,    // 1. 1、 (1) 1)
  kEnglish,   // First, Second, Third, Finally (and, inside a sentence: first, … and third,)
  kFangmian,  // 一方面 另一方面
};

// 最后 / Finally: closes a sequence of any length past its second point.
inline constexpr int kLastPoint = 99;

struct PointMarker {
  PointFamily family = PointFamily::kNone;
  int ordinal = 0;   // 1, 2, 3… or kLastPoint
  size_t begin = 0;  // where in `text` the marker starts: past white space, a quote, "and "
};

// The point marker `text` opens with (after white space and an opening
// quote), or family kNone. Not 第一次, 1.5%, 1990.
PointMarker DetectPointMarker(std::string_view text);

// Markers written in words (一是, 第一, 首先, First), whose points may stand
// apart with other sentences between them.
inline bool MarkedInWords(PointFamily family) {
  return family == PointFamily::kShi || family == PointFamily::kDi || family == PointFamily::kShouxian ||
         family == PointFamily::kEnglish || family == PointFamily::kFangmian;
}

}  // namespace precis::text

#endif  // PRECIS_TEXT_POINT_MARKER_H_
