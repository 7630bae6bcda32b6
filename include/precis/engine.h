// Copyright 2026 The precis Authors.
//
// The built-in brief engine: offline, no model, deterministic. From a
// Document it analyses the sentences, plans the brief (core viewpoint,
// topical groups, bullets, enumerations) and realizes it extractively.

#ifndef PRECIS_ENGINE_H_
#define PRECIS_ENGINE_H_

#include <functional>
#include <string>
#include <string_view>

#include "precis/article.h"
#include "precis/brief.h"
#include "precis/status.h"
#include "precis/text.h"

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

// True if the built-in engine briefs articles in `language_code` (ISO
// 639-1, as Article::language_code): Chinese and English, or "" (unknown).
inline bool BuiltInEngineBriefs(std::string_view language_code) {
  return language_code.empty() || language_code == "zh" || language_code == "en";
}

// Briefs an analysed document. Errors: kInvalidArgument for bad options,
// kUnimplemented for a language the engine cannot write or read (an
// article not BuiltInEngineBriefs).
Result<Brief> BriefDocument(const Document& doc, const BriefOptions& options);

// The language-model engine: the same analysis and Plan, written by any
// OpenAI-compatible chat model (src/realize/lm_prompt.h gives the exchange),
// then every statement audited as `precis check` audits it:
//   supported      kept as written;
//   mis-cited      citations repaired to where its content is, when that
//                  passes the audit ("repaired");
//   otherwise      one regeneration turn naming each failure; what still
//                  fails is dropped (or kept, marked "unverified", with
//                  keep_unverified). An empty group disappears.
// A malformed answer gets one repair turn. A server refusing json_schema
// (HTTP 400) is asked again with json_object, then with no format.
struct LmBriefOptions {
  std::string url;                         // OpenAI-style base URL, ending in /v1
  std::string model;                       // the model's name, as the server knows it
  std::string api_key;                     // sent as a bearer token; never printed
  Language language = Language::kUnknown;  // kUnknown: the article's
  int max_groups = 4;
  int timeout_ms = 120000;  // per request
  int deadline_ms = 0;      // per brief, all turns; 0: four times the timeout
  int context_tokens = 8192;
  std::string cache_dir;  // "" for no cache
  bool keep_unverified = false;
  int max_tries = 3;
  std::function<void(int ms)> sleep;  // between tries (tests make it instant)
};

struct LmBrief {
  Brief brief;
  // False when the core viewpoint failed the audit (and keep_unverified is
  // off): the brief must not be shown; `failure` says why.
  bool core_verified = true;
  std::string failure;
  int prompt_tokens = 0, completion_tokens = 0;  // as the server counted them
};

// Errors: kInvalidArgument for bad options or an article with no paragraphs;
// kUnavailable when the server cannot be reached or keeps failing, or its
// answer is no brief even after a repair turn; kResourceExhausted for an
// answer over the cap.
Result<LmBrief> BriefWithModel(const Document& doc, const TextProcessor& text, const LmBriefOptions& options);

}  // namespace precis

#endif  // PRECIS_ENGINE_H_
