// Copyright 2026 The precis Authors.
//
// ROUGE's tokens, and its arithmetic on pairs small enough to score by hand:
// precision and recall kept apart (unequal lengths), n-gram counts clipped,
// the LCS as a subsequence, empty and too-short inputs.

#include "eval/rouge.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>

namespace precis::eval {
namespace {

// Whitespace-separated tokens, so that the arithmetic rows do not depend on
// the tokenizer.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

void ExpectScore(const RougeScore& got, const RougeScore& want, const char* measure) {
  EXPECT_NEAR(got.precision, want.precision, 1e-12) << measure << " precision";
  EXPECT_NEAR(got.recall, want.recall, 1e-12) << measure << " recall";
  EXPECT_NEAR(got.f1, want.f1, 1e-12) << measure << " F1";
}

TEST(RougeTest, TokenizesByTheConventions) {
  EXPECT_EQ(RougeTokens("美联储，降息！FOMC", Language::kChinese),
            (std::vector<std::string>{"美", "联", "储", "降", "息", "f", "o", "m", "c"}));
  // Lower-cased, [a-z0-9]+, Porter-stemmed when longer than 3.
  EXPECT_EQ(RougeTokens("The Fed's rates were RISING.", Language::kEnglish),
            (std::vector<std::string>{"the", "fed", "s", "rate", "were", "rise"}));
}

TEST(RougeTest, ScoresKnownCases) {
  auto tok = [](const char* s) { return RougeTokens(s, Language::kEnglish); };
  RougeScores same = Rouge(tok("police killed the gunman"), tok("police killed the gunman"));
  ExpectScore(same.rouge1, {1, 1, 1}, "ROUGE-1");
  ExpectScore(same.rouge2, {1, 1, 1}, "ROUGE-2");
  ExpectScore(same.rougeL, {1, 1, 1}, "ROUGE-L");
  RougeScores none = Rouge(tok("alpha beta"), tok("gamma delta"));
  ExpectScore(none.rouge1, {0, 0, 0}, "ROUGE-1");
  ExpectScore(none.rougeL, {0, 0, 0}, "ROUGE-L");
  // The classic example: "police killed the gunman" vs "police shot the
  // gunman": 3 of 4 unigrams; bigrams 1 of 3 ("the gunman"); LCS 3.
  RougeScores s = Rouge(tok("police shot the gunman"), tok("police killed the gunman"));
  ExpectScore(s.rouge1, {0.75, 0.75, 0.75}, "ROUGE-1");
  ExpectScore(s.rouge2, {1.0 / 3, 1.0 / 3, 1.0 / 3}, "ROUGE-2");
  ExpectScore(s.rougeL, {0.75, 0.75, 0.75}, "ROUGE-L");
  // LCS is in order: a reversed sentence shares unigrams, not the sequence.
  RougeScores r = Rouge(tok("gunman the killed police"), tok("police killed the gunman"));
  ExpectScore(r.rouge1, {1, 1, 1}, "ROUGE-1");
  ExpectScore(r.rougeL, {0.25, 0.25, 0.25}, "ROUGE-L");
}

TEST(RougeTest, PrecisionRecallAndF1ByHand) {
  struct Row {
    const char* intent;
    std::vector<std::string> prediction, reference;
    RougeScore rouge1, rouge2, rougeL;  // {precision, recall, F1}
  };
  const Row rows[] = {
      // Unequal lengths keep precision and recall apart. Unigrams: the,
      // gunman, shot match (3 of 4, 3 of 7); bigrams: "the gunman" (1 of 3,
      // 1 of 6); LCS "the gunman" (2 of 4, 2 of 7), shorter than the
      // unigram overlap because "shot" comes before "the" in the reference.
      {"a short prediction of a longer reference",
       Words("the gunman was shot"),
       Words("police shot the gunman in the street"),
       {3.0 / 4, 3.0 / 7, 6.0 / 11},
       {1.0 / 3, 1.0 / 6, 2.0 / 9},
       {2.0 / 4, 2.0 / 7, 4.0 / 11}},
      // Clipping: "the" counts once, as often as the reference has it, not
      // four times (unclipped, recall would be 4/2). No bigram matches.
      {"a repeated word counts as often as the reference has it",
       Words("the the the the"),
       Words("the cat"),
       {1.0 / 4, 1.0 / 2, 1.0 / 3},
       {0, 0, 0},
       {1.0 / 4, 1.0 / 2, 1.0 / 3}},
      // ROUGE-2 clipping: "of the" is 3 of the prediction's 5 bigrams but
      // once in the reference, so 1 match (1 of 5, 1 of 2). Unigrams: "of"
      // and "the" once each (2 of 6, 2 of 3); LCS "of the".
      {"a repeated bigram counts as often as the reference has it",
       Words("of the of the of the"),
       Words("of the year"),
       {2.0 / 6, 2.0 / 3, 4.0 / 9},
       {1.0 / 5, 1.0 / 2, 2.0 / 7},
       {2.0 / 6, 2.0 / 3, 4.0 / 9}},
      // The LCS "the raised main rate" skips tokens on both sides ("new"
      // and "bank" in the prediction, "bank" and "its" in the reference),
      // and is 4 where the unigram overlap (adding "bank", out of order)
      // is 5. No bigram is shared.
      {"the LCS is a subsequence, not a run, and not the unigram overlap",
       Words("the new raised main bank rate today"),
       Words("the bank raised its main rate"),
       {5.0 / 7, 5.0 / 6, 10.0 / 13},
       {0, 0, 0},
       {4.0 / 7, 4.0 / 6, 8.0 / 13}},
      // Swapping the sides swaps precision and recall; F1 stays.
      {"prediction and reference swapped",
       Words("police shot the gunman in the street"),
       Words("the gunman was shot"),
       {3.0 / 7, 3.0 / 4, 6.0 / 11},
       {1.0 / 6, 1.0 / 3, 2.0 / 9},
       {2.0 / 7, 2.0 / 4, 4.0 / 11}},
      // An empty prediction scores 0 everywhere, and so does an empty
      // reference: no division by zero.
      {"empty prediction", {}, Words("the cat"), {0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
      {"empty reference", Words("the cat"), {}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
      {"both empty", {}, {}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
      // One token has no bigram: ROUGE-2 is 0 while ROUGE-1 and -L are not.
      {"a prediction shorter than a bigram",
       Words("cat"),
       Words("the cat"),
       {1, 1.0 / 2, 2.0 / 3},
       {0, 0, 0},
       {1, 1.0 / 2, 2.0 / 3}},
      {"a reference shorter than a bigram",
       Words("the cat"),
       Words("cat"),
       {1.0 / 2, 1, 2.0 / 3},
       {0, 0, 0},
       {1.0 / 2, 1, 2.0 / 3}},
      // Chinese is scored by character, punctuation dropped: 美联储降息 (5)
      // against 美联储宣布降息 (7). Every character matches (5 of 5, 5 of
      // 7), and in order (LCS 5); bigrams 美联 联储 降息 (3 of 4, 3 of 6).
      {"Chinese character tokens",
       RougeTokens("美联储降息", Language::kChinese),
       RougeTokens("美联储宣布降息。", Language::kChinese),
       {1, 5.0 / 7, 5.0 / 6},
       {3.0 / 4, 3.0 / 6, 3.0 / 5},
       {1, 5.0 / 7, 5.0 / 6}},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.intent);
    const RougeScores s = Rouge(row.prediction, row.reference);
    ExpectScore(s.rouge1, row.rouge1, "ROUGE-1");
    ExpectScore(s.rouge2, row.rouge2, "ROUGE-2");
    ExpectScore(s.rougeL, row.rougeL, "ROUGE-L");
  }
}

// The quadratic table ROUGE-L is defined by.
size_t LcsByTable(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<std::vector<size_t>> t(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t[a.size()][b.size()];
}

TEST(RougeTest, BitParallelSubsequenceMatchesTheTable) {
  // Lengths either side of the 64-token words, small and large alphabets
  // (many matches, few), and sequences that share nothing.
  std::mt19937 rng(7);
  for (size_t len_a : {1, 5, 63, 64, 65, 130, 300}) {
    for (size_t len_b : {1, 40, 64, 129, 250}) {
      for (uint32_t alphabet : {2u, 8u, 100u}) {
        std::uniform_int_distribution<uint32_t> symbol(0, alphabet - 1);
        std::vector<uint32_t> a(len_a), b(len_b);
        for (auto& s : a) s = symbol(rng);
        for (auto& s : b) s = symbol(rng);
        EXPECT_EQ(LongestCommonSubsequence(a, b), LcsByTable(a, b))
            << len_a << " x " << len_b << ", alphabet " << alphabet;
        for (auto& s : b) s += alphabet;  // disjoint
        EXPECT_EQ(LongestCommonSubsequence(a, b), 0u);
      }
    }
  }
  EXPECT_EQ(LongestCommonSubsequence({}, std::vector<uint32_t>{1, 2}), 0u);
}

// The vocabulary numbers RougeTokens' tokens: equal tokens get one number,
// and each article's numbers run from 0 in order of first sight, however
// many articles the vocabulary has seen (and after it forgets them).
TEST(RougeTest, VocabularyNumbersTokensPerArticle) {
  RougeVocabulary vocabulary;
  auto numbers_match_tokens = [&](const std::string& text, Language language) {
    const std::vector<uint32_t> got = vocabulary.Tokens(text, language);
    const std::vector<std::string> tokens = RougeTokens(text, language);
    ASSERT_EQ(got.size(), tokens.size()) << text;
    std::vector<std::string> seen;
    for (size_t i = 0; i < tokens.size(); ++i) {
      auto at = std::find(seen.begin(), seen.end(), tokens[i]);
      if (at == seen.end()) at = seen.insert(seen.end(), tokens[i]);
      EXPECT_EQ(got[i], static_cast<uint32_t>(at - seen.begin())) << text << ": " << tokens[i];
    }
  };
  vocabulary.NewArticle(100);
  numbers_match_tokens("Rates were rising; the RATE rose.", Language::kEnglish);
  vocabulary.NewArticle(100);
  numbers_match_tokens("the fed rises rates", Language::kEnglish);
  vocabulary.NewArticle(100);
  numbers_match_tokens("美联储降息，美元走弱", Language::kChinese);
  vocabulary.NewArticle(2);  // forgets what it held
  numbers_match_tokens("rising rates were the rate", Language::kEnglish);
  // Within an article a prediction shares the reference's numbers.
  vocabulary.NewArticle(100);
  const auto reference = vocabulary.Tokens("central banks raised rates", Language::kEnglish);
  const auto prediction = vocabulary.Tokens("rates raised by banks", Language::kEnglish);
  EXPECT_EQ(prediction, (std::vector<uint32_t>{3, 2, 4, 1}));
  EXPECT_EQ(reference, (std::vector<uint32_t>{0, 1, 2, 3}));
}

}  // namespace
}  // namespace precis::eval
