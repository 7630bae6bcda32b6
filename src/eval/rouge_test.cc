// Copyright 2026 The precis Authors.

#include "eval/rouge.h"

#include <gtest/gtest.h>

namespace precis::eval {
namespace {

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
  EXPECT_DOUBLE_EQ(same.rouge1, 1.0);
  EXPECT_DOUBLE_EQ(same.rouge2, 1.0);
  EXPECT_DOUBLE_EQ(same.rougeL, 1.0);
  RougeScores none = Rouge(tok("alpha beta"), tok("gamma delta"));
  EXPECT_DOUBLE_EQ(none.rouge1, 0.0);
  EXPECT_DOUBLE_EQ(none.rougeL, 0.0);
  // The classic example: "police killed the gunman" vs "police shot the
  // gunman": 3 of 4 unigrams; bigrams 1 of 3 ("the gunman"); LCS 3.
  RougeScores s = Rouge(tok("police shot the gunman"), tok("police killed the gunman"));
  EXPECT_NEAR(s.rouge1, 0.75, 1e-9);
  EXPECT_NEAR(s.rouge2, 1.0 / 3.0, 1e-9);
  EXPECT_NEAR(s.rougeL, 0.75, 1e-9);
  // LCS is in order: a reversed sentence shares unigrams, not the sequence.
  RougeScores r = Rouge(tok("gunman the killed police"), tok("police killed the gunman"));
  EXPECT_NEAR(r.rouge1, 1.0, 1e-9);
  EXPECT_NEAR(r.rougeL, 0.25, 1e-9);
}

}  // namespace
}  // namespace precis::eval
