// Copyright 2026 The precis Authors.
//
// How surely `precis check` audits an English brief of a Chinese article:
// the briefs of tests/data/crosslingual (written for this purpose, the way a
// strong model writes them — names in their English forms, numbers
// converted, sentences merged) against their html-zh pages, each faithful
// statement counted supported or not, and each planted fault (a changed
// number, a wrong citation, an invented name, an invented claim with the
// right numbers and names; PAGE.faults.jsonl) counted caught when the
// statement that holds it is not supported. Shared by
// bench/crosslingual_eval and tests/readme_figures_test.cc.

#ifndef PRECIS_TESTS_CROSSLINGUAL_MEASURE_H_
#define PRECIS_TESTS_CROSSLINGUAL_MEASURE_H_

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "precis/check.h"
#include "precis/reader.h"
#include "precis/text.h"

namespace precis::testing {

struct CrossLingualCounts {
  size_t briefs = 0;
  size_t statements = 0;  // claims of the faithful briefs
  size_t supported = 0;
  size_t fully_checked = 0;  // supported, and not only on numbers, dates and names
  std::map<std::string, std::pair<size_t, size_t>> faults;  // kind -> (planted, caught)
  std::vector<std::string> notes;                           // what went wrong, for --show

  size_t planted() const {
    size_t n = 0;
    for (const auto& [kind, pc] : faults) n += pc.first;
    return n;
  }
  size_t caught() const {
    size_t n = 0;
    for (const auto& [kind, pc] : faults) n += pc.second;
    return n;
  }
};

namespace crosslingual_internal {

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Where each statement line of a brief in Markdown stands, as CheckReport
// names it: "core", "group 2 bullet 1".
inline std::map<std::string, std::string> StatementPlaces(const std::string& markdown) {
  std::map<std::string, std::string> out;
  std::istringstream lines(markdown);
  std::string line;
  int group = 0, bullet = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("Core Viewpoint", 0) == 0) {
      out[line] = "core";
    } else if (line.rfind("Group ", 0) == 0) {
      ++group;
      bullet = 0;
    } else if (line.rfind("- ", 0) == 0) {
      out[line] = "group " + std::to_string(group) + " bullet " + std::to_string(++bullet);
    }
  }
  return out;
}

inline std::string ReportNotes(const CheckReport& report, const std::string& where_prefix) {
  std::string out;
  for (const auto& s : report.statements) {
    if (!where_prefix.empty() && s.where != where_prefix && s.where.rfind(where_prefix + " ", 0) != 0)
      continue;
    out += "    " + s.where + " " + VerdictName(s.verdict) + (s.partial ? " (partly)" : "") + ": " + s.text +
           "\n";
    for (const auto& p : s.problems) out += "      ! " + p + "\n";
    for (const auto& e : s.evidence) out += "      + " + e + "\n";
  }
  return out;
}

}  // namespace crosslingual_internal

// The briefs under `briefs_dir` (PAGE.brief.md, PAGE.faults.jsonl) checked
// against `pages_dir`/PAGE.html; `half` 0 or 1 takes every other page (in
// name order), -1 all.
inline CrossLingualCounts MeasureCrossLingual(const std::string& briefs_dir, const std::string& pages_dir,
                                              const TextProcessor& text, int half = -1) {
  using namespace crosslingual_internal;
  CrossLingualCounts c;
  std::vector<std::string> pages;
  if (std::filesystem::is_directory(briefs_dir)) {
    for (const auto& e : std::filesystem::directory_iterator(briefs_dir)) {
      const std::string name = e.path().filename().string();
      if (name.size() > 9 && name.ends_with(".brief.md")) pages.push_back(name.substr(0, name.size() - 9));
    }
  }
  std::sort(pages.begin(), pages.end());
  for (size_t i = 0; i < pages.size(); ++i) {
    if (half >= 0 && static_cast<int>(i % 2) != half) continue;
    const std::string& page = pages[i];
    auto article = ReadArticleFile(pages_dir + "/" + page + ".html");
    if (!article.ok()) {
      c.notes.push_back(page + ": " + article.status().ToString());
      continue;
    }
    text.Annotate(&*article);
    const Document doc = text.Analyze(std::move(*article));
    const std::string markdown = ReadAll(briefs_dir + "/" + page + ".brief.md");
    auto brief = ParseBrief(markdown, page + ".brief.md");
    if (!brief.ok()) {
      c.notes.push_back(page + ": " + brief.status().ToString());
      continue;
    }
    ++c.briefs;
    const CheckReport report = CheckBrief(*brief, doc, text);
    for (const auto& s : report.statements) {
      ++c.statements;
      if (s.verdict == Verdict::kSupported) {
        ++c.supported;
        if (!s.partial) ++c.fully_checked;
      }
      if (s.verdict != Verdict::kSupported || s.partial) {
        CheckReport one;
        one.statements.push_back(s);
        c.notes.push_back(page + " faithful:\n" + ReportNotes(one, ""));
      }
    }
    const auto places = StatementPlaces(markdown);
    std::istringstream faults(ReadAll(briefs_dir + "/" + page + ".faults.jsonl"));
    std::string line;
    while (std::getline(faults, line)) {
      if (line.empty()) continue;
      const nlohmann::json f = nlohmann::json::parse(line, nullptr, false);
      if (!f.is_object() || !f.contains("kind") || !f.contains("original") || !f.contains("altered")) {
        c.notes.push_back(page + ": bad fault line " + line);
        continue;
      }
      const std::string kind = f["kind"], original = f["original"], altered = f["altered"];
      auto& [planted, caught] = c.faults[kind];
      ++planted;
      const auto place = places.find(original);
      const size_t at = markdown.find(original);
      if (place == places.end() || at == std::string::npos) {
        c.notes.push_back(page + ": fault's statement not in the brief: " + original);
        continue;
      }
      std::string faulty = markdown;
      faulty.replace(at, original.size(), altered);
      auto faulty_brief = ParseBrief(faulty, page + ".brief.md");
      if (!faulty_brief.ok()) continue;
      const CheckReport r = CheckBrief(*faulty_brief, doc, text);
      bool hit = false;
      for (const auto& s : r.statements) {
        if (s.where != place->second && s.where.rfind(place->second + " ", 0) != 0) continue;
        hit |= s.verdict != Verdict::kSupported;
      }
      if (hit) {
        ++caught;
      } else {
        c.notes.push_back(page + " missed " + kind + " fault:\n" + ReportNotes(r, place->second));
      }
    }
  }
  return c;
}

// The lines bench/crosslingual_eval prints and the README shows.
inline std::vector<std::string> CrossLingualLines(const CrossLingualCounts& c) {
  std::vector<std::string> out;
  char buf[256];
  const double n = c.statements ? static_cast<double>(c.statements) : 1.0;
  std::snprintf(buf, sizeof buf,
                "briefs %zu  faithful statements %zu  supported %zu (%.1f%%)  fully checked %zu (%.1f%%)",
                c.briefs, c.statements, c.supported, 100.0 * static_cast<double>(c.supported) / n,
                c.fully_checked, 100.0 * static_cast<double>(c.fully_checked) / n);
  out.emplace_back(buf);
  for (const auto& [kind, pc] : c.faults) {
    std::snprintf(buf, sizeof buf, "fault %-8s planted %3zu  caught %3zu (%.1f%%)", kind.c_str(), pc.first,
                  pc.second,
                  pc.first ? 100.0 * static_cast<double>(pc.second) / static_cast<double>(pc.first) : 0.0);
    out.emplace_back(buf);
  }
  std::snprintf(
      buf, sizeof buf, "faults all     planted %3zu  caught %3zu (%.1f%%)", c.planted(), c.caught(),
      c.planted() ? 100.0 * static_cast<double>(c.caught()) / static_cast<double>(c.planted()) : 0.0);
  out.emplace_back(buf);
  return out;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_CROSSLINGUAL_MEASURE_H_
