// Copyright 2026 The precis Authors.
//
// Reading a brief back: precis JSON, the Markdown precis writes, or the
// same shape pasted on one line. The text is cut at its structural marks —
// Core Viewpoint, Group n:, a bullet's "-", an item's "n." — and what lies
// between two marks is one statement; its trailing citation group ([2][3],
// [2, 3], [2-4]) is its citations. Citation groups inside a statement stay
// in its text: the checker splits it there into claims.

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>

#include "check/claims.h"
#include "precis/check.h"
#include "util/utf8.h"

namespace precis {
namespace {

enum class Mark { kCore, kGroup, kBullet, kItem };

struct Cut {
  size_t begin = 0;  // where the mark starts
  size_t end = 0;    // where the statement after it starts
  Mark mark = Mark::kBullet;
  std::string title;  // a group's
};

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

// The last character before byte `at` that is not a space or tab, and
// where it starts; 0 at the start of the text.
char32_t VisibleBefore(const std::string& text, size_t at, size_t* start) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  if (at == 0) {
    *start = 0;
    return 0;
  }
  *start = at;
  return util::DecodeUtf8Before(text, start);
}

// A citation group ends just before `at`, or a citation and its full stop.
bool FollowsCitation(const std::string& text, size_t at) {
  size_t start = 0;
  const char32_t prev = VisibleBefore(text, at, &start);
  if (prev == ']') return true;
  return (prev == '.' || prev == U'。') && VisibleBefore(text, start, &start) == ']';
}

// An inline item number follows a colon, a citation, or a citation and its
// full stop ("were identified: 1. …", "… [10][11]. 2. …").
bool FollowsItemMark(const std::string& text, size_t at) {
  size_t start = 0;
  const char32_t prev = VisibleBefore(text, at, &start);
  return prev == ':' || prev == U'：' || FollowsCitation(text, at);
}

std::vector<Cut> FindCuts(const std::string& text) {
  std::vector<Cut> cuts;
  static const std::regex kCore(
      R"((?:\*\*)?(?:Core Viewpoint|核心观点|核心觀點)(?:\*\*)?\s*(?:-|–|—|:|：)\s*)");
  static const std::regex kGroup(
      R"((?:\*\*)?(?:Group\s*\d+\s*(?::|：)|第\s*\d+\s*(?:组|組)\s*(?::|：))[ \t]*)");
  // The Core Viewpoint mark: the first at the start of a line, else the
  // first anywhere (a title may quote the words).
  std::optional<Cut> core;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kCore); it != std::sregex_iterator(); ++it) {
    const auto begin = static_cast<size_t>(it->position(0));
    Cut cut{begin, begin + static_cast<size_t>(it->length(0)), Mark::kCore, ""};
    if (begin == 0 || text[begin - 1] == '\n') {
      core = cut;
      break;
    }
    if (!core) core = cut;
  }
  if (core) cuts.push_back(*core);
  // Markdown puts every bullet and item on a line of its own; a brief pasted
  // on one line marks bullets with " - " and items with "n." after a colon
  // or a citation.
  const bool lines = text.find("\n- ") != std::string::npos || text.find("\n-\n") != std::string::npos ||
                     text.find("\n  1. ") != std::string::npos;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kGroup); it != std::sregex_iterator(); ++it) {
    Cut cut{static_cast<size_t>(it->position(0)), static_cast<size_t>(it->position(0) + it->length(0)),
            Mark::kGroup, ""};
    // The title runs to the end of the bold or the line; unbolded, in a
    // one-line paste, to the first bullet.
    const bool bold = text.compare(cut.begin, 2, "**") == 0;
    size_t stop = text.size();
    for (std::string_view end : {"**", "\n", " - "}) {
      if (bold && end == " - ") continue;
      stop = std::min(stop, text.find(end, cut.end));
    }
    cut.title = text.substr(cut.end, stop - cut.end);
    cut.end = stop;
    if (text.compare(cut.end, 2, "**") == 0) cut.end += 2;
    cuts.push_back(cut);
  }
  for (size_t i = 0; i < text.size(); ++i) {
    const bool line_start = i == 0 || text[i - 1] == '\n';
    if (text[i] == '-') {
      const bool spaced_after = i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
      size_t indent = i;
      while (indent > 0 && (text[indent - 1] == ' ' || text[indent - 1] == '\t')) --indent;
      const bool at_line = indent == 0 || text[indent - 1] == '\n';
      // Inline, a bullet follows a group's title or a cited statement
      // ("… [3]. - A joint declaration …"); other " - " are text.
      const bool after_title = std::any_of(cuts.begin(), cuts.end(), [&](const Cut& c) {
        return c.mark == Mark::kGroup && (c.end == i - 1 || c.end == i);
      });
      const bool inline_bullet = !lines && i > 0 && text[i - 1] == ' ' && spaced_after &&
                                 (after_title || FollowsCitation(text, i - 1));
      if (spaced_after && (at_line || inline_bullet)) {
        size_t end = i + 1;
        while (end < text.size() && text[end] == ' ') ++end;
        cuts.push_back({at_line ? indent : i - 1, end, Mark::kBullet, ""});
      }
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(text[i])) ||
        (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])))) {
      continue;
    }
    size_t j = i;
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    if (j - i > 2 || j + 1 >= text.size() || text[j] != '.' || (text[j + 1] != ' ' && text[j + 1] != '\t'))
      continue;
    size_t indent = i;
    while (indent > 0 && (text[indent - 1] == ' ' || text[indent - 1] == '\t')) --indent;
    const bool at_line = indent == 0 || text[indent - 1] == '\n';
    const bool after_mark = !lines && !line_start && FollowsItemMark(text, indent);
    if (at_line || after_mark) {
      size_t end = j + 1;
      while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
      cuts.push_back({indent, end, Mark::kItem, ""});
    }
    i = j;
  }
  std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.begin < b.begin; });
  // Marks inside a group's title or overlapping an earlier mark are text,
  // and so is everything above the Core Viewpoint (title, byline).
  std::vector<Cut> kept;
  for (const Cut& c : cuts) {
    if (core && c.begin < core->begin) continue;
    if (!kept.empty() && c.begin < kept.back().end) continue;
    kept.push_back(c);
  }
  return kept;
}

Statement StatementFrom(std::string_view segment) {
  Statement s;
  std::string text(check::TrimClaim(segment));
  s.citations = check::TakeTrailingCitations(&text);
  s.text = std::move(text);
  return s;
}

Result<Brief> ParseJsonBrief(std::string_view text, const std::string& name) {
  auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return InvalidArgumentError(name + ": not valid JSON");
  auto statement = [](const nlohmann::json& s) {
    Statement out;
    if (!s.is_object()) return out;
    if (s.contains("text") && s["text"].is_string()) out.text = s["text"].get<std::string>();
    if (s.contains("citations") && s["citations"].is_array()) {
      for (const auto& c : s["citations"]) {
        if (c.is_number_integer()) out.citations.push_back(c.get<int>());
      }
    }
    return out;
  };
  Brief brief;
  if (j.contains("title") && j["title"].is_string()) brief.title = j["title"].get<std::string>();
  if (j.contains("core")) brief.core = statement(j["core"]);
  if (j.contains("groups") && j["groups"].is_array()) {
    for (const auto& g : j["groups"]) {
      if (!g.is_object()) continue;
      BriefGroup group;
      if (g.contains("title") && g["title"].is_string()) group.title = g["title"].get<std::string>();
      if (g.contains("bullets") && g["bullets"].is_array()) {
        for (const auto& b : g["bullets"]) {
          Statement bullet = statement(b);
          if (b.is_object() && b.contains("items") && b["items"].is_array()) {
            for (const auto& item : b["items"]) bullet.items.push_back(statement(item));
          }
          group.bullets.push_back(std::move(bullet));
        }
      }
      brief.groups.push_back(std::move(group));
    }
  }
  if (brief.core.text.empty() && brief.groups.empty()) {
    return InvalidArgumentError(name + ": no statements in the brief (JSON without \"core\" or \"groups\")");
  }
  return brief;
}

}  // namespace

Result<Brief> ParseBrief(std::string_view input, const std::string& name) {
  size_t first = input.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string_view::npos && input[first] == '{') return ParseJsonBrief(input, name);
  std::string text(input);
  text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
  const std::vector<Cut> cuts = FindCuts(text);
  Brief brief;
  if (cuts.empty() || cuts.front().mark != Mark::kCore) {
    // A title line is all there may be before the Core Viewpoint.
    size_t nl = text.find('\n');
    if (nl != std::string::npos) brief.title = text.substr(0, nl);
  }
  for (size_t k = 0; k < cuts.size(); ++k) {
    const Cut& c = cuts[k];
    const size_t stop = k + 1 < cuts.size() ? cuts[k + 1].begin : text.size();
    const std::string_view segment = std::string_view(text).substr(c.end, stop - c.end);
    switch (c.mark) {
      case Mark::kCore:
        brief.core = StatementFrom(segment);
        break;
      case Mark::kGroup: {
        BriefGroup group;
        group.title = std::string(check::TrimClaim(c.title));
        brief.groups.push_back(std::move(group));
        // Text right after the title, before any bullet, is a bullet.
        if (!IsBlank(segment)) brief.groups.back().bullets.push_back(StatementFrom(segment));
        break;
      }
      case Mark::kBullet:
        if (brief.groups.empty()) brief.groups.emplace_back();
        brief.groups.back().bullets.push_back(StatementFrom(segment));
        break;
      case Mark::kItem:
        if (brief.groups.empty()) brief.groups.emplace_back();
        if (brief.groups.back().bullets.empty()) brief.groups.back().bullets.emplace_back();
        brief.groups.back().bullets.back().items.push_back(StatementFrom(segment));
        break;
    }
  }
  if (brief.core.text.empty() && brief.groups.empty()) {
    return InvalidArgumentError(name + ": no brief found (no \"Core Viewpoint\", group or bullet)");
  }
  return brief;
}

}  // namespace precis
