// Copyright 2026 The precis Authors.
//
// pages_eval [--half A|B|all] [--dir PAGES_DIR] [--misses FIELD] [--show ID]:
// how well precis reads pages of sites it was not tuned on
// (../shared/data/pages, scored as its README says; tests/pages_measure.h).
// Prints, per source and in all, for half A (sites tuned on) and half B
// (sites held out): pages, refused, title, published, authors, language,
// body shingle F1 (precision / recall) and snippet accuracy.
// --misses FIELD lists the pages of the chosen half where FIELD (title,
// published, authors, language, snippets, body) is wrong, with what precis
// read and the label; --show ID prints one page's fields and body.

#include <algorithm>
#include <cstdio>
#include <string>

#include "pages_measure.h"

namespace {

using precis::testing::PagesHalf;
using precis::testing::PagesScore;

void PrintRow(const std::string& name, const PagesScore& s) {
  auto cell = [](const precis::testing::LabelScore& f) {
    char buf[32];
    if (f.pages == 0) return std::string("    -    ");
    std::snprintf(buf, sizeof buf, "%.3f (%3d)", f.share(), f.pages);
    return std::string(buf);
  };
  std::printf("%-12s %5d %5d  %s  %s  %s  %s  %.3f (%.3f/%.3f, %3d)  %s\n", name.c_str(), s.pages, s.refused,
              cell(s.title).c_str(), cell(s.published).c_str(), cell(s.authors).c_str(),
              cell(s.language).c_str(), s.body.f1(), s.body.precision(), s.body.recall(), s.bodies,
              cell(s.snippets).c_str());
}

int Report(const std::string& dir, PagesHalf half, const char* label) {
  auto m = precis::testing::MeasurePages(dir, half);
  if (!m.error.empty()) {
    std::fprintf(stderr, "pages_eval: %s\n", m.error.c_str());
    return 2;
  }
  std::printf("%s\n%-12s %5s %5s  %-11s  %-11s  %-11s  %-11s  %-26s  %s\n", label, "source", "pages", "refus",
              "title", "published", "authors", "language", "body F1 (P/R, pages)", "snippets");
  for (const auto& [source, s] : m.by_source) PrintRow(source, s);
  PrintRow("all", m.all);
  for (const auto& r : m.results) {
    if (r.refused) std::printf("  refused %s/%s: %s\n", r.source.c_str(), r.id.c_str(), r.error.c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = PRECIS_SHARED_DATA "/pages", half_name = "both", misses, show;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--half" && i + 1 < argc) {
      half_name = argv[++i];
    } else if (a == "--dir" && i + 1 < argc) {
      dir = argv[++i];
    } else if (a == "--misses" && i + 1 < argc) {
      misses = argv[++i];
    } else if (a == "--show" && i + 1 < argc) {
      show = argv[++i];
    } else {
      std::fprintf(stderr, "pages_eval: unknown argument %s\n", a.c_str());
      return 2;
    }
  }
  const PagesHalf half = half_name == "A"   ? PagesHalf::kA
                         : half_name == "B" ? PagesHalf::kB
                                            : PagesHalf::kAll;
  if (!show.empty()) {
    auto m = precis::testing::MeasurePages(dir, PagesHalf::kAll, show);
    if (m.results.empty()) {
      std::fprintf(stderr, "pages_eval: no page %s in %s\n", show.c_str(), dir.c_str());
      return 2;
    }
    const auto& r = m.results.front();
    std::printf("%s/%s (site %s, half %c)%s%s\n", r.source.c_str(), r.id.c_str(), r.site.c_str(),
                precis::testing::HalfOfSite(r.site), r.refused ? " refused: " : "", r.error.c_str());
    for (const auto& [field, got] : r.got) {
      auto right = r.right.find(field);
      std::printf("  %-9s %s  %s  | label: %s\n", field.c_str(),
                  right == r.right.end() ? " "
                  : right->second        ? "+"
                                         : "x",
                  got.c_str(), r.gold.count(field) ? r.gold.at(field).c_str() : "");
    }
    if (r.body_overlap >= 0) std::printf("  body overlap %.3f\n", r.body_overlap);
    return 0;
  }
  if (!misses.empty()) {
    auto m = precis::testing::MeasurePages(dir, half);
    if (!m.error.empty()) {
      std::fprintf(stderr, "pages_eval: %s\n", m.error.c_str());
      return 2;
    }
    int n = 0;
    for (const auto& r : m.results) {
      if (misses == "body") {
        if (r.body_overlap >= 0 && r.body_overlap < 0.8) {
          std::printf("%-12s %-50s %.3f%s\n", r.source.c_str(), r.id.c_str(), r.body_overlap,
                      r.refused ? " refused" : "");
          ++n;
        }
        continue;
      }
      auto it = r.right.find(misses);
      if (it == r.right.end() || it->second) continue;
      ++n;
      std::printf("%-12s %-50s got [%s]  label [%s]\n", r.source.c_str(), r.id.c_str(),
                  r.got.count(misses) ? r.got.at(misses).c_str() : "",
                  r.gold.count(misses) ? r.gold.at(misses).c_str() : "");
    }
    std::printf("%d pages\n", n);
    return 0;
  }
  if (half_name == "both") {
    if (int rc = Report(dir, PagesHalf::kA, "half A (sites tuned on)")) return rc;
    std::printf("\n");
    return Report(dir, PagesHalf::kB, "half B (sites held out)");
  }
  return Report(dir, half,
                half == PagesHalf::kA   ? "half A (sites tuned on)"
                : half == PagesHalf::kB ? "half B (sites held out)"
                                        : "all sites");
}
