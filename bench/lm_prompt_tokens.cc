// Copyright 2026 The precis Authors.
//
// lm_prompt_tokens [SHARED_DATA_DIR]: what a brief by the language-model
// engine costs in prompt tokens, by precis' conservative count
// (realize::EstimateTokens: a Han character a token, three bytes of other
// text a token), over the html-zh pages: the system message, and the user
// message (paragraphs and plan) with no paragraph left out.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "load_text.h"
#include "plan/plan.h"
#include "precis/pipeline.h"
#include "realize/lm_prompt.h"

int main(int argc, char** argv) {
  const std::string dir = std::string(argc > 1 ? argv[1] : PRECIS_SHARED_DATA) + "/html-zh";
  const precis::TextProcessor& text = precis::testing::LoadedText();
  std::vector<int> user;
  int system = 0;
  if (!std::filesystem::is_directory(dir)) {
    std::fprintf(stderr, "lm_prompt_tokens: no pages under %s\n", dir.c_str());
    return 2;
  }
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".html") continue;
    auto doc = precis::LoadDocument(e.path().string(), {}, text);
    if (!doc.ok() || doc->paragraphs.empty()) continue;
    const precis::analyze::Analysis analysis = precis::analyze::Analyze(*doc);
    const precis::plan::Plan plan = precis::plan::MakePlan(*doc, analysis, {});
    precis::realize::LmPromptOptions options;
    options.context_tokens = 1 << 30;
    const auto prompt = precis::realize::BuildLmPrompt(*doc, analysis, plan, options);
    system = precis::realize::EstimateTokens(prompt.system);
    user.push_back(precis::realize::EstimateTokens(prompt.user));
  }
  if (user.empty()) return 2;
  std::sort(user.begin(), user.end());
  std::printf("pages %zu  system %d tokens  user median %d, 90th percentile %d, max %d tokens\n", user.size(),
              system, user[user.size() / 2], user[user.size() * 9 / 10], user.back());
  return 0;
}
