// Copyright 2026 The precis Authors.
//
// extraction_eval [EXTRACTION_DIR] [--show ID]: scores precis' HTML reader on
// the article-extraction-benchmark pages with the benchmark's own metric
// (tests/extraction_measure.h): 4-token shingles of \w+ tokens, per-page
// TP/FP/FN normalised to sum 1, precision and recall averaged over pages,
// F1 of the averages. --show ID prints one page's extracted and gold text.

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "extraction_measure.h"

int main(int argc, char** argv) {
  std::string dir = PRECIS_SHARED_DATA "/extraction";
  std::string show;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--show" && i + 1 < argc) {
      show = argv[++i];
    } else {
      dir = a;
    }
  }
  if (!show.empty()) {
    std::ifstream in(dir + "/ground-truth.json");
    auto truth = nlohmann::json::parse(in, nullptr, false);
    std::string html;
    if (truth.is_discarded() || !truth.contains(show) ||
        !precis::testing::Gunzip(dir + "/html/" + show + ".html.gz", &html)) {
      std::cerr << "extraction_eval: " << show << ": no such page in " << dir << "\n";
      return 2;
    }
    bool refused = false;
    std::cout << precis::testing::ExtractedBody(html, show, truth[show].value("url", ""), &refused)
              << "\n---- gold ----\n"
              << truth[show].value("articleBody", "") << "\n";
  }
  auto m = precis::testing::MeasureExtraction(dir);
  if (!m.error.empty()) {
    std::cerr << "extraction_eval: " << m.error << "\n";
    return 2;
  }
  std::printf("pages %zu  precision %.3f  recall %.3f  F1 %.3f  (%zu pages failed)\n", m.pages, m.precision,
              m.recall, m.f1, m.refused);
  std::sort(m.overlap.begin(), m.overlap.end());
  std::printf("lowest overlap:");
  for (size_t i = 0; i < std::min<size_t>(8, m.overlap.size()); ++i) {
    std::printf(" %s(%.2f)", m.overlap[i].second.substr(0, 8).c_str(), m.overlap[i].first);
  }
  std::printf("\n");
  return 0;
}
