// Copyright 2026 The precis Authors.
//
// Design: the input is decoded once into analysis characters (width-folded,
// Traditional mapped to Simplified) with their byte offsets; a scanner cuts
// it into runs of white space, Han, Latin/digits and punctuation, and only Han
// runs go through the dictionary. The dictionary is searched by the codes of
// the run's analysis characters, so Traditional and full-width input hit the
// same entries as their plain forms while spans stay in the original.
//
// Han runs: jieba's method (https://github.com/fxsjy/jieba): DAG of dictionary
// prefixes, maximum-probability route, HMM over runs of single characters not
// in the dictionary. Numbers written in Chinese numerals get their own DAG
// edges so that 二○○一年 or 三十一日 come out whole.

#include "text/zh_segmenter.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

#include "util/utf8.h"

namespace precis::text {

using util::IsAsciiDigit;
using util::IsAsciiLetter;
using util::IsHan;

namespace {

constexpr char32_t kWhiteCircle = 0x25CB;  // ○, used as zero: 二○○一年

bool IsDateUnit(char32_t cp) {
  switch (cp) {
    case U'年':
    case U'月':
    case U'日':
    case U'号':
    case U'时':
    case U'分':
    case U'秒':
      return true;
  }
  return false;
}

// 〇一二三四五六七八九 digit by digit, as years are written (二○○一).
constexpr std::u32string_view kDigitNumerals = U"〇\u25CB零一二三四五六七八九";  // \u25CB: ○ as zero
// The rest of the numerals: magnitudes, 两, and the financial (大写) forms.
constexpr std::u32string_view kOtherNumerals = U"十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟";

bool IsDigitNumeral(char32_t cp) {
  // Every numeral but ○ is past U+3000: most characters are answered at once.
  return (cp == kWhiteCircle || cp >= 0x3007) && kDigitNumerals.find(cp) != std::u32string_view::npos;
}

bool IsMagnitude(char32_t cp) {
  return cp == U'万' || cp == U'亿' || cp == U'千' || cp == U'百' || cp == U'兆';
}

bool IsLetter(char32_t cp) { return IsAsciiLetter(cp) || util::IsNonHanLetter(cp); }
bool IsAlnum(char32_t cp) { return IsAsciiDigit(cp) || IsLetter(cp); }

// Runs of these stay whole: —— …… ·· ~~ and the like.
bool RepeatsAsOne(char32_t cp) {
  return cp == U'—' || cp == U'…' || cp == U'-' || cp == U'.' || cp == U'·' || cp == U'~' || cp == U'=' ||
         cp == U'*' || cp == U'_' || cp == U'!' || cp == U'?';
}

// Log-probability given to a number written in Chinese numerals: that of a
// common word, so that a whole number beats any split of it.
constexpr float kNumeralLogProb = -9.0f;

// The longest run of Han characters segmented as one, and the most
// characters a thread's buffers keep room for between texts.
constexpr size_t kMaxHanRun = size_t{1} << 16;
constexpr size_t kKeptChars = size_t{1} << 20;

}  // namespace

namespace {

// The Han block's numerals as a bit table, built at compile time: asked of
// every character of every Han run, it answers without a guard or a call.
constexpr char32_t kHanFirst = 0x4E00, kHanLast = 0x9FFF;
using HanBits = std::array<uint64_t, (kHanLast - kHanFirst) / 64 + 1>;
constexpr HanBits kHanNumerals = [] {
  HanBits bits{};
  for (std::u32string_view list : {kDigitNumerals, kOtherNumerals}) {
    for (char32_t n : list) {
      if (n >= kHanFirst && n <= kHanLast)
        bits[(n - kHanFirst) / 64] |= uint64_t{1} << ((n - kHanFirst) % 64);
    }
  }
  return bits;
}();

}  // namespace

bool IsChineseNumeral(char32_t cp) {
  if (cp >= kHanFirst && cp <= kHanLast)
    return (kHanNumerals[(cp - kHanFirst) / 64] >> ((cp - kHanFirst) % 64)) & 1;
  return IsDigitNumeral(cp) || kOtherNumerals.find(cp) != std::u32string_view::npos;
}

struct ZhSegmenter::Chars {
  std::vector<char32_t> cp;   // analysis form
  std::vector<uint32_t> off;  // byte offset of each character; off[n] = size
  size_t size() const { return cp.size(); }
  bool HanLike(size_t i) const {
    if (IsHan(cp[i])) return true;
    // ○ between or beside Chinese numerals is a zero.
    return cp[i] == kWhiteCircle &&
           ((i > 0 && IsChineseNumeral(cp[i - 1])) || (i + 1 < cp.size() && IsChineseNumeral(cp[i + 1])));
  }
};

namespace {

// Chars [b, e) spell a year digit by digit: 二○○一, 一九九八.
bool IsYearDigits(const std::vector<char32_t>& cp, size_t b, size_t e) {
  if (e - b != 4) return false;
  for (size_t k = b; k < e; ++k) {
    if (!IsDigitNumeral(cp[k])) return false;
  }
  return true;
}

}  // namespace

std::string ZhSegmenter::Normalize(std::string_view piece) const {
  std::string out;
  out.reserve(piece.size());
  for (size_t i = 0; i < piece.size();) {
    char32_t cp = util::FoldWidth(util::DecodeUtf8(piece, &i));
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    if (t2s_ != nullptr) cp = t2s_->Map(cp);
    util::AppendUtf8(cp, &out);
  }
  return out;
}

size_t ZhSegmenter::ScanAlnum(const Chars& c, size_t i) const {
  const size_t n = c.size();
  const size_t start = i;
  size_t segment_start = i;  // start of the current dot-separated segment
  bool dotted = false;       // inside U.S.-style initials
  while (i < n) {
    char32_t ch = c.cp[i];
    if (IsAlnum(ch)) {
      ++i;
      continue;
    }
    const bool has_next = i + 1 < n;
    const char32_t next = has_next ? c.cp[i + 1] : 0;
    const char32_t prev = i > start ? c.cp[i - 1] : 0;
    if ((ch == '.' || ch == ':') && IsAsciiDigit(prev) && IsAsciiDigit(next)) {
      ++i;  // 5.2, 10:30
      continue;
    }
    if (ch == ',' && IsAsciiDigit(prev) && i + 3 < n + 1) {
      // Thousands separator: exactly three digits follow.
      size_t k = i + 1;
      while (k < n && IsAsciiDigit(c.cp[k])) ++k;
      if (k - (i + 1) == 3) {
        i = k;
        continue;
      }
      break;
    }
    if (ch == '.' && IsLetter(prev) && i - segment_start == 1 &&
        (dotted || (has_next && IsLetter(next) && i + 2 < n && c.cp[i + 2] == '.'))) {
      dotted = true;  // U.S., U.K., e.g.
      ++i;
      segment_start = i;
      if (!(i < n && IsLetter(c.cp[i]) && i + 1 < n && c.cp[i + 1] == '.')) break;
      continue;
    }
    if ((ch == '-' || ch == '&' || ch == '\'' || ch == U'’') && IsAlnum(prev) && has_next && IsAlnum(next)) {
      ++i;  // COVID-19, AT&T, don't
      continue;
    }
    if ((ch == '%' || ch == U'‰') && IsAsciiDigit(prev)) {
      ++i;
      break;
    }
    break;
  }
  return i;
}

void ZhSegmenter::Segment(std::string_view text, std::vector<Piece>* out, std::string* norms) const {
  // Reused from call to call: a sentence is segmented in microseconds, and
  // fresh buffers would cost as much.
  thread_local Chars c;
  // A character a byte at most: sized once, filled in place.
  c.cp.resize(text.size());
  c.off.resize(text.size() + 1);
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++chars) {
    c.off[chars] = static_cast<uint32_t>(i);
    char32_t cp = util::FoldWidth(util::DecodeUtf8(text, &i));
    if (t2s_ != nullptr && cp >= 0x3400) cp = t2s_->Map(cp);
    c.cp[chars] = cp;
  }
  c.off[chars] = static_cast<uint32_t>(text.size());
  c.cp.resize(chars);
  c.off.resize(chars + 1);
  const size_t n = c.size();
  auto emit = [&](size_t b, size_t e, TokenKind kind) {
    out->push_back(Piece{Span{c.off[b], c.off[e]}, kind});
  };
  size_t i = 0;
  while (i < n) {
    const char32_t ch = c.cp[i];
    size_t j = i + 1;
    if (util::IsSpace(ch)) {
      while (j < n && util::IsSpace(c.cp[j])) ++j;
      emit(i, j, TokenKind::kSpace);
    } else if (c.HanLike(i)) {
      while (j < n && c.HanLike(j)) ++j;
      // A run past kMaxHanRun characters (never one of real text, which
      // punctuates long before) is segmented a piece at a time, so that the
      // route's buffers stay small.
      for (size_t b = i; b < j; b += kMaxHanRun) SegmentHan(c, b, std::min(j, b + kMaxHanRun), out, norms);
    } else if (IsAlnum(ch)) {
      j = ScanAlnum(c, i);
      bool has_letter = false;
      for (size_t k = i; k < j; ++k) has_letter |= IsLetter(c.cp[k]);
      if (!has_letter) {
        // 3万, 1万亿, 2026年, 5.2%: a number keeps its magnitude or date unit.
        while (j < n && IsMagnitude(c.cp[j])) ++j;
        // A date keeps its unit (2026年, 1月, 6日); a duration does not
        // (10 年 is ten years): only a four-digit number is a year.
        if (j < n && IsDateUnit(c.cp[j]) && !IsMagnitude(c.cp[j - 1]) && (c.cp[j] != U'年' || j - i == 4)) {
          ++j;
        }
        if (j < n && (c.cp[j] == '%')) ++j;
      }
      emit(i, j, has_letter ? TokenKind::kWord : TokenKind::kNumber);
    } else {
      if (RepeatsAsOne(ch)) {
        while (j < n && c.cp[j] == ch) ++j;
      }
      emit(i, j, TokenKind::kPunct);
    }
    i = j;
  }
  // What a huge text took is let go at once, not kept for the next.
  if (c.cp.capacity() > kKeptChars) c = Chars{};
}

void ZhSegmenter::SegmentHan(const Chars& c, size_t begin, size_t end, std::vector<Piece>* out,
                             std::string* norms) const {
  const size_t n = end - begin;
  struct Scratch {
    std::u16string codes;
    std::vector<uint32_t> boff, next, hmm_ends;
    std::vector<float> route;
    std::vector<int32_t> word;
    std::vector<uint8_t> numeral;
  };
  thread_local Scratch scratch;
  // The characters as the dictionary's codes, which its trie is searched by;
  // which are Chinese numerals; how many come before U+3400 (〇, or ○ as a
  // zero), whose analysis form is not at hand as UTF-8 (see emit).
  std::u16string& codes = scratch.codes;
  std::vector<uint8_t>& numeral = scratch.numeral;
  codes.resize(n);
  numeral.resize(n);
  size_t below_3400 = 0;
  for (size_t k = 0; k < n; ++k) {
    const char32_t cp = c.cp[begin + k];
    codes[k] = dict_->Code(cp);
    numeral[k] = IsChineseNumeral(cp);
    below_3400 += cp < 0x3400;
  }
  // The pieces' analysis forms are spans of the UTF-8 of the run's analysis
  // characters, handed on: boff[k] is character k's offset in it.
  std::vector<uint32_t>& boff = scratch.boff;
  const auto norm_base = static_cast<uint32_t>(norms != nullptr ? norms->size() : 0);
  if (norms != nullptr) {
    boff.resize(n + 1);
    norms->resize(norm_base + 4 * n);  // room for the longest UTF-8
    char* const start = norms->data() + norm_base;
    char* w = start;
    for (size_t k = 0; k < n; ++k) {
      boff[k] = static_cast<uint32_t>(w - start);
      w = util::WriteUtf8(c.cp[begin + k], w);
    }
    boff[n] = static_cast<uint32_t>(w - start);
    norms->resize(norm_base + boff[n]);
  }

  // Maximum-probability route, right to left: route[k] is the best score of
  // text[k..n) and next[k] the end of the first word on that route, word[k]
  // its dictionary id.
  std::vector<float>& route = scratch.route;
  route.assign(n + 1, 0.0f);
  std::vector<uint32_t>& next = scratch.next;
  next.assign(n + 1, 0);
  std::vector<int32_t>& word = scratch.word;
  word.assign(n + 1, Piece::kNotLookedUp);
  std::array<ZhDictionary::Match, 64> matches;
  for (size_t k = n; k-- > 0;) {
    float best = -std::numeric_limits<float>::infinity();
    size_t best_end = k + 1;
    int32_t best_word = Piece::kNotLookedUp;
    auto consider = [&](size_t e, float logprob, int32_t id) {
      float score = logprob + route[e];
      if (score > best || (score == best && e > best_end)) {
        best = score;
        best_end = e;
        best_word = id;
      }
    };
    size_t found = dict_->PrefixMatches(std::u16string_view(codes).substr(k), matches.data(), matches.size());
    bool single = false;
    for (size_t m = 0; m < found; ++m) {
      const size_t e = k + matches[m].length;
      single |= e == k + 1;
      consider(e, dict_->LogProb(matches[m].value), matches[m].value);
    }
    if (!single) consider(k + 1, dict_->UnknownLogProb(), -1);
    if (numeral[k]) {
      size_t e = k;
      while (e < n && numeral[e]) ++e;
      if (e - k >= 2) {
        consider(e, kNumeralLogProb, Piece::kNotLookedUp);
        // As for Arabic numbers, 年 joins a year (二○○一年) but not a
        // duration (十 年).
        if (e < n && IsDateUnit(c.cp[begin + e]) &&
            (c.cp[begin + e] != U'年' || IsYearDigits(c.cp, begin + k, begin + e))) {
          consider(e + 1, kNumeralLogProb, Piece::kNotLookedUp);
        }
      }
    }
    route[k] = best;
    next[k] = static_cast<uint32_t>(best_end);
    word[k] = best_word;
  }

  auto is_numeral_word = [&](size_t b, size_t e) {
    for (size_t k = b; k < e; ++k) {
      if (!numeral[k] && !(k + 1 == e && k > b && IsDateUnit(c.cp[begin + k]))) {
        return false;
      }
    }
    return true;
  };
  // `id`: the dictionary's id of the piece if known.
  auto emit = [&](size_t b, size_t e, int32_t id) {
    TokenKind kind = is_numeral_word(b, e) ? TokenKind::kNumber : TokenKind::kWord;
    Piece& piece = out->emplace_back(Piece{Span{c.off[begin + b], c.off[begin + e]}, kind, id});
    // The run's analysis characters are Normalize's output for characters
    // from U+3400 on (folded, Simplified, no case): the UTF-8 is at hand.
    bool all_han = true;
    for (size_t k = b; k < e && all_han && below_3400 > 0; ++k) all_han = c.cp[begin + k] >= 0x3400;
    if (all_han && norms != nullptr) piece.norm = Span{norm_base + boff[b], norm_base + boff[e]};
  };
  // The pieces of the route are looked up as they were found.
  auto emit_route = [&](size_t b) { emit(b, next[b], word[b]); };
  // Runs of single characters the dictionary does not join go to the HMM,
  // unless the run is itself a dictionary word (jieba's __cut_DAG).
  std::vector<uint32_t>& hmm_ends = scratch.hmm_ends;
  auto flush = [&](size_t b, size_t e) {
    if (e - b == 0) return;
    if (e - b == 1) {
      emit_route(b);
      return;
    }
    if (dict_->Find(std::u16string_view(codes).substr(b, e - b)) >= 0 || hmm_ == nullptr) {
      for (size_t k = b; k < e; ++k) emit_route(k);
      return;
    }
    hmm_ends.clear();
    hmm_->Cut(std::span<const char32_t>(c.cp.data() + begin + b, e - b), &hmm_ends);
    size_t prev = b;
    for (uint32_t rel : hmm_ends) {
      if (b + rel - prev == 1) {
        emit_route(prev);
      } else {
        emit(prev, b + rel, Piece::kNotLookedUp);
      }
      prev = b + rel;
    }
  };
  size_t single_start = 0;
  for (size_t k = 0; k < n;) {
    size_t e = next[k];
    if (e - k > 1) {
      flush(single_start, k);
      emit_route(k);
      single_start = e;
    }
    k = e;
  }
  flush(single_start, n);
}

}  // namespace precis::text
