// Copyright 2026 The precis Authors.
//
// Fuzz target for every reader: arbitrary bytes through ReadArticleBytes
// (charset detection, text/Markdown and JSON parsing), then through the text
// stage, checking the span invariant, and the brief engine and its writers,
// checking that citations stay in range. Built for libFuzzer with clang
// (-DPRECIS_BUILD_FUZZ=ON), and with fuzz/replay_main.cc everywhere else so
// that CI replays seeds and deterministic mutations of them.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "load_text.h"
#include "precis/engine.h"
#include "precis/reader.h"
#include "precis/text.h"
#include "render/brief_writer.h"

namespace {

const precis::TextProcessor& Text() { return precis::testing::LoadedText(); }

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"fuzz.txt", "fuzz.json"}) {
    auto article = precis::ReadArticleBytes(bytes, name);
    if (!article.ok()) {
      Check(article.status().message().rfind(std::string(name) + ": ", 0) == 0,
            "error message names the input");
      continue;
    }
    Check(!article->paragraphs.empty(), "an accepted article has paragraphs");
    precis::Document doc = Text().Analyze(std::move(*article));
    for (const auto& p : doc.paragraphs) {
      Check(!p.text.empty(), "no empty paragraph");
      uint32_t at = 0;
      for (const auto& s : p.sentences) {
        Check(s.span.begin == at && s.span.end > at, "sentences tile the paragraph");
        uint32_t t_at = at;
        for (const auto& t : s.tokens) {
          Check(t.span.begin == t_at && t.span.end > t_at, "tokens tile the sentence");
          t_at = t.span.end;
        }
        Check(t_at == s.span.end, "tokens reach the sentence end");
        at = s.span.end;
      }
      Check(at == p.text.size(), "sentences reach the paragraph end");
    }
    (void)Text().Pinyin(doc.article.title);
    // The brief engine and its writers take whatever the readers accept.
    precis::BriefOptions options;
    options.budget = static_cast<int>(size % 50);
    auto brief = precis::BriefDocument(doc, options);
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
    (void)precis::render::BriefToMarkdown(*brief);
    (void)precis::render::BriefToJson(*brief);
    (void)precis::render::BriefToText(*brief, options.budget);
  }
  return 0;
}
