// Copyright 2026 The precis Authors.
//
// Sentence boundaries for Chinese and English paragraphs.
//
// UAX #29's sentence rules are the base — applied by RuleBoundaries over
// ICU's character classes, or by ICU's iterator where the text holds what
// the rules see through — : they keep closing quotes and brackets with
// their sentence (“…。”) and do not split decimals.
// Two passes fix what it gets wrong for news:
//  - joins: after abbreviations and titles (Mr., Dr., Sen., Gov., Jan. 6,
//    U.S., U.K., J. K. Rowling), after an ASCII period followed directly
//    by a Chinese character (美国U.S.政府), and wherever the text goes on in
//    lower case (Joko! Jakamoko! Toto! won…, Christmas? has gone…);
//  - Chinese: splits after ； and …… where both sides are full clauses, and
//    before the points of an enumeration inside one sentence (…三个方面：
//    一是…；二是…), and keeps a short attribution after a closing quote
//    with its quote (“……。”他说。);
//  - English: splits before the points of an enumeration inside one
//    sentence (three reasons: first, …; second, …; and third, …).

#ifndef PRECIS_TEXT_SENTENCE_H_
#define PRECIS_TEXT_SENTENCE_H_

#include <memory>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/status.h"
#include "text/break_pool.h"

namespace precis::text {

class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  Status Init();

  // Spans covering `paragraph` exactly, in order, each with its trailing
  // white space. Thread-safe.
  std::vector<Span> Split(std::string_view paragraph, Language language) const;

  // ICU's sentence boundaries in `paragraph` (after its start, before its
  // end, in order), worked out from the rules and each character's class
  // without ICU's iterator: false for text it leaves to the iterator
  // (combining marks, format controls, bytes that are no UTF-8). Public for
  // the test that holds the two to the same answers.
  bool RuleBoundaries(std::string_view paragraph, std::vector<uint32_t>* out) const;
  // The same from ICU's iterator.
  void IcuBoundaries(std::string_view paragraph, Language language, std::vector<uint32_t>* out) const;

 private:
  BreakIteratorPool english_;
  BreakIteratorPool chinese_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_SENTENCE_H_
