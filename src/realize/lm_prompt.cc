// Copyright 2026 The precis Authors.

#include "realize/lm_prompt.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "util/strings.h"
#include "util/utf8.h"

namespace precis::realize {
namespace {

using Json = nlohmann::json;

std::string_view SentenceText(const Document& doc, int paragraph, int sentence) {
  const Paragraph& p = doc.paragraphs[static_cast<size_t>(paragraph)];
  const Span span = p.sentences[static_cast<size_t>(sentence)].span;
  std::string_view s = std::string_view(p.text).substr(span.begin, span.size());
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::string Ranges(const std::vector<int>& numbers) {
  std::string out;
  for (size_t i = 0; i < numbers.size();) {
    size_t j = i;
    while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1) ++j;
    if (!out.empty()) out += ", ";
    out += std::to_string(numbers[i]);
    if (j > i) {
      out += '-';
      out += std::to_string(numbers[j]);
    }
    i = j + 1;
  }
  return out;
}

Json StatementSchema(bool with_items) {
  Json props = {{"text", {{"type", "string"}}},
                {"citations", {{"type", "array"}, {"items", {{"type", "integer"}}}}}};
  Json required = {"text", "citations"};
  if (with_items) {
    props["items"] = {{"type", "array"}, {"items", StatementSchema(false)}};
    required.push_back("items");
  }
  return {{"type", "object"}, {"properties", props}, {"required", required}, {"additionalProperties", false}};
}

// The JSON objects of `text` as balanced braces, in order (at most 16),
// strings respected inside them: one pass, whatever the text holds.
std::vector<std::string_view> Objects(std::string_view text) {
  std::vector<std::string_view> out;
  int depth = 0;
  bool in_string = false, escaped = false;
  size_t start = 0;
  for (size_t i = 0; i < text.size() && out.size() < 16; ++i) {
    const char c = text[i];
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"' && depth > 0) in_string = true;
    if (c == '{' && depth++ == 0) start = i;
    if (c == '}' && depth > 0 && --depth == 0) out.push_back(text.substr(start, i - start + 1));
  }
  return out;
}

Result<Statement> ReadStatement(const Json& j, const std::string& where, bool with_items) {
  if (!j.is_object()) return InvalidArgumentError(where + " is not an object");
  Statement s;
  if (!j.contains("text") || !j["text"].is_string()) return InvalidArgumentError(where + " has no \"text\"");
  s.text = j["text"].get<std::string>();
  if (j.contains("citations")) {
    if (!j["citations"].is_array()) return InvalidArgumentError(where + ": \"citations\" is not a list");
    std::set<int> unique;
    for (const Json& c : j["citations"]) {
      // A number written as a string ("3") is still the number.
      if (c.is_number_integer()) {
        // (A number no article has paragraphs for is no citation.)
        const int64_t n = c.get<int64_t>();
        if (n < 1 || n > 100000) {
          return InvalidArgumentError(where + ": citation " + std::to_string(n) + " is no paragraph number");
        }
        unique.insert(static_cast<int>(n));
      } else if (c.is_string() && !c.get<std::string>().empty() &&
                 std::all_of(c.get<std::string>().begin(), c.get<std::string>().end(),
                             [](char d) { return d >= '0' && d <= '9'; }) &&
                 c.get<std::string>().size() < 7) {
        unique.insert(std::stoi(c.get<std::string>()));
      } else {
        return InvalidArgumentError(where + ": a citation is not a paragraph number");
      }
    }
    s.citations.assign(unique.begin(), unique.end());
  }
  if (with_items && j.contains("items") && j["items"].is_array()) {
    int k = 0;
    for (const Json& item : j["items"]) {
      auto read = ReadStatement(item, where + " item " + std::to_string(++k), false);
      if (!read.ok()) return read.status();
      if (!read->text.empty()) s.items.push_back(std::move(*read));
    }
  }
  if (s.text.empty() && s.items.empty()) return InvalidArgumentError(where + " has no text");
  return s;
}

}  // namespace

int EstimateTokens(std::string_view text) {
  int han = 0;
  size_t other = 0;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const char32_t cp = util::DecodeUtf8(text, &i);
    if (cp >= 0x2E80 && cp <= 0x9FFF) {
      ++han;
    } else {
      other += i - start;
    }
  }
  return han + static_cast<int>((other + 2) / 3);
}

LmPrompt BuildLmPrompt(const Document& doc, const analyze::Analysis& analysis, const plan::Plan& plan,
                       const LmPromptOptions& options) {
  LmPrompt out;
  const bool english = options.language != Language::kChinese;
  const std::string language = english ? "English" : "Chinese (in the article's script)";
  out.system =
      "You write a brief of one news article, in " + language +
      ", for analysts who must be able to trust every statement.\n"
      "Rules:\n"
      "1. Use only what the numbered paragraphs say. Add nothing: no outside knowledge, no opinion, no "
      "number, name, date or claim the paragraphs do not hold.\n"
      "2. Every statement cites, in \"citations\", the numbers of all the paragraphs its content comes from, "
      "and no others. Do not write citation marks such as [3] in the text.\n"
      "3. \"core\": the article's main point in one to three sentences.\n"
      "4. \"groups\": " +
      (options.max_groups <= 1
           ? std::string("one topical group")
           : "two to " + std::to_string(std::min(options.max_groups, 4)) + " topical groups") +
      ", each with a short title of two to five words and two to four bullets of one or two sentences each.\n"
      "5. An enumeration in the article (first, second, third; 一是, 二是, 三是) stays enumerated: a bullet "
      "whose "
      "text announces it, with one entry in \"items\" per point, each with its own citations. Other bullets "
      "have \"items\": [].\n"
      "6. Write names as readers of " +
      (english ? std::string("English know them (pinyin for Chinese people and places, the usual English "
                             "names of organisations) and numbers, amounts and dates in English notation.\n")
               : std::string("Chinese know them, and numbers as the article writes them.\n")) +
      "Answer with one JSON object and nothing else, in this shape:\n"
      "{\"core\":{\"text\":\"...\",\"citations\":[1]},\"groups\":[{\"title\":\"...\",\"bullets\":[{\"text\":"
      "\"...\",\"citations\":[2,3],\"items\":[]}]}]}";

  std::string head = "Title: " + doc.article.title + "\n";
  if (!doc.article.source.empty()) head += "Source: " + doc.article.source + "\n";
  if (!doc.article.published.empty()) head += "Published: " + doc.article.published + "\n";

  // The plan as guidance.
  std::string guide = "\nprecis' plan of the article (guidance; group differently where the article does):\n";
  std::vector<std::string> ranges;
  for (const auto& g : plan.groups) {
    ranges.push_back(g.first_paragraph == g.last_paragraph ? std::to_string(g.first_paragraph + 1)
                                                           : std::to_string(g.first_paragraph + 1) + "-" +
                                                                 std::to_string(g.last_paragraph + 1));
  }
  if (!ranges.empty()) {
    guide += "- topical groups, as paragraphs: " + util::Join(ranges, "; ") + "\n";
  }
  std::vector<const analyze::SentenceInfo*> salient;
  for (const auto& s : analysis.sentences) salient.push_back(&s);
  std::stable_sort(salient.begin(), salient.end(),
                   [](const auto* a, const auto* b) { return a->score > b->score; });
  if (salient.size() > 3) salient.resize(3);
  if (!salient.empty()) {
    guide += "- the most salient sentences:";
    for (const auto* s : salient) {
      guide += "\n  [" + std::to_string(s->paragraph + 1) + "] " +
               std::string(SentenceText(doc, s->paragraph, s->sentence));
    }
    guide += "\n";
  }
  for (const auto& e : analysis.enumerations) {
    std::set<int> paragraphs;
    for (const auto& item : e.items) {
      for (int k : item) paragraphs.insert(analysis.sentences[static_cast<size_t>(k)].paragraph + 1);
    }
    guide += "- an enumeration of " + std::to_string(e.items.size()) + " points in paragraphs " +
             Ranges({paragraphs.begin(), paragraphs.end()}) + "\n";
  }
  std::vector<std::string> names;
  for (int id : analysis.key_terms) {
    const auto& t = analysis.terms[static_cast<size_t>(id)];
    if ((t.flags & (kPersonName | kPlaceName | kOrganization | kProperNoun)) && names.size() < 12)
      names.emplace_back(t.surface);
  }
  if (!names.empty()) {
    guide += "- key names: " + util::Join(names, ", ") + "\n";
  }

  // Paragraphs, least salient left out while the prompt is over budget.
  const int n = static_cast<int>(doc.paragraphs.size());
  std::vector<float> salience(static_cast<size_t>(n), 0.0f);
  for (const auto& s : analysis.sentences) {
    auto& v = salience[static_cast<size_t>(s.paragraph)];
    v = std::max(v, s.score);
  }
  std::vector<int> tokens(static_cast<size_t>(n));
  int total = EstimateTokens(out.system) + EstimateTokens(head) + EstimateTokens(guide) + 64;
  for (int i = 0; i < n; ++i) {
    tokens[static_cast<size_t>(i)] =
        EstimateTokens(doc.paragraphs[static_cast<size_t>(i)].text) + 4;  // "[n] " and the line end
    total += tokens[static_cast<size_t>(i)];
  }
  // Room for the answer twice: a follow-up turn carries the first answer and
  // asks for a second.
  const int budget = options.context_tokens - 2 * options.answer_tokens - 256;
  std::vector<int> order(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) order[static_cast<size_t>(i)] = i;
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return salience[static_cast<size_t>(a)] < salience[static_cast<size_t>(b)];
  });
  std::vector<bool> left_out(static_cast<size_t>(n), false);
  for (size_t k = 0; k < order.size() && total > budget; ++k) {
    // The lead always stays.
    if (order[k] == 0) continue;
    left_out[static_cast<size_t>(order[k])] = true;
    total -= tokens[static_cast<size_t>(order[k])];
    out.omitted.push_back(order[k] + 1);
  }
  std::sort(out.omitted.begin(), out.omitted.end());
  out.fits = total <= budget;

  std::string body = "\nParagraphs:\n";
  for (int i = 0; i < n; ++i) {
    if (left_out[static_cast<size_t>(i)]) continue;
    body += '[';
    body += std::to_string(i + 1);
    body += "] ";
    body += doc.paragraphs[static_cast<size_t>(i)].text;
    body += '\n';
  }
  if (!out.omitted.empty()) {
    body += "(Paragraphs " + Ranges(out.omitted) +
            " are left out: the article is longer than the model's context. Do not cite them.)\n";
  }
  out.user = head + body + guide;
  return out;
}

std::string BriefSchema() {
  const Json schema = {{"type", "object"},
                       {"properties",
                        {{"core", StatementSchema(false)},
                         {"groups",
                          {{"type", "array"},
                           {"items",
                            {{"type", "object"},
                             {"properties",
                              {{"title", {{"type", "string"}}},
                               {"bullets", {{"type", "array"}, {"items", StatementSchema(true)}}}}},
                             {"required", {"title", "bullets"}},
                             {"additionalProperties", false}}}}}}},
                       {"required", {"core", "groups"}},
                       {"additionalProperties", false}};
  return schema.dump();
}

std::string ResponseFormat(int mode) {
  if (mode == 0) {
    const Json format = {
        {"type", "json_schema"},
        {"json_schema",
         {{"name", "precis_brief"}, {"strict", true}, {"schema", Json::parse(BriefSchema())}}}};
    return format.dump();
  }
  if (mode == 1) return R"({"type":"json_object"})";
  return "";
}

Result<Brief> ParseLmAnswer(std::string_view answer) {
  // A reasoning model's thoughts come first; their braces are not the brief.
  std::string_view text = answer;
  if (const size_t end = text.rfind("</think>"); end != std::string_view::npos) text.remove_prefix(end + 8);
  if (const size_t fence = text.find("```json"); fence != std::string_view::npos)
    text.remove_prefix(fence + 7);
  // The first object that parses and holds a core; prose may hold braces.
  const std::vector<std::string_view> objects = Objects(text);
  if (objects.empty()) return InvalidArgumentError("the answer holds no JSON object");
  Json j;
  bool parsed = false;
  for (std::string_view object : objects) {
    Json candidate = Json::parse(object, nullptr, false);
    if (candidate.is_discarded() || !candidate.is_object()) continue;
    if (!parsed || candidate.contains("core")) {
      j = std::move(candidate);
      parsed = true;
    }
    if (j.contains("core")) break;
  }
  if (!parsed) return InvalidArgumentError("the answer's JSON is malformed");
  if (!j.contains("core")) return InvalidArgumentError("the answer has no \"core\"");
  Brief brief;
  auto core = ReadStatement(j["core"], "the core viewpoint", false);
  if (!core.ok()) return core.status();
  brief.core = std::move(*core);
  if (j.contains("groups")) {
    if (!j["groups"].is_array()) return InvalidArgumentError("\"groups\" is not a list");
    int g = 0;
    for (const Json& group : j["groups"]) {
      ++g;
      if (!group.is_object()) return InvalidArgumentError("group " + std::to_string(g) + " is not an object");
      BriefGroup out;
      if (group.contains("title") && group["title"].is_string())
        out.title = group["title"].get<std::string>();
      if (group.contains("bullets") && group["bullets"].is_array()) {
        int b = 0;
        for (const Json& bullet : group["bullets"]) {
          auto read =
              ReadStatement(bullet, "group " + std::to_string(g) + " bullet " + std::to_string(++b), true);
          if (!read.ok()) return read.status();
          out.bullets.push_back(std::move(*read));
        }
      }
      // An empty group disappears.
      if (!out.bullets.empty()) brief.groups.push_back(std::move(out));
    }
  }
  return brief;
}

std::string RepairRequest(std::string_view problem) {
  return "Your answer could not be read: " + std::string(problem) +
         ". Answer again with the whole brief as one JSON object in the shape the rules give, and nothing "
         "else.";
}

std::string RegenerateRequest(const std::vector<FailedStatement>& failures) {
  std::string out =
      "precis checked every statement against the paragraphs it cites. These statements failed:\n";
  for (const auto& f : failures) {
    out += "- \"" + f.text + "\":";
    if (!f.problems.empty()) {
      out += ' ';
      out += util::Join(f.problems, "; ");
    }
    out += "\n";
  }
  out +=
      "Write the whole brief again in the same JSON shape. Fix or leave out each failing statement: "
      "state only what the cited paragraphs hold, and cite the paragraphs that hold it.";
  return out;
}

}  // namespace precis::realize
