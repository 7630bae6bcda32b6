// Copyright 2026 The precis Authors.
//
// Fuzz target for every reader: arbitrary bytes read as text/Markdown, JSON,
// an HTML page and an RSS/Atom feed (with charset detection), then through
// the text stage, checking the span invariant, and the brief engine and its
// writers, checking that citations stay in range and that the brief passes
// its own check; and the same bytes as a brief for `precis check`. Built for
// libFuzzer with clang (-DPRECIS_BUILD_FUZZ=ON), and with fuzz/replay_main.cc
// everywhere else so that CI replays seeds and deterministic mutations of
// them.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "ingest/feed_reader.h"
#include "load_text.h"
#include "precis/check.h"
#include "precis/engine.h"
#include "precis/reader.h"
#include "precis/text.h"
#include "render/brief_writer.h"
#include "span_invariant.h"

namespace {

const precis::TextProcessor& Text() { return precis::testing::LoadedText(); }

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
  }
}

// Everything downstream of a reader, on an article it accepted: the span
// invariant, pinyin, the brief engine and its writers, citations in range,
// and precis' brief passing its own check.
void CheckArticle(precis::Article article, int budget) {
  Check(!article.paragraphs.empty(), "an accepted article has paragraphs");
  precis::Document doc = Text().Analyze(std::move(article));
  for (const auto& p : doc.paragraphs) Check(!p.text.empty(), "no empty paragraph");
  const std::string problem = precis::testing::SpanProblem(doc);
  Check(problem.empty(), problem.c_str());
  (void)Text().Pinyin(doc.article.title);
  // The brief engine and its writers take whatever the readers accept.
  precis::BriefOptions options;
  options.budget = budget;
  auto brief = precis::BriefDocument(doc, options);
  // ... unless it is in a language the engine does not brief: refused, and
  // saying which.
  const std::string& code = doc.article.language_code;
  if (!precis::BuiltInEngineBriefs(code)) {
    Check(!brief.ok() && brief.status().message().find("(" + code + ")") != std::string::npos,
          "an article in another language is refused, naming it");
    return;
  }
  Check(brief.ok(), "any read article can be briefed");
  const int paragraphs = static_cast<int>(doc.paragraphs.size());
  auto check_citations = [&](const precis::Statement& st) {
    for (int c : st.citations) Check(c >= 1 && c <= paragraphs, "citations in range");
  };
  check_citations(brief->core);
  for (const auto& g : brief->groups) {
    for (const auto& b : g.bullets) {
      check_citations(b);
      for (const auto& item : b.items) check_citations(item);
    }
  }
  // precis' own brief passes its own check — for articles whose text
  // does not itself look like brief markup (citation brackets, the
  // labels), which the Markdown round trip cannot tell from structure.
  bool plain = true;
  for (const auto& p : doc.paragraphs) {
    for (std::string_view mark :
         {"[", "]", "**", "Core Viewpoint", "核心观点", "核心觀點", "Group", "组：", "組："}) {
      plain &= p.text.find(mark) == std::string::npos;
    }
  }
  auto read_back = precis::ParseBrief(precis::render::BriefToMarkdown(*brief), "brief.md");
  Check(read_back.ok(), "precis' Markdown reads back as a brief");
  if (plain) {
    const precis::CheckReport self = precis::CheckBrief(*read_back, doc, Text());
    if (!self.all_supported()) {
      std::fputs(precis::render::BriefToMarkdown(*brief).c_str(), stderr);
      std::fputs(precis::CheckReportToText(self).c_str(), stderr);
    }
    Check(self.all_supported(), "precis' brief passes its own check");
  }
  (void)precis::render::BriefToJson(*brief);
  (void)precis::render::BriefToText(*brief, options.budget);
}

// The bytes as every reader reads them. A feed is parsed directly and only
// its items with content are read: an item with just a link would be
// fetched, and a fuzz run never touches the network (so the generic reader
// is not given feed-shaped bytes either).
void ReadEveryWay(std::string_view bytes, int budget) {
  const bool feed = precis::ingest::LooksLikeFeed(bytes);
  for (const char* name : {"fuzz.txt", "fuzz.json", "fuzz.html"}) {
    if (feed) break;
    auto article = precis::ReadArticleBytes(bytes, name);
    if (!article.ok()) {
      Check(article.status().message().rfind(std::string(name) + ": ", 0) == 0,
            "error message names the input");
      continue;
    }
    CheckArticle(std::move(*article), budget);
  }
  auto parsed = precis::ingest::ParseFeed(bytes, "fuzz.rss");
  if (!parsed.ok()) {
    Check(parsed.status().message().rfind("fuzz.rss: ", 0) == 0, "a feed's error names it");
    return;
  }
  for (const auto& item : parsed->items) {
    if (item.content.empty()) continue;
    auto article = precis::ingest::ArticleFromItem(item, *parsed, precis::ReadOptions{});
    if (article.ok()) CheckArticle(std::move(*article), budget);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ReadEveryWay(bytes, static_cast<int>(size % 50));
  // The same bytes as a brief to audit, against a fixed article.
  static const precis::Document kArticle = [] {
    precis::Article a;
    a.title = "标题";
    a.paragraphs = {"1月6日，峰会在巴黎举行，30多个国家的领导人出席。",
                    "The fund raised its forecast to 3.2% on Tuesday."};
    Text().Annotate(&a);
    return Text().Analyze(std::move(a));
  }();
  auto audited = precis::ParseBrief(bytes, "fuzz.md");
  if (audited.ok()) {
    const precis::CheckReport report = precis::CheckBrief(*audited, kArticle, Text());
    for (const auto& st : report.statements) Check(st.support >= 0 && st.support <= 1, "support in [0, 1]");
    (void)precis::CheckReportToText(report);
    (void)precis::CheckReportToJson(report);
  } else {
    Check(audited.status().message().rfind("fuzz.md: ", 0) == 0, "a brief's error names it");
  }
  return 0;
}
