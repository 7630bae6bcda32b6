// Copyright 2026 The precis Authors.
//
// The model client against a scripted OpenAI-compatible server on 127.0.0.1:
// what it sends, what it retries and how long it waits, what it refuses, and
// what it keeps in its cache.

#include "lm/client.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "loopback.h"

namespace precis::lm {
namespace {

using testing::Completion;
using testing::ScriptedLmServer;
using testing::ScriptedReply;

ChatRequest Hello() {
  ChatRequest r;
  r.model = "qwen2.5-7b-instruct";
  r.messages = {{"system", "Answer in JSON."}, {"user", "[1] 你好"}};
  r.response_format = R"({"type":"json_object"})";
  return r;
}

// Options for `server` with instant, recorded waits.
ClientOptions For(const ScriptedLmServer& server, std::vector<int>* waits) {
  ClientOptions o;
  o.base_url = server.base_url();
  o.timeout_ms = 5000;
  o.sleep = [waits](int ms) { waits->push_back(ms); };
  return o;
}

TEST(LmClientTest, SendsTheRequestAndReadsTheAnswer) {
  ScriptedLmServer server({Completion(R"({"core":{}})", "first I read the article")});
  std::vector<int> waits;
  ClientOptions o = For(server, &waits);
  o.api_key = "sk-secret-key";
  auto answer = Client(o).Complete(Hello());
  ASSERT_TRUE(answer.ok()) << answer.status().ToString();
  EXPECT_EQ(answer->content, R"({"core":{}})");
  EXPECT_EQ(answer->reasoning, "first I read the article");  // apart from the content
  EXPECT_EQ(answer->prompt_tokens, 1200);
  EXPECT_EQ(answer->completion_tokens, 300);
  EXPECT_FALSE(answer->cached);
  ASSERT_EQ(server.requests().size(), 1u);
  const auto body = nlohmann::json::parse(server.requests()[0]);
  EXPECT_EQ(body["model"], "qwen2.5-7b-instruct");
  EXPECT_EQ(body["temperature"], 0.0);
  EXPECT_EQ(body["messages"][1]["content"], "[1] 你好");
  EXPECT_EQ(body["response_format"]["type"], "json_object");
  EXPECT_EQ(server.authorizations()[0], "Bearer sk-secret-key");
}

TEST(LmClientTest, RetriesWhatAServerGetsOver) {
  struct Row {
    const char* intent;
    std::vector<ScriptedReply> script;
    bool ok;
    size_t requests;
    std::vector<int> waits;  // exact, or {-1} for "some backoff each time"
  };
  const ScriptedReply overloaded{429, R"({"error":{"message":"slow down"}})", {{"Retry-After", "2"}}, 0};
  const ScriptedReply broken{500, R"({"error":{"message":"CUDA out of memory"}})", {}, 0};
  const Row rows[] = {
      {"429 waits what Retry-After says, then succeeds", {overloaded, Completion("{}")}, true, 2, {2000}},
      {"500 twice, then success", {broken, broken, Completion("{}")}, true, 3, {-1, -1}},
      {"500 three times: given up after 3 tries", {broken}, false, 3, {-1, -1}},
  };
  for (const Row& row : rows) {
    ScriptedLmServer server(row.script);
    std::vector<int> waits;
    auto answer = Client(For(server, &waits)).Complete(Hello());
    EXPECT_EQ(answer.ok(), row.ok) << row.intent << ": " << answer.status().ToString();
    EXPECT_EQ(server.requests().size(), row.requests) << row.intent;
    ASSERT_EQ(waits.size(), row.waits.size()) << row.intent;
    for (size_t i = 0; i < waits.size(); ++i) {
      if (row.waits[i] >= 0) {
        EXPECT_EQ(waits[i], row.waits[i]) << row.intent;
      } else {
        // Exponential with jitter: 0.5-1.5 s, then 1-3 s.
        EXPECT_GE(waits[i], 500 * (1 << i)) << row.intent;
        EXPECT_LE(waits[i], 1500 * (1 << i)) << row.intent;
      }
    }
    if (!row.ok) {
      EXPECT_EQ(answer.status().code(), StatusCode::kUnavailable);
      EXPECT_NE(answer.status().message().find(server.base_url()), std::string::npos);
      EXPECT_NE(answer.status().message().find("HTTP 500: CUDA out of memory"), std::string::npos)
          << answer.status().message();
      EXPECT_NE(answer.status().message().find("after 3 tries"), std::string::npos);
    }
  }
}

TEST(LmClientTest, RefusesWhatItCannotUse) {
  struct Row {
    const char* intent;
    ScriptedReply reply;
    size_t cap;
    int timeout_ms;
    StatusCode code;
    std::string says;
  };
  const Row rows[] = {
      {"a refused request (400) is the caller's to simplify, not retried",
       {400, R"({"error":{"message":"response_format json_schema not supported"}})", {}, 0},
       1u << 20,
       5000,
       StatusCode::kInvalidArgument,
       "HTTP 400: response_format json_schema not supported"},
      {"an answer over the cap", Completion(std::string(3u << 20, 'x')), 1u << 20, 5000,
       StatusCode::kResourceExhausted, "larger than 1 MB"},
      {"a stalled server",
       {200, "{}", {}, 1500},
       1u << 20,
       300,
       StatusCode::kUnavailable,
       "no answer within"},
      {"not a chat completion",
       {200, R"({"result":"hi"})", {}, 0},
       1u << 20,
       5000,
       StatusCode::kUnavailable,
       "not a chat completion"},
      {"unauthorized: no use retrying, and the key a server echoes masked",
       {401, R"({"error":{"message":"Incorrect API key provided: sk-secret-key"}})", {}, 0},
       1u << 20,
       5000,
       StatusCode::kUnavailable,
       "HTTP 401: Incorrect API key provided: ***"},
  };
  for (const Row& row : rows) {
    ScriptedLmServer server({row.reply});
    std::vector<int> waits;
    ClientOptions o = For(server, &waits);
    o.max_response_bytes = row.cap;
    o.timeout_ms = row.timeout_ms;
    o.max_tries = 1;
    o.api_key = "sk-secret-key";
    auto answer = Client(o).Complete(Hello());
    ASSERT_FALSE(answer.ok()) << row.intent;
    EXPECT_EQ(answer.status().code(), row.code) << row.intent << ": " << answer.status().ToString();
    EXPECT_NE(answer.status().message().find(row.says), std::string::npos) << answer.status().message();
    EXPECT_EQ(answer.status().message().find("sk-secret-key"), std::string::npos) << row.intent;
  }
}

TEST(LmClientTest, ARefusedConnectionNamesTheServer) {
  const testing::RefusingPort closed;
  ClientOptions o;
  o.base_url = "http://127.0.0.1:" + std::to_string(closed.port()) + "/v1";
  std::vector<int> waits;
  o.sleep = [&waits](int ms) { waits.push_back(ms); };
  auto answer = Client(o).Complete(Hello());
  ASSERT_FALSE(answer.ok());
  EXPECT_EQ(answer.status().code(), StatusCode::kUnavailable);
  EXPECT_EQ(answer.status().message().rfind(o.base_url + ": ", 0), 0u) << answer.status().message();
  EXPECT_EQ(waits.size(), 2u);  // three tries
  EXPECT_EQ(answer.status().message().find('\n'), std::string::npos);
}

TEST(LmClientTest, TheCacheAnswersTheSameRequestWithTheSameBytes) {
  const std::string dir = ::testing::TempDir() + "/precis_lm_cache_test";
  std::filesystem::remove_all(dir);
  ScriptedLmServer server({Completion(R"({"first":1})"), Completion(R"({"second":2})")});
  std::vector<int> waits;
  ClientOptions o = For(server, &waits);
  o.cache_dir = dir;
  o.cache_salt = "prompt v1";
  auto first = Client(o).Complete(Hello());
  auto again = Client(o).Complete(Hello());
  ASSERT_TRUE(first.ok() && again.ok());
  EXPECT_EQ(server.requests().size(), 1u);
  EXPECT_EQ(again->content, first->content);
  EXPECT_TRUE(again->cached);
  // Another prompt version, or another request, is asked anew.
  o.cache_salt = "prompt v2";
  auto other = Client(o).Complete(Hello());
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->content, R"({"second":2})");
  EXPECT_EQ(server.requests().size(), 2u);
  // Another server, whatever model it names, is asked anew: the cache
  // keeps each server's answers apart.
  ScriptedLmServer other_server({Completion(R"({"third":3})")});
  ClientOptions elsewhere = For(other_server, &waits);
  elsewhere.cache_dir = dir;
  elsewhere.cache_salt = "prompt v2";
  auto from_other = Client(elsewhere).Complete(Hello());
  ASSERT_TRUE(from_other.ok());
  EXPECT_EQ(from_other->content, R"({"third":3})");
  EXPECT_FALSE(from_other->cached);
  EXPECT_EQ(other_server.requests().size(), 1u);
  EXPECT_TRUE(Client(o).Complete(Hello())->cached);  // the first server's answer is still kept
  // No key in the cache.
  o.api_key = "sk-secret-key";
  ChatRequest changed = Hello();
  changed.messages[1].content = "[1] 再见";
  ASSERT_TRUE(Client(o).Complete(changed).ok());
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(e.path());
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(bytes.find("sk-secret-key"), std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

TEST(LmClientTest, ServersAreNamedWithoutCredentials) {
  EXPECT_EQ(ServerName("https://user:sk-key@api.example.org/v1"), "https://api.example.org/v1");
  EXPECT_EQ(ServerName("http://127.0.0.1:8080/v1"), "http://127.0.0.1:8080/v1");
  EXPECT_EQ(ServerName("http://host/v1?token=a@b"), "http://host/v1?token=a@b");
}

TEST(LmClientTest, NoServerOrNoHttpIsAClearError) {
  for (const std::string url : {"", "ftp://example.org/v1"}) {
    ClientOptions o;
    o.base_url = url;
    auto answer = Client(o).Complete(Hello());
    ASSERT_FALSE(answer.ok());
    EXPECT_EQ(answer.status().code(), StatusCode::kInvalidArgument) << url;
  }
}

}  // namespace
}  // namespace precis::lm
