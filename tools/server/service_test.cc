// Copyright 2026 The precis Authors.
//
// The API against a real server on a free loopback port (the HttpServer of
// `precis serve`, in this process): every route, every error status, search
// in Chinese and English, pagination, idempotent re-POST, the token, rate
// limits, URL rules. tests/serve_test.cc runs the binary itself (signals,
// kill -9, PostgreSQL).

#include "service.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "http_server.h"
#include "loopback.h"
#include "store/store.h"
#include "test_util.h"

namespace precis::server {
namespace {

using Json = nlohmann::json;
using ::precis::testing::ReadWholeFile;
using ::precis::testing::Text;

std::string Example(const char* name) {
  return ReadWholeFile(std::string(PRECIS_SOURCE_DIR) + "/examples/" + name);
}

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override { Start(ServiceOptions{}); }
  void TearDown() override {
    StopServer();
    if (store_ != nullptr) {
      Status integrity = store_->CheckIntegrity();
      EXPECT_TRUE(integrity.ok()) << integrity.ToString();
    }
    service_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  void StopServer() {
    if (http_ != nullptr) {
      http_->Stop();
      listener_.join();
      http_.reset();
    }
  }

  void Start(ServiceOptions options) {
    StopServer();
    service_.reset();
    store_.reset();
    dir_ = std::filesystem::temp_directory_path() /
           ("precis-service-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto opened = store::Open((dir_ / "briefs.db").string());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(*opened);
    options.rate_limit = options.rate_limit == ServiceOptions{}.rate_limit ? 0 : options.rate_limit;
    service_ = std::make_unique<Service>(Text(), *store_, std::move(options));
    ServerOptions server;
    server.port = 0;
    server.max_body_bytes = 1 << 20;
    http_ = std::make_unique<HttpServer>(*service_, server, [](const std::string&) {});
    auto port = http_->Bind();
    ASSERT_TRUE(port.ok()) << port.status().ToString();
    port_ = *port;
    listener_ = std::thread([this] { http_->Listen(); });
  }

  // One request over HTTP; the answer as a Response (of its headers Allow,
  // Retry-After and WWW-Authenticate; the security headers are checked on
  // every answer).
  Response Call(const std::string& method, const std::string& path, const std::string& body = "",
                std::map<std::string, std::string> query = {},
                std::map<std::string, std::string> headers = {}) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    httplib::Headers h;
    std::string content_type = "application/json";
    for (const auto& [k, v] : headers) {
      if (k == "content-type") {
        content_type = v;
      } else {
        h.emplace(k, v);
      }
    }
    httplib::Params params(query.begin(), query.end());
    const std::string target = params.empty() ? path : httplib::append_query_params(path, params);
    httplib::Result r = method == "GET"      ? client.Get(target, h)
                        : method == "POST"   ? client.Post(target, h, body, content_type.c_str())
                        : method == "PUT"    ? client.Put(target, h, body, content_type.c_str())
                        : method == "DELETE" ? client.Delete(target, h)
                                             : httplib::Result(nullptr, httplib::Error::Unknown);
    Response out;
    if (!r) {
      ADD_FAILURE() << method << " " << path << ": " << httplib::to_string(r.error());
      out.status = -1;
      return out;
    }
    out.status = r->status;
    out.body = r->body;
    out.content_type = r->get_header_value("Content-Type");
    for (const char* name : {"Allow", "Retry-After", "WWW-Authenticate"}) {
      if (r->has_header(name)) out.headers.emplace_back(name, r->get_header_value(name));
    }
    for (const auto& [name, value] : SecurityHeaders()) {
      EXPECT_EQ(r->get_header_value(name.c_str()), value) << name << " on " << method << " " << path;
    }
    return out;
  }
  Response Post(const Json& body) { return Call("POST", "/v1/briefs", body.dump()); }

  static std::string ErrorCode(const Response& r) { return Json::parse(r.body)["error"]["code"]; }

  std::filesystem::path dir_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Service> service_;
  std::unique_ptr<HttpServer> http_;
  std::thread listener_;
  int port_ = 0;
};

TEST_F(ServiceTest, BriefsStoresAndGivesTheSameBriefBack) {
  const Response made = Post({{"text", Example("zh-ukraine-force.md")}});
  ASSERT_EQ(made.status, 201) << made.body;
  const Json j = Json::parse(made.body);
  const std::string id = j["id"];
  EXPECT_EQ(id.size(), 16u);
  EXPECT_EQ(j["brief"]["source_latin"], "Xin Lang Cai Jing");
  EXPECT_FALSE(j["brief"]["core"]["text"].get<std::string>().empty());
  EXPECT_EQ(j["article"]["paragraphs"].size(), j["brief"]["paragraph_count"].get<size_t>());

  // The same article and options: the stored brief, not a new one.
  const Response again = Post({{"text", Example("zh-ukraine-force.md")}});
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.body, made.body);
  // Other options: another brief of it.
  const Response fewer = Post({{"text", Example("zh-ukraine-force.md")}, {"groups", 1}});
  ASSERT_EQ(fewer.status, 201) << fewer.body;
  EXPECT_NE(Json::parse(fewer.body)["id"], id);
  EXPECT_LE(Json::parse(fewer.body)["brief"]["groups"].size(), 1u);

  const Response got = Call("GET", "/v1/briefs/" + id);
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.body, made.body);
  const Response md = Call("GET", "/v1/briefs/" + id + ".md");
  ASSERT_EQ(md.status, 200);
  EXPECT_EQ(md.content_type, "text/markdown; charset=utf-8");
  EXPECT_EQ(md.body.rfind("# 在乌克兰部署", 0), 0u) << md.body.substr(0, 80);

  EXPECT_EQ(Call("DELETE", "/v1/briefs/" + id).status, 204);
  EXPECT_EQ(Call("GET", "/v1/briefs/" + id).status, 404);
  EXPECT_EQ(Call("DELETE", "/v1/briefs/" + id).status, 404);
}

TEST_F(ServiceTest, ReadsEveryArticleForm) {
  const Json article = {{"title", "Fed holds rates"},
                        {"source", "Example Wire"},
                        {"published", "2026-03-18"},
                        {"paragraphs",
                         {"The Federal Reserve held its benchmark rate steady on Wednesday, officials said.",
                          "Officials said inflation had slowed but remained above the target of two percent.",
                          "Markets had expected the decision, and shares rose slightly after it."}}};
  const Response a = Post({{"article", article}});
  ASSERT_EQ(a.status, 201) << a.body;
  EXPECT_EQ(Json::parse(a.body)["article"]["source"], "Example Wire");

  std::string html = "<html lang=en><head><title>Rates held</title></head><body><article><h1>Rates held</h1>";
  for (const auto& p : article["paragraphs"]) html += "<p>" + p.get<std::string>() + "</p>";
  html += "</article></body></html>";
  const Response h = Post({{"html", html}, {"url", "https://example.com/2026/03/18/rates.html"}});
  ASSERT_EQ(h.status, 201) << h.body;
  EXPECT_EQ(Json::parse(h.body)["article"]["url"], "https://example.com/2026/03/18/rates.html");
}

TEST_F(ServiceTest, BadRequestsGetTheirStatusAndOneClearMessage) {
  struct Row {
    const char* what;
    std::string method, path, body, content_type;
    int status;
    const char* code;
  } rows[] = {
      {"not JSON", "POST", "/v1/briefs", "{\"text\":", "application/json", 400, "bad_request"},
      {"not an object", "POST", "/v1/briefs", "[1]", "application/json", 400, "bad_request"},
      {"no article", "POST", "/v1/briefs", "{}", "application/json", 400, "bad_request"},
      {"two forms", "POST", "/v1/briefs", R"({"text":"a","article":{}})", "application/json", 400,
       "bad_request"},
      {"text not a string", "POST", "/v1/briefs", R"({"text":3})", "application/json", 400, "bad_request"},
      {"groups out of range", "POST", "/v1/briefs", R"({"text":"a b c","groups":7})", "application/json", 400,
       "bad_request"},
      {"unknown engine", "POST", "/v1/briefs", R"({"text":"a","engine":"gpt"})", "application/json", 400,
       "bad_request"},
      {"no model configured", "POST", "/v1/briefs", R"({"text":"a","engine":"lm"})", "application/json", 400,
       "bad_request"},
      {"not http", "POST", "/v1/briefs", R"({"url":"file:///etc/passwd"})", "application/json", 400,
       "bad_request"},
      {"a private address", "POST", "/v1/briefs", R"({"url":"http://127.0.0.1:9/x"})", "application/json",
       400, "url_refused"},
      {"metadata address", "POST", "/v1/briefs", R"({"url":"http://169.254.169.254/latest/meta-data/"})",
       "application/json", 400, "url_refused"},
      {"form-encoded", "POST", "/v1/briefs", "text=a", "application/x-www-form-urlencoded", 415,
       "unsupported_media_type"},
      {"empty article", "POST", "/v1/briefs", R"({"text":"   "})", "application/json", 422,
       "unreadable_article"},
      {"article without paragraphs", "POST", "/v1/briefs", R"({"article":{"title":"t","paragraphs":[]}})",
       "application/json", 422, "unreadable_article"},
      {"Japanese for the built-in engine", "POST", "/v1/briefs",
       R"({"text":"東京都は本日、新しい交通計画を発表しました。市民の生活がより便利になることが期待されています。計画には新しい路線の建設が含まれています。"})",
       "application/json", 422, "unreadable_article"},
      {"unknown route", "GET", "/v2/briefs", "", "", 404, "not_found"},
      {"not a brief id", "GET", "/v1/briefs/../../etc", "", "", 404, "not_found"},
      {"unknown id", "GET", "/v1/briefs/0123456789abcdef", "", "", 404, "not_found"},
      {"wrong method", "PUT", "/v1/briefs", "", "", 405, "method_not_allowed"},
      {"markdown is read-only", "DELETE", "/v1/briefs/0123456789abcdef.md", "", "", 405,
       "method_not_allowed"},
      {"check without a brief", "POST", "/v1/check", R"({"text":"a"})", "application/json", 400,
       "bad_request"},
      {"check of no brief", "POST", "/v1/check", R"({"brief":"hello","text":"a b c."})", "application/json",
       422, "unreadable_brief"},
  };
  for (const Row& row : rows) {
    std::map<std::string, std::string> headers;
    if (!row.content_type.empty()) headers["content-type"] = row.content_type;
    const Response r = Call(row.method, row.path, row.body, {}, headers);
    EXPECT_EQ(r.status, row.status) << row.what << ": " << r.body;
    ASSERT_EQ(r.content_type, "application/json") << row.what;
    const Json j = Json::parse(r.body);
    EXPECT_EQ(j["error"]["code"], row.code) << row.what << ": " << r.body;
    const std::string message = j["error"]["message"];
    EXPECT_FALSE(message.empty()) << row.what;
    EXPECT_EQ(message.find('\n'), std::string::npos) << row.what;
  }
  EXPECT_EQ(Call("PUT", "/v1/briefs").headers.at(0),
            (std::pair<std::string, std::string>{"Allow", "GET, POST"}));
  // The field at fault is named.
  EXPECT_NE(Call("POST", "/v1/briefs", R"({"text":"a b","groups":0})").body.find("groups"),
            std::string::npos);
}

TEST_F(ServiceTest, SearchesAndPages) {
  ASSERT_EQ(Post({{"text", Example("zh-ukraine-force.md")}}).status, 201);
  ASSERT_EQ(Post({{"text", Example("en-rate-decision.txt")}}).status, 201);
  auto titles = [&](std::map<std::string, std::string> query) {
    const Response r = Call("GET", "/v1/briefs", "", std::move(query));
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> out;
    const Json page = Json::parse(r.body);
    for (const auto& item : page["items"]) out.push_back(item["title"].get<std::string>().substr(0, 12));
    return out;
  };
  const std::string zh = std::string("在乌克兰部署").substr(0, 12);
  EXPECT_EQ(titles({{"q", "乌克兰"}}), std::vector<std::string>{zh});
  EXPECT_EQ(titles({{"q", "rates"}}).size(), 1u);
  EXPECT_NE(titles({{"q", "rates"}})[0], zh);
  EXPECT_TRUE(titles({{"q", "乌克兰 inflation"}}).empty());
  EXPECT_TRUE(titles({{"q", "，。！"}}).empty());  // punctuation only
  EXPECT_EQ(titles({{"source", "xin lang cai jing"}}), std::vector<std::string>{zh});
  EXPECT_EQ(titles({}).size(), 2u);
  EXPECT_EQ(titles({})[1], zh);  // newest first

  const Response first = Call("GET", "/v1/briefs", "", {{"limit", "1"}});
  const Json page = Json::parse(first.body);
  ASSERT_EQ(page["items"].size(), 1u);
  ASSERT_TRUE(page["next_cursor"].is_string());
  const Response second =
      Call("GET", "/v1/briefs", "", {{"limit", "1"}, {"cursor", page["next_cursor"].get<std::string>()}});
  const Json page2 = Json::parse(second.body);
  ASSERT_EQ(page2["items"].size(), 1u);
  EXPECT_TRUE(page2["next_cursor"].is_null());
  EXPECT_NE(page2["items"][0]["id"], page["items"][0]["id"]);
  for (const auto& bad : std::vector<std::map<std::string, std::string>>{{{"limit", "0"}},
                                                                         {{"limit", "101"}},
                                                                         {{"limit", "x"}},
                                                                         {{"from", "2026-1-1"}},
                                                                         {{"to", "yesterday"}},
                                                                         {{"cursor", "abc"}}}) {
    const Response r = Call("GET", "/v1/briefs", "", bad);
    EXPECT_EQ(r.status, 400) << bad.begin()->first << "=" << bad.begin()->second;
  }
}

TEST_F(ServiceTest, ChecksABriefAgainstItsArticle) {
  const std::string text = Example("en-rate-decision.txt");
  const Response made = Post({{"text", text}});
  ASSERT_EQ(made.status, 201);
  const Json brief = Json::parse(made.body)["brief"];
  for (const Json& given : {brief, Json(brief.dump())}) {  // an object, or its text
    const Response r = Call("POST", "/v1/check", Json{{"brief", given}, {"text", text}}.dump());
    ASSERT_EQ(r.status, 200) << r.body;
    const Json report = Json::parse(r.body);
    EXPECT_TRUE(report.contains("statements")) << r.body.substr(0, 200);
  }
  const std::string md =
      Call("GET", "/v1/briefs/" + Json::parse(made.body)["id"].get<std::string>() + ".md").body;
  EXPECT_EQ(Call("POST", "/v1/check", Json{{"brief", md}, {"text", text}}.dump()).status, 200);
}

TEST_F(ServiceTest, TheTokenGuardsEveryV1Route) {
  ServiceOptions options;
  options.token = "s3cret-token";
  Start(options);
  EXPECT_EQ(Call("GET", "/v1/briefs").status, 401);
  EXPECT_EQ(Call("GET", "/v1/briefs", "", {}, {{"authorization", "Bearer wrong"}}).status, 401);
  EXPECT_EQ(Call("GET", "/v1/briefs", "", {}, {{"authorization", "Bearer s3cret-token-and-more"}}).status,
            401);
  EXPECT_EQ(Call("GET", "/v1/briefs", "", {}, {{"authorization", "s3cret-token"}}).status, 401);
  EXPECT_EQ(Call("POST", "/v1/briefs", R"({"text":"a"})").status, 401);
  const Response denied = Call("DELETE", "/v1/briefs/0123456789abcdef");
  EXPECT_EQ(denied.status, 401);
  EXPECT_EQ(ErrorCode(denied), "unauthorized");
  EXPECT_EQ(denied.headers.at(0).first, "WWW-Authenticate");
  EXPECT_EQ(Call("GET", "/v1/briefs", "", {}, {{"authorization", "Bearer s3cret-token"}}).status, 200);
  // Probes and the API's description need no token.
  EXPECT_EQ(Call("GET", "/healthz").status, 200);
  EXPECT_EQ(Call("GET", "/readyz").status, 200);
  EXPECT_EQ(Call("GET", "/v1/openapi.json").status, 200);
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "ab"));
  EXPECT_FALSE(ConstantTimeEquals("", "a"));
}

TEST_F(ServiceTest, RateLimitsEachClient) {
  ServiceOptions options;
  options.rate_limit = 1;  // a burst of 2, then one a second
  Start(options);
  EXPECT_EQ(Call("GET", "/v1/briefs").status, 200);
  EXPECT_EQ(Call("GET", "/v1/briefs").status, 200);
  const Response limited = Call("GET", "/v1/briefs");
  ASSERT_EQ(limited.status, 429);
  EXPECT_EQ(ErrorCode(limited), "rate_limited");
  ASSERT_FALSE(limited.headers.empty());
  EXPECT_EQ(limited.headers[0].first, "Retry-After");
  EXPECT_GE(std::stoi(limited.headers[0].second), 1);
  // Another client has its own bucket (asked directly: every client here
  // is 127.0.0.1); probes are not limited.
  Request other;
  other.method = "GET";
  other.path = "/v1/briefs";
  other.client = "127.0.0.2";
  EXPECT_EQ(service_->Handle(other).status, 200);
  EXPECT_EQ(Call("GET", "/healthz").status, 200);
}

TEST_F(ServiceTest, FetchesUrlsOnlyWhereAllowed) {
  std::string html = "<html lang=en><head><title>Rates held</title></head><body><article><h1>Rates held</h1>";
  for (int i = 0; i < 3; ++i) {
    html += "<p>The Federal Reserve held its benchmark rate steady on Wednesday, officials said, for the " +
            std::to_string(i + 2) + "nd meeting in a row as inflation slowed.</p>";
  }
  html += "</article></body></html>";
  testing::PageServer page_server({{"/article.html", {200, "text/html; charset=utf-8", html, ""}}});
  const std::string url = page_server.url("/article.html");
  Response refused = Post({{"url", url}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(ErrorCode(refused), "url_refused");
  EXPECT_NE(refused.body.find("127.0.0.1"), std::string::npos);
  for (const char* host : {"localhost", "10.1.2.3", "192.168.0.1", "[::1]", "[fd00::1]", "0.0.0.0"}) {
    refused = Post({{"url", "http://" + std::string(host) + ":9/x"}});
    EXPECT_EQ(refused.status, 400) << host << ": " << refused.body;
  }
  // Allowed (tests, intranets): fetched and briefed; a page that is not
  // there is a failed URL, 502.
  ServiceOptions options;
  options.allow_private_urls = true;
  Start(options);
  const Response fetched = Post({{"url", url}});
  ASSERT_EQ(fetched.status, 201) << fetched.body;
  EXPECT_EQ(Json::parse(fetched.body)["article"]["url"], url);
  const Response failed = Post({{"url", page_server.url("/gone.html")}});
  EXPECT_EQ(failed.status, 502) << failed.body;
  EXPECT_EQ(ErrorCode(failed), "url_failed");
}

// Every brief slot taken (a slow model holds the only one): the next brief
// waits its turn up to brief_wait, then gets 503 with Retry-After; the
// model's failure is 502 and counted.
TEST_F(ServiceTest, BusyBriefSlotsAnswer503) {
  testing::ScriptedLmServer model({{500, "{}", {}, 800}});
  ServiceOptions options;
  options.lm.url = model.base_url();
  options.lm.model = "m";
  options.lm.max_tries = 1;
  options.lm.timeout_ms = 5000;
  options.max_concurrent_briefs = 1;
  options.brief_wait = std::chrono::milliseconds(100);
  Start(options);
  const std::string article = Example("en-rate-decision.txt");
  Response slow;
  std::thread holder([&] { slow = Post({{"text", article}, {"engine", "lm"}}); });
  for (int i = 0; i < 300 && model.requests().empty(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  ASSERT_FALSE(model.requests().empty());
  const Response busy = Post({{"text", Example("zh-ukraine-force.md")}});
  EXPECT_EQ(busy.status, 503) << busy.body;
  EXPECT_EQ(ErrorCode(busy), "busy");
  ASSERT_FALSE(busy.headers.empty());
  EXPECT_EQ(busy.headers[0].first, "Retry-After");
  holder.join();
  EXPECT_EQ(slow.status, 502) << slow.body;
  EXPECT_EQ(ErrorCode(slow), "upstream_failed");
  EXPECT_EQ(Post({{"text", Example("zh-ukraine-force.md")}}).status, 201);  // the slot came back
  EXPECT_NE(Call("GET", "/metrics").body.find("precis_lm_failures_total 1"), std::string::npos);
}

TEST_F(ServiceTest, ProbesAndMetrics) {
  EXPECT_EQ(Call("GET", "/healthz").body, "{\"status\":\"ok\"}\n");
  EXPECT_EQ(Call("GET", "/readyz").status, 200);
  const Response api = Call("GET", "/v1/openapi.json");
  ASSERT_EQ(api.status, 200);
  const Json doc = Json::parse(api.body);
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  for (const char* path : {"/v1/briefs", "/v1/briefs/{id}", "/v1/briefs/{id}.md", "/v1/check", "/healthz",
                           "/readyz", "/metrics"}) {
    EXPECT_TRUE(doc["paths"].contains(path)) << path;
  }
  ASSERT_EQ(Post({{"text", Example("en-rate-decision.txt")}}).status, 201);
  const Response m = Call("GET", "/metrics");
  ASSERT_EQ(m.status, 200);
  EXPECT_EQ(m.content_type.rfind("text/plain", 0), 0u);
  EXPECT_NE(m.body.find("precis_requests_total{route=\"POST /v1/briefs\",status=\"201\"} 1"),
            std::string::npos)
      << m.body;
  EXPECT_NE(m.body.find("precis_requests_total{route=\"GET /v1/openapi.json\",status=\"200\"} 1"),
            std::string::npos);
  EXPECT_NE(m.body.find("precis_request_duration_seconds_bucket{route=\"POST /v1/briefs\",le=\"+Inf\"} 1"),
            std::string::npos);
  EXPECT_NE(m.body.find("precis_briefs_stored 1"), std::string::npos);
  EXPECT_NE(m.body.find("precis_lm_requests_total 0"), std::string::npos);
}

TEST(FairSlotsTest, TurnsGoInTheOrderAsked) {
  FairSlots slots(1);
  ASSERT_TRUE(slots.Acquire(std::chrono::milliseconds(0)));
  EXPECT_FALSE(slots.Acquire(std::chrono::milliseconds(20)));  // taken; a timed-out wait leaves no trace
  std::mutex mu;
  std::vector<int> order;
  std::vector<std::thread> waiters;
  for (int i = 0; i < 3; ++i) {
    waiters.emplace_back([&, i] {
      ASSERT_TRUE(slots.Acquire(std::chrono::milliseconds(10000)));
      {
        std::lock_guard<std::mutex> lock(mu);
        order.push_back(i);
      }
      slots.Release();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));  // i waits before i + 1 asks
  }
  slots.Release();
  for (auto& t : waiters) t.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2}));
  EXPECT_TRUE(slots.Acquire(std::chrono::milliseconds(0)));  // the slot came back
}

TEST(ErrorForTest, MapsEveryLibraryErrorInOnePlace) {
  struct StageRow {
    Stage stage;
    Status status;
    int http;
  } stage_rows[] = {
      {Stage::kStore, UnavailableError("db down"), 503},
      {Stage::kStore, InvalidArgumentError("cursor"), 400},
      {Stage::kStore, InternalError("disk I/O"), 500},
      {Stage::kFetch, PermissionDeniedError("10.0.0.1"), 400},
      {Stage::kFetch, InvalidArgumentError("HTTP 404"), 502},
      {Stage::kFetch, ResourceExhaustedError("10 MB"), 502},
  };
  for (const StageRow& row : stage_rows)
    EXPECT_EQ(ErrorFor(row.stage, row.status).status, row.http) << row.status.ToString();
  struct Row {
    Status status;
    int http;
  } rows[] = {
      {InvalidArgumentError("no paragraphs"), 422}, {DataLossError("binary"), 422},
      {UnimplementedError("German"), 422},          {ResourceExhaustedError("20 MB"), 413},
      {UnavailableError("model down"), 502},        {FailedPreconditionError("data files"), 503},
      {PermissionDeniedError("private"), 400},      {InternalError("bug"), 500},
  };
  for (const Row& row : rows) {
    const ApiError e = ErrorFor(Stage::kBrief, row.status);
    EXPECT_EQ(e.status, row.http) << row.status.ToString();
    EXPECT_EQ(e.message, row.status.message());
    EXPECT_EQ(Json::parse(ErrorBody(e))["error"]["message"], row.status.message());
  }
}

}  // namespace
}  // namespace precis::server
