// Copyright 2026 The precis Authors.
//
// ROUGE (Lin, "ROUGE: A Package for Automatic Evaluation of Summaries", 2004)
// with the conventions of ../shared/data/README.md: F1; Chinese at
// character level with punctuation and spaces dropped; English as Google's
// rouge-score with use_stemmer (lower-cased [a-z0-9]+ tokens, Porter stemmer
// on tokens longer than 3); ROUGE-L as the LCS over the whole token sequence.

#ifndef PRECIS_EVAL_ROUGE_H_
#define PRECIS_EVAL_ROUGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"

namespace precis::eval {

struct RougeScores {
  double rouge1 = 0;  // F1 in [0, 1]
  double rouge2 = 0;
  double rougeL = 0;
};

std::vector<std::string> RougeTokens(std::string_view text, Language language);

RougeScores Rouge(const std::vector<std::string>& prediction, const std::vector<std::string>& reference);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_ROUGE_H_
