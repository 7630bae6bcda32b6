// Copyright 2026 The precis Authors.
//
// html_zh_eval [EXPECTED.jsonl] [PAGES_DIR]: how often precis gets the four
// fields of a Chinese news page right (title, source, published time, clean
// body) on ../shared/data/html-zh, against the hand-read values in
// tests/data/html_zh_expected.jsonl. Prints each page's misses, then the
// accuracy of each field and of all four together.

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
  int title = 0, source = 0, published = 0, body = 0, all = 0;
  for (const auto& row : rows) {
    const auto score = precis::testing::ScorePage(row, precis::ReadArticleFile(dir + "/" + row.file));
    title += score.title;
    source += score.source;
    published += score.published;
    body += score.body;
    const bool whole = score.title && score.source && score.published && score.body;
    all += whole;
    if (!whole) std::printf("%-24s %s\n", row.file.c_str(), score.misses.c_str());
  }
  const double n = static_cast<double>(rows.size());
  std::printf(
      "pages %zu  title %.3f  source %.3f  published %.3f  body %.3f  "
      "fields %.3f  all-four %.3f\n",
      rows.size(), title / n, source / n, published / n, body / n,
      (title + source + published + body) / (4 * n), all / n);
  return 0;
}
