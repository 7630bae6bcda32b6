// Copyright 2026 The precis Authors.
//
// English tokens: UAX #29 word boundaries (ICU's iterator, or for ASCII
// text the same rules applied by AsciiBoundaries), possessives split off
// consistently ("Trump's" -> "Trump" + "'s", "workers'" -> "workers" + "'"),
// numbers kept with a trailing percent sign, punctuation lower-cased and
// width-folded; Stem() gives a word's analysis form (lower-cased, Snowball's
// English stemmer from libstemmer), which TextProcessor sets with the word's
// other facts.

#ifndef PRECIS_TEXT_EN_WORDS_H_
#define PRECIS_TEXT_EN_WORDS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/status.h"
#include "text/break_pool.h"

namespace precis::text {

class EnglishTokenizer {
 public:
  EnglishTokenizer();
  ~EnglishTokenizer();
  Status Init();

  // Appends the words, numbers and punctuation of `text` in order (white
  // space between them is no token), spans relative to `text` plus `base`;
  // norms are left to the caller (0; see Stem and Lower). Thread-safe.
  void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out) const;

  // Lower-cased, width-folded, Snowball-stemmed form of one word. Not
  // memoised: TextProcessor keeps what it needs of each word.
  static std::string Stem(std::string_view word);
  // Lower-cased and width-folded (’ as ').
  static std::string Lower(std::string_view word);

  // The word boundaries and ICU rule statuses of `text` as ICU's word break
  // iterator finds them, worked out without it when `text` is ASCII (false
  // if not: then ICU must be asked). Public for the test that holds the two
  // to the same answers.
  bool AsciiBoundaries(std::string_view text, std::vector<std::pair<uint32_t, int32_t>>* out) const;

  // The boundaries and statuses as ICU's iterator gives them.
  void IcuBoundaries(std::string_view text, std::vector<std::pair<uint32_t, int32_t>>* out) const;

 private:
  BreakIteratorPool words_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_EN_WORDS_H_
