// Copyright 2026 The precis Authors.
//
// precis serve with --queue (tools/server/service.h over work/jobs.h): a
// {"url"} request and a batch are queued (202 and job ids), GET
// /v1/jobs/{id} follows a job from queued to done with its brief, a full
// backlog answers 503 with Retry-After, /metrics carries the queue's
// figures; an article given inline is still briefed at once (201).

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "redis_server.h"
#include "render/article_writer.h"
#include "service.h"
#include "test_util.h"
#include "work/jobs.h"
#include "work/worker.h"

namespace precis::work {
namespace {

using Json = nlohmann::json;

testing::RedisServer& Redis() {
  static testing::RedisServer server;
  return server;
}

server::Request Post(const std::string& path, const Json& body) {
  server::Request r;
  r.method = "POST";
  r.path = path;
  r.headers["content-type"] = "application/json";
  r.body = body.dump();
  r.client = "127.0.0.1";
  return r;
}

server::Request Get(const std::string& path) {
  server::Request r;
  r.method = "GET";
  r.path = path;
  r.client = "127.0.0.1";
  return r;
}

TEST(QueueServiceTest, QueuesUrlsAndBatchesAndReportsEachJob) {
  PRECIS_REQUIRE_SERVER(Redis().ok(), Redis().reason());
  const testing::ScratchDir dir("queue-service");
  auto store = store::OpenSqlite((dir / "s.db").string());
  ASSERT_TRUE(store.ok());
  const std::string location = Redis().Location("service");
  SharedProducer queue(location, {.max_backlog = 3});
  server::ServiceOptions options;
  options.queue = &queue;
  options.rate_limit = 0;
  server::Service service(testing::Text(), **store, options);

  auto article = ReadArticleFile(std::string(PRECIS_SOURCE_DIR) + "/examples/en-rate-decision.txt");
  ASSERT_TRUE(article.ok());
  const Json inline_article = Json::parse(render::ArticleToJson(*article));

  // Inline: briefed now, as without a queue.
  server::Response now = service.Handle(Post("/v1/briefs", {{"article", inline_article}}));
  EXPECT_EQ(now.status, 201) << now.body;

  server::Response url = service.Handle(Post("/v1/briefs", {{"url", "https://news.example/a"}}));
  ASSERT_EQ(url.status, 202) << url.body;
  const Json queued = Json::parse(url.body);
  const std::string url_job = queued["job"];
  EXPECT_EQ(queued["status_url"], "/v1/jobs/" + url_job);

  Json changed = inline_article;
  changed["title"] = "A second story";
  server::Response batch = service.Handle(
      Post("/v1/briefs",
           {{"items", {{{"article", changed}, {"groups", 2}}, {{"url", "https://news.example/b"}}}}}));
  ASSERT_EQ(batch.status, 202) << batch.body;
  const Json jobs = Json::parse(batch.body)["jobs"];
  ASSERT_EQ(jobs.size(), 2u);

  server::Response bad = service.Handle(Post("/v1/briefs", {{"items", {{{"url", "ftp://x"}}}}}));
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_NE(bad.body.find("items[0]: url"), std::string::npos) << bad.body;

  server::Response full = service.Handle(Post("/v1/briefs", {{"url", "https://news.example/c"}}));
  EXPECT_EQ(full.status, 503) << full.body;  // three jobs waiting: the backlog's limit
  bool retry_after = false;
  for (const auto& [k, v] : full.headers) retry_after |= k == "Retry-After";
  EXPECT_TRUE(retry_after);

  server::Response state = service.Handle(Get("/v1/jobs/" + jobs[0].get<std::string>()));
  ASSERT_EQ(state.status, 200) << state.body;
  EXPECT_EQ(Json::parse(state.body)["state"], "queued");
  server::Response metrics = service.Handle(Get("/metrics"));
  EXPECT_NE(metrics.body.find("precis_queue_backlog 3"), std::string::npos) << metrics.body;

  // A worker takes them: the article is briefed, the URLs (not reachable:
  // private addresses refused, and news.example does not resolve) fail.
  WorkerOptions worker;
  worker.queue = location;
  worker.until_empty = true;
  worker.max_backoff = std::chrono::milliseconds(100);
  auto summary = RunWorker(testing::Text(), **store, worker);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->done, 1);
  server::Response done = service.Handle(Get("/v1/jobs/" + jobs[0].get<std::string>()));
  const Json done_state = Json::parse(done.body);
  ASSERT_EQ(done_state["state"], "done") << done.body;
  server::Response brief = service.Handle(Get(done_state["brief_url"]));
  EXPECT_EQ(brief.status, 200);
  EXPECT_NE(brief.body.find("A second story"), std::string::npos);
  EXPECT_EQ(Json::parse(service.Handle(Get("/v1/jobs/" + url_job)).body)["state"], "failed");
  EXPECT_EQ(service.Handle(Get("/v1/jobs/0123456789abcdef")).status, 404);
}

}  // namespace
}  // namespace precis::work
