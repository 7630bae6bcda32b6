// Copyright 2026 The precis Authors.
//
// Plan: what a brief will say, as evidence — which sentences make the core
// viewpoint, how the article divides into topical groups, which sentences
// become each group's bullets and which enumerations stay enumerated. A
// realizer turns a Plan into a Brief (the extractive one quotes and tidies
// the evidence; a language model may rewrite it); citations always come from
// the evidence's paragraphs.
//
// Groups follow the article's topical structure: TextTiling (Hearst,
// "TextTiling: Segmenting Text into Multi-paragraph Subtopic Passages",
// Computational Linguistics 1997) over paragraphs (or sentences for short
// articles), with boundaries kept out of enumerations. Bullets are chosen by
// Maximal Marginal Relevance (Carbonell & Goldstein, SIGIR 1998) so that no
// two statements say the same thing. A group's title is its subheading when
// the article gives it one, else the phrase of the group's text that holds
// most of its distinctive key-term weight: nouns and names as they stand
// together (未来科学大奖的捐赠人, Steam anti-piracy bans), never a list.

#ifndef PRECIS_PLAN_PLAN_H_
#define PRECIS_PLAN_PLAN_H_

#include <cstdint>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "precis/article.h"

namespace precis::plan {

// One sentence of the article: indices into Document::paragraphs and
// Paragraph::sentences.
struct Evidence {
  int paragraph = 0;
  int sentence = 0;
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

struct PlannedStatement {
  std::vector<Evidence> evidence;       // in article order
  std::vector<PlannedStatement> items;  // enumerated items, if any
  double importance = 0;
};

// A stretch of one paragraph's text: a group's title as the article words
// it (a subheading, or a phrase of its key terms as they stand together).
struct TextSpan {
  int paragraph = -1;  // -1: none
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct PlannedGroup {
  std::vector<int> key_terms;  // term ids into Analysis::terms, best first
  TextSpan title;              // the group's title in the article's words
  int first_paragraph = 0;     // the group's span of paragraphs (0-based)
  int last_paragraph = 0;
  std::vector<PlannedStatement> bullets;  // in article order
};

struct Plan {
  PlannedStatement core;
  std::vector<PlannedGroup> groups;
};

struct PlanOptions {
  int max_groups = 4;  // 2..4; fewer when the article is too short
  int max_bullets = 4;
  int max_core_sentences = 3;
};

Plan MakePlan(const Document& doc, const analyze::Analysis& analysis, const PlanOptions& options);

// Topical segmentation of `units` consecutive term vectors (the analysis'
// own, not copies) into at most `groups` blocks: returns the index of each
// block's first unit. Gaps in `forbidden` (gap g lies between unit g-1 and
// g) never become boundaries.
std::vector<int> SegmentTopics(const std::vector<const analyze::TermVector*>& units, int groups,
                               const std::vector<bool>& forbidden);

}  // namespace precis::plan

#endif  // PRECIS_PLAN_PLAN_H_
