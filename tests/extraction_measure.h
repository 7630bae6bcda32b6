// Copyright 2026 The precis Authors.
//
// precis' HTML reader on the article-extraction-benchmark pages
// (../shared/data/extraction: html/ID.html.gz and ground-truth.json), scored
// with the benchmark's metric (shingle_score.h). The one computation behind
// bench/extraction_eval (which prints the README's figure) and
// tests/readme_figures_test.cc (which holds the README to it).

#ifndef PRECIS_TESTS_EXTRACTION_MEASURE_H_
#define PRECIS_TESTS_EXTRACTION_MEASURE_H_

#include <zlib.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "precis/reader.h"
#include "shingle_score.h"

namespace precis::testing {

struct ExtractionMeasure {
  std::string error;  // non-empty if the data could not be read
  size_t pages = 0;
  size_t refused = 0;  // pages precis refused (they score zero)
  double precision = 0, recall = 0, f1 = 0;
  std::vector<std::pair<double, std::string>> overlap;  // (normalised TP, page id) per page
};

inline bool Gunzip(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  gzclose(f);
  return n == 0;
}

// The extracted body of a page: the article's paragraphs joined by
// newlines, as the benchmark compares them; "" if precis refuses the page.
inline std::string ExtractedBody(const std::string& html, const std::string& id, const std::string& url,
                                 bool* refused) {
  ReadOptions options;
  options.format = InputFormat::kHtml;
  options.url = url;
  auto article = ReadArticleBytes(html, id + ".html", options);
  std::string predicted;
  *refused = !article.ok();
  if (article.ok()) {
    for (const auto& p : article->paragraphs) predicted += p + "\n";
  }
  return predicted;
}

inline ExtractionMeasure MeasureExtraction(const std::string& dir) {
  ExtractionMeasure m;
  std::ifstream in(dir + "/ground-truth.json");
  if (!in) {
    m.error = dir + "/ground-truth.json not found";
    return m;
  }
  auto truth = nlohmann::json::parse(in, nullptr, false);
  if (truth.is_discarded()) {
    m.error = dir + "/ground-truth.json: malformed JSON";
    return m;
  }
  shingle::Scorer scorer;
  for (const auto& [id, page] : truth.items()) {
    std::string html;
    if (!Gunzip(dir + "/html/" + id + ".html.gz", &html)) {
      m.error = "cannot read " + dir + "/html/" + id + ".html.gz";
      return m;
    }
    bool refused = false;
    const std::string predicted = ExtractedBody(html, id, page.value("url", ""), &refused);
    m.refused += refused;
    m.overlap.emplace_back(scorer.Add(page.value("articleBody", ""), predicted), id);
    ++m.pages;
  }
  m.precision = scorer.precision();
  m.recall = scorer.recall();
  m.f1 = scorer.f1();
  return m;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_EXTRACTION_MEASURE_H_
