// Copyright 2026 The precis Authors.
//
// Speed of the text stage (figures in the README):
//   BM_SegmentPku        Chinese segmentation, bytes/s over the PKU test text
//   BM_LoadText          loading every data file (dictionary, HMM, pinyin, t2s)
//   BM_SplitSentences/zh sentence splitting, bytes/s over Chinese news (LCSTS)
//   BM_SplitSentences/en sentence splitting, bytes/s over English news (BBC)
//   BM_TokenizeEnglish   ICU words + possessives + Snowball, bytes/s (BBC)
// Run: build/bench/text_bench --benchmark_min_time=1

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "load_text.h"
#include "precis/text.h"

namespace {

const precis::TextProcessor& Text() { return precis::testing::LoadedText(); }

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  if (lines.empty()) {
    std::fprintf(stderr, "no data in %s\n", path.c_str());
    std::abort();
  }
  return lines;
}

std::vector<std::string> Paragraphs(const std::string& jsonl, size_t max_docs) {
  std::vector<std::string> out;
  size_t docs = 0;
  for (const auto& line : ReadLines(jsonl)) {
    if (docs++ == max_docs) break;
    auto j = nlohmann::json::parse(line);
    for (const auto& p : j["paragraphs"]) out.push_back(p.get<std::string>());
  }
  return out;
}

long MaxRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

void BM_SegmentPku(benchmark::State& state) {
  const auto lines = ReadLines(PRECIS_SHARED_DATA "/cws/pku_test.utf8");
  size_t bytes = 0;
  for (const auto& l : lines) bytes += l.size() + 1;
  const auto& text = Text();
  for (auto _ : state) {
    size_t words = 0;
    for (const auto& l : lines) words += text.SegmentWords(l).size();
    benchmark::DoNotOptimize(words);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_SegmentPku)->Unit(benchmark::kMillisecond);

void BM_LoadText(benchmark::State& state) {
  long rss_before = MaxRssKb();
  for (auto _ : state) {
    auto text = precis::TextProcessor::Load();
    if (!text.ok()) state.SkipWithError(text.status().ToString().c_str());
    benchmark::DoNotOptimize(text);
  }
  state.counters["peak_rss_MB"] = static_cast<double>(MaxRssKb()) / 1024.0;
  state.counters["rss_growth_MB"] = static_cast<double>(MaxRssKb() - rss_before) / 1024.0;
}
BENCHMARK(BM_LoadText)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  const bool zh = state.range(0) == 0;
  const auto paragraphs = zh ? Paragraphs(PRECIS_SHARED_DATA "/summarization/zh_lcsts_dev.jsonl", 2000)
                             : Paragraphs(PRECIS_SHARED_DATA "/summarization/en_bbc_dev.jsonl", 300);
  size_t bytes = 0;
  for (const auto& p : paragraphs) bytes += p.size();
  const auto& text = Text();
  const auto language = zh ? precis::Language::kChinese : precis::Language::kEnglish;
  for (auto _ : state) {
    size_t n = 0;
    for (const auto& p : paragraphs) n += text.SplitSentences(p, language).size();
    benchmark::DoNotOptimize(n);
  }
  state.SetLabel(zh ? "zh" : "en");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_SplitSentences)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_TokenizeEnglish(benchmark::State& state) {
  const auto paragraphs = Paragraphs(PRECIS_SHARED_DATA "/summarization/en_bbc_dev.jsonl", 300);
  size_t bytes = 0;
  for (const auto& p : paragraphs) bytes += p.size();
  const auto& text = Text();
  for (auto _ : state) {
    size_t n = 0;
    precis::NormTable norms;  // one article's
    for (const auto& p : paragraphs) n += text.Tokenize(p, precis::Language::kEnglish, &norms).size();
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_TokenizeEnglish)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
