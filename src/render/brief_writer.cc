// Copyright 2026 The precis Authors.

#include "render/brief_writer.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "util/units.h"

namespace precis::render {
namespace {

struct Labels {
  const char* core;
  const char* group;  // "Group %d: "
  const char* colon;
};

Labels LabelsFor(Language language, Script script) {
  if (language == Language::kChinese) {
    if (script == Script::kTraditional) return {"核心觀點", "第%d組：", "："};
    return {"核心观点", "第%d组：", "："};
  }
  return {"Core Viewpoint", "Group %d: ", ": "};
}

// A statement kept though it failed the audit says so first.
std::string Marked(const Statement& s, Language language) {
  if (s.verdict != "unverified") return s.text;
  return (language == Language::kChinese ? "【未核实】" : "[unverified] ") + s.text;
}

std::string WithCitations(const Statement& s, Language language) {
  std::string out = Marked(s, language);
  if (!s.citations.empty()) {
    if (language == Language::kEnglish && !out.empty()) out.push_back(' ');
    out += FormatCitations(s.citations);
  }
  return out;
}

nlohmann::ordered_json StatementJson(const Statement& s, bool with_items) {
  nlohmann::ordered_json j;
  j["text"] = s.text;
  j["citations"] = s.citations;
  if (!s.verdict.empty()) j["verdict"] = s.verdict;
  if (with_items) {
    j["items"] = nlohmann::ordered_json::array();
    for (const auto& item : s.items) j["items"].push_back(StatementJson(item, false));
  }
  return j;
}

}  // namespace

std::string FormatCitations(const std::vector<int>& citations) {
  std::string out;
  for (int c : citations) {
    out += '[';
    out += std::to_string(c);
    out += ']';
  }
  return out;
}

std::string BriefToMarkdown(const Brief& brief) {
  const Labels labels = LabelsFor(brief.language, brief.script);
  std::string out;
  if (!brief.title.empty()) out += "# " + brief.title + "\n\n";
  std::string byline = brief.source;
  if (brief.language == Language::kEnglish && !brief.source_latin.empty()) {
    byline = brief.source_latin;  // an English brief of a Chinese source: Xin Lang Cai Jing
  } else if (!brief.source_latin.empty() && brief.source_latin != brief.source) {
    byline += byline.empty() ? brief.source_latin : " (" + brief.source_latin + ")";
  }
  if (!brief.published.empty()) byline += (byline.empty() ? "" : " · ") + brief.published;
  if (!byline.empty()) out += byline + "\n\n";
  out += std::string("**") + labels.core + "** - " + WithCitations(brief.core, brief.language) + "\n";
  int n = 0;
  for (const auto& group : brief.groups) {
    char head[64];
    std::snprintf(head, sizeof head, labels.group, ++n);
    out += "\n**" + std::string(head) + group.title + "**\n\n";
    for (const auto& bullet : group.bullets) {
      if (bullet.text.empty() && !bullet.items.empty()) {
        out += "-";
      } else {
        out += "- " + WithCitations(bullet, brief.language);
      }
      out += "\n";
      int k = 0;
      for (const auto& item : bullet.items) {
        out += "  " + std::to_string(++k) + ". " + WithCitations(item, brief.language) + "\n";
      }
    }
  }
  if (!brief.note.empty()) out += "\n_" + brief.note + "_\n";
  return out;
}

nlohmann::ordered_json BriefJson(const Brief& brief) {
  nlohmann::ordered_json j;
  j["title"] = brief.title;
  j["source"] = brief.source;
  j["source_latin"] = brief.source_latin;
  j["published"] = brief.published;
  j["language"] = LanguageCode(brief.language);
  j["paragraph_count"] = brief.paragraph_count;
  j["core"] = StatementJson(brief.core, false);
  j["groups"] = nlohmann::ordered_json::array();
  for (const auto& group : brief.groups) {
    nlohmann::ordered_json g;
    g["title"] = group.title;
    g["bullets"] = nlohmann::ordered_json::array();
    for (const auto& bullet : group.bullets) g["bullets"].push_back(StatementJson(bullet, true));
    j["groups"].push_back(std::move(g));
  }
  if (!brief.engine.empty()) {
    j["engine"] = brief.engine;
    j["model"] = brief.model;
    j["prompt_version"] = brief.prompt_version;
    const Verification& v = brief.verification;
    j["verification"] = {{"supported", v.supported},
                         {"repaired", v.repaired},
                         {"regenerated", v.regenerated},
                         {"dropped", v.dropped},
                         {"unverified", v.unverified}};
    if (!brief.note.empty()) j["note"] = brief.note;
  }
  return j;
}

std::string BriefToJson(const Brief& brief) {
  return BriefJson(brief).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string BriefToText(const Brief& brief, int budget, bool citations) {
  // Statements by importance: core first, then bullets and items.
  std::vector<const Statement*> ranked;
  for (const auto& group : brief.groups) {
    for (const auto& bullet : group.bullets) {
      if (!bullet.text.empty()) ranked.push_back(&bullet);
      for (const auto& item : bullet.items) ranked.push_back(&item);
    }
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Statement* x, const Statement* y) { return x->importance > y->importance; });
  ranked.insert(ranked.begin(), &brief.core);

  const Language language = brief.language;
  std::string out;
  int left = budget > 0 ? budget : 1 << 30;
  for (const Statement* s : ranked) {
    if (left <= 0) break;
    std::string kept;
    size_t begin = 0;
    for (size_t end : s->sentence_ends) {
      std::string_view sentence = std::string_view(s->text).substr(begin, end - begin);
      begin = end;
      const int units = util::ContentUnits(sentence, language);
      if (units <= left) {
        kept.append(sentence);
        left -= units;
      } else if (out.empty() && kept.empty()) {
        // A single sentence larger than the whole budget: cut it.
        kept = util::TruncateToUnits(sentence, left, language);
        left = 0;
        break;
      }
    }
    std::string_view trimmed = kept;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\n')) trimmed.remove_suffix(1);
    if (trimmed.empty()) continue;
    if (!out.empty()) out += "\n";
    if (s->verdict == "unverified") out += language == Language::kChinese ? "【未核实】" : "[unverified] ";
    out += trimmed;
    if (citations && !s->citations.empty()) {
      if (language == Language::kEnglish) out += " ";
      out += FormatCitations(s->citations);
    }
  }
  return out.empty() ? out : out + "\n";
}

}  // namespace precis::render
