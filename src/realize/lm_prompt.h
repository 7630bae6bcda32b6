// Copyright 2026 The precis Authors.
//
// The language-model realizer's exchange: the chat messages that ask a model
// for a brief of one article over precis' Plan, the JSON schema its answer
// must follow, and the lenient reading of that answer into a Brief.
//
//   system  the rules (write only what the paragraphs say, cite every
//           statement's paragraphs, 2-4 titled groups, keep enumerations
//           enumerated, names and numbers as the brief's readers write them)
//           and the answer's shape;
//   user    the title, source and time, the paragraphs numbered as precis
//           numbers them ("[n] text", one per line), and the plan as
//           guidance: the groups as paragraph ranges, the most salient
//           sentences, the enumerations, the key names.
//
// The answer is one JSON object, the body of precis' brief JSON:
// {"core":{"text","citations"},"groups":[{"title","bullets":[{"text",
// "citations","items":[{"text","citations"}]}]}]}. A long article is cut to
// the model's context by leaving out its least salient paragraphs (the rest
// keep their numbers). No HTTP here: the engine sends what this builds.

#ifndef PRECIS_REALIZE_LM_PROMPT_H_
#define PRECIS_REALIZE_LM_PROMPT_H_

#include <string>
#include <string_view>
#include <vector>

#include "analyze/analysis.h"
#include "plan/plan.h"
#include "precis/article.h"
#include "precis/brief.h"
#include "precis/status.h"

namespace precis::realize {

// The version of the prompt and the schema: part of the cache key and of
// the brief's JSON.
inline constexpr const char* kLmPromptVersion = "precis-lm-1";

struct LmPromptOptions {
  Language language = Language::kEnglish;  // the brief's language
  int context_tokens = 8192;               // the model's context window
  int answer_tokens = 1536;                // an answer's room; the prompt leaves it twice
  int max_groups = 4;
};

struct LmPrompt {
  std::string system;
  std::string user;
  std::vector<int> omitted;  // 1-based paragraphs left out for the context
  bool fits = true;          // false: the rules and the lead alone exceed the context
};

// A conservative count of the tokens `text` takes: a Han character each,
// and a token per three bytes of anything else.
int EstimateTokens(std::string_view text);

LmPrompt BuildLmPrompt(const Document& doc, const analyze::Analysis& analysis, const plan::Plan& plan,
                       const LmPromptOptions& options);

// The answer's JSON schema, within what OpenAI, llama-server, vLLM, LM
// Studio and Ollama all compile into grammars: objects with `required` and
// `additionalProperties: false`, arrays, strings, integers.
std::string BriefSchema();

// response_format for each way of asking: 0 json_schema (strict), 1
// json_object, 2 none ("").
std::string ResponseFormat(int mode);

// The brief's body read from a model's answer: a JSON object alone, inside
// ```json fences or prose, after a reasoning model's <think>…</think>. The
// header (title, source, time, language) is the caller's. Errors
// (kInvalidArgument) say what is wrong, for a repair turn: no JSON object,
// malformed JSON, no core viewpoint, a statement without text.
Result<Brief> ParseLmAnswer(std::string_view answer);

// The follow-up turn's user message for an answer that could not be read.
std::string RepairRequest(std::string_view problem);

// The follow-up turn's user message naming each failing statement and what
// the audit found, asking for the whole brief again.
struct FailedStatement {
  std::string text;
  std::vector<std::string> problems;
};
std::string RegenerateRequest(const std::vector<FailedStatement>& failures);

}  // namespace precis::realize

#endif  // PRECIS_REALIZE_LM_PROMPT_H_
