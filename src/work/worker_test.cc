// Copyright 2026 The precis Authors.
//
// The worker in this process against a throw-away redis-server and a SQLite
// store: a job delivered twice is stored once; a job's state follows it to
// done; what no retry mends goes to the dead letters at once, a passing
// failure after --max-attempts tries; a job left by a worker that stopped is
// claimed, one delivered too often is dead-lettered; producers wait for room
// in the backlog; the shared model budget spaces model briefs.

#include "work/worker.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>

#include "loopback.h"
#include "redis_server.h"
#include "render/article_writer.h"
#include "test_util.h"
#include "work/enqueue.h"
#include "work/jobs.h"

namespace precis::work {
namespace {

namespace fs = std::filesystem;

testing::RedisServer& Redis() {
  static testing::RedisServer server;
  return server;
}

class WorkerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    PRECIS_REQUIRE_SERVER(Redis().ok(), Redis().reason());
    auto store = store::OpenSqlite((dir_ / "briefs.db").string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(*store);
    location_ = Redis().Location(Name());
    auto producer = Producer::Connect(location_, {});
    ASSERT_TRUE(producer.ok()) << producer.status().ToString();
    producer_ = std::move(*producer);
  }
  static std::string Name() { return ::testing::UnitTest::GetInstance()->current_test_info()->name(); }

  WorkerOptions Options() {
    WorkerOptions o;
    o.queue = location_;
    o.consumer = "test";
    o.until_empty = true;
    o.claim_after = std::chrono::milliseconds(200);
    o.max_backoff = std::chrono::milliseconds(200);
    o.log = [this](const std::string& line) { log_ += line + "\n"; };
    return o;
  }
  WorkerSummary Run(const WorkerOptions& o) {
    auto summary = RunWorker(testing::Text(), *store_, o);
    EXPECT_TRUE(summary.ok()) << summary.status().ToString();
    return summary.ok() ? *summary : WorkerSummary{};
  }

  static std::string ArticleJson(const std::string& example) {
    auto article = ReadArticleFile(std::string(PRECIS_SOURCE_DIR) + "/examples/" + example);
    EXPECT_TRUE(article.ok()) << article.status().ToString();
    return article.ok() ? render::ArticleToJson(*article) : "";
  }
  std::string Submit(QueuedJob job) {
    auto id = producer_->Submit(std::move(job));
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : "";
  }
  JobState State(const std::string& job) {
    auto s = producer_->State(job);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? *s : JobState{};
  }
  std::vector<queue::Job> DeadLetters() {
    auto dead = producer_->stream().Range(producer_->keys().dead, "-", 100);
    EXPECT_TRUE(dead.ok()) << dead.status().ToString();
    return dead.ok() ? *dead : std::vector<queue::Job>{};
  }

  testing::ScratchDir dir_{"work"};  // outlives the store in it
  std::unique_ptr<store::Store> store_;
  std::string location_;
  std::unique_ptr<Producer> producer_;
  std::string log_;
};

TEST_F(WorkerTest, StoresEachArticleOnceAndReportsEachJobDone) {
  QueuedJob en{.name = "en", .article = ArticleJson("en-rate-decision.txt")};
  QueuedJob zh{.name = "zh", .article = ArticleJson("zh-ukraine-force.md")};
  const std::string a = Submit(en), b = Submit(en), c = Submit(zh);
  const WorkerSummary s = Run(Options());
  EXPECT_EQ(s.done, 3);
  EXPECT_EQ(s.stored, 2);  // the repeated article briefed once
  EXPECT_EQ(s.dead, 0);
  EXPECT_EQ(*store_->Count(), 2);
  const JobState first = State(a), again = State(b), chinese = State(c);
  EXPECT_EQ(first.state, "done");
  EXPECT_EQ(again.state, "done");
  EXPECT_EQ(first.brief, again.brief);
  EXPECT_EQ(chinese.state, "done");
  auto stored = store_->Get(chinese.brief);
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_NE((*stored)->brief_markdown.find("[1]"), std::string::npos) << (*stored)->brief_markdown;
  EXPECT_EQ(*producer_->stream().Length(), 0);  // finished jobs leave the stream
  auto stats = Stats(producer_->stream());
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->done, 3);
  EXPECT_EQ(stats->backlog, 0);
  EXPECT_TRUE(stats->consumers.empty()) << "a worker that stopped cleanly leaves the group";
}

TEST_F(WorkerTest, JobOptionsOverrideTheWorkersDefaults) {
  QueuedJob two{.name = "two", .article = ArticleJson("zh-ukraine-force.md"), .groups = 1};
  const std::string id = Submit(two);
  Run(Options());
  const JobState state = State(id);
  ASSERT_EQ(state.state, "done") << state.error;
  auto stored = store_->Get(state.brief);
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ((*stored)->options, "engine=builtin;groups=1;lang=auto");
}

TEST_F(WorkerTest, WhatNoRetryMendsIsDeadAtOnceAPassingFailureAfterMaxAttempts) {
  testing::PageServer pages(
      {{"/down", {503, "text/html", "busy", ""}}, {"/gone", {404, "text/html", "no", ""}}});
  const std::string base = "http://127.0.0.1:" + std::to_string(pages.port());
  const std::string unreadable = Submit({.name = "empty.json", .article = R"({"title":"no text"})"});
  const std::string down = Submit({.name = "down", .url = base + "/down"});
  const std::string gone = Submit({.name = "gone", .url = base + "/gone"});
  ASSERT_TRUE(producer_->stream().Add({{"name", "not a job"}}).ok());

  WorkerOptions o = Options();
  o.allow_private_urls = true;
  const WorkerSummary s = Run(o);
  EXPECT_EQ(s.done, 0);
  EXPECT_EQ(s.retried, 2);  // down, twice
  EXPECT_EQ(s.dead, 4);

  std::map<std::string, queue::Job> dead;
  for (const queue::Job& e : DeadLetters()) dead[e.Field("name")] = e;
  ASSERT_EQ(dead.size(), 4u) << log_;
  EXPECT_EQ(dead["empty.json"].Field("attempts"), "1");
  EXPECT_NE(dead["empty.json"].Field("error").find("paragraphs"), std::string::npos);
  EXPECT_EQ(dead["gone"].Field("attempts"), "1");  // 404: no retry
  EXPECT_NE(dead["gone"].Field("error").find("HTTP 404"), std::string::npos);
  EXPECT_EQ(dead["down"].Field("attempts"), "3");  // 503: tried three times
  EXPECT_NE(dead["down"].Field("error").find("HTTP 503"), std::string::npos);
  EXPECT_NE(dead["not a job"].Field("error").find("not a brief job"), std::string::npos);
  EXPECT_EQ(State(unreadable).state, "failed");
  EXPECT_EQ(State(down).state, "failed");
  EXPECT_NE(State(gone).error.find("HTTP 404"), std::string::npos);
  EXPECT_NE(log_.find("dead letter after 3 failures"), std::string::npos) << log_;
  EXPECT_EQ(*store_->Count(), 0);
}

TEST_F(WorkerTest, AFeedUrlBecomesAJobPerItemAndFeedsOfFeedsAreNotFollowed) {
  const std::string page =
      "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
      "<p>The harbour reopened on Monday after a week of repairs to the main pier.</p>"
      "<p>Ferries to the islands will run on the summer timetable from Friday.</p></article></body></html>";
  const std::string item_with_content =
      "<item><title>Bridge closes</title><link>https://news.example/bridge</link><content:encoded><![CDATA["
      "<p>The old bridge closed on Tuesday for a month of repairs.</p><p>Buses will run a detour through the "
      "town centre until it reopens.</p>]]></content:encoded></item>";
  std::map<std::string, testing::PageServer::Page> pages = {{"/page", {200, "text/html", page, ""}}};
  testing::PageServer server(pages);
  const std::string base = "http://127.0.0.1:" + std::to_string(server.port());
  // The feed lists the page, an item with its content, and itself.
  const std::string rss_head =
      "<?xml version=\"1.0\"?><rss version=\"2.0\" "
      "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Local</title>" +
      item_with_content + "<item><title>Harbour</title><link>" + base + "/page</link></item>";
  // Its own URL is known once its server has a port: the server answers
  // from a body filled in after.
  auto body = std::make_shared<std::string>();
  httplib::Server feed_server;
  feed_server.Get("/feed.xml", [body](const httplib::Request&, httplib::Response& res) {
    res.set_content(*body, "application/rss+xml");
  });
  const int port = feed_server.bind_to_any_port("127.0.0.1");
  const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/feed.xml";
  *body = rss_head + "<item><title>Itself</title><link>" + url + "</link></item></channel></rss>";
  std::thread serving([&] { feed_server.listen_after_bind(); });
  for (int i = 0; i < 200 && !feed_server.is_running(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));

  const std::string id = Submit({.name = "feed", .url = url});
  WorkerOptions o = Options();
  o.allow_private_urls = true;
  const WorkerSummary s = Run(o);
  EXPECT_EQ(State(id).state, "expanded");
  EXPECT_EQ(*store_->Count(), 2) << log_;  // the item with content, and the page
  EXPECT_EQ(s.dead, 1);
  const auto dead = DeadLetters();
  ASSERT_EQ(dead.size(), 1u);
  EXPECT_NE(dead[0].Field("error").find("is a feed itself"), std::string::npos) << dead[0].Field("error");
  feed_server.stop();
  serving.join();
}

TEST_F(WorkerTest, RefusesPrivateAddressesUnlessAllowed) {
  testing::PageServer pages({{"/page", {200, "text/html", "<html><body><p>x</p></body></html>", ""}}});
  const std::string id =
      Submit({.name = "page", .url = "http://127.0.0.1:" + std::to_string(pages.port()) + "/page"});
  const WorkerSummary s = Run(Options());
  EXPECT_EQ(s.dead, 1);
  EXPECT_EQ(State(id).state, "failed");
  EXPECT_NE(State(id).error.find("refused"), std::string::npos) << State(id).error;
}

TEST_F(WorkerTest, ClaimsWhatAStoppedWorkerLeftAndDeadLettersAJobDeliveredTooOften) {
  auto& stream = producer_->stream();
  const std::string poison = Submit({.name = "poison", .article = ArticleJson("zh-ukraine-force.md")});
  auto poisoned = stream.Read(kGroup, "crashing-worker", 1, 0);
  ASSERT_TRUE(poisoned.ok() && poisoned->size() == 1u);
  const std::string left = Submit({.name = "left", .article = ArticleJson("en-rate-decision.txt")});
  auto taken = stream.Read(kGroup, "gone-worker", 1, 0);  // taken, never finished
  ASSERT_TRUE(taken.ok() && taken->size() == 1u);
  for (int i = 0; i < 3; ++i) {  // three more workers took it and died: four deliveries
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ASSERT_TRUE(stream.Claim(kGroup, "crashing-worker-" + std::to_string(i), 0, 1).ok());
  }
  ASSERT_EQ(*stream.Deliveries(kGroup, (*poisoned)[0].id), 4);
  std::this_thread::sleep_for(std::chrono::milliseconds(250));  // past claim_after

  const WorkerSummary s = Run(Options());
  EXPECT_EQ(s.claimed, 2);
  EXPECT_EQ(s.done, 1);
  EXPECT_EQ(s.dead, 1);
  EXPECT_EQ(State(left).state, "done");
  EXPECT_EQ(State(poison).state, "failed");
  EXPECT_NE(State(poison).error.find("delivered 5 times"), std::string::npos) << State(poison).error;
  EXPECT_EQ(*stream.Pending(kGroup), 0);
}

TEST_F(WorkerTest, ProducersWaitForRoomInTheBacklog) {
  auto limited = Producer::Connect(location_, {.max_backlog = 2, .poll = std::chrono::milliseconds(20)});
  ASSERT_TRUE(limited.ok());
  const std::string article = ArticleJson("en-rate-decision.txt");
  ASSERT_TRUE((*limited)->Submit({.name = "1", .article = article}).ok());
  ASSERT_TRUE((*limited)->Submit({.name = "2", .article = article}).ok());
  auto full = (*limited)->Submit({.name = "3", .article = article}, /*wait=*/false);
  ASSERT_FALSE(full.ok());
  EXPECT_EQ(full.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(full.status().message().find("backlog is full"), std::string::npos);
  // A waiting producer gets in once a worker makes room.
  std::thread producer([&] { EXPECT_TRUE((*limited)->Submit({.name = "3", .article = article}).ok()); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(*producer_->stream().Length(), 2);
  WorkerOptions o = Options();
  o.until_empty = false;
  std::atomic<bool> stop{false};
  o.stop = &stop;
  std::thread worker([&] { Run(o); });
  producer.join();
  for (int i = 0; i < 500 && *producer_->stream().Length() > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  stop = true;
  worker.join();
  EXPECT_EQ(*producer_->stream().Length(), 0);
  EXPECT_EQ(Stats(producer_->stream())->done, 3);
}

TEST_F(WorkerTest, BatchQueuesWhatItCanReadAndReportsWhatItCannot) {
  const fs::path bad = dir_ / "bad.json";
  { std::ofstream(bad) << R"({"title":"no text"})"; }
  EnqueueOptions options;
  auto summary = EnqueueInputs({std::string(PRECIS_SOURCE_DIR) + "/examples", bad.string(),
                                "https://example.com/a", "ftp://example.com/b"},
                               *producer_, options);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_EQ(summary->queued, 5u);  // the four examples and the http URL
  EXPECT_EQ(summary->failed, 2u);
  ASSERT_EQ(summary->errors.size(), 2u);
  auto jobs = producer_->stream().Range(producer_->stream().name(), "-", 10);
  ASSERT_TRUE(jobs.ok());
  size_t articles = 0, urls = 0;
  for (const auto& j : *jobs) {
    articles += j.Field("article").empty() ? 0 : 1;
    urls += j.Field("url") == "https://example.com/a" ? 1 : 0;
  }
  EXPECT_EQ(articles, 4u);
  EXPECT_EQ(urls, 1u);
}

// Model briefs: at most lm_parallel in flight in a worker, and no faster
// than lm_rate a second across workers (a bucket holding one second's
// worth). The model answers nothing usable; what is measured is when it is
// asked.
TEST_F(WorkerTest, ModelBriefsAreCappedPerWorkerAndPacedAcrossWorkers) {
  auto submit_distinct = [&](int n, const std::string& tag) {
    nlohmann::json article = nlohmann::json::parse(ArticleJson("en-rate-decision.txt"));
    for (int i = 0; i < n; ++i) {
      article["title"] = tag + " " + std::to_string(i);
      Submit({.name = tag + std::to_string(i), .article = article.dump()});
    }
  };
  WorkerOptions o = Options();
  o.defaults.engine = "lm";
  o.lm.model = "scripted";
  o.lm.max_tries = 1;
  o.lm.sleep = [](int) {};
  o.max_attempts = 1;
  o.jobs = 2;
  {
    testing::ScriptedLmServer model({{200, "not json", {}, 150}});
    o.lm.url = model.base_url();
    o.lm_parallel = 1;
    submit_distinct(3, "capped");
    const WorkerSummary s = Run(o);
    EXPECT_EQ(s.dead, 3);
    EXPECT_GE(model.requests().size(), 3u);
    EXPECT_EQ(model.max_in_flight(), 1);
  }
  {
    testing::ScriptedLmServer model({{200, "not json", {}, 0}});
    o.lm.url = model.base_url();
    o.lm_parallel = 2;
    o.lm_rate = 2;  // two at once, then one every half second
    submit_distinct(6, "paced");
    const auto start = std::chrono::steady_clock::now();
    const WorkerSummary s = Run(o);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(s.dead, 6);
    EXPECT_GE(seconds, 1.5) << "6 model briefs at 2 a second, 2 at once, cannot take less than 2 s";
  }
}

}  // namespace
}  // namespace precis::work
