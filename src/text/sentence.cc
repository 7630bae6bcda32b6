// Copyright 2026 The precis Authors.

#include "text/sentence.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <string>

#include "text/point_marker.h"
#include "util/utf8.h"

namespace precis::text {
namespace {

using util::DecodeUtf8;

// Abbreviations after which a period never ends a sentence when more text
// follows: titles before names.
constexpr std::array<std::string_view, 24> kTitles = {
    "mr",   "mrs", "ms",  "dr",  "prof", "sen", "rep", "gov",  "gen",  "col",  "lt",   "sgt",
    "capt", "adm", "rev", "hon", "st",   "mt",  "ft",  "pres", "supt", "cmdr", "gens", "messrs"};

// Abbreviations that end a sentence only before a number: "Jan. 6", "No. 5".
constexpr std::array<std::string_view, 16> kBeforeNumber = {"jan", "feb", "mar",  "apr", "jun", "jul",
                                                            "aug", "sep", "sept", "oct", "nov", "dec",
                                                            "no",  "fig", "vol",  "pp"};

// Abbreviations that may end a sentence: joined unless the next word clearly
// starts one.
constexpr std::array<std::string_view, 14> kMaybeFinal = {
    "inc", "co", "corp", "ltd", "jr", "sr", "etc", "vs", "approx", "dept", "est", "bros", "e.g", "i.e"};

constexpr std::array<std::string_view, 40> kSentenceStarters = {
    "The",    "A",       "An",        "He",    "She", "It",   "They", "We",    "I",     "You",
    "But",    "And",     "In",        "On",    "At",  "This", "That", "These", "Those", "There",
    "His",    "Her",     "Its",       "Their", "Our", "As",   "If",   "When",  "While", "After",
    "Before", "However", "Meanwhile", "So",    "Yet", "For",  "With", "Some",  "Many",  "Most"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The first word after `pos` (skipping spaces and opening quotes).
std::string_view NextWord(std::string_view s, size_t pos) {
  while (pos < s.size() && (IsAsciiSpace(s[pos]) || s[pos] == '"' || s[pos] == '(')) ++pos;
  size_t end = pos;
  while (end < s.size() && std::isalnum(static_cast<unsigned char>(s[end]))) ++end;
  return s.substr(pos, end - pos);
}

// Does `s` (the text after a boundary) go on in lower case — a sentence
// never starts so: "Joko! Jakamoko! Toto! won…", "Christmas? has gone…",
// "OutRage!'s Mr Lock…" (but "iPhone" starts one).
bool GoesOnInLowerCase(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsAsciiSpace(s[i])) ++i;
  if (i < s.size() && s[i] == ',') return true;
  if (i + 1 < s.size() && s[i] == '\'' && std::islower(static_cast<unsigned char>(s[i + 1]))) return true;
  return util::StartsWithLowerCaseWord(s.substr(i));
}

// True if the ICU boundary at `b` should be removed.
bool ShouldJoin(std::string_view s, size_t b) {
  if (GoesOnInLowerCase(s.substr(b))) return true;
  size_t e = b;
  while (e > 0 && IsAsciiSpace(s[e - 1])) --e;
  if (e == 0 || s[e - 1] != '.') return false;
  const bool spaced = e < b;
  // An ASCII period directly followed by a Chinese character is not a
  // sentence end (美国U.S.政府, 3.5倍 is never split anyway).
  if (!spaced && b < s.size()) {
    size_t p = b;
    if (util::IsHan(DecodeUtf8(s, &p))) return true;
  }
  // The word before the period: letters and inner periods.
  size_t w = e - 1;
  while (w > 0 && (std::isalpha(static_cast<unsigned char>(s[w - 1])) || s[w - 1] == '.')) --w;
  std::string word(s.substr(w, e - 1 - w));
  if (word.empty()) return false;
  const bool capitalised = std::isupper(static_cast<unsigned char>(word[0])) != 0;
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string_view next = NextWord(s, b);
  if (next.empty()) return false;
  const bool next_is_number = std::isdigit(static_cast<unsigned char>(next[0])) != 0;
  const bool next_starts_sentence = Contains(kSentenceStarters, next);
  if (Contains(kTitles, word) && capitalised) return true;
  if (Contains(kBeforeNumber, word) && capitalised) return next_is_number;
  if (Contains(kMaybeFinal, word)) return !next_starts_sentence;
  // A single capital initial: "J. K. Rowling", "George W. Bush".
  if (word.size() == 1 && capitalised) return !next_starts_sentence;
  // Dotted initials: U.S., U.K., U.N., a.m., p.m.
  bool dotted = word.size() >= 3;
  for (size_t i = 0; i < word.size() && dotted; ++i) {
    dotted = (i % 2 == 0) ? std::isalpha(static_cast<unsigned char>(word[i])) != 0 : word[i] == '.';
  }
  if (dotted) return !next_starts_sentence;
  return false;
}

// Does `s` open with the marker of a point that may stand inside a
// sentence after ：or ；: 一是 二是, 第一，第二、, 首先 其次 最后, 一方面
// 另一方面, （一）, 1、 2、?
// (Not 一、 or 1., which open points set as paragraphs.)
bool OpensWithPointMarker(std::string_view s) {
  const PointMarker m = DetectPointMarker(s);
  switch (m.family) {
    case PointFamily::kShi:
    case PointFamily::kDi:
    case PointFamily::kShouxian:
    case PointFamily::kFangmian:
      return true;
    case PointFamily::kHanList:
      return s.substr(m.begin).starts_with("（");
    case PointFamily::kArabic:
      return s.substr(m.begin).find("、") == 1;
    default:
      return false;
  }
}

// Extra Chinese boundaries after ； and …… between full clauses, and before
// the points of an enumeration inside one sentence (…三个方面：一是…；二是…；
// 三是…。), however short the points.
void AddChineseClauseBreaks(std::string_view s, std::vector<uint32_t>* breaks) {
  constexpr size_t kMinClauseHan = 8;
  std::vector<uint32_t> extra;
  std::vector<uint32_t> points;  // extra breaks before a point marker
  // The marks found by their UTF-8 bytes (； EF BC 9B, ： EF BC 9A, … E2 80
  // A6), which no other character's bytes hold: a paragraph is scanned
  // without decoding it.
  auto mark_at = [&](size_t at) -> char32_t {
    if (at + 3 > s.size()) return 0;
    const auto b0 = static_cast<unsigned char>(s[at]), b1 = static_cast<unsigned char>(s[at + 1]),
               b2 = static_cast<unsigned char>(s[at + 2]);
    if (b0 == 0xEF && b1 == 0xBC && (b2 == 0x9A || b2 == 0x9B)) return b2 == 0x9A ? U'：' : U'；';
    if (b0 == 0xE2 && b1 == 0x80 && b2 == 0xA6) return U'…';
    return 0;
  };
  size_t i = 0;
  while (i < s.size()) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte != 0xEF && byte != 0xE2) {
      ++i;
      continue;
    }
    const char32_t cp = mark_at(i);
    if (cp == 0) {
      ++i;
      continue;
    }
    i += 3;
    bool candidate = cp == U'；' || cp == U'：';
    if (cp == U'…' && i < s.size() && mark_at(i) == U'…') {
      candidate = true;
      i += 3;
    }
    if (!candidate) continue;
    size_t end = i;  // keep closing quotes and spaces with this clause
    for (;;) {
      size_t j = end;
      if (j >= s.size()) break;
      char32_t c = DecodeUtf8(s, &j);
      if (!util::IsClosingMark(c) && !util::IsSpace(c)) break;
      end = j;
    }
    if (end >= s.size()) continue;
    size_t p = end;
    char32_t following = DecodeUtf8(s, &p);
    if (following == U'，' || following == U'。' || following == U'”') continue;
    const bool point = OpensWithPointMarker(s.substr(end));
    if (cp == U'：' && !point) continue;  // a colon breaks only before a point
    extra.push_back(static_cast<uint32_t>(end));
    if (point) points.push_back(static_cast<uint32_t>(end));
  }
  if (extra.empty()) return;
  std::vector<uint32_t> merged(*breaks);
  merged.insert(merged.end(), extra.begin(), extra.end());
  std::sort(merged.begin(), merged.end());
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  // Keep an extra break only where both neighbouring pieces are full clauses.
  std::vector<uint32_t> out;
  uint32_t prev = 0;
  for (size_t k = 0; k < merged.size(); ++k) {
    uint32_t b = merged[k];
    bool is_extra = std::find(extra.begin(), extra.end(), b) != extra.end() &&
                    std::find(breaks->begin(), breaks->end(), b) == breaks->end();
    const bool before_point = std::find(points.begin(), points.end(), b) != points.end();
    if (is_extra && !before_point) {
      uint32_t next = k + 1 < merged.size() ? merged[k + 1] : static_cast<uint32_t>(s.size());
      if (util::CountHan(s.substr(prev, b - prev)) < kMinClauseHan ||
          util::CountHan(s.substr(b, next - b)) < kMinClauseHan) {
        continue;
      }
    }
    out.push_back(b);
    prev = b;
  }
  *breaks = std::move(out);
}

// English points inside one sentence: "three reasons: first, …; second,
// …; and third, …." breaks before each point marked in words after a colon
// or a semicolon, when there are at least two of them.
void AddEnglishPointBreaks(std::string_view s, std::vector<uint32_t>* breaks) {
  std::vector<uint32_t> points;
  // Each mark looked for on its own (memchr): their order does not matter,
  // as the breaks are sorted.
  for (const char mark : {';', ':'}) {
    for (size_t i = s.find(mark); i != std::string_view::npos; i = s.find(mark, i + 1)) {
      size_t start = i + 1;
      if (start >= s.size() || !IsAsciiSpace(s[start])) continue;
      while (start < s.size() && IsAsciiSpace(s[start])) ++start;
      if (DetectPointMarker(s.substr(start)).family == PointFamily::kEnglish) {
        points.push_back(static_cast<uint32_t>(start));
      }
    }
  }
  if (points.size() < 2) return;
  breaks->insert(breaks->end(), points.begin(), points.end());
  std::sort(breaks->begin(), breaks->end());
  breaks->erase(std::unique(breaks->begin(), breaks->end()), breaks->end());
}

// “……。”他说。 : a short attribution after a closing quote stays with it.
void JoinShortAttributions(std::string_view s, std::vector<uint32_t>* breaks) {
  // Filtered in place: the next break is read ahead of the one written.
  size_t kept = 0;
  for (size_t k = 0; k < breaks->size(); ++k) {
    uint32_t b = (*breaks)[k];
    uint32_t next = k + 1 < breaks->size() ? (*breaks)[k + 1] : static_cast<uint32_t>(s.size());
    size_t e = b;
    while (e > 0 && IsAsciiSpace(s[e - 1])) --e;
    bool after_quote = false;
    if (e >= 3) {
      size_t p = e - 3;
      char32_t last = DecodeUtf8(s, &p);
      after_quote = p == e && (last == U'”' || last == U'」');
    }
    if (after_quote) {
      const std::string_view tail = s.substr(b, next - b);
      const size_t tail_han = util::CountHan(tail);
      if (tail_han > 0 && tail_han <= 5 && util::CountCodePoints(tail) <= 8) continue;
    }
    (*breaks)[kept++] = b;
  }
  breaks->resize(kept);
}

}  // namespace

SentenceSplitter::SentenceSplitter() = default;
SentenceSplitter::~SentenceSplitter() = default;

Status SentenceSplitter::Init() {
  UErrorCode status = U_ZERO_ERROR;
  english_.Reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  chinese_.Reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status) || english_.empty() || chinese_.empty()) {
    return FailedPreconditionError(std::string("ICU sentence break data unavailable: ") +
                                   u_errorName(status));
  }
  return Status::Ok();
}

namespace {

// The sentence-break classes of Unicode's UAX #29.
enum class Sb : uint8_t {
  kOther,
  kCr,
  kLf,
  kSep,
  kSp,
  kLower,
  kUpper,
  kOLetter,
  kNumeric,
  kATerm,
  kSTerm,
  kClose,
  kSContinue,
  kIgnored,  // Extend and Format, which the rules see through
};

Sb SentenceClass(char32_t cp) {
  switch (u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK)) {
    case U_SB_CR:
      return Sb::kCr;
    case U_SB_LF:
      return Sb::kLf;
    case U_SB_SEP:
      return Sb::kSep;
    case U_SB_SP:
      return Sb::kSp;
    case U_SB_LOWER:
      return Sb::kLower;
    case U_SB_UPPER:
      return Sb::kUpper;
    case U_SB_OLETTER:
      return Sb::kOLetter;
    case U_SB_NUMERIC:
      return Sb::kNumeric;
    case U_SB_ATERM:
      return Sb::kATerm;
    case U_SB_STERM:
      return Sb::kSTerm;
    case U_SB_CLOSE:
      return Sb::kClose;
    case U_SB_SCONTINUE:
      return Sb::kSContinue;
    case U_SB_EXTEND:
    case U_SB_FORMAT:
      return Sb::kIgnored;
    default:
      return Sb::kOther;
  }
}

// SentenceClass of the Basic Multilingual Plane, filled in as characters
// are met (0: not yet; else the class + 1): ICU's property trie is asked
// once per character and process.
std::array<std::atomic<uint8_t>, 0x10000> bmp_classes;

Sb CachedSentenceClass(char32_t cp) {
  // The CJK Unified Ideographs, most of a Chinese text, are all OLetter
  // (ideographs are alphabetic; sentence_test holds ICU to it).
  if (cp >= 0x4E00 && cp <= 0x9FFF) return Sb::kOLetter;
  if (cp >= 0x10000) return SentenceClass(cp);
  std::atomic<uint8_t>& slot = bmp_classes[cp];
  uint8_t known = slot.load(std::memory_order_relaxed);
  if (known == 0) {
    known = static_cast<uint8_t>(static_cast<uint8_t>(SentenceClass(cp)) + 1);
    slot.store(known, std::memory_order_relaxed);
  }
  return static_cast<Sb>(known - 1);
}

}  // namespace

bool SentenceSplitter::RuleBoundaries(std::string_view text, std::vector<uint32_t>* out) const {
  // UAX #29's sentence rules (SB3..SB11), which ICU implements, over each
  // character's class from ICU's property data. Text holding characters the
  // rules see through (SB5: combining marks, format controls) or bytes that
  // are no UTF-8 is left to ICU's iterator (false; `out` is then partial).
  // Positions are byte offsets; characters are classed where the rules look
  // at them, and the ASCII bytes no rule starts at (all but terminators and
  // separators) are passed over a byte at a time without being classed.
  static const std::array<Sb, 128> kAscii = [] {  // asked of ICU once per process
    std::array<Sb, 128> t{};
    for (char32_t c = 0; c < 128; ++c) t[c] = SentenceClass(c);
    return t;
  }();
  auto para_sep = [](Sb s) { return s == Sb::kCr || s == Sb::kLf || s == Sb::kSep; };
  auto term = [](Sb s) { return s == Sb::kATerm || s == Sb::kSTerm; };
  auto letter = [](Sb s) { return s == Sb::kLower || s == Sb::kUpper; };
  // The bytes a character the rules act on may start with: ASCII
  // terminators and separators (and any class the rules see through), and
  // every lead byte past ASCII.
  static const std::array<bool, 256> kStarts = [&] {
    std::array<bool, 256> t{};
    for (size_t b = 0; b < 256; ++b) {
      t[b] = b >= 0x80 || term(kAscii[b]) || para_sep(kAscii[b]) || kAscii[b] == Sb::kIgnored;
    }
    return t;
  }();
  const size_t n = text.size();
  bool bad = false;  // a character the rules cannot class
  // The class of the character at byte `i` (kOther at the end) and where
  // the next one starts.
  auto at = [&](size_t i, size_t* next) {
    if (i >= n) {
      *next = n;
      return Sb::kOther;
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    Sb s;
    if (byte < 0x80) {
      *next = i + 1;
      s = kAscii[byte];
    } else {
      *next = i;
      const char32_t cp = util::DecodeUtf8(text, next);
      s = cp == util::kReplacementChar ? Sb::kIgnored : CachedSentenceClass(cp);
    }
    bad |= s == Sb::kIgnored;
    return s;
  };
  auto emit = [&](size_t k) {
    if (k > 0 && k < n) out->push_back(static_cast<uint32_t>(k));
  };
  // U+4000..U+9FFF (lead byte E4..E9), nearly all of a Chinese text, hold
  // no terminator, separator or character the rules see through either.
  auto han = [&](size_t i) { return util::IsCjkBlockAt(text, i); };
#if defined(__SSE2__)
  // The ASCII bytes a rule starts at, as ICU's data has them today: line
  // feed, carriage return, ! . ? -- passed to sixteen bytes at a time, with
  // every byte past ASCII. (Other data: the byte loop alone.)
  static const bool kFiveStarts = [&] {
    for (size_t b = 0; b < 128; ++b) {
      const bool listed = b == '\n' || b == '\r' || b == '!' || b == '.' || b == '?';
      if (kStarts[b] != listed) return false;
    }
    return true;
  }();
  // The first byte from `i` on that may start a character the rules act
  // on, or the start of the last block of fewer than sixteen bytes.
  auto skip = [&](size_t i) {
    if (!kFiveStarts) return i;
    for (; i + 16 <= n; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      const __m128i marks = _mm_or_si128(
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))),
          _mm_or_si128(
              _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
              _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
      // A byte past ASCII has its top bit set, as a mark's compare does.
      if (const int hit = _mm_movemask_epi8(_mm_or_si128(v, marks)); hit != 0) {
        return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(hit)));
      }
    }
    return i;
  };
#else
  auto skip = [](size_t i) { return i; };
#endif
  size_t i = 0;
  while (i < n) {
    i = skip(i);
    while (i < n) {
      if (!kStarts[static_cast<unsigned char>(text[i])]) {
        ++i;
      } else if (han(i)) {
        i += 3;
      } else {
        break;
      }
    }
    if (i >= n) break;
    size_t e;
    const Sb s = at(i, &e);
    if (bad) return false;
    if (para_sep(s)) {
      // SB3, SB4: a break after a paragraph separator (CR LF as one).
      size_t after;
      if (s == Sb::kCr && at(e, &after) == Sb::kLf) e = after;
      emit(e);
      i = e;
      continue;
    }
    if (!term(s)) {
      i = e;
      continue;
    }
    // Runs of terminators hold together (SB8a, a terminator after one).
    size_t last = i, after;
    Sb last_sb = s, next = at(e, &after);
    while (term(next)) {
      last = e;
      last_sb = next;
      e = after;
      next = at(e, &after);
    }
    if (bad) return false;
    // The last one: SB6 and SB7 look at what touches it.
    const bool aterm = last_sb == Sb::kATerm;
    if (aterm && next == Sb::kNumeric) {  // SB6: 3.5
      i = e;
      continue;
    }
    if (aterm && last > 0 && next == Sb::kUpper) {  // SB7: U.S
      size_t before = last, ignored;
      util::DecodeUtf8Before(text, &before);
      if (letter(at(before, &ignored))) {
        i = e;
        continue;
      }
    }
    // SATerm Close* Sp*: then SB8, SB8a decide whether the sentence goes on.
    while (next == Sb::kClose) {
      e = after;
      next = at(e, &after);
    }
    while (next == Sb::kSp) {
      e = after;
      next = at(e, &after);
    }
    if (bad) return false;
    if (next == Sb::kSContinue || term(next)) {  // SB8a
      i = e;
      continue;
    }
    if (aterm) {
      // SB8: ATerm Close* Sp* (anything but a letter, a separator or a
      // terminator)* Lower.
      size_t k = e, k_next = after;
      Sb c = next;
      while (k < n && !letter(c) && c != Sb::kOLetter && !para_sep(c) && !term(c)) {
        k = k_next;
        c = at(k, &k_next);
      }
      if (bad) return false;
      if (k < n && c == Sb::kLower) {
        i = k;
        continue;
      }
    }
    // SB9..SB11: the break comes after the spaces and one separator.
    if (para_sep(next)) {
      e = after;
      if (next == Sb::kCr && at(e, &after) == Sb::kLf) e = after;
    }
    emit(e);
    i = e;
  }
  return !bad;
}

void SentenceSplitter::IcuBoundaries(std::string_view paragraph, Language language,
                                     std::vector<uint32_t>* out) const {
  const auto size = static_cast<uint32_t>(paragraph.size());
  (language == Language::kEnglish ? english_ : chinese_).ForEachBoundary(paragraph, [&](int32_t b, int32_t) {
    if (b > 0 && static_cast<uint32_t>(b) < size) out->push_back(static_cast<uint32_t>(b));
  });
}

std::vector<Span> SentenceSplitter::Split(std::string_view paragraph, Language language) const {
  std::vector<Span> spans;
  if (paragraph.empty()) return spans;
  const auto size = static_cast<uint32_t>(paragraph.size());
  // Reused from paragraph to paragraph (per thread).
  thread_local std::vector<uint32_t> breaks, kept;
  breaks.clear();
  kept.clear();
  if (!RuleBoundaries(paragraph, &breaks)) {
    breaks.clear();
    IcuBoundaries(paragraph, language, &breaks);
  }
  for (uint32_t b : breaks) {
    if (!ShouldJoin(paragraph, b)) kept.push_back(b);
  }
  if (language != Language::kEnglish) {
    AddChineseClauseBreaks(paragraph, &kept);
    JoinShortAttributions(paragraph, &kept);
  } else {
    AddEnglishPointBreaks(paragraph, &kept);
  }
  spans.reserve(kept.size() + 1);
  uint32_t prev = 0;
  for (uint32_t b : kept) {
    if (b <= prev) continue;
    spans.push_back(Span{prev, b});
    prev = b;
  }
  spans.push_back(Span{prev, size});
  return spans;
}

}  // namespace precis::text
