// Copyright 2026 The precis Authors.
//
// Writers for a Brief: Markdown (the default), JSON (a stable schema) and
// plain text under a length budget.

#ifndef PRECIS_RENDER_BRIEF_WRITER_H_
#define PRECIS_RENDER_BRIEF_WRITER_H_

#include <nlohmann/json.hpp>
#include <string>

#include "precis/brief.h"

namespace precis::render {

// The brief as in the README: title, source (with pinyin) and time, the
// Core Viewpoint, then "Group N: title" with bullets; enumerations as
// numbered items. Labels in the brief's language.
std::string BriefToMarkdown(const Brief& brief);

// {"title","source","source_latin","published","language","paragraph_count",
//  "core":{"text","citations"},
//  "groups":[{"title","bullets":[{"text","citations","items":[{"text","citations"}]}]}]}
std::string BriefToJson(const Brief& brief);
// The same as a JSON value, for writers that embed it (batch's JSONL lines).
nlohmann::ordered_json BriefJson(const Brief& brief);

// Plain text within `budget` units (Chinese: Han characters, letters and
// digits; English: words; 0 = no limit): the core viewpoint first, then
// bullets and items by importance, cut only at sentence boundaries unless a
// single sentence exceeds what is left of the budget. With `citations`, each
// statement ends with its [n] (not counted in the budget).
std::string BriefToText(const Brief& brief, int budget, bool citations = true);

// "[2][3]"
std::string FormatCitations(const std::vector<int>& citations);

}  // namespace precis::render

#endif  // PRECIS_RENDER_BRIEF_WRITER_H_
