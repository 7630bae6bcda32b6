// Copyright 2026 The precis Authors.
//
// Chinese word segmentation (mixed Chinese/Latin text).
//
// Runs of Han characters are segmented as jieba does (Sun Junyi, 2012): a DAG
// of every dictionary word starting at each character, the path of maximum
// probability through it by dynamic programming, and a BMES HMM over the runs
// of single characters the dictionary leaves unexplained (unknown names and
// terms). On top of that, rules that keep units whole: numbers in Arabic or
// Chinese numerals with their decimal point, thousands separators, percent
// sign and date unit (5.2%, 3,000, 2026年, 二○○一年, 十二月), Latin words and
// acronyms (FOMC, iPhone11, U.S., COVID-19), and runs of —— or …….
//
// Every piece is a byte span into the input; the pieces cover the input
// exactly, white space included, so joining them gives the input back.

#ifndef PRECIS_TEXT_ZH_SEGMENTER_H_
#define PRECIS_TEXT_ZH_SEGMENTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "text/char_map.h"
#include "text/zh_dict.h"
#include "text/zh_hmm.h"

namespace precis::text {

struct Piece {
  Span span;
  TokenKind kind;
  // The dictionary's id for the piece where the segmenter looked it up
  // (-1: no word of the dictionary), kNotLookedUp elsewhere.
  int32_t word = kNotLookedUp;
  static constexpr int32_t kNotLookedUp = -2;
  // Where the segmenter had the piece's analysis form (ZhSegmenter::Normalize)
  // at hand (Han words): its bytes in the `norms` text Segment() was given;
  // empty elsewhere, or without `norms`.
  Span norm;
};

class ZhSegmenter {
 public:
  // The pointers must outlive the segmenter; `t2s` may be null.
  ZhSegmenter(const ZhDictionary* dict, const ZhHmm* hmm, const SimplifiedMap* t2s)
      : dict_(dict), hmm_(hmm), t2s_(t2s) {}

  // Appends the pieces of `text` (UTF-8; invalid bytes become one-byte
  // pieces) to `out`. Cost: O(n * w) for n characters and w the longest word.
  // `norms`, if given, receives the analysis forms Piece::norm points into.
  void Segment(std::string_view text, std::vector<Piece>* out, std::string* norms = nullptr) const;

  // The analysis form of a piece: width-folded, Simplified, lower-cased.
  std::string Normalize(std::string_view piece) const;

 private:
  struct Chars;
  void SegmentHan(const Chars& chars, size_t begin, size_t end, std::vector<Piece>* out,
                  std::string* norms) const;
  size_t ScanAlnum(const Chars& chars, size_t i) const;

  const ZhDictionary* dict_;
  const ZhHmm* hmm_;
  const SimplifiedMap* t2s_;
};

// True for the characters that write numbers in Chinese: 〇○零一二三四五六七八九
// 十百千万亿两 and their financial forms.
bool IsChineseNumeral(char32_t cp);

}  // namespace precis::text

#endif  // PRECIS_TEXT_ZH_SEGMENTER_H_
