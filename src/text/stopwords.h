// Copyright 2026 The precis Authors.
//
// Function words that carry no topic, for term weighting. The English list
// is precis' own (articles, pronouns, auxiliaries, prepositions,
// conjunctions, reporting verbs); Chinese function words are found mostly by
// the dictionary's part-of-speech tags, with a short list for frequent verbs
// and particles the tags leave as content words.

#ifndef PRECIS_TEXT_STOPWORDS_H_
#define PRECIS_TEXT_STOPWORDS_H_

#include <string_view>

namespace precis::text {

// `word` lower-cased.
bool IsEnglishStopword(std::string_view word);
// `word` in Simplified form; `tag` its jieba part-of-speech tag ("" if none).
bool IsChineseStopword(std::string_view word, std::string_view tag);

}  // namespace precis::text

#endif  // PRECIS_TEXT_STOPWORDS_H_
