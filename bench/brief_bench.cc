// Copyright 2026 The precis Authors.
//
// Speed of the brief engine (figures in the README):
//   BM_BriefChinese2000  one 2,153-character Chinese article (CLTS sample
//                        clts-sample-5, 10 paragraphs): sentences, words,
//                        analysis, plan, realization and Markdown, once the
//                        data files are loaded
//   BM_BriefEnglish      one BBC article of about 400 words
//   BM_EvalLcsts         `precis eval --jobs 1` over the LCSTS posts (briefs,
//                        LEAD and ROUGE), bytes of article text per second
//   BM_Stage/S/L         one stage of the pipeline alone, S: 0 read (text
//                        bytes -> Article), 1 sentences and words, 2
//                        analysis, 3 plan, 4 extractive realization, 5
//                        Markdown; L: 0 the Chinese article, 1 the English
// Run: build/bench/brief_bench --benchmark_min_time=1

#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "analyze/analysis.h"
#include "eval/eval.h"
#include "load_text.h"
#include "plan/plan.h"
#include "precis/engine.h"
#include "precis/reader.h"
#include "precis/text.h"
#include "realize/extractive.h"
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
    precis::eval::EvalOptions one_core;
    one_core.jobs = 1;
    auto report =
        precis::eval::RunEval(PRECIS_SHARED_DATA "/summarization/zh_lcsts_dev.jsonl", text, one_core);
    if (!report.ok()) state.SkipWithError(report.status().ToString().c_str());
    bytes = report->input_bytes;
    benchmark::DoNotOptimize(report);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_EvalLcsts)->Unit(benchmark::kMillisecond);

// Where a brief's time goes: each stage alone, on what the stages before it
// made.
void BM_Stage(benchmark::State& state) {
  static const precis::Article articles[] = {
      FindArticle(PRECIS_SHARED_DATA "/summarization/zh_clts_samples_dev.jsonl", "clts-sample-5", 0),
      FindArticle(PRECIS_SHARED_DATA "/summarization/en_bbc_dev.jsonl", "", 0)};
  const precis::Article& article = articles[state.range(1)];
  const auto& text = Text();
  std::string bytes = article.title + "\n\n";
  for (const auto& p : article.paragraphs) bytes += p + "\n\n";
  const precis::Document doc = text.Analyze(article);
  const precis::analyze::Analysis analysis = precis::analyze::Analyze(doc);
  const precis::plan::Plan plan = precis::plan::MakePlan(doc, analysis, {});
  const precis::Brief brief = precis::realize::RealizeExtractive(doc, analysis, plan);
  for (auto _ : state) {
    switch (state.range(0)) {
      case 0: {
        auto read = precis::ReadArticleBytes(bytes, "bench.txt", precis::ReadOptions{});
        benchmark::DoNotOptimize(read);
        break;
      }
      case 1:
        benchmark::DoNotOptimize(text.Analyze(article));
        break;
      case 2:
        benchmark::DoNotOptimize(precis::analyze::Analyze(doc));
        break;
      case 3:
        benchmark::DoNotOptimize(precis::plan::MakePlan(doc, analysis, {}));
        break;
      case 4:
        benchmark::DoNotOptimize(precis::realize::RealizeExtractive(doc, analysis, plan));
        break;
      default:
        benchmark::DoNotOptimize(precis::render::BriefToMarkdown(brief));
        break;
    }
  }
}
BENCHMARK(BM_Stage)->ArgsProduct({{0, 1, 2, 3, 4, 5}, {0, 1}})->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
