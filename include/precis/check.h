// Copyright 2026 The precis Authors.
//
// precis check: audit a brief — written by precis, a language model or a
// person — against its article, statement by statement. Each statement's
// citations must name paragraphs that exist, and what it asserts must be in
// them: its numbers, amounts, percentages and dates (in either notation:
// 1月6日 / January 6, 三个 / three, 5.2% / 百分之五点二), its names (as
// written, through their pinyin, or through a small bilingual list of names
// in the news), and — in the article's own language — its content words.
//
//   supported    everything checked is in the cited paragraphs;
//   mis-cited    it is in the article, but in other paragraphs (named), or a
//                citation points past the article;
//   unsupported  a number, date or name is nowhere in the article, or (same
//                language) the content is not there;
//   uncited      the statement cites nothing.
//
// A statement in another language than the article's is checked on its
// numbers, dates and names only, and says so (`partial`).

#ifndef PRECIS_CHECK_H_
#define PRECIS_CHECK_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/brief.h"
#include "precis/status.h"
#include "precis/text.h"

namespace precis {

// A brief in the Markdown precis writes, the same shape pasted on one line
// ("Core Viewpoint - … Group 1: … - … [3]."), or precis' JSON. Errors name
// `name`: no statements found, malformed JSON.
Result<Brief> ParseBrief(std::string_view text, const std::string& name);

enum class Verdict { kSupported, kMisCited, kUnsupported, kUncited };

// "supported", "mis-cited", "unsupported", "uncited".
const char* VerdictName(Verdict verdict);

struct StatementCheck {
  std::string where;  // "core", "group 2 bullet 1", "group 3 bullet 1 item 2"
  std::string text;
  std::vector<int> citations;
  Verdict verdict = Verdict::kSupported;
  double support = 0;                 // 0..1: how much of what it asserts the cited paragraphs hold
  bool partial = false;               // only numbers, dates and names could be checked
  std::vector<std::string> evidence;  // what was found, and where
  std::vector<std::string> problems;  // what was not
  // Paragraphs outside the citations holding what the cited ones lack (a
  // mis-cited statement's facts or content), ascending: where its citations
  // could be repaired to.
  std::vector<int> found_in;
};

struct CheckReport {
  std::vector<StatementCheck> statements;
  double support = 0;  // mean over statements
  int paragraph_count = 0;
  bool all_supported() const;
};

// Checks every statement of `brief` against `article` (analysed by `text`).
CheckReport CheckBrief(const Brief& brief, const Document& article, const TextProcessor& text);

// The report for people (one block per statement) or as JSON.
std::string CheckReportToText(const CheckReport& report);
std::string CheckReportToJson(const CheckReport& report);

}  // namespace precis

#endif  // PRECIS_CHECK_H_
