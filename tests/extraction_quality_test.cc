// Copyright 2026 The precis Authors.
//
// Quality floor of the HTML reader on the article-extraction-benchmark pages
// in ../shared/data/extraction, with the benchmark's metric (see
// bench/extraction_eval.cc for the same computation as a tool). Reference
// points: trafilatura about 0.95, Readability.js about 0.94.

#include <gtest/gtest.h>
#include <zlib.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "precis/reader.h"
#include "shingle_score.h"
#include "test_util.h"
#include "util/utf8.h"

namespace precis {
namespace {

TEST(ExtractionQualityTest, ShingleF1AtLeast096) {
  std::ifstream in(testing::SharedData("extraction/ground-truth.json"));
  ASSERT_TRUE(in);
  auto truth = nlohmann::json::parse(in);
  shingle::Scorer scorer;
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
    scorer.Add(page.value("articleBody", ""), predicted);
  }
  std::cout << "extraction: P " << scorer.precision() << " R " << scorer.recall() << " F1 " << scorer.f1()
            << "\n";
  EXPECT_GE(scorer.f1(), 0.96);
}

}  // namespace
}  // namespace precis
