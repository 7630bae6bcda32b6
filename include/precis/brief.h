// Copyright 2026 The precis Authors.
//
// Brief: what precis writes for an article. Every statement carries the
// numbers of the paragraphs its content came from (1-based, sorted, unique):
// all of them and no others. Citations are computed from the evidence
// sentences the plan chose, never re-found by searching text.

#ifndef PRECIS_BRIEF_H_
#define PRECIS_BRIEF_H_

#include <string>
#include <vector>

#include "precis/article.h"

namespace precis {

struct Statement {
  std::string text;
  std::vector<int> citations;  // paragraph numbers, ascending
  // Byte offsets in `text` where each of its sentences ends (the last is
  // text.size()); budgeted output cuts only there.
  std::vector<size_t> sentence_ends;
  // An enumeration kept as numbered items (三个困难：一是…二是…三是…): `text`
  // introduces it and each item carries its own citations.
  std::vector<Statement> items;
  // How much the statement matters (the plan's salience): budgeted output
  // keeps the most important statements first.
  double importance = 0;
  // What the language-model engine's audit made of it: "supported" (kept
  // as written), "repaired" (its citations moved to where its content is),
  // "regenerated" (written again after a failed check), "unverified"
  // (failed, kept only because the user asked); "" from the built-in engine.
  std::string verdict;
};

// How a model-written brief's statements fared in the audit.
struct Verification {
  int supported = 0;
  int repaired = 0;
  int regenerated = 0;
  int dropped = 0;
  int unverified = 0;  // failed, kept at the user's request
};

struct BriefGroup {
  std::string title;  // short topic title from the group's key terms
  std::vector<Statement> bullets;
};

struct Brief {
  std::string title;
  std::string source;
  std::string source_latin;
  std::string published;
  Language language = Language::kUnknown;  // the language the brief is written in
  Script script = Script::kOther;          // Chinese labels follow the article's script
  int paragraph_count = 0;
  Statement core;  // the Core Viewpoint: 1-3 sentences
  std::vector<BriefGroup> groups;
  // Who wrote it: "" for the built-in engine, "lm" for a language model
  // (its name, the prompt's version, the audit's counts).
  std::string engine;
  std::string model;
  std::string prompt_version;
  Verification verification;
  std::string note;  // what a reader should know (paragraphs a model did not see)
};

}  // namespace precis

#endif  // PRECIS_BRIEF_H_
