// Copyright 2026 The precis Authors.

#include "check/claims.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace precis::check {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A citation group "[…]" at `at`: its numbers and where it ends; false if
// the brackets hold anything but numbers, commas, dashes and spaces.
bool ReadGroup(std::string_view text, size_t at, std::vector<int>* numbers, size_t* end) {
  if (at >= text.size() || text[at] != '[') return false;
  const size_t close = text.find(']', at);
  if (close == std::string_view::npos || close - at > 40) return false;
  std::vector<int> found;
  int value = -1, range_from = -1;
  for (size_t i = at + 1; i <= close; ++i) {
    const char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      value = (value < 0 ? 0 : value * 10) + (c - '0');
      if (value > 100000) return false;
      continue;
    }
    if (value >= 0) {
      if (range_from >= 0) {
        for (int v = range_from; v <= value && v - range_from < 1000; ++v) found.push_back(v);
        range_from = -1;
      } else if (c == '-') {
        range_from = value;
      } else {
        found.push_back(value);
      }
      value = -1;
    }
    if (c == ']' || c == ',' || c == ' ' || c == '-') continue;
    if (text.compare(i, 3, "，") == 0 || text.compare(i, 3, "–") == 0) {
      if (text.compare(i, 3, "–") == 0 && !found.empty()) {
        range_from = found.back();
        found.pop_back();
      }
      i += 2;
      continue;
    }
    return false;
  }
  if (found.empty()) return false;
  numbers->insert(numbers->end(), found.begin(), found.end());
  *end = close + 1;
  return true;
}

std::vector<int> Sorted(std::vector<int> v) {
  std::set<int> unique(v.begin(), v.end());
  return {unique.begin(), unique.end()};
}

// Bytes of the sentence-ending marks that may follow a citation group.
size_t StopLength(std::string_view text, size_t at) {
  if (at < text.size() && (text[at] == '.' || text[at] == ';')) return 1;
  if (text.compare(at, 3, "。") == 0 || text.compare(at, 3, "；") == 0) return 3;
  return 0;
}

}  // namespace

std::string_view TrimClaim(std::string_view s) {
  while (true) {
    const size_t before = s.size();
    while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
    if (s.substr(0, 2) == "**") s.remove_prefix(2);
    if (s.size() >= 2 && s.substr(s.size() - 2) == "**") s.remove_suffix(2);
    if (s.size() == before) return s;
  }
}

std::vector<int> TakeTrailingCitations(std::string* text) {
  std::string_view t = TrimClaim(*text);
  // A final full stop may come after the citations: "… [3]." keeps its ".".
  std::string stop;
  for (std::string_view mark : {".", "。"}) {
    if (t.size() > mark.size() && t.substr(t.size() - mark.size()) == mark &&
        t.substr(0, t.size() - mark.size()).ends_with("]")) {
      stop = std::string(mark);
      t.remove_suffix(mark.size());
    }
  }
  std::vector<int> citations;
  while (!t.empty() && t.back() == ']') {
    const size_t open = t.rfind('[');
    std::vector<int> numbers;
    size_t end = 0;
    if (open == std::string_view::npos || !ReadGroup(t, open, &numbers, &end) || end != t.size()) break;
    citations.insert(citations.end(), numbers.begin(), numbers.end());
    t = t.substr(0, open);
    while (!t.empty() && IsSpace(t.back())) t.remove_suffix(1);
  }
  if (citations.empty()) {
    *text = std::string(TrimClaim(*text));
    return citations;
  }
  *text = std::string(t) + stop;
  return Sorted(std::move(citations));
}

std::vector<Claim> SplitClaims(const Statement& statement) {
  std::vector<Claim> claims;
  std::string_view text = statement.text;
  size_t from = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '[') continue;
    std::vector<int> numbers;
    size_t end = i;
    while (ReadGroup(text, end, &numbers, &end)) {
    }
    if (numbers.empty()) continue;
    end += StopLength(text, end);
    Claim claim;
    claim.text = std::string(TrimClaim(text.substr(from, i - from)));
    claim.citations = Sorted(std::move(numbers));
    if (TrimClaim(text.substr(end)).empty()) {
      // A group ending the text: the statement's citations, if it has none
      // of its own (a hand-written JSON brief may keep them in the text).
      if (!statement.citations.empty()) claim.citations = statement.citations;
      if (!claim.text.empty()) claims.push_back(std::move(claim));
      return claims;
    }
    if (!claim.text.empty()) claims.push_back(std::move(claim));
    from = end;
    i = end - 1;
  }
  Claim last;
  last.text = std::string(TrimClaim(text.substr(from)));
  last.citations = statement.citations;
  if (!last.text.empty() || claims.empty()) claims.push_back(std::move(last));
  return claims;
}

}  // namespace precis::check
