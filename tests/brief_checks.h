// Copyright 2026 The precis Authors.
//
// Checks every brief must pass, whatever the article: shared by the golden
// tests and the test over all development-set briefs.
//
// Citation truth: each sentence of a statement is found in one of the
// statement's cited paragraphs (as up to four in-order pieces, since tidying
// may drop a connective or a parenthetical), and every cited paragraph
// supplies at least one sentence: the citations are all the statement's
// sources and no others.

#ifndef PRECIS_TESTS_BRIEF_CHECKS_H_
#define PRECIS_TESTS_BRIEF_CHECKS_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/brief.h"

namespace precis::testing {

// ASCII lower-cased, every run of white space one space: a statement is one
// line, its paragraph may hold the sentence over several.
inline std::string MatchForm(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

// True if `piece` occurs in `paragraph` as at most `max_chunks` in-order
// substrings (greedy longest match), each at least 3 bytes unless it is the
// whole rest. ASCII case is ignored (tidying capitalises a sentence whose
// leading "But" it dropped), and so are line breaks.
inline bool FoundInOrder(std::string_view piece_in, std::string_view paragraph_in, int max_chunks = 4) {
  const std::string piece_lower = MatchForm(piece_in);
  const std::string paragraph_lower = MatchForm(paragraph_in);
  std::string_view piece = piece_lower;
  std::string_view paragraph = paragraph_lower;
  size_t from = 0;
  int chunks = 0;
  while (!piece.empty()) {
    if (++chunks > max_chunks) return false;
    size_t best_len = 0, best_at = std::string_view::npos;
    // Longest prefix of `piece` found after `from`.
    size_t lo = 1, hi = piece.size();
    while (lo <= hi) {
      size_t mid = (lo + hi) / 2;
      size_t at = paragraph.find(piece.substr(0, mid), from);
      if (at != std::string_view::npos) {
        best_len = mid;
        best_at = at;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (best_len == 0 || (best_len < 3 && best_len < piece.size())) return false;
    from = best_at + best_len;
    piece.remove_prefix(best_len);
  }
  return true;
}

inline std::string_view TrimPiece(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// "" if `statement` is faithful to `article`, else what is wrong.
inline std::string CheckStatement(const Statement& statement, const Article& article,
                                  const std::string& where) {
  const int n = static_cast<int>(article.paragraphs.size());
  for (int c : statement.citations) {
    if (c < 1 || c > n) return where + ": citation [" + std::to_string(c) + "] out of range";
  }
  if (!statement.text.empty() && statement.citations.empty()) return where + ": uncited statement";
  // Each sentence is in some cited paragraph, and each cited paragraph holds
  // some sentence.
  std::set<int> used;
  size_t begin = 0;
  for (size_t end : statement.sentence_ends) {
    std::string_view piece = TrimPiece(std::string_view(statement.text).substr(begin, end - begin));
    begin = end;
    if (piece.empty()) continue;
    bool found = false;
    for (int c : statement.citations) {
      if (FoundInOrder(piece, article.paragraphs[static_cast<size_t>(c - 1)])) {
        used.insert(c);
        found = true;
      }
    }
    if (!found) return where + ": not in its cited paragraphs: " + std::string(piece);
  }
  if (!statement.text.empty() &&
      used != std::set<int>(statement.citations.begin(), statement.citations.end())) {
    return where + ": a cited paragraph supplies nothing";
  }
  for (size_t i = 0; i < statement.items.size(); ++i) {
    std::string problem =
        CheckStatement(statement.items[i], article, where + " item " + std::to_string(i + 1));
    if (!problem.empty()) return problem;
  }
  return "";
}

// `max_bullets`: kBudgetedBulletsPerGroup for a budgeted brief.
inline std::string CheckBrief(const Brief& brief, const Article& article, size_t max_bullets = 4) {
  if (brief.paragraph_count != static_cast<int>(article.paragraphs.size())) return "paragraph_count";
  if (brief.core.text.empty()) return "empty core viewpoint";
  std::string problem = CheckStatement(brief.core, article, "core");
  if (!problem.empty()) return problem;
  if (brief.groups.size() > 4) return "more than 4 groups";
  for (size_t g = 0; g < brief.groups.size(); ++g) {
    const auto& group = brief.groups[g];
    const std::string where = "group " + std::to_string(g + 1);
    if (group.title.empty()) return where + ": no title";
    if (group.bullets.empty() || group.bullets.size() > max_bullets) return where + ": bullet count";
    for (size_t b = 0; b < group.bullets.size(); ++b) {
      problem = CheckStatement(group.bullets[b], article, where + " bullet " + std::to_string(b + 1));
      if (!problem.empty()) return problem;
    }
  }
  return "";
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_BRIEF_CHECKS_H_
