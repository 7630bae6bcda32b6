// Copyright 2026 The precis Authors.
//
// precis' HTML reader on ../shared/data/pages (labels.jsonl and
// SOURCE/ID.html.gz), scored as that set's README says: title, published
// date, authors, body shingle F1, snippets and pages refused, per source and
// in all, for either half of the sites. The one computation behind
// bench/pages_eval (the README's table) and the tests that hold the README
// to it.
//
// Halves: a page's `site` key hashed (FNV-1a), even -> half A (the half
// precis is tuned on), odd -> half B (held out: only measured).

#ifndef PRECIS_TESTS_PAGES_MEASURE_H_
#define PRECIS_TESTS_PAGES_MEASURE_H_

#include <unicode/uchar.h>

#include <cstdint>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extraction_measure.h"
#include "load_text.h"
#include "precis/reader.h"
#include "shingle_score.h"
#include "util/utf8.h"

namespace precis::testing {

enum class PagesHalf { kA, kB, kAll };

inline char HalfOfSite(const std::string& site) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : site) h = (h ^ c) * 1099511628211ull;
  return (h & 1) == 0 ? 'A' : 'B';
}

// Case, white space and punctuation (and symbols) dropped, for comparing
// titles and names.
inline std::string FoldForMatch(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<UChar32>(util::DecodeUtf8(s, &i));
    if (u_isUWhiteSpace(c) || u_ispunct(c) || (U_GET_GC_MASK(c) & U_GC_S_MASK) != 0) continue;
    util::AppendUtf8(static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)), &out);
  }
  return out;
}

// The README's title rule: equal once folded, or one holds the other and the
// shorter is at least 80% of the longer (in characters).
inline bool TitleMatches(const std::string& gold, const std::string& got) {
  const std::string g = FoldForMatch(gold), p = FoldForMatch(got);
  if (g.empty() || p.empty()) return g == p;
  if (g == p) return true;
  const std::string& shorter = g.size() <= p.size() ? g : p;
  const std::string& longer = g.size() <= p.size() ? p : g;
  return longer.find(shorter) != std::string::npos &&
         util::CountCodePoints(shorter) * 5 >= util::CountCodePoints(longer) * 4;
}

// The first calendar date written YYYY-MM-DD (or with / or .), else "".
inline std::string DateIn(const std::string& s) {
  for (size_t i = 0; i + 10 <= s.size(); ++i) {
    auto digits = [&](size_t at, size_t n) {
      for (size_t k = at; k < at + n; ++k) {
        if (s[k] < '0' || s[k] > '9') return false;
      }
      return true;
    };
    const char sep = s[i + 4];
    if (digits(i, 4) && (sep == '-' || sep == '/' || sep == '.') && digits(i + 5, 2) && s[i + 7] == sep &&
        digits(i + 8, 2) && (i == 0 || s[i - 1] < '0' || s[i - 1] > '9')) {
      return s.substr(i, 4) + "-" + s.substr(i + 5, 2) + "-" + s.substr(i + 8, 2);
    }
  }
  return "";
}

// The README's date rule: the calendar date at the label's precision
// (YYYY, YYYY-MM or YYYY-MM-DD: the label's date as written).
inline bool PublishedMatches(const std::string& gold, const std::string& got) {
  std::string g = gold.substr(0, gold.find('T'));
  g = g.substr(0, g.find(' '));
  const std::string p = DateIn(got);
  if (p.empty()) return false;
  return g.size() >= 10 ? p == g.substr(0, 10) : p.starts_with(g);
}

// Every labelled name appears in the author field, both folded.
inline bool AuthorsMatch(const std::vector<std::string>& gold, const std::string& got) {
  const std::string p = FoldForMatch(got);
  for (const auto& name : gold) {
    const std::string g = FoldForMatch(name);
    if (!g.empty() && p.find(g) == std::string::npos) return false;
  }
  return true;
}

inline std::string CollapseSpace(const std::string& s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const auto c = static_cast<UChar32>(util::DecodeUtf8(s, &i));
    if (u_isUWhiteSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.append(s, start, i - start);
  }
  return out;
}

struct LabelScore {
  int right = 0, pages = 0;
  double share() const { return pages > 0 ? static_cast<double>(right) / pages : 0.0; }
};

struct PagesScore {
  int pages = 0, refused = 0;
  LabelScore title, published, authors, language, snippets;  // snippets: counted per snippet
  shingle::Scorer body;
  int bodies = 0;
};

struct PageResult {
  std::string id, source, site;
  bool refused = false;
  std::string error;
  std::map<std::string, bool> right;             // field -> right, for the fields the page has
  std::map<std::string, std::string> got, gold;  // field -> what precis read, what the label says
  double body_overlap = -1;                      // normalised TP share, -1 if no body label
};

struct PagesMeasure {
  std::string error;  // non-empty if the data could not be read
  std::map<std::string, PagesScore> by_source;
  PagesScore all;
  std::vector<PageResult> results;
};

// Reads and scores every page of `half`; `only_id`, when set, just that page.
inline PagesMeasure MeasurePages(const std::string& dir, PagesHalf half, const std::string& only_id = "") {
  PagesMeasure m;
  std::ifstream in(dir + "/labels.jsonl");
  if (!in) {
    m.error = dir + "/labels.jsonl not found";
    return m;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) {
      m.error = dir + "/labels.jsonl: malformed line";
      return m;
    }
    auto str = [&](const char* key) {
      return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
    };
    PageResult r;
    r.id = str("id");
    r.source = str("source");
    r.site = str("site");
    const char h = HalfOfSite(r.site);
    if ((half == PagesHalf::kA && h != 'A') || (half == PagesHalf::kB && h != 'B')) continue;
    if (!only_id.empty() && r.id != only_id) continue;
    std::string html;
    if (!Gunzip(dir + "/" + str("html"), &html)) {
      m.error = "cannot read " + dir + "/" + str("html");
      return m;
    }
    // As `precis extract --format json ID.html` reads it: the page alone
    // (no URL beside it), then language and script.
    ReadOptions options;
    options.format = InputFormat::kHtml;
    auto article = ReadArticleBytes(html, r.id + ".html", options);
    r.refused = !article.ok();
    if (!article.ok()) r.error = article.status().ToString();
    Article a = article.ok() ? *article : Article{};
    if (article.ok()) LoadedText().Annotate(&a);
    std::string text;
    for (const auto& p : a.paragraphs) text += p + "\n";

    for (PagesScore* s : {&m.by_source[r.source], &m.all}) {
      ++s->pages;
      s->refused += r.refused;
    }
    r.got = {{"title", a.title},
             {"published", a.published},
             {"authors", a.author},
             {"language", LanguageCodeOf(a)},
             {"source", a.source}};
    r.gold = {{"title", str("title")},
              {"published", str("published")},
              {"language", str("lang")},
              {"source", str("site_name")}};
    if (j.contains("authors") && j["authors"].is_array()) {
      for (const auto& n : j["authors"])
        r.gold["authors"] += (r.gold["authors"].empty() ? "" : "; ") + n.get<std::string>();
    }
    auto score = [&](const char* field, LabelScore PagesScore::*member, bool ok) {
      r.right[field] = ok;
      for (PagesScore* s : {&m.by_source[r.source], &m.all}) {
        ++(s->*member).pages;
        (s->*member).right += ok;
      }
    };
    if (!str("title").empty())
      score("title", &PagesScore::title, !r.refused && TitleMatches(str("title"), a.title));
    if (!str("published").empty()) {
      score("published", &PagesScore::published,
            !r.refused && PublishedMatches(str("published"), a.published));
    }
    if (j.contains("authors") && j["authors"].is_array() && !j["authors"].empty()) {
      std::vector<std::string> names;
      for (const auto& n : j["authors"]) {
        if (n.is_string()) names.push_back(n.get<std::string>());
      }
      score("authors", &PagesScore::authors, !r.refused && AuthorsMatch(names, a.author));
    }
    if (!str("lang").empty()) {
      score("language", &PagesScore::language, !r.refused && str("lang") == LanguageCodeOf(a));
    }
    if (!str("body").empty()) {
      const std::string lang = str("lang");
      const bool by_char = lang == "zh" || lang == "ja";
      for (PagesScore* s : {&m.by_source[r.source], &m.all}) {
        r.body_overlap = s->body.Add(str("body"), text, by_char);
        ++s->bodies;
      }
    }
    const std::string joined = CollapseSpace(text);
    int snippets = 0, snippets_right = 0;
    for (const char* key : {"with", "without"}) {
      if (!j.contains(key) || !j[key].is_array()) continue;
      for (const auto& sn : j[key]) {
        if (!sn.is_string()) continue;
        const std::string want = CollapseSpace(sn.get<std::string>());
        if (want.empty()) continue;
        const bool present = !r.refused && joined.find(want) != std::string::npos;
        ++snippets;
        snippets_right += (std::string(key) == "with") == present && !r.refused;
      }
    }
    if (snippets > 0) {
      r.right["snippets"] = snippets_right == snippets;
      for (PagesScore* s : {&m.by_source[r.source], &m.all}) {
        s->snippets.pages += snippets;
        s->snippets.right += snippets_right;
      }
    }
    m.results.push_back(std::move(r));
  }
  return m;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_PAGES_MEASURE_H_
