// Copyright 2026 The precis Authors.
//
// The development sets of ../shared/data/summarization, line by line, as
// Articles, for the data-wide tests.

#ifndef PRECIS_TESTS_DEV_SETS_H_
#define PRECIS_TESTS_DEV_SETS_H_

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "precis/article.h"

namespace precis::testing {

struct DevArticle {
  std::string where;  // "file.jsonl:line"
  Article article;
  std::string reference;
};

// Calls visit(const DevArticle&) for every line of every .jsonl in `dir`.
template <typename Visit>
void ForEachDevArticle(const std::string& dir, Visit visit) {
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    std::string line;
    size_t n = 0;
    while (std::getline(in, line)) {
      ++n;
      auto j = nlohmann::json::parse(line);
      DevArticle dev;
      dev.where = entry.path().filename().string() + ":" + std::to_string(n);
      dev.article.title = j.value("title", "");
      for (const auto& p : j["paragraphs"]) dev.article.paragraphs.push_back(p.get<std::string>());
      dev.article.language = j.value("lang", "") == "zh" ? Language::kChinese : Language::kEnglish;
      dev.reference = j.value("reference", "");
      visit(dev);
    }
  }
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_DEV_SETS_H_
