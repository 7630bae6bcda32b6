// Copyright 2026 The precis Authors.
//
// extraction_eval [EXTRACTION_DIR] [--show ID]: scores precis' HTML reader on
// the article-extraction-benchmark pages (html/ID.html.gz, ground-truth.json)
// with the benchmark's own metric (evaluate.py): 4-token shingles of \w+
// tokens, per-page TP/FP/FN normalised to sum 1, precision and recall
// averaged over pages, F1 of the averages. The extracted body is the
// article's paragraphs joined by newlines.

#include <zlib.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "precis/reader.h"
#include "shingle_score.h"

namespace {

bool Gunzip(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  gzclose(f);
  return n == 0;
}

}  // namespace

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
  std::ifstream in(dir + "/ground-truth.json");
  if (!in) {
    std::cerr << "extraction_eval: " << dir << "/ground-truth.json not found\n";
    return 2;
  }
  auto truth = nlohmann::json::parse(in);
  precis::shingle::Scorer scorer;
  int failed = 0;
  std::vector<std::pair<double, std::string>> worst;
  for (const auto& [id, page] : truth.items()) {
    std::string html;
    if (!Gunzip(dir + "/html/" + id + ".html.gz", &html)) {
      std::cerr << "extraction_eval: cannot read " << id << "\n";
      return 2;
    }
    precis::ReadOptions options;
    options.format = precis::InputFormat::kHtml;
    options.url = page.value("url", "");
    auto article = precis::ReadArticleBytes(html, id + ".html", options);
    std::string predicted;
    if (article.ok()) {
      for (const auto& p : article->paragraphs) predicted += p + "\n";
    } else {
      ++failed;
    }
    if (id == show) std::cout << predicted << "\n---- gold ----\n" << page.value("articleBody", "") << "\n";
    const double tp = scorer.Add(page.value("articleBody", ""), predicted);
    worst.emplace_back(tp, id);
  }
  std::printf("pages %zu  precision %.3f  recall %.3f  F1 %.3f  (%d pages failed)\n", truth.size(),
              scorer.precision(), scorer.recall(), scorer.f1(), failed);
  std::sort(worst.begin(), worst.end());
  std::printf("lowest overlap:");
  for (size_t i = 0; i < std::min<size_t>(8, worst.size()); ++i) {
    std::printf(" %s(%.2f)", worst[i].second.substr(0, 8).c_str(), worst[i].first);
  }
  std::printf("\n");
  return 0;
}
