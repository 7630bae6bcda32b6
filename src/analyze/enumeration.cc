// Copyright 2026 The precis Authors.
//
// Enumerations: sentences that open with an ordinal marker of one family, in
// sequence (1, 2, 3... or a final "最后"/"Finally"), each item running on
// through the following sentences of its paragraph until the next marker.
// Items may sit in consecutive paragraphs (一是…\n\n二是…\n\n三是…), inside
// one paragraph split at ； (一：…；二：…；三：…), or — for points marked in
// words — with other sentences between them, up to two paragraphs on. An
// announcing sentence that names a count (三个困难) must agree with the
// points found.

#include <array>
#include <cctype>
#include <string>

#include "analyze/analysis.h"
#include "text/point_marker.h"
#include "util/utf8.h"

namespace precis::analyze {
namespace {

using text::DetectPointMarker;
using text::kLastPoint;
using text::PointFamily;
using text::PointMarker;

int HanDigit(char32_t cp) {
  static constexpr std::u32string_view kDigits = U"一二三四五六七八九十";
  size_t at = kDigits.find(cp);
  return at == std::u32string_view::npos ? 0 : static_cast<int>(at) + 1;
}

// Does `text` announce a list: ends with a colon or names a count?
bool AnnouncesList(std::string_view text) {
  std::string_view t = text;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
  if (t.size() >= 3 && (t.substr(t.size() - 3) == "：" || t.back() == ':')) return true;
  static constexpr std::array<std::string_view, 8> kWords = {"以下",  "如下", "several", "two",
                                                             "three", "four", "five",    "following"};
  for (auto c : kWords) {
    if (text.find(c) != std::string_view::npos) return true;
  }
  // A count with a classifier: 三个困难, 三项措施, 两方面, 五大陷阱, 3点.
  static constexpr std::u32string_view kNumerals = U"两二三四五六七八九十几23456789";
  static constexpr std::u32string_view kClassifiers = U"个项点条种类大方层步";
  char32_t prev = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t cp = util::DecodeUtf8(text, &i);
    if (kClassifiers.find(cp) != std::u32string_view::npos &&
        kNumerals.find(prev) != std::u32string_view::npos) {
      return true;
    }
    prev = cp;
  }
  return false;
}

// How far on (in paragraphs) the next point of an enumeration is looked for.
constexpr int kMaxGapParagraphs = 2;

// The number of points a sentence announces (三个困难, 两方面原因, 3点,
// three challenges), or 0 if it names none.
int AnnouncedCount(std::string_view text) {
  static constexpr std::u32string_view kClassifiers = U"个项点条种类大方件";
  char32_t prev = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = util::DecodeUtf8(text, &i);
    if (kClassifiers.find(cp) != std::u32string_view::npos) {
      if (prev == U'两') return 2;
      if (const int d = HanDigit(prev); d > 0) return d;
      if (prev >= '2' && prev <= '9') return static_cast<int>(prev - '0');
    }
    prev = cp;
  }
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {" two ", 2}, {" three ", 3}, {" four ", 4}, {" five ", 5}, {" six ", 6}, {" seven ", 7}};
  for (const auto& [word, n] : kWords) {
    if (text.find(word) != std::string_view::npos) return n;
  }
  return 0;
}

}  // namespace

std::vector<Enumeration> FindEnumerations(const Document& doc, const Analysis& analysis) {
  const auto& sentences = analysis.sentences;
  auto text_of = [&](size_t i) {
    const SentenceInfo& s = sentences[i];
    const Paragraph& p = doc.paragraphs[static_cast<size_t>(s.paragraph)];
    const Span& span = p.sentences[static_cast<size_t>(s.sentence)].span;
    return std::string_view(p.text).substr(span.begin, span.size());
  };
  std::vector<PointMarker> markers(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) markers[i] = DetectPointMarker(text_of(i));

  std::vector<Enumeration> out;
  size_t i = 0;
  while (i < sentences.size()) {
    if (markers[i].family == PointFamily::kNone || markers[i].ordinal != 1) {
      ++i;
      continue;
    }
    const PointFamily family = markers[i].family;
    Enumeration e;
    size_t k = i;
    int expected = 1;
    bool closed = false;
    auto is_next = [&](size_t at) {
      return markers[at].family == family &&
             (markers[at].ordinal == expected || (markers[at].ordinal == kLastPoint && expected > 2));
    };
    while (k < sentences.size() && !closed && is_next(k)) {
      closed = markers[k].ordinal == kLastPoint;
      std::vector<int> item{static_cast<int>(k)};
      size_t j = k + 1;
      // The item runs on through its paragraph until the next marker.
      while (j < sentences.size() && sentences[j].paragraph == sentences[k].paragraph &&
             markers[j].family == PointFamily::kNone) {
        item.push_back(static_cast<int>(j));
        ++j;
      }
      e.items.push_back(std::move(item));
      ++expected;
      k = j;
      // Points a writer marks in words (一是, 第一, 首先, First) may have
      // other sentences between them, in the next paragraphs: the next
      // point is looked for a little further on, past sentences with no
      // marker of this kind.
      if (!closed && k < sentences.size() && !is_next(k) && text::MarkedInWords(family)) {
        const int last_paragraph = sentences[k - 1].paragraph + kMaxGapParagraphs;
        for (size_t g = k; g < sentences.size() && sentences[g].paragraph <= last_paragraph; ++g) {
          if (is_next(g)) {
            k = g;
            break;
          }
          if (markers[g].family == family) break;  // a point out of order ends it
        }
      }
    }
    if (e.items.size() >= 2) {
      if (i > 0 && markers[i - 1].family == PointFamily::kNone && AnnouncesList(text_of(i - 1))) {
        // The count announced and the points found agree, or the sentence
        // does not announce these points: three points of four found keep
        // no intro; the fourth of "三个" is not one of them.
        const int announced = AnnouncedCount(text_of(i - 1));
        if (announced > 0 && static_cast<int>(e.items.size()) > announced)
          e.items.resize(static_cast<size_t>(announced));
        if (announced <= 0 || static_cast<int>(e.items.size()) == announced)
          e.intro = static_cast<int>(i - 1);
      }
      out.push_back(std::move(e));
      i = k;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace precis::analyze
