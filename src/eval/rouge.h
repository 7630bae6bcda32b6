// Copyright 2026 The precis Authors.
//
// ROUGE (Lin, "ROUGE: A Package for Automatic Evaluation of Summaries", 2004)
// with the conventions of ../shared/data/README.md: precision, recall and F1
// per measure (the README's tables quote F1); Chinese at
// character level with punctuation and spaces dropped; English as Google's
// rouge-score with use_stemmer (lower-cased [a-z0-9]+ tokens, Porter stemmer
// on tokens longer than 3); ROUGE-L as the LCS over the whole token sequence.

#ifndef PRECIS_EVAL_ROUGE_H_
#define PRECIS_EVAL_ROUGE_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "precis/article.h"
#include "util/strings.h"

namespace precis::eval {

// One measure, each in [0, 1]. Precision is the matched share of the
// prediction's n-grams (or its tokens, for the LCS), recall the matched share
// of the reference's; an n-gram counts at most as often as the other side
// has it (clipping). All three are 0 when either side has no n-gram.
struct RougeScore {
  double precision = 0;
  double recall = 0;
  double f1 = 0;  // harmonic mean of precision and recall
};

struct RougeScores {
  RougeScore rouge1;  // unigrams
  RougeScore rouge2;  // bigrams
  RougeScore rougeL;  // longest common subsequence
};

// The tokens ROUGE compares: for English lower-cased [a-z0-9]+ words,
// Porter-stemmed when longer than 3 characters; otherwise each character
// (full-width forms folded, A-Z lower-cased), spaces and punctuation dropped.
std::vector<std::string> RougeTokens(std::string_view text, Language language);

// The length of the longest common subsequence of two token sequences.
size_t LongestCommonSubsequence(std::span<const uint32_t> a, std::span<const uint32_t> b);

// Scores `prediction` against `reference` (tokens from RougeTokens, or any
// other). The LCS is bit-parallel: O(|prediction| * |reference| / 64).
RougeScores Rouge(const std::vector<std::string>& prediction, const std::vector<std::string>& reference);

// RougeTokens' tokens as numbers, the same number for the same token: what
// eval scores a brief and the LEAD baseline against one reference with,
// without a string per token. Numbers run from 0 in order of first sight,
// per article: NewArticle() starts again, and the words seen before stay
// known (a word costs one lookup, not a stemming).
class RougeVocabulary {
 public:
  std::vector<uint32_t> Tokens(std::string_view text, Language language);
  // Numbers the next tokens afresh; forgets the words seen if more than
  // `max_words` are held.
  void NewArticle(size_t max_words);

 private:
  uint32_t Local(uint32_t global);  // the article's number for a token

  // Every token seen, numbered once for all articles. English words and
  // stems are held in flat tables (no node per word): a word's number in
  // words_ leads to its stem's global number, word_global_[w].
  NormTable words_, stems_;
  std::vector<uint32_t> word_global_, stem_global_;
  std::unordered_map<char32_t, uint32_t> characters_;  // other languages
  uint32_t next_global_ = 0;
  // The article's numbers: local_[g] is token g's where stamp_[g] == epoch_.
  std::vector<uint32_t> stamp_, local_;
  uint32_t epoch_ = 1;
  uint32_t next_local_ = 0;
};

// A reference (tokens of one RougeVocabulary) scored against several
// predictions (a brief and the LEAD baseline): its n-grams counted once.
class RougeReference {
 public:
  explicit RougeReference(std::vector<uint32_t> tokens);
  // Rouge() of `prediction` against the reference.
  RougeScores Score(const std::vector<uint32_t>& prediction) const;

 private:
  static constexpr uint64_t kNoBigram = ~uint64_t{0};  // an empty slot
  std::vector<uint32_t> tokens_;
  std::vector<uint32_t> unigram_counts_;  // by token number
  // Open addressing, linear probing: each bigram of the reference (two
  // token numbers) and how often it occurs.
  std::vector<uint64_t> bigram_keys_;
  std::vector<uint32_t> bigram_counts_;
};

}  // namespace precis::eval

#endif  // PRECIS_EVAL_ROUGE_H_
