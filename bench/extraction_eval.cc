// Copyright 2026 The precis Authors.
//
// extraction_eval [EXTRACTION_DIR] [--show ID]: scores precis' HTML reader on
// the article-extraction-benchmark pages (html/ID.html.gz, ground-truth.json)
// with the benchmark's own metric (evaluate.py): 4-token shingles of \w+
// tokens, per-page TP/FP/FN normalised to sum 1, precision and recall
// averaged over pages, F1 of the averages. The extracted body is the
// article's paragraphs joined by newlines.

#include <unicode/uchar.h>
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
#include "util/utf8.h"

namespace {

std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t cp = precis::util::DecodeUtf8(text, &i);
    const auto c = static_cast<UChar32>(cp);
    const bool word = cp == '_' || u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_N_MASK) != 0 ||
                      (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
    if (word) {
      cur.append(text, start, i - start);
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::map<std::string, int> Shingles(const std::string& text) {
  auto t = Tokens(text);
  std::map<std::string, int> out;
  const size_t n = 4;
  size_t last = t.size() >= n ? t.size() - n + 1 : 1;
  for (size_t i = 0; i < last; ++i) {
    std::string key;
    for (size_t k = i; k < std::min(t.size(), i + n); ++k) key += t[k] + "\x1f";
    if (!key.empty()) ++out[key];
  }
  return out;
}

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
  double p_sum = 0, r_sum = 0;
  int p_n = 0, r_n = 0, failed = 0;
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
    auto gold = Shingles(page.value("articleBody", ""));
    auto pred = Shingles(predicted);
    double tp = 0, fp = 0, fn = 0;
    for (const auto& [k, c] : pred) {
      auto it = gold.find(k);
      int g = it == gold.end() ? 0 : it->second;
      tp += std::min(c, g);
      fp += std::max(0, c - g);
    }
    for (const auto& [k, c] : gold) {
      auto it = pred.find(k);
      int q = it == pred.end() ? 0 : it->second;
      fn += std::max(0, c - q);
    }
    double s = tp + fp + fn;
    if (s > 0) {
      tp /= s;
      fp /= s;
      fn /= s;
    }
    auto precision = [&]() { return (fp == 0 && fn == 0) ? 1.0 : (tp == 0 && fp == 0) ? 0.0 : tp / (tp + fp); };
    auto recall = [&]() { return (fp == 0 && fn == 0) ? 1.0 : (tp == 0 && fn == 0) ? 0.0 : tp / (tp + fn); };
    if (tp + fp > 0) {
      p_sum += precision();
      ++p_n;
    }
    if (tp + fn > 0) {
      r_sum += recall();
      ++r_n;
    }
    worst.emplace_back(tp, id);
  }
  const double p = p_n ? p_sum / p_n : 0, r = r_n ? r_sum / r_n : 0;
  std::printf("pages %zu  precision %.3f  recall %.3f  F1 %.3f  (%d pages failed)\n", truth.size(), p, r,
              p + r > 0 ? 2 * p * r / (p + r) : 0.0, failed);
  std::sort(worst.begin(), worst.end());
  std::printf("lowest overlap:");
  for (size_t i = 0; i < std::min<size_t>(8, worst.size()); ++i) {
    std::printf(" %s(%.2f)", worst[i].second.substr(0, 8).c_str(), worst[i].first);
  }
  std::printf("\n");
  return 0;
}
