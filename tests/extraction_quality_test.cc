// Copyright 2026 The precis Authors.
//
// Quality floor of the HTML reader on the article-extraction-benchmark pages
// in ../shared/data/extraction, with the benchmark's metric (see
// bench/extraction_eval.cc for the same computation as a tool). Reference
// points: trafilatura about 0.95, Readability.js about 0.94.

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <zlib.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "precis/reader.h"
#include "test_util.h"
#include "util/utf8.h"

namespace precis {
namespace {

std::map<std::string, int> Shingles(const std::string& text) {
  std::vector<std::string> tokens;
  std::string cur;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    auto c = static_cast<UChar32>(util::DecodeUtf8(text, &i));
    if (c == '_' || u_isalpha(c) || (U_GET_GC_MASK(c) & (U_GC_N_MASK | U_GC_M_MASK))) {
      cur.append(text, start, i - start);
    } else if (!cur.empty()) {
      tokens.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) tokens.push_back(cur);
  std::map<std::string, int> out;
  size_t last = tokens.size() >= 4 ? tokens.size() - 3 : 1;
  for (size_t i = 0; i < last; ++i) {
    std::string key;
    for (size_t k = i; k < std::min(tokens.size(), i + 4); ++k) key += tokens[k] + "\x1f";
    if (!key.empty()) ++out[key];
  }
  return out;
}

TEST(ExtractionQualityTest, ShingleF1AtLeast096) {
  std::ifstream in(testing::SharedData("extraction/ground-truth.json"));
  ASSERT_TRUE(in);
  auto truth = nlohmann::json::parse(in);
  double p_sum = 0, r_sum = 0;
  int p_n = 0, r_n = 0;
  for (const auto& [id, page] : truth.items()) {
    gzFile f = gzopen(testing::SharedData("extraction/html/" + id + ".html.gz").c_str(), "rb");
    ASSERT_NE(f, nullptr) << id;
    std::string html;
    char buf[1 << 16];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0) html.append(buf, static_cast<size_t>(n));
    gzclose(f);
    ReadOptions options;
    options.format = InputFormat::kHtml;
    auto article = ReadArticleBytes(html, id + ".html", options);
    std::string predicted;
    if (article.ok()) {
      for (const auto& p : article->paragraphs) predicted += p + "\n";
    }
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
      fn += std::max(0, c - (it == pred.end() ? 0 : it->second));
    }
    const double s = tp + fp + fn;
    if (s > 0) {
      tp /= s;
      fp /= s;
      fn /= s;
    }
    if (tp + fp > 0) {
      p_sum += (fp == 0 && fn == 0) ? 1.0 : tp / (tp + fp);
      ++p_n;
    }
    if (tp + fn > 0) {
      r_sum += (fp == 0 && fn == 0) ? 1.0 : tp / (tp + fn);
      ++r_n;
    }
  }
  const double p = p_sum / p_n, r = r_sum / r_n, f1 = 2 * p * r / (p + r);
  std::cout << "extraction: P " << p << " R " << r << " F1 " << f1 << "\n";
  EXPECT_GE(f1, 0.96);
}

}  // namespace
}  // namespace precis
