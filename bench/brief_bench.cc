// Copyright 2026 The precis Authors.
//
// Speed of the brief engine (figures in the README):
//   BM_BriefChinese2000  one 2,153-character Chinese article (CLTS sample
//                        clts-sample-5, 10 paragraphs): sentences, words,
//                        analysis, plan, realization and Markdown, once the
//                        data files are loaded
//   BM_BriefEnglish      one BBC article of about 400 words
//   BM_EvalLcsts         `precis eval` over the 2,000 LCSTS posts (briefs,
//                        LEAD and ROUGE), bytes of article text per second
// Run: build/bench/brief_bench --benchmark_min_time=1

#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "eval/eval.h"
#include "load_text.h"
#include "precis/engine.h"
#include "precis/text.h"
#include "render/brief_writer.h"

namespace {

const precis::TextProcessor& Text() { return precis::testing::LoadedText(); }

precis::Article FindArticle(const std::string& path, const std::string& id, size_t index) {
  std::ifstream in(path);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    if ((!id.empty() && j["id"] == id) || (id.empty() && n == index)) {
      precis::Article a;
      a.title = j.value("title", "");
      a.language = j["lang"] == "zh" ? precis::Language::kChinese : precis::Language::kEnglish;
      for (const auto& p : j["paragraphs"]) a.paragraphs.push_back(p.get<std::string>());
      return a;
    }
    ++n;
  }
  std::fprintf(stderr, "article not found in %s\n", path.c_str());
  std::abort();
}

void BriefBench(benchmark::State& state, const precis::Article& article) {
  size_t bytes = 0;
  for (const auto& p : article.paragraphs) bytes += p.size();
  const auto& text = Text();
  for (auto _ : state) {
    precis::Document doc = text.Analyze(article);
    auto brief = precis::BriefDocument(doc, precis::BriefOptions{});
    std::string md = precis::render::BriefToMarkdown(*brief);
    benchmark::DoNotOptimize(md);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

void BM_BriefChinese2000(benchmark::State& state) {
  static const precis::Article article =
      FindArticle(PRECIS_SHARED_DATA "/summarization/zh_clts_samples_dev.jsonl", "clts-sample-5", 0);
  BriefBench(state, article);
}
BENCHMARK(BM_BriefChinese2000)->Unit(benchmark::kMicrosecond);

void BM_BriefEnglish(benchmark::State& state) {
  static const precis::Article article =
      FindArticle(PRECIS_SHARED_DATA "/summarization/en_bbc_dev.jsonl", "", 0);
  BriefBench(state, article);
}
BENCHMARK(BM_BriefEnglish)->Unit(benchmark::kMicrosecond);

void BM_EvalLcsts(benchmark::State& state) {
  const auto& text = Text();
  size_t bytes = 0;
  for (auto _ : state) {
    auto report = precis::eval::RunEval(PRECIS_SHARED_DATA "/summarization/zh_lcsts_dev.jsonl", text,
                                        precis::eval::EvalOptions{});
    if (!report.ok()) state.SkipWithError(report.status().ToString().c_str());
    bytes = report->input_bytes;
    benchmark::DoNotOptimize(report);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_EvalLcsts)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
