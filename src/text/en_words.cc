// Copyright 2026 The precis Authors.

#include "text/en_words.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>

#include "util/strings.h"
#include "util/utf8.h"

namespace precis::text {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

}  // namespace

std::string EnglishTokenizer::Lower(std::string_view word) {
  if (util::AsciiRunEnd(word) == word.size()) {
    return util::AsciiLower(word);
  }
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size();) {
    char32_t cp = util::FoldWidth(util::DecodeUtf8(word, &i));
    if (cp == U'’') cp = '\'';
    util::AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), &out);
  }
  return out;
}

namespace {

// Length of a possessive suffix ('s or ’s) at the end of `word`, or 0.
size_t PossessiveSuffix(std::string_view word) {
  auto ends_with = [&](std::string_view suffix) {
    return word.size() > suffix.size() + 1 && word.substr(word.size() - suffix.size()) == suffix;
  };
  if (ends_with("'s") || ends_with("'S")) return 2;
  if (ends_with("\xE2\x80\x99s") || ends_with("\xE2\x80\x99S")) return 4;  // ’s
  return 0;
}

}  // namespace

EnglishTokenizer::EnglishTokenizer() = default;
EnglishTokenizer::~EnglishTokenizer() = default;

Status EnglishTokenizer::Init() {
  UErrorCode status = U_ZERO_ERROR;
  words_.Reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status) || words_.empty()) {
    return FailedPreconditionError(std::string("ICU word break data unavailable: ") + u_errorName(status));
  }
  return Status::Ok();
}

std::string EnglishTokenizer::Stem(std::string_view word) {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
  std::string lower = Lower(word);
  if (!stemmer) return lower;
  const sb_symbol* s = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(lower.data()),
                                       static_cast<int>(lower.size()));
  if (s == nullptr) return lower;
  return std::string(reinterpret_cast<const char*>(s), static_cast<size_t>(sb_stemmer_length(stemmer.get())));
}

namespace {

// The word-break classes of Unicode's UAX #29 that ASCII holds.
enum class Wb : uint8_t {
  kOther,
  kCr,
  kLf,
  kNewline,
  kSpace,
  kLetter,
  kNumeric,
  kMidLetter,
  kMidNum,
  kMidNumLet,
  kQuote,
  kExtendNumLet
};

constexpr std::array<Wb, 128> kAsciiWb = [] {
  std::array<Wb, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = Wb::kLetter;
  t['@'] = Wb::kLetter;  // ICU's addition to the Unicode class
  for (int c = '0'; c <= '9'; ++c) t[c] = Wb::kNumeric;
  t['\r'] = Wb::kCr;
  t['\n'] = Wb::kLf;
  t[0x0B] = t[0x0C] = Wb::kNewline;
  t[' '] = Wb::kSpace;
  t['.'] = Wb::kMidNumLet;
  t['\''] = Wb::kQuote;
  t[','] = t[';'] = Wb::kMidNum;
  t['_'] = Wb::kExtendNumLet;
  return t;
}();

}  // namespace

bool EnglishTokenizer::AsciiBoundaries(std::string_view text,
                                       std::vector<std::pair<uint32_t, int32_t>>* out) const {
  // UAX #29's word boundary rules (WB3..WB13b), which ICU implements, on
  // ASCII: a word runs on through letters and digits, through ' and . between
  // letters, and through , ; ' . between digits; "_" joins what it touches.
  const size_t n = text.size();
  if (util::AsciiRunEnd(text) != n) return false;
  auto wb = [&](size_t i) { return i < n ? kAsciiWb[static_cast<unsigned char>(text[i])] : Wb::kOther; };
  auto bit = [](Wb w) { return 1u << static_cast<unsigned>(w); };
  constexpr unsigned kWordPart = (1u << static_cast<unsigned>(Wb::kLetter)) |
                                 (1u << static_cast<unsigned>(Wb::kNumeric)) |
                                 (1u << static_cast<unsigned>(Wb::kExtendNumLet));
  size_t i = 0;
  while (i < n) {
    const Wb first = wb(i);
    size_t e = i + 1;
    int32_t status = UBRK_WORD_NONE;
    if (first == Wb::kCr) {
      if (wb(e) == Wb::kLf) ++e;
    } else if (first == Wb::kSpace) {
      while (wb(e) == Wb::kSpace) ++e;
    } else if (bit(first) & kWordPart) {
      unsigned seen = bit(first);  // the classes the word holds
      while (e < n) {
        // Letters and digits run on.
        while (e < n && (bit(wb(e)) & kWordPart)) seen |= bit(wb(e++));
        if (e >= n) break;
        const Wb prev = wb(e - 1), w = wb(e), next = wb(e + 1);
        const bool mid_letter = w == Wb::kMidLetter || w == Wb::kMidNumLet || w == Wb::kQuote;
        const bool mid_num = w == Wb::kMidNum || w == Wb::kMidNumLet || w == Wb::kQuote;
        if ((prev == Wb::kLetter && mid_letter && next == Wb::kLetter) ||
            (prev == Wb::kNumeric && mid_num && next == Wb::kNumeric)) {
          e += 2;
          seen |= bit(next);
          continue;
        }
        break;
      }
      const bool letters = seen & bit(Wb::kLetter), digits = seen & bit(Wb::kNumeric),
                 joiner = seen & bit(Wb::kExtendNumLet);
      if (letters && !digits && !joiner) {
        status = UBRK_WORD_LETTER;
      } else if (digits && !letters && !joiner) {
        status = UBRK_WORD_NUMBER;
      } else {
        // Letters and digits together (G7, 1980s) or "_": ICU's rules
        // decide the kind; it is asked of the word alone, and the whole
        // text goes to ICU if it would have cut the word elsewhere.
        bool agreed = false;
        words_.ForEachBoundary(text.substr(i, e - i), [&](int32_t b, int32_t rule) {
          agreed = !agreed && static_cast<size_t>(b) == e - i;
          status = rule;
        });
        if (!agreed) return false;
      }
    }
    out->emplace_back(static_cast<uint32_t>(e), status);
    i = e;
  }
  return true;
}

void EnglishTokenizer::IcuBoundaries(std::string_view text,
                                     std::vector<std::pair<uint32_t, int32_t>>* out) const {
  words_.ForEachBoundary(
      text, [out](int32_t b, int32_t rule) { out->emplace_back(static_cast<uint32_t>(b), rule); });
}

void EnglishTokenizer::Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out) const {
  if (text.empty()) return;
  thread_local std::vector<std::pair<uint32_t, int32_t>> bounds;  // (end, rule status), reused
  bounds.clear();
  if (!AsciiBoundaries(text, &bounds)) {
    bounds.clear();
    IcuBoundaries(text, &bounds);
  }
  if (bounds.empty() || bounds.back().first != text.size()) {
    bounds.emplace_back(static_cast<uint32_t>(text.size()), UBRK_WORD_NONE);
  }
  // A token a piece, a few more where possessives split.
  out->reserve(out->size() + bounds.size() + bounds.size() / 8 + 1);
  auto push = [&](uint32_t b, uint32_t e, TokenKind kind) {
    Token t;
    t.span = Span{base + b, base + e};
    t.kind = kind;
    out->push_back(t);
  };
  uint32_t prev = 0;
  for (auto [end, rule] : bounds) {
    if (end <= prev) continue;
    std::string_view piece = text.substr(prev, end - prev);
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
      // Keep 5.2% whole.
      uint32_t e = end;
      if (e < text.size() && text[e] == '%') {
        ++e;
        end = e;
      }
      push(prev, e, TokenKind::kNumber);
    } else if (rule >= UBRK_WORD_LETTER) {
      size_t suffix = PossessiveSuffix(piece);
      if (suffix > 0) {
        push(prev, end - static_cast<uint32_t>(suffix), TokenKind::kWord);
        push(end - static_cast<uint32_t>(suffix), end, TokenKind::kPunct);
      } else {
        push(prev, end, TokenKind::kWord);
      }
    } else {
      // Spaces and punctuation: white space is skipped, other characters
      // are one token each.
      size_t i = 0;
      while (i < piece.size()) {
        size_t start = i;
        char32_t cp = util::DecodeUtf8(piece, &i);
        if (util::IsSpace(cp)) {
          size_t j = i;
          while (j < piece.size()) {
            size_t k = j;
            if (!util::IsSpace(util::DecodeUtf8(piece, &k))) break;
            j = k;
          }
          i = j;  // white space is no token
        } else {
          push(prev + static_cast<uint32_t>(start), prev + static_cast<uint32_t>(i), TokenKind::kPunct);
        }
      }
    }
    prev = end;
  }
}

}  // namespace precis::text
