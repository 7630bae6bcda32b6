// Copyright 2026 The precis Authors.
//
// The language-model engine against a scripted OpenAI-compatible server on
// 127.0.0.1 (tests/loopback.h): each row scripts the model's answers and
// asserts the brief that results — kept, repaired, regenerated or dropped —
// and what the server was asked.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "loopback.h"
#include "precis/engine.h"
#include "precis/pipeline.h"
#include "readme_figures.h"
#include "render/brief_writer.h"
#include "test_util.h"

namespace precis {
namespace {

using Json = nlohmann::json;
using testing::Completion;
using testing::ScriptedLmServer;
using testing::ScriptedReply;

const Document& Example() {
  static const Document doc = [] {
    auto d = LoadDocument(PRECIS_SOURCE_DIR "/examples/zh-ukraine-force.md", {}, testing::Text());
    EXPECT_TRUE(d.ok()) << d.status().ToString();
    return d.ok() ? std::move(*d) : Document{};
  }();
  return doc;
}

Json Statement(const std::string& text, std::vector<int> citations, Json items = Json::array()) {
  return {{"text", text}, {"citations", citations}, {"items", items}};
}

// The brief of DEVELOPERS.md for examples/zh-ukraine-force.md, as a model
// answers it.
Json Faithful() {
  return {
      {"core",
       {{"text",
         "The meeting held in Paris on January 6 focused on security guarantees for Ukraine after a "
         "ceasefire."},
        {"citations", {1}}}},
      {"groups",
       {{{"title", "Meeting Outcomes"},
         {"bullets",
          {Statement("The \"Coalition of the Willing,\" led by the UK and France, has more than 30 countries "
                     "participating.",
                     {2}),
           Statement("US envoys Witkoff and Kushner attended for the first time.", {2}),
           Statement("A joint declaration was signed, planning a \"multinational force\" in Ukraine.",
                     {3})}}},
        {{"title", "Challenges to Deployment"},
         {"bullets",
          {Statement(
              "Three main challenges were identified:", {5},
              Json::array(
                  {Statement("Russia's opposition, which would treat NATO troops as legitimate targets.",
                             {6}),
                   Statement("Troops and funding, with only a few thousand soldiers available.", {7}),
                   Statement("The unclear US stance, as Washington has not promised a backstop.",
                             {8})}))}}}}}};
}

// `brief` with the statement whose text starts with `start` changed.
Json With(Json brief, const std::string& start, const std::string& text, std::vector<int> citations) {
  for (auto& g : brief["groups"]) {
    for (auto& b : g["bullets"]) {
      if (b["text"].get<std::string>().rfind(start, 0) == 0) {
        b["text"] = text;
        b["citations"] = citations;
      }
    }
  }
  return brief;
}

LmBriefOptions For(const ScriptedLmServer& server) {
  LmBriefOptions o;
  o.url = server.base_url();
  o.model = "scripted";
  o.language = Language::kEnglish;
  o.timeout_ms = 5000;
  o.sleep = [](int) {};
  return o;
}

// Every statement's text and verdict, for comparing briefs.
std::vector<std::pair<std::string, std::string>> Verdicts(const Brief& b) {
  std::vector<std::pair<std::string, std::string>> out = {{b.core.text, b.core.verdict}};
  for (const auto& g : b.groups) {
    for (const auto& bullet : g.bullets) {
      out.emplace_back(bullet.text, bullet.verdict);
      for (const auto& item : bullet.items) out.emplace_back(item.text, item.verdict);
    }
  }
  return out;
}

const std::string* VerdictOf(const Brief& b, const std::string& start) {
  for (const auto& g : b.groups) {
    for (const auto& bullet : g.bullets) {
      if (bullet.text.rfind(start, 0) == 0) return &bullet.verdict;
    }
  }
  return nullptr;
}

TEST(LmEngineTest, AFaithfulBriefIsKeptAsWritten) {
  ScriptedLmServer server({Completion(Faithful().dump())});
  auto result = BriefWithModel(Example(), testing::Text(), For(server));
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  const Brief& b = result->brief;
  EXPECT_TRUE(result->core_verified) << result->failure;
  EXPECT_EQ(b.verification.supported, 8) << render::BriefToMarkdown(b);
  EXPECT_EQ(b.verification.dropped, 0);
  EXPECT_EQ(b.verification.repaired + b.verification.regenerated, 0);
  for (const auto& [text, verdict] : Verdicts(b)) EXPECT_EQ(verdict, "supported") << text;
  ASSERT_EQ(b.groups.size(), 2u);
  EXPECT_EQ(b.groups[0].bullets[2].citations, std::vector<int>({3}));
  EXPECT_EQ(b.groups[1].bullets[0].items.size(), 3u);
  EXPECT_EQ(b.title, Example().article.title);
  EXPECT_EQ(b.engine, "lm");
  EXPECT_EQ(b.model, "scripted");
  // One request: the rules, then the paragraphs numbered as precis numbers
  // them, and the plan; a strict JSON schema; temperature 0.
  ASSERT_EQ(server.requests().size(), 1u);
  const Json request = Json::parse(server.requests()[0]);
  EXPECT_EQ(request["temperature"], 0.0);
  EXPECT_EQ(request["response_format"]["type"], "json_schema");
  EXPECT_EQ(request["response_format"]["json_schema"]["strict"], true);
  const std::string user = request["messages"][1]["content"];
  EXPECT_NE(user.find("[1] 1月6日，“志愿者联盟”领导人会议在巴黎举行"), std::string::npos) << user;
  EXPECT_NE(user.find("[9] 总的来看"), std::string::npos);
  EXPECT_NE(user.find("an enumeration of 3 points in paragraphs 6-8"), std::string::npos) << user;
  // Shown as the example is: the source in pinyin for an English brief.
  const std::string md = render::BriefToMarkdown(b);
  EXPECT_NE(md.find("Xin Lang Cai Jing · 2026-01-09 23:52"), std::string::npos) << md;
  EXPECT_NE(md.find("**Core Viewpoint** - The meeting held in Paris"), std::string::npos) << md;
  const Json json = Json::parse(render::BriefToJson(b));
  EXPECT_EQ(json["engine"], "lm");
  EXPECT_EQ(json["verification"]["supported"], 8);
  EXPECT_EQ(json["core"]["verdict"], "supported");
}

TEST(LmEngineTest, AuditedStatementsAreRepairedRegeneratedOrDropped) {
  const std::string declaration = "A joint declaration was signed";
  const std::string envoys = "US envoys";
  struct Row {
    const char* intent;
    std::vector<Json> answers;
    std::string start;    // the statement the row is about
    std::string verdict;  // what became of it: its verdict, or "" when dropped
    std::vector<int> citations;
    size_t requests;
  };
  const Json wrong_citation =
      With(Faithful(), declaration,
           "A joint declaration was signed, planning a \"multinational force\" in Ukraine.", {4});
  const Json invented_number =
      With(Faithful(), envoys, "US envoys Witkoff and Kushner attended with 40 officials.", {2});
  const Json invented_name =
      With(Faithful(), envoys, "US envoys Witkoff and Samsung attended for the first time.", {2});
  const Json out_of_range =
      With(Faithful(), envoys, "US envoys Witkoff and Kushner attended for the first time.", {40});
  const Json fixed = With(Faithful(), envoys, "US envoys Witkoff and Kushner attended the meeting.", {2});
  const Row rows[] = {
      {"a wrong citation is repaired to where the content is",
       {wrong_citation},
       declaration,
       "repaired",
       {3},
       1},
      {"an invented number, fixed when asked again", {invented_number, fixed}, envoys, "regenerated", {2}, 2},
      {"an invented number, still there when asked again: dropped",
       {invented_number},
       "US envoys",
       "",
       {},
       2},
      {"an invented name, still there: dropped", {invented_name}, envoys, "", {}, 2},
      {"a citation past the article, the content found: repaired",
       {out_of_range},
       envoys,
       "repaired",
       {2},
       1},
  };
  for (const Row& row : rows) {
    std::vector<ScriptedReply> script;
    for (const Json& a : row.answers) script.push_back(Completion(a.dump()));
    ScriptedLmServer server(script);
    auto result = BriefWithModel(Example(), testing::Text(), For(server));
    ASSERT_TRUE(result.ok()) << row.intent << ": " << result.status().ToString();
    const Brief& b = result->brief;
    EXPECT_EQ(server.requests().size(), row.requests) << row.intent;
    const std::string* verdict = VerdictOf(b, row.start);
    if (row.verdict.empty()) {
      EXPECT_EQ(verdict, nullptr) << row.intent << "\n" << render::BriefToMarkdown(b);
      EXPECT_EQ(b.verification.dropped, 1) << row.intent;
      // The other seven statements stand.
      EXPECT_EQ(b.verification.supported, 7) << row.intent;
    } else {
      ASSERT_NE(verdict, nullptr) << row.intent << "\n" << render::BriefToMarkdown(b);
      EXPECT_EQ(*verdict, row.verdict) << row.intent;
      for (const auto& g : b.groups) {
        for (const auto& s : g.bullets) {
          if (s.text.rfind(row.start, 0) == 0) {
            EXPECT_EQ(s.citations, row.citations) << row.intent;
          }
        }
      }
    }
    if (row.requests == 2) {
      // The regeneration turn names the failing statement and what was found.
      const Json second = Json::parse(server.requests()[1]);
      const auto& messages = second["messages"];
      ASSERT_EQ(messages.size(), 4u) << row.intent;
      EXPECT_EQ(messages[2]["role"], "assistant");
      const std::string turn = messages[3]["content"];
      EXPECT_NE(turn.find("US envoys Witkoff"), std::string::npos) << turn;
    }
  }
}

TEST(LmEngineTest, AnswersThatAreNoBriefGetOneRepairTurn) {
  struct Row {
    const char* intent;
    std::vector<ScriptedReply> script;
    bool ok;
    size_t requests;
    std::string format_of_last;  // response_format.type of the last request ("" none)
  };
  const ScriptedReply schema_refused{400, R"({"error":{"message":"json_schema is not supported"}})", {}, 0};
  const std::string fenced = "Here is the brief:\n```json\n" + Faithful().dump() + "\n```\n";
  const std::string thinking = "<think>The brief should have {braces}.</think>" + Faithful().dump();
  const Row rows[] = {
      {"malformed JSON, then valid",
       {Completion("{\"core\": {\"text\": "), Completion(Faithful().dump())},
       true,
       2,
       "json_schema"},
      {"no core, then valid",
       {Completion(R"({"groups":[]})"), Completion(Faithful().dump())},
       true,
       2,
       "json_schema"},
      {"no core twice: no brief", {Completion(R"({"groups":[]})")}, false, 2, "json_schema"},
      {"json_schema refused: asked with json_object",
       {schema_refused, Completion(Faithful().dump())},
       true,
       2,
       "json_object"},
      {"a brief inside ```json fences and prose", {Completion(fenced)}, true, 1, "json_schema"},
      {"a reasoning model's <think> block", {Completion(thinking)}, true, 1, "json_schema"},
      {"braces in the prose before the brief",
       {Completion("Use the {usual} shape: " + Faithful().dump())},
       true,
       1,
       "json_schema"},
  };
  for (const Row& row : rows) {
    ScriptedLmServer server(row.script);
    auto result = BriefWithModel(Example(), testing::Text(), For(server));
    EXPECT_EQ(result.ok(), row.ok) << row.intent << ": " << result.status().ToString();
    EXPECT_EQ(server.requests().size(), row.requests) << row.intent;
    const Json last = Json::parse(server.requests().back());
    EXPECT_EQ(last.contains("response_format") ? last["response_format"]["type"].get<std::string>() : "",
              row.format_of_last)
        << row.intent;
    if (result.ok()) {
      EXPECT_EQ(result->brief.verification.supported, 8) << row.intent;
    }
    if (!result.ok()) {
      EXPECT_EQ(result.status().code(), StatusCode::kUnavailable);
      EXPECT_NE(result.status().message().find("no brief"), std::string::npos) << result.status().message();
    }
  }
}

TEST(LmEngineTest, EmptyGroupsDisappearAndAnUnverifiableCoreFails) {
  Json empty_group = Faithful();
  empty_group["groups"].push_back({{"title", "Nothing"}, {"bullets", Json::array()}});
  {
    ScriptedLmServer server({Completion(empty_group.dump())});
    auto result = BriefWithModel(Example(), testing::Text(), For(server));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->brief.groups.size(), 2u);
  }
  Json invented_core = Faithful();
  invented_core["core"]["text"] = "The meeting held in Berlin on March 3 agreed to send 50,000 troops.";
  for (bool keep : {false, true}) {
    ScriptedLmServer server({Completion(invented_core.dump())});
    LmBriefOptions o = For(server);
    o.keep_unverified = keep;
    auto result = BriefWithModel(Example(), testing::Text(), o);
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    EXPECT_EQ(result->core_verified, keep);
    if (!keep) {
      EXPECT_NE(result->failure.find("core viewpoint could not be verified"), std::string::npos)
          << result->failure;
    } else {
      EXPECT_EQ(result->brief.core.verdict, "unverified");
      EXPECT_NE(render::BriefToMarkdown(result->brief).find("[unverified] The meeting held in Berlin"),
                std::string::npos);
      EXPECT_EQ(Json::parse(render::BriefToJson(result->brief))["verification"]["unverified"], 1);
    }
  }
}

TEST(LmEngineTest, AServerThatFailsIsRetriedThenNamed) {
  struct Row {
    const char* intent;
    std::vector<ScriptedReply> script;
    bool ok;
    StatusCode code;
    int timeout_ms;
  };
  const ScriptedReply overloaded{429, "{}", {{"Retry-After", "1"}}, 0};
  const ScriptedReply broken{500, "{}", {}, 0};
  const Row rows[] = {
      {"429 with Retry-After, then success",
       {overloaded, Completion(Faithful().dump())},
       true,
       StatusCode::kOk,
       5000},
      {"500 twice, then success",
       {broken, broken, Completion(Faithful().dump())},
       true,
       StatusCode::kOk,
       5000},
      {"a stall past the timeout", {{200, "{}", {}, 2000}}, false, StatusCode::kUnavailable, 300},
      {"an answer of 20 MB: capped",
       {Completion(std::string(20u << 20, 'x'))},
       false,
       StatusCode::kUnavailable,
       5000},
  };
  for (const Row& row : rows) {
    ScriptedLmServer server(row.script);
    LmBriefOptions o = For(server);
    o.timeout_ms = row.timeout_ms;
    o.max_tries = row.ok ? 3 : 1;
    auto result = BriefWithModel(Example(), testing::Text(), o);
    EXPECT_EQ(result.ok(), row.ok) << row.intent << ": " << result.status().ToString();
    if (!row.ok) {
      EXPECT_EQ(result.status().code(), row.code) << row.intent << ": " << result.status().ToString();
    }
  }
  const testing::RefusingPort closed;
  LmBriefOptions o;
  o.url = "http://127.0.0.1:" + std::to_string(closed.port()) + "/v1";
  o.model = "scripted";
  o.sleep = [](int) {};
  auto refused = BriefWithModel(Example(), testing::Text(), o);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(refused.status().message().rfind(o.url, 0), 0u) << refused.status().message();
}

TEST(LmEngineTest, ALongArticleIsCutToTheContextAndSaysSo) {
  Article a = Example().Read();
  for (int i = 0; i < 60; ++i)
    a.paragraphs.push_back("另据报道，欧洲多国议会将在未来数周内讨论相关预算安排，具体细节尚未公布。");
  testing::Text().Annotate(&a);
  const Document long_doc = testing::Text().Analyze(std::move(a));
  ScriptedLmServer server({Completion(Faithful().dump())});
  LmBriefOptions o = For(server);
  o.context_tokens = 2048;
  auto result = BriefWithModel(long_doc, testing::Text(), o);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  EXPECT_NE(result->brief.note.find("were left out of the model's prompt"), std::string::npos);
  const std::string user = Json::parse(server.requests()[0])["messages"][1]["content"];
  EXPECT_NE(user.find("\n[1] "), std::string::npos);  // the lead stays
  for (int n = 10; n <= 69; ++n) {
    // Each paragraph left out of the prompt is named as left out.
    if (user.find("\n[" + std::to_string(n) + "] ") == std::string::npos) {
      EXPECT_NE(result->brief.note.find(std::to_string(n)), std::string::npos) << n;
    }
  }
  EXPECT_NE(user.find("are left out"), std::string::npos);
  EXPECT_EQ(result->brief.verification.supported, 8);
}

// The command line over the engine: the brief on stdout and exit 0; one
// line on stderr and nothing on stdout otherwise (5: the server; 1: an
// unverifiable core), the key never shown.
TEST(LmEngineTest, TheCommandLine) {
  const std::string article = testing::ShellQuote(PRECIS_SOURCE_DIR "/examples/zh-ukraine-force.md");
  const std::string key = "PRECIS_LM_API_KEY=sk-secret-key PRECIS_LM_MODEL=scripted ";
  {
    ScriptedLmServer server({Completion(Faithful().dump())});
    const auto run =
        testing::RunShell("env " + key + "PRECIS_LM_URL=" + server.base_url() + " " +
                          std::string(PRECIS_BINARY) + " brief --engine lm --lang en --no-cache " + article);
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.out.find("Xin Lang Cai Jing · 2026-01-09 23:52"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("**Group 2: Challenges to Deployment**"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("  3. The unclear US stance, as Washington has not promised a backstop. [8]"),
              std::string::npos)
        << run.out;
    EXPECT_EQ(server.authorizations().at(0), "Bearer sk-secret-key");
    // The README shows this brief as precis prints it.
    const std::string readme = testing::ReadmeText();
    const std::string lead = "The brief of `examples/zh-ukraine-force.md` made this way";
    const size_t at = readme.find(lead);
    ASSERT_NE(at, std::string::npos);
    const size_t open = readme.find("```\n", at);
    const size_t close = readme.find("\n```\n", open + 4);
    ASSERT_TRUE(open != std::string::npos && close != std::string::npos);
    EXPECT_EQ(readme.substr(open + 4, close + 1 - open - 4), run.out);
  }
  {
    Json invented_core = Faithful();
    invented_core["core"]["text"] = "The meeting held in Berlin on March 3 agreed to send 50,000 troops.";
    ScriptedLmServer server({Completion(invented_core.dump())});
    const auto run = testing::RunShell("env " + key + std::string(PRECIS_BINARY) +
                                       " brief --engine lm --lang en --no-cache --lm-url " +
                                       server.base_url() + " --format json " + article);
    EXPECT_EQ(run.status, 1) << run.err;
    EXPECT_TRUE(run.out.empty());
    EXPECT_NE(run.err.find("core viewpoint could not be verified"), std::string::npos) << run.err;
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << run.err;
  }
  const testing::RefusingPort closed;
  const std::string url = "http://127.0.0.1:" + std::to_string(closed.port()) + "/v1";
  const auto run =
      testing::RunShell("env " + key + std::string(PRECIS_BINARY) +
                        " brief --engine lm --no-cache --lm-timeout 2 --lm-url " + url + " " + article);
  EXPECT_EQ(run.status, 5) << run.err;
  EXPECT_TRUE(run.out.empty());
  EXPECT_NE(run.err.find(url), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("sk-secret-key"), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << run.err;
}

// The regeneration turn leaves a good first answer standing when it fails
// or when its core does not verify; --groups bounds what the model gives.
TEST(LmEngineTest, TheFirstAnswerStandsWhenTheSecondIsWorse) {
  const Json invented_number =
      With(Faithful(), "US envoys", "US envoys Witkoff and Kushner attended with 40 officials.", {2});
  Json invented_core = invented_number;
  invented_core["core"]["text"] = "The meeting held in Berlin on March 3 agreed to send 50,000 troops.";
  struct Row {
    const char* intent;
    std::vector<ScriptedReply> script;
  };
  const Row rows[] = {
      {"the regeneration turn refused (400)",
       {Completion(invented_number.dump()),
        {400, R"({"error":{"message":"context length exceeded"}})", {}, 0}}},
      {"the second answer's core does not verify",
       {Completion(invented_number.dump()), Completion(invented_core.dump())}},
  };
  for (const Row& row : rows) {
    ScriptedLmServer server(row.script);
    auto result = BriefWithModel(Example(), testing::Text(), For(server));
    ASSERT_TRUE(result.ok()) << row.intent << ": " << result.status().ToString();
    EXPECT_TRUE(result->core_verified) << row.intent << ": " << result->failure;
    EXPECT_EQ(result->brief.verification.supported, 7) << row.intent;
    EXPECT_EQ(result->brief.verification.dropped, 1) << row.intent;
    EXPECT_EQ(server.requests().size(), 2u) << row.intent;
  }
  ScriptedLmServer server({Completion(Faithful().dump())});
  LmBriefOptions o = For(server);
  o.max_groups = 1;
  auto one = BriefWithModel(Example(), testing::Text(), o);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->brief.groups.size(), 1u);
  EXPECT_NE(Json::parse(server.requests()[0])["messages"][0]["content"].get<std::string>().find(
                "one topical group"),
            std::string::npos);
}

// A cached answer: the same brief, to the byte, and no request.
TEST(LmEngineTest, ACachedBriefCostsNothingAndIsTheSame) {
  const std::string dir = ::testing::TempDir() + "/precis_lm_engine_cache";
  std::filesystem::remove_all(dir);
  std::string first, second;
  LmBriefOptions o;
  {
    ScriptedLmServer server({Completion(Faithful().dump())});
    o = For(server);
    o.cache_dir = dir;
    auto a = BriefWithModel(Example(), testing::Text(), o);
    ASSERT_TRUE(a.ok());
    first = render::BriefToJson(a->brief);
    EXPECT_EQ(server.requests().size(), 1u);
  }
  // The same server's answer, once the server is gone: nothing is asked.
  auto b = BriefWithModel(Example(), testing::Text(), o);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  second = render::BriefToJson(b->brief);
  EXPECT_EQ(first, second);
  // Another server is asked anew (it may serve another model).
  {
    ScriptedLmServer other({{500, "{}", {}, 0}});
    LmBriefOptions elsewhere = For(other);
    elsewhere.cache_dir = dir;
    EXPECT_FALSE(BriefWithModel(Example(), testing::Text(), elsewhere).ok());
    EXPECT_GT(other.requests().size(), 0u);
  }
  std::filesystem::remove_all(dir);
}

// batch and eval with --engine lm: every item through the model, at most
// --lm-parallel requests in flight, a failing item reported and the run
// going on.
TEST(LmEngineTest, BatchAndEvalThroughTheModel) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / "precis_lm_batch";
  fs::remove_all(dir);
  fs::create_directories(dir / "in");
  std::ifstream in(PRECIS_SOURCE_DIR "/examples/zh-ukraine-force.md");
  const std::string article((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (int i = 0; i < 4; ++i) {
    // Each its own article (another time), so none is skipped as briefed.
    std::string a = article;
    a.replace(a.find("23:52"), 5, "23:5" + std::to_string(i));
    std::ofstream(dir / "in" / ("a" + std::to_string(i) + ".md")) << a;
  }
  const std::string env = "env PRECIS_LM_MODEL=scripted ";
  for (int parallel : {1, 2}) {
    ScriptedReply slow = Completion(Faithful().dump());
    slow.delay_ms = 150;
    ScriptedLmServer server({slow});
    const fs::path out = dir / ("out" + std::to_string(parallel));
    const auto run = testing::RunShell(env + std::string(PRECIS_BINARY) + " batch " +
                                       testing::ShellQuote((dir / "in").string()) + " --out " +
                                       testing::ShellQuote(out.string()) +
                                       " --jobs 4 --quiet --engine lm --lang en --no-cache --lm-parallel " +
                                       std::to_string(parallel) + " --lm-url " + server.base_url());
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(server.requests().size(), 4u);
    EXPECT_EQ(server.max_in_flight(), parallel);  // four workers: only --lm-parallel holds them back
    size_t briefs = 0;
    for (const auto& e : fs::directory_iterator(out)) {
      std::ifstream f(e.path());
      const std::string md((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
      if (md.find("**Core Viewpoint** - The meeting held in Paris") != std::string::npos) ++briefs;
    }
    EXPECT_EQ(briefs, 4u);
  }
  {
    const testing::RefusingPort closed;
    const auto run = testing::RunShell(env + std::string(PRECIS_BINARY) + " batch " +
                                       testing::ShellQuote((dir / "in" / "a0.md").string()) + " " +
                                       testing::ShellQuote((dir / "in" / "a1.md").string()) + " --out " +
                                       testing::ShellQuote((dir / "failed").string()) +
                                       " --jobs 2 --quiet --engine lm --no-cache --lm-url http://127.0.0.1:" +
                                       std::to_string(closed.port()) + "/v1");
    EXPECT_EQ(run.status, 1) << run.err;  // every item failed, the run went on to the end
    EXPECT_NE(run.err.find("2 failed"), std::string::npos) << run.err;
  }
  {
    ScriptedLmServer server({Completion(Faithful().dump())});
    nlohmann::json line = {{"id", "ukraine"},
                           {"lang", "zh"},
                           {"title", "在乌克兰部署“多国部队”可能吗？"},
                           {"paragraphs", Example().Read().paragraphs},
                           {"reference", "The Paris meeting discussed a multinational force for Ukraine."}};
    std::ofstream(dir / "eval.jsonl") << line.dump() << "\n" << line.dump() << "\n";
    const auto run = testing::RunShell(env + std::string(PRECIS_BINARY) + " eval " +
                                       testing::ShellQuote((dir / "eval.jsonl").string()) +
                                       " --engine lm --lang en --no-cache --lm-url " + server.base_url());
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.out.find("2 articles"), std::string::npos) << run.out;
    EXPECT_EQ(server.requests().size(), 2u);
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace precis
