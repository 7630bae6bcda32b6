// Copyright 2026 The precis Authors.
//
// What the language-model engine lets through to the reader: the briefs of
// tests/data/crosslingual (or its holdout set) are served as a model's
// answers by a scripted server on 127.0.0.1 (tests/loopback.h) that answers
// the regeneration turn with the same brief — a model that does not mend —
// and precis' engine audits, repairs and drops. Counted: of the faithful
// statements, how many the reader gets (none of a brief whose core
// viewpoint fails); of the planted faults, how many reach the reader (the
// faulty statement shown, with the faulty citations). Shared by
// bench/lm_verify_eval and tests/readme_figures_test.cc.

#ifndef PRECIS_TESTS_LM_VERIFY_MEASURE_H_
#define PRECIS_TESTS_LM_VERIFY_MEASURE_H_

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "loopback.h"
#include "precis/check.h"
#include "precis/engine.h"
#include "precis/pipeline.h"
#include "precis/reader.h"

namespace precis::testing {
namespace lm_verify_internal {

using Json = nlohmann::json;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Json StatementJson(const Statement& s, bool with_items) {
  Json j = {{"text", s.text}, {"citations", s.citations}};
  if (with_items) {
    j["items"] = Json::array();
    for (const auto& i : s.items) j["items"].push_back(StatementJson(i, false));
  }
  return j;
}

// A parsed brief as a model's answer.
std::string AnswerOf(const Brief& b) {
  Json j = {{"core", StatementJson(b.core, false)}, {"groups", Json::array()}};
  for (const auto& g : b.groups) {
    Json group = {{"title", g.title}, {"bullets", Json::array()}};
    for (const auto& bullet : g.bullets) group["bullets"].push_back(StatementJson(bullet, true));
    j["groups"].push_back(group);
  }
  return j.dump();
}

// Every statement shown, as (text, citations).
std::vector<std::pair<std::string, std::vector<int>>> Shown(const Brief& b) {
  std::vector<std::pair<std::string, std::vector<int>>> out = {{b.core.text, b.core.citations}};
  for (const auto& g : b.groups) {
    for (const auto& bullet : g.bullets) {
      if (!bullet.text.empty()) out.emplace_back(bullet.text, bullet.citations);
      for (const auto& i : bullet.items) out.emplace_back(i.text, i.citations);
    }
  }
  return out;
}

}  // namespace lm_verify_internal

struct LmVerifyCounts {
  size_t briefs = 0, statements = 0, kept = 0, planted = 0, reached = 0;
  std::map<std::string, std::pair<size_t, size_t>> by_kind;  // kind -> (planted, reached)
  std::string error;                                         // "" when measured
};

inline LmVerifyCounts MeasureLmVerify(const std::string& briefs, const std::string& shared,
                                      const TextProcessor& text) {
  using namespace lm_verify_internal;
  LmVerifyCounts c;
  std::vector<std::string> pages;
  for (const auto& e : std::filesystem::directory_iterator(briefs)) {
    const std::string name = e.path().filename().string();
    if (name.size() > 9 && name.ends_with(".brief.md")) pages.push_back(name.substr(0, name.size() - 9));
  }
  std::sort(pages.begin(), pages.end());
  auto brief_through = [&](const Document& doc, const Brief& answer) {
    ScriptedLmServer server({Completion(AnswerOf(answer))});
    LmBriefOptions o;
    o.url = server.base_url();
    o.model = "scripted";
    o.language = Language::kEnglish;
    o.keep_unverified = false;
    o.sleep = [](int) {};
    return BriefWithModel(doc, text, o);
  };
  for (const std::string& page : pages) {
    auto doc = LoadDocument(shared + "/html-zh/" + page + ".html", {}, text);
    if (!doc.ok()) {
      c.error = doc.status().ToString();
      return c;
    }
    const std::string markdown = ReadAll(briefs + "/" + page + ".brief.md");
    auto brief = ParseBrief(markdown, page);
    if (!brief.ok()) {
      c.error = brief.status().ToString();
      return c;
    }
    auto faithful = brief_through(*doc, *brief);
    if (!faithful.ok()) {
      c.error = page + ": " + faithful.status().ToString();
      return c;
    }
    const auto before = Shown(*brief);
    c.statements += before.size();
    if (faithful->core_verified) {
      const Verification& v = faithful->brief.verification;
      c.kept += static_cast<size_t>(v.supported + v.repaired + v.regenerated);
    }
    std::istringstream faults(ReadAll(briefs + "/" + page + ".faults.jsonl"));
    std::string line;
    while (std::getline(faults, line)) {
      const Json f = Json::parse(line, nullptr, false);
      if (!f.is_object()) continue;
      std::string faulty = markdown;
      const std::string original = f["original"], altered = f["altered"];
      const size_t at = faulty.find(original);
      if (at == std::string::npos) continue;
      faulty.replace(at, original.size(), altered);
      auto altered_brief = ParseBrief(faulty, page);
      auto one_line = ParseBrief("Core Viewpoint - " + altered.substr(altered.find(' ') + 1), page);
      if (!altered_brief.ok() || !one_line.ok()) continue;
      // The faulty statement, as parsed on its own line.
      const std::string fault_text = one_line->core.text;
      const std::vector<int> fault_citations = one_line->core.citations;
      ++c.planted;
      auto& [kind_planted, kind_reached] = c.by_kind[f["kind"]];
      ++kind_planted;
      auto out = brief_through(*doc, *altered_brief);
      bool shown = false;
      if (out.ok() && out->core_verified) {
        for (const auto& [t, cites] : Shown(out->brief)) shown |= t == fault_text && cites == fault_citations;
      }
      if (shown) {
        ++c.reached;
        ++kind_reached;
      }
    }
  }
  c.briefs = pages.size();
  return c;
}

// The lines bench/lm_verify_eval prints and the README shows.
inline std::vector<std::string> LmVerifyLines(const LmVerifyCounts& c) {
  std::vector<std::string> out;
  char buf[256];
  std::snprintf(buf, sizeof buf, "briefs %zu  faithful statements %zu  kept %zu (%.1f%%)", c.briefs,
                c.statements, c.kept,
                c.statements ? 100.0 * static_cast<double>(c.kept) / static_cast<double>(c.statements) : 0.0);
  out.emplace_back(buf);
  for (const auto& [kind, pr] : c.by_kind) {
    std::snprintf(buf, sizeof buf, "fault %-8s planted %3zu  reached the reader %3zu", kind.c_str(), pr.first,
                  pr.second);
    out.emplace_back(buf);
  }
  std::snprintf(buf, sizeof buf, "faults all     planted %3zu  reached the reader %3zu (%.1f%%)", c.planted,
                c.reached,
                c.planted ? 100.0 * static_cast<double>(c.reached) / static_cast<double>(c.planted) : 0.0);
  out.emplace_back(buf);
  return out;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_LM_VERIFY_MEASURE_H_
