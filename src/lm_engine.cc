// Copyright 2026 The precis Authors.
//
// The language-model engine: analyze -> plan -> the model writes (realize/
// lm_prompt) -> every statement audited by the check library -> repaired,
// regenerated or dropped. The model client (lm/client) knows nothing of
// briefs; the audit is `precis check`'s, not a second one.

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "analyze/analysis.h"
#include "check/claims.h"
#include "lm/client.h"
#include "plan/plan.h"
#include "precis/check.h"
#include "precis/engine.h"
#include "realize/lm_prompt.h"
#include "util/strings.h"

namespace precis {
namespace {

// A statement's place in a brief: group and bullet (-1 -1 for the core),
// and item (-1 for the bullet itself).
struct Slot {
  int group = -1, bullet = -1, item = -1;
  auto operator<=>(const Slot&) const = default;
};

Statement* At(Brief* brief, const Slot& s) {
  if (s.group < 0) return &brief->core;
  Statement* bullet = &brief->groups[static_cast<size_t>(s.group)].bullets[static_cast<size_t>(s.bullet)];
  return s.item < 0 ? bullet : &bullet->items[static_cast<size_t>(s.item)];
}

std::vector<Slot> SlotsOf(const Brief& brief) {
  std::vector<Slot> out;
  if (!brief.core.text.empty()) out.push_back({});
  for (size_t g = 0; g < brief.groups.size(); ++g) {
    for (size_t b = 0; b < brief.groups[g].bullets.size(); ++b) {
      const Statement& bullet = brief.groups[g].bullets[b];
      if (!bullet.text.empty()) out.push_back({static_cast<int>(g), static_cast<int>(b), -1});
      for (size_t i = 0; i < bullet.items.size(); ++i)
        out.push_back({static_cast<int>(g), static_cast<int>(b), static_cast<int>(i)});
    }
  }
  return out;
}

std::string WhereOf(const Slot& s) {
  if (s.group < 0) return "core";
  std::string w = "group " + std::to_string(s.group + 1) + " bullet " + std::to_string(s.bullet + 1);
  if (s.item >= 0) w += " item " + std::to_string(s.item + 1);
  return w;
}

// What the audit found of one statement (all its parts).
struct Finding {
  Verdict verdict = Verdict::kSupported;
  std::vector<std::string> problems;
  std::vector<int> found_in;
  double support = 0;  // the least of its parts' (0..1)
};

int Severity(Verdict v) {
  switch (v) {
    case Verdict::kSupported:
      return 0;
    case Verdict::kMisCited:
      return 1;
    case Verdict::kUnsupported:
      return 2;
    case Verdict::kUncited:
      return 3;
  }
  return 3;
}

std::map<Slot, Finding> Audit(const Brief& brief, const Document& doc, const TextProcessor& text) {
  std::map<std::string, Slot> by_where;
  std::map<Slot, Finding> out;
  for (const Slot& s : SlotsOf(brief)) {
    by_where[WhereOf(s)] = s;
    // A statement no check reached (text of marks alone) holds nothing
    // that could be verified.
    out[s] = {Verdict::kUncited, {"nothing in it could be checked"}, {}, 0};
  }
  std::set<Slot> seen;
  for (const StatementCheck& c : CheckBrief(brief, doc, text).statements) {
    std::string where = c.where;
    if (const size_t part = where.find(" part "); part != std::string::npos) where.resize(part);
    auto slot = by_where.find(where);
    if (slot == by_where.end()) continue;
    Finding& f = out[slot->second];
    if (seen.insert(slot->second).second) f = {Verdict::kSupported, {}, {}, 1};
    if (Severity(c.verdict) > Severity(f.verdict)) f.verdict = c.verdict;
    f.support = std::min(f.support, c.support);
    f.problems.insert(f.problems.end(), c.problems.begin(), c.problems.end());
    std::set<int> found(f.found_in.begin(), f.found_in.end());
    found.insert(c.found_in.begin(), c.found_in.end());
    f.found_in.assign(found.begin(), found.end());
  }
  return out;
}

// The header precis knows better than any model.
void SetHeader(const Document& doc, Language language, Brief* brief) {
  brief->title = doc.article.title;
  brief->source = doc.article.source;
  brief->source_latin = doc.article.source_latin;
  brief->published = doc.article.published;
  brief->language = language;
  brief->script = language == doc.article.language ? doc.article.script
                  : language == Language::kEnglish ? Script::kLatin
                                                   : Script::kSimplified;
  brief->paragraph_count = static_cast<int>(doc.paragraphs.size());
}

// Citations a model wrote into the text ("… [3]") go where they belong.
void MoveTextCitations(Brief* brief) {
  for (const Slot& s : SlotsOf(*brief)) {
    Statement* st = At(brief, s);
    const std::vector<int> in_text = check::TakeTrailingCitations(&st->text);
    if (in_text.empty()) continue;
    std::set<int> all(st->citations.begin(), st->citations.end());
    all.insert(in_text.begin(), in_text.end());
    st->citations.assign(all.begin(), all.end());
  }
}

// The audit of statement `slot` of `brief` alone (with its bullet, for an
// item: its announcing sentence's count), as if it cited `citations`.
Finding AuditAlone(const Brief& brief, const Slot& slot, const std::vector<int>& citations,
                   const Document& doc, const TextProcessor& text) {
  Brief one;
  Slot here{};
  if (slot.group < 0) {
    one.core = brief.core;
    one.core.citations = citations;
  } else {
    BriefGroup g;
    g.bullets.push_back(
        brief.groups[static_cast<size_t>(slot.group)].bullets[static_cast<size_t>(slot.bullet)]);
    Statement& st = slot.item < 0 ? g.bullets[0] : g.bullets[0].items[static_cast<size_t>(slot.item)];
    st.citations = citations;
    one.groups.push_back(std::move(g));
    here = {0, 0, slot.item};
  }
  const auto found = Audit(one, doc, text);
  auto it = found.find(here);
  return it == found.end() ? Finding{Verdict::kUncited, {}, {}, 0} : it->second;
}

// A mis-cited statement cited where the audit found its content, when that
// is unambiguous: the one paragraph of those found that alone supports it
// best, else its own and those found together (at most three found).
bool Repair(Brief* brief, const Slot& slot, const Finding& f, const Document& doc,
            const TextProcessor& text) {
  if (f.found_in.empty() || f.found_in.size() > 8) return false;
  std::vector<int> best;
  double best_support = -1;
  bool tie = false;
  for (int p : f.found_in) {
    const Finding alone = AuditAlone(*brief, slot, {p}, doc, text);
    if (alone.verdict != Verdict::kSupported) continue;
    const double support = alone.support;
    if (support > best_support + 1e-9) {
      best = {p};
      best_support = support;
      tie = false;
    } else if (support > best_support - 1e-9) {
      tie = true;
    }
  }
  if (best.empty() && f.found_in.size() <= 3) {
    // Its own paragraphs and those found together (a statement joining two).
    const std::vector<int>& own = At(brief, slot)->citations;
    std::set<int> both(own.begin(), own.end());
    both.insert(f.found_in.begin(), f.found_in.end());
    const std::vector<int> joined(both.begin(), both.end());
    if (AuditAlone(*brief, slot, joined, doc, text).verdict == Verdict::kSupported) best = joined;
  }
  if (best.empty() || tie) return false;
  At(brief, slot)->citations = best;
  return true;
}

struct Verified {
  Brief brief;
  std::map<Slot, Finding> findings;  // after repairs
  std::set<Slot> repaired;
  int passing = 0;
};

Verified VerifyAnswer(Brief brief, const Document& doc, const TextProcessor& text) {
  Verified v;
  MoveTextCitations(&brief);
  v.findings = Audit(brief, doc, text);
  for (auto& [slot, f] : v.findings) {
    if (f.verdict == Verdict::kMisCited && Repair(&brief, slot, f, doc, text)) {
      v.repaired.insert(slot);
      f.verdict = Verdict::kSupported;
      f.problems.clear();
    }
    if (f.verdict == Verdict::kSupported) ++v.passing;
  }
  v.brief = std::move(brief);
  return v;
}

// The brief with only what passed (or, kept, marked "unverified"); empty
// groups and bullets removed.
Brief Finish(const Verified& v, const std::set<std::string>& first_supported, bool regenerated_turn,
             bool keep_unverified, int max_groups, Verification* counts) {
  Brief out = v.brief;
  // More groups than asked for: the last ones go.
  if (static_cast<int>(out.groups.size()) > max_groups) out.groups.resize(static_cast<size_t>(max_groups));
  for (const Slot& s : SlotsOf(out)) {
    Statement* st = At(&out, s);
    st->sentence_ends = {st->text.size()};  // budgeted text keeps or cuts it whole
    const Finding& f = v.findings.at(s);
    if (f.verdict == Verdict::kSupported) {
      st->verdict = v.repaired.count(s)                                    ? "repaired"
                    : regenerated_turn && !first_supported.count(st->text) ? "regenerated"
                                                                           : "supported";
    } else {
      st->verdict = keep_unverified ? "unverified" : "dropped";
    }
  }
  for (auto& g : out.groups) {
    for (auto& b : g.bullets) {
      const bool enumerated = !b.items.empty();
      const size_t before = b.items.size();
      std::erase_if(b.items, [](const Statement& i) { return i.verdict == "dropped"; });
      counts->dropped += static_cast<int>(before - b.items.size());
      // An announcing sentence whose items all failed announces nothing.
      if (!b.text.empty() && (b.verdict == "dropped" || (enumerated && b.items.empty()))) {
        b.text.clear();
        ++counts->dropped;
      }
    }
    std::erase_if(g.bullets, [](const Statement& b) { return b.text.empty() && b.items.empty(); });
  }
  std::erase_if(out.groups, [](const BriefGroup& g) { return g.bullets.empty(); });
  // What the reader gets, counted (the core is always there: a dropped one
  // fails the brief).
  auto count = [&](const Statement& st) {
    if (st.verdict == "supported") ++counts->supported;
    if (st.verdict == "repaired") ++counts->repaired;
    if (st.verdict == "regenerated") ++counts->regenerated;
    if (st.verdict == "unverified") ++counts->unverified;
    if (st.verdict == "dropped") ++counts->dropped;
  };
  count(out.core);
  for (const auto& g : out.groups) {
    for (const auto& b : g.bullets) {
      if (!b.text.empty()) count(b);
      for (const auto& i : b.items) count(i);
    }
  }
  return out;
}

// One line: the audit's findings may quote a model's text.
std::string OneLine(std::string s) {
  for (char& c : s) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return s;
}

}  // namespace

Result<LmBrief> BriefWithModel(const Document& doc, const TextProcessor& text,
                               const LmBriefOptions& options) {
  if (options.max_groups < 1 || options.max_groups > 4)
    return InvalidArgumentError("groups must be between 1 and 4, not " + std::to_string(options.max_groups));
  if (options.model.empty())
    return InvalidArgumentError("no model named: give --lm-model or set PRECIS_LM_MODEL");
  if (options.context_tokens < 1024)
    return InvalidArgumentError("--lm-context must be at least 1024 tokens, not " +
                                std::to_string(options.context_tokens));
  if (doc.paragraphs.empty()) return InvalidArgumentError("the article has no paragraphs");
  const Language language = options.language != Language::kUnknown       ? options.language
                            : doc.article.language != Language::kUnknown ? doc.article.language
                                                                         : Language::kEnglish;

  analyze::Analysis analysis = analyze::Analyze(doc);
  plan::PlanOptions plan_options;
  plan_options.max_groups = options.max_groups;
  const plan::Plan plan = plan::MakePlan(doc, analysis, plan_options);
  realize::LmPromptOptions prompt_options;
  prompt_options.language = language;
  prompt_options.context_tokens = options.context_tokens;
  prompt_options.answer_tokens = std::min(1536, options.context_tokens / 5);
  prompt_options.max_groups = options.max_groups;
  const realize::LmPrompt prompt = realize::BuildLmPrompt(doc, analysis, plan, prompt_options);
  if (!prompt.fits) {
    return InvalidArgumentError("the rules and the article's first paragraph do not fit --lm-context " +
                                std::to_string(options.context_tokens) + " tokens");
  }

  lm::ClientOptions client_options;
  client_options.base_url = options.url;
  client_options.api_key = options.api_key;
  client_options.timeout_ms = options.timeout_ms;
  client_options.max_tries = options.max_tries;
  client_options.cache_dir = options.cache_dir;
  client_options.cache_salt = realize::kLmPromptVersion;
  client_options.sleep = options.sleep;
  const int deadline_ms = options.deadline_ms > 0 ? options.deadline_ms : 4 * options.timeout_ms;
  client_options.deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(deadline_ms);
  const lm::Client client(client_options);

  LmBrief result;
  lm::ChatRequest request;
  request.model = options.model;
  request.max_tokens = prompt_options.answer_tokens;
  request.messages = {{"system", prompt.system}, {"user", prompt.user}};
  int format = 0;  // json_schema, then json_object, then none
  bool first_turn = true;
  auto ask = [&]() -> Result<lm::ChatAnswer> {
    while (true) {
      request.response_format = realize::ResponseFormat(format);
      auto answer = client.Complete(request);
      // A server refusing the first request may not take its format: it is
      // asked more simply. A later refusal is the conversation's.
      if (!answer.ok() && answer.status().code() == StatusCode::kInvalidArgument && first_turn &&
          format < 2) {
        ++format;
        continue;
      }
      first_turn = false;
      if (!answer.ok() && (answer.status().code() == StatusCode::kInvalidArgument ||
                           answer.status().code() == StatusCode::kResourceExhausted)) {
        return UnavailableError(answer.status().message());
      }
      if (answer.ok()) {
        result.prompt_tokens += answer->prompt_tokens;
        result.completion_tokens += answer->completion_tokens;
      }
      return answer;
    }
  };
  // An answer read as a brief, with one repair turn for one that is not.
  auto ask_for_brief = [&]() -> Result<Brief> {
    PRECIS_ASSIGN_OR_RETURN(lm::ChatAnswer answer, ask());
    auto brief = realize::ParseLmAnswer(answer.content);
    if (brief.ok()) {
      request.messages.push_back({"assistant", answer.content});
      return brief;
    }
    request.messages.push_back({"assistant", answer.content});
    request.messages.push_back({"user", realize::RepairRequest(brief.status().message())});
    PRECIS_ASSIGN_OR_RETURN(lm::ChatAnswer again, ask());
    request.messages.push_back({"assistant", again.content});
    auto second = realize::ParseLmAnswer(again.content);
    if (!second.ok()) {
      return UnavailableError(lm::ServerName(options.url) +
                              ": the model's answer is no brief, even when asked again (" +
                              second.status().message() + ")");
    }
    return second;
  };

  PRECIS_ASSIGN_OR_RETURN(Brief first_answer, ask_for_brief());
  Verified first = VerifyAnswer(std::move(first_answer), doc, text);
  std::vector<realize::FailedStatement> failures;
  std::set<std::string> first_supported;
  for (const auto& [slot, f] : first.findings) {
    const Statement* st = At(&first.brief, slot);
    if (f.verdict == Verdict::kSupported) {
      first_supported.insert(st->text);
    } else {
      failures.push_back({st->text, f.problems});
    }
  }
  const Verified* final = &first;
  Verified second;
  bool regenerated = false;
  if (!failures.empty()) {
    request.messages.push_back({"user", realize::RegenerateRequest(failures)});
    // (A failing regeneration turn leaves the first answer standing.)
    auto again = ask_for_brief();
    if (again.ok()) {
      second = VerifyAnswer(std::move(*again), doc, text);
      // The second answer stands if its core verifies where the first's
      // did, and at least as much of it passes.
      auto core_ok = [](const Verified& v) {
        auto it = v.findings.find(Slot{});
        return it != v.findings.end() && it->second.verdict == Verdict::kSupported;
      };
      if (core_ok(second) >= core_ok(first) &&
          (core_ok(second) > core_ok(first) || second.passing >= first.passing)) {
        final = &second;
        regenerated = true;
      }
    }
  }
  Verification counts;
  result.brief =
      Finish(*final, first_supported, regenerated, options.keep_unverified, options.max_groups, &counts);
  SetHeader(doc, language, &result.brief);
  result.brief.engine = "lm";
  result.brief.model = options.model;
  result.brief.prompt_version = realize::kLmPromptVersion;
  result.brief.verification = counts;
  if (!prompt.omitted.empty()) {
    std::vector<std::string> numbers;
    for (int p : prompt.omitted) numbers.push_back(std::to_string(p));
    const std::string list = util::Join(numbers, ", ");
    result.brief.note = "Paragraphs " + list +
                        " were left out of the model's prompt: the article is longer than "
                        "its context (--lm-context " +
                        std::to_string(options.context_tokens) + ").";
  }
  const Finding& core = final->findings.count(Slot{}) ? final->findings.at(Slot{})
                                                      : Finding{Verdict::kUncited, {"no core viewpoint"}, {}};
  if (core.verdict != Verdict::kSupported && !options.keep_unverified) {
    result.core_verified = false;
    result.failure =
        OneLine("the model's core viewpoint could not be verified (" +
                (core.problems.empty() ? std::string("no core viewpoint") : util::Join(core.problems, "; ")) +
                "); --keep-unverified shows it marked");
  }
  return result;
}

}  // namespace precis
