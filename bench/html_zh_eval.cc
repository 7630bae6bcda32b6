// Copyright 2026 The precis Authors.
//
// html_zh_eval [EXPECTED.jsonl] [PAGES_DIR]: how often precis gets the four
// fields of a Chinese news page right (title, source, published time, clean
// body) on ../shared/data/html-zh, against the hand-read values in
// tests/data/html_zh_expected.jsonl. Prints each page's misses, then the
// accuracy of each field and of all four together (tests/page_fields.h).

#include <cstdio>
#include <string>

#include "page_fields.h"
#include "precis/reader.h"

int main(int argc, char** argv) {
  const std::string expected = argc > 1 ? argv[1] : PRECIS_SOURCE_DIR "/tests/data/html_zh_expected.jsonl";
  const std::string dir = argc > 2 ? argv[2] : PRECIS_SHARED_DATA "/html-zh";
  const auto rows = precis::testing::LoadPageExpectations(expected);
  if (rows.empty()) {
    std::fprintf(stderr, "html_zh_eval: no rows in %s\n", expected.c_str());
    return 2;
  }
  const auto m = precis::testing::MeasurePageFields(
      rows, dir, [](const std::string& path) { return precis::ReadArticleFile(path); });
  for (const auto& [file, misses] : m.misses) std::printf("%-24s %s\n", file.c_str(), misses.c_str());
  std::printf("%s\n", m.Line().c_str());
  return 0;
}
