// Copyright 2026 The precis Authors.
//
// The development sets of ../shared/data/summarization, line by line, as
// Articles, for the data-wide tests; and how many articles each holds, so
// that a test reading them fails when a set, or part of one, goes missing.

#ifndef PRECIS_TESTS_DEV_SETS_H_
#define PRECIS_TESTS_DEV_SETS_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/engine.h"
#include "text/language_id.h"

namespace precis::testing {

// Every development set and its article count (../shared/data/README.md).
inline const std::map<std::string, size_t>& DevSetSizes() {
  static const std::map<std::string, size_t> sizes = {
      {"en_bbc_dev.jsonl", 1112},
      {"en_xsum_dev.jsonl", 489},
      {"zh_clts_samples_dev.jsonl", 6},
      {"zh_lcsts_dev.jsonl", 2000},
  };
  return sizes;
}

// Articles of the sets in a language the built-in engine does not brief:
// en_xsum_dev's two Welsh BBC Cymru stories.
constexpr size_t kDevSetOtherLanguages = 2;

// The articles ForEachDevArticle visits: all but those in other languages.
inline size_t DevSetTotal() {
  size_t total = 0;
  for (const auto& [file, n] : DevSetSizes()) total += n;
  return total - kDevSetOtherLanguages;
}

struct DevArticle {
  std::string where;  // "file.jsonl:line"
  std::string id;
  Article article;
  std::string reference;
};

// Calls visit(const DevArticle&) for every line of every .jsonl in `dir` in
// Chinese or English, in file name order;
// returns how many articles each file held (file name -> count), which a
// test compares with DevSetSizes().
template <typename Visit>
std::map<std::string, size_t> ForEachDevArticle(const std::string& dir, Visit visit) {
  std::map<std::string, size_t> counts;
  if (!std::filesystem::is_directory(dir)) return counts;
  // In file name order, so that a run over the sets is the same everywhere.
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    size_t n = 0;
    while (std::getline(in, line)) {
      ++n;
      auto j = nlohmann::json::parse(line);
      DevArticle dev;
      dev.where = file.filename().string() + ":" + std::to_string(n);
      dev.id = j.value("id", "");
      dev.article.title = j.value("title", "");
      for (const auto& p : j["paragraphs"]) dev.article.paragraphs.push_back(p.get<std::string>());
      dev.article.language = j.value("lang", "") == "zh" ? Language::kChinese : Language::kEnglish;
      dev.reference = j.value("reference", "");
      // The built-in engine briefs Chinese and English: articles in other
      // languages (kDevSetOtherLanguages) are counted, not visited.
      if (!BuiltInEngineBriefs(text::IdentifyLanguage(dev.article))) continue;
      visit(dev);
    }
    counts[file.filename().string()] = n;
  }
  return counts;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_DEV_SETS_H_
