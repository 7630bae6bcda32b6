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
};

}  // namespace precis

#endif  // PRECIS_BRIEF_H_
