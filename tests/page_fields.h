// Copyright 2026 The precis Authors.
//
// The four fields a reader of a brief relies on when precis reads a news
// page — title, source, published time and a clean body — scored against
// values read off the pages by hand (tests/data/html_zh_expected.jsonl).
// Shared by html_zh_test (every page), bench/html_zh_eval (the figures) and
// readme_figures_test (the README's line).
//
// A row: {"file", "title", "source", "published", "first", "last"} or
// {"file", "refused": true} for a page that holds no article text.
//  - title, published: equal ("" = the page shows none; precis must not
//    invent one);
//  - source: equal to one of its "|"-separated alternatives (pages that name
//    both a publishing account and the outlet it copied from);
//  - body: the first paragraph starts with `first`, the last ends with
//    `last`, and no paragraph is page furniture (editor credits, original
//    title notes, picture credits, share bars).

#ifndef PRECIS_TESTS_PAGE_FIELDS_H_
#define PRECIS_TESTS_PAGE_FIELDS_H_

#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/article.h"
#include "precis/status.h"

namespace precis::testing {

struct PageExpectation {
  std::string file;
  bool refused = false;
  std::string title, source, published, first, last;
};

inline std::vector<PageExpectation> LoadPageExpectations(const std::string& path) {
  std::vector<PageExpectation> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    PageExpectation row;
    row.file = j.at("file").get<std::string>();
    row.refused = j.value("refused", false);
    if (!row.refused) {
      row.title = j.at("title").get<std::string>();
      row.source = j.at("source").get<std::string>();
      row.published = j.at("published").get<std::string>();
      row.first = j.at("first").get<std::string>();
      row.last = j.at("last").get<std::string>();
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

struct FieldScore {
  bool title = false, source = false, published = false, body = false;
  std::string misses;  // what was wrong, for the report
};

inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// At most `bytes` bytes of `s` from its start (or its end), cut at a
// character boundary.
inline std::string Clip(const std::string& s, size_t bytes, bool tail) {
  if (s.size() <= bytes) return s;
  size_t at = tail ? s.size() - bytes : bytes;
  while (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) tail ? ++at : --at;
  return tail ? s.substr(at) : s.substr(0, at);
}

inline bool SourceMatches(std::string_view alternatives, std::string_view got) {
  size_t start = 0;
  while (true) {
    size_t bar = alternatives.find('|', start);
    if (alternatives.substr(start, bar - start) == got) return true;
    if (bar == std::string_view::npos) return false;
    start = bar + 1;
  }
}

inline FieldScore ScorePage(const PageExpectation& want, const Result<Article>& got) {
  FieldScore s;
  if (want.refused) {
    // Nothing to get right but the refusal itself.
    s.title = s.source = s.published = s.body = !got.ok();
    if (got.ok()) s.misses = "read a body from a page without one";
    return s;
  }
  if (!got.ok()) {
    s.misses = "refused: " + got.status().ToString();
    return s;
  }
  const Article& a = *got;
  auto miss = [&](const std::string& field, const std::string& value) {
    s.misses += (s.misses.empty() ? "" : "; ") + field + "=" + value;
  };
  s.title = a.title == want.title;
  if (!s.title) miss("title", a.title);
  s.source = SourceMatches(want.source, a.source);
  if (!s.source) miss("source", a.source);
  s.published = a.published == want.published;
  if (!s.published) miss("published", a.published);
  static constexpr std::array<std::string_view, 8> kFurniture = {
      "责任编辑", "（原标题", "原标题：", "图片来源", "本文来源", "分享到", "扫描二维码", "相关阅读"};
  bool clean = true;
  for (const auto& p : a.paragraphs) {
    for (auto f : kFurniture) clean &= !StartsWith(p, f);
  }
  const bool first_ok = !a.paragraphs.empty() && StartsWith(a.paragraphs.front(), want.first);
  const bool last_ok = !a.paragraphs.empty() && EndsWith(a.paragraphs.back(), want.last);
  s.body = clean && first_ok && last_ok;
  if (!first_ok) miss("first", a.paragraphs.empty() ? "" : Clip(a.paragraphs.front(), 90, false));
  if (!last_ok) miss("last", a.paragraphs.empty() ? "" : Clip(a.paragraphs.back(), 90, true));
  if (!clean) miss("body", "has page furniture");
  return s;
}

// Every page of `rows` (files in `dir`) scored: the computation behind
// bench/html_zh_eval's line, which the README quotes and
// tests/readme_figures_test.cc holds.
struct PageFieldsMeasure {
  size_t pages = 0;
  int title = 0, source = 0, published = 0, body = 0, all_four = 0;
  std::vector<std::pair<std::string, std::string>> misses;  // (file, what was wrong)

  // "pages 43  title 1.000  source 1.000  published 1.000  body 1.000
  // fields 1.000  all-four 1.000"
  std::string Line() const {
    const double n = pages ? static_cast<double>(pages) : 1.0;
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "pages %zu  title %.3f  source %.3f  published %.3f  body %.3f  fields %.3f  all-four %.3f",
                  pages, title / n, source / n, published / n, body / n,
                  (title + source + published + body) / (4 * n), all_four / n);
    return buf;
  }
};

template <typename Read>
PageFieldsMeasure MeasurePageFields(const std::vector<PageExpectation>& rows, const std::string& dir,
                                    Read read) {
  PageFieldsMeasure m;
  for (const auto& row : rows) {
    const FieldScore score = ScorePage(row, read(dir + "/" + row.file));
    ++m.pages;
    m.title += score.title;
    m.source += score.source;
    m.published += score.published;
    m.body += score.body;
    const bool whole = score.title && score.source && score.published && score.body;
    m.all_four += whole;
    if (!whole) m.misses.emplace_back(row.file, score.misses);
  }
  return m;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_PAGE_FIELDS_H_
