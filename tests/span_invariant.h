// Copyright 2026 The precis Authors.
//
// The invariant everything downstream of the text stage relies on: a
// paragraph's sentences join back to exactly the paragraph, and within a
// sentence its tokens (words, numbers, punctuation) are in order, never
// empty or overlapping, each with a norm, with nothing but white space
// between them. Shared by the coverage test and the reader fuzz target.

#ifndef PRECIS_TESTS_SPAN_INVARIANT_H_
#define PRECIS_TESTS_SPAN_INVARIANT_H_

#include <string>
#include <string_view>

#include "precis/article.h"
#include "util/utf8.h"

namespace precis::testing {

// "" if `doc` keeps the invariant, else what breaks it and where.
inline std::string SpanProblem(const Document& doc) {
  for (const Paragraph& p : doc.paragraphs) {
    const std::string where = " in paragraph " + std::to_string(p.number);
    auto blank = [&](uint32_t from, uint32_t to) {
      const std::string_view gap = std::string_view(p.text).substr(from, to - from);
      for (size_t i = 0; i < gap.size();) {
        if (!util::IsSpace(util::DecodeUtf8(gap, &i))) return false;
      }
      return true;
    };
    uint32_t at = 0;
    for (const Sentence& s : p.sentences) {
      if (s.span.begin != at || s.span.end <= s.span.begin) return "sentence span gap" + where;
      uint32_t tok = s.span.begin;
      for (const Token& t : s.tokens) {
        if (t.span.begin < tok || t.span.end <= t.span.begin || t.span.end > s.span.end ||
            !blank(tok, t.span.begin)) {
          return "text no token holds" + where + " at byte " + std::to_string(tok);
        }
        if (t.kind == TokenKind::kSpace) return "a white-space token" + where;
        if (t.norm >= doc.norms.size()) return "token norm out of the table" + where;
        if (doc.Norm(t).empty()) return "token without a norm" + where;
        tok = t.span.end;
      }
      if (!blank(tok, s.span.end)) return "tokens do not reach the sentence end" + where;
      at = s.span.end;
    }
    if (at != p.text.size()) return "sentences do not reach the paragraph end" + where;
  }
  return "";
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_SPAN_INVARIANT_H_
