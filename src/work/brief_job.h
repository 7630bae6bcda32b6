// Copyright 2026 The precis Authors.
//
// One brief for the store, made the same way wherever it is asked for:
// precis serve answering a request, or a queue worker taking a job. An
// article (already read) and the brief options give a StoredBrief whose id
// is known before anything is briefed (the SHA-256 of the article's JSON
// form and the canonical options), so a shell can look it up first and
// brief only what is not stored; then the engine writes the brief and the
// StoredBrief is completed with its texts and search terms.

#ifndef PRECIS_WORK_BRIEF_JOB_H_
#define PRECIS_WORK_BRIEF_JOB_H_

#include <string>

#include "precis/article.h"
#include "precis/brief.h"
#include "precis/engine.h"
#include "precis/status.h"
#include "precis/text.h"
#include "store/store.h"

namespace precis::work {

// The options a brief is made with, as the store keys it.
struct BriefChoice {
  std::string engine = "builtin";  // or "lm"
  std::string lang = "auto";       // auto, zh, en
  int groups = 4;                  // 1..4
  // "engine=builtin;groups=4;lang=auto" (";model=NAME" for the model engine).
  std::string Canonical(const std::string& model) const;
};

// kInvalidArgument naming the field when `choice` is not one of the values
// above.
Status Validate(const BriefChoice& choice);

// The StoredBrief of an annotated article (TextProcessor::Annotate): id,
// article hash, options, the article's fields, JSON and search terms. The
// brief's texts are added by Complete().
store::StoredBrief Prepare(const Article& article, const BriefChoice& choice, const std::string& model,
                           const TextProcessor& text);

// What the engine wrote, or why it wrote nothing.
struct Made {
  Result<Brief> brief = InternalError("no engine ran");
  // The model engine only: the model was asked, and its core viewpoint
  // failed the audit (`brief` is then an error naming the failure).
  bool lm_asked = false;
  bool lm_unverified = false;
};

// Briefs `doc` with the built-in engine, or with the model (`lm`, whose
// url and model are set) when choice.engine is "lm".
Made MakeBrief(const Document& doc, const BriefChoice& choice, const LmBriefOptions& lm,
               const TextProcessor& text);

// Adds the brief's JSON, Markdown and search terms, and the time, to
// `stored`.
void Complete(const Brief& brief, const TextProcessor& text, store::StoredBrief* stored);

}  // namespace precis::work

#endif  // PRECIS_WORK_BRIEF_JOB_H_
