// Copyright 2026 The precis Authors.

#include "text/en_words.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>

#include "util/memo.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace precis::text {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

}  // namespace

std::string EnglishTokenizer::Lower(std::string_view word) {
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
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
  thread_local util::StringMemo<std::string> stems(1 << 16);
  return stems.Get(word, [](std::string_view w) {
    std::string lower = Lower(w);
    if (!stemmer) return lower;
    const sb_symbol* s = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(lower.data()),
                                         static_cast<int>(lower.size()));
    if (s == nullptr) return lower;
    return std::string(reinterpret_cast<const char*>(s),
                       static_cast<size_t>(sb_stemmer_length(stemmer.get())));
  });
}

void EnglishTokenizer::Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out) const {
  if (text.empty()) return;
  std::vector<std::pair<uint32_t, int32_t>> bounds;  // (end, rule status)
  words_.ForEachBoundary(
      text, [&bounds](int32_t b, int32_t rule) { bounds.emplace_back(static_cast<uint32_t>(b), rule); });
  if (bounds.empty() || bounds.back().first != text.size()) {
    bounds.emplace_back(static_cast<uint32_t>(text.size()), UBRK_WORD_NONE);
  }
  auto push = [&](uint32_t b, uint32_t e, TokenKind kind) {
    Token t;
    t.span = Span{base + b, base + e};
    t.kind = kind;
    std::string_view piece = text.substr(b, e - b);
    if (kind == TokenKind::kWord) {
      t.norm = Stem(piece);
    } else if (kind != TokenKind::kSpace) {
      t.norm = Lower(piece);
    }
    out->push_back(std::move(t));
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
      // Spaces and punctuation: white space runs stay one token, other
      // characters one token each.
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
          i = j;
          push(prev + static_cast<uint32_t>(start), prev + static_cast<uint32_t>(i), TokenKind::kSpace);
        } else {
          push(prev + static_cast<uint32_t>(start), prev + static_cast<uint32_t>(i), TokenKind::kPunct);
        }
      }
    }
    prev = end;
  }
}

}  // namespace precis::text
