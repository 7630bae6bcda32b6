// Copyright 2026 The precis Authors.
//
// The built-in brief engine: offline, no model, deterministic. From a
// Document it analyses the sentences, plans the brief (core viewpoint,
// topical groups, bullets, enumerations) and realizes it extractively.

#ifndef PRECIS_ENGINE_H_
#define PRECIS_ENGINE_H_

#include "precis/article.h"
#include "precis/brief.h"
#include "precis/status.h"

namespace precis {

struct BriefOptions {
  // Largest number of groups, 1..4 (the engine uses 2-4 when the article is
  // long enough).
  int max_groups = 4;
  // The language to write in; kUnknown means the article's. The built-in
  // engine writes only in the article's language: asking for another fails
  // with kUnimplemented.
  Language language = Language::kUnknown;
  // The length the brief will be cut to (budgeted text), in units as in
  // BriefToText; 0 for none. When the core viewpoint's first sentence alone
  // is longer, the engine keeps its most informative clauses instead of its
  // first words. A budgeted brief is a ranked list for BriefToText, not a
  // page: its groups hold up to kBudgetedBulletsPerGroup bullets.
  int budget = 0;
};

// Bullets per group: what a displayed brief shows, and what a budgeted one
// draws on (more, so that a budget fills with the next most important whole
// sentences: 8 was best on one half of en_bbc_dev and held on the other).
inline constexpr int kBulletsPerGroup = 4;
inline constexpr int kBudgetedBulletsPerGroup = 8;

// Briefs an analysed document. Errors: kInvalidArgument for bad options,
// kUnimplemented for a language the engine cannot write.
Result<Brief> BriefDocument(const Document& doc, const BriefOptions& options);

}  // namespace precis

#endif  // PRECIS_ENGINE_H_
