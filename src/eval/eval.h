// Copyright 2026 The precis Authors.
//
// `precis eval`: briefs every article of a JSONL development set
// ({"id","lang","title","source","date","paragraphs":[...],"reference"} per
// line) as budgeted plain text and scores it with ROUGE against the
// reference, side by side with the LEAD baseline (the article's first
// sentences within the same budget).

#ifndef PRECIS_EVAL_EVAL_H_
#define PRECIS_EVAL_EVAL_H_

#include <map>
#include <string>

#include "eval/rouge.h"
#include "precis/article.h"
#include "precis/engine.h"
#include "precis/status.h"
#include "precis/text.h"

namespace precis::eval {

struct EvalOptions {
  int budget = 0;                // units; 0 = each reference's own length
  std::string predictions_path;  // write {"id","prediction"} lines here if set
  size_t max_bytes = 512u * 1024 * 1024;
  // Threads scoring lines at once; 0 for one per core. The report does not
  // depend on it.
  int jobs = 0;
  // With `lm`, a language model writes the briefs scored (BriefWithModel),
  // one at a time.
  const LmBriefOptions* lm = nullptr;
};

struct EvalReport {
  size_t documents = 0;  // articles scored
  // Articles in a language the built-in engine does not brief (Welsh in
  // XSum's BBC Cymru stories): how many, by language code. Not scored.
  std::map<std::string, size_t> skipped;
  size_t input_bytes = 0;  // bytes of article text briefed
  RougeScores precis;      // mean over documents of each precision, recall and F1
  RougeScores lead;
};

// Errors name the file and line: unreadable file, malformed JSON, a line
// without "paragraphs" or "reference".
Result<EvalReport> RunEval(const std::string& path, const TextProcessor& text, const EvalOptions& options);

// The LEAD baseline: the document's first sentences within `budget` units,
// cut only at sentence boundaries unless the first sentence alone exceeds it.
std::string LeadSummary(const Document& doc, int budget);

}  // namespace precis::eval

#endif  // PRECIS_EVAL_EVAL_H_
