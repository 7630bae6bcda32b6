// Copyright 2026 The precis Authors.
//
// precis worker processes on a throw-away redis-server (append-only file,
// Unix socket) and PostgreSQL cluster, the way they run across machines:
//   - 2,000 jobs from the development sets through three workers, one
//     killed with kill -9 mid-run and one paused (SIGSTOP) past the claim
//     timeout: every job ends in the store exactly once or in the dead
//     letters with its error; none lost, none duplicated, by count and by
//     brief id;
//   - Redis killed and restarted mid-run: the workers reconnect and finish;
//   - PostgreSQL crashed and restarted mid-run: the workers retry their
//     commits, and every job reported done has its brief in the store.
// What the store should hold is worked out here with the library: each
// job's brief id, and whether the built-in engine briefs it at all.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "child_process.h"
#include "pg_cluster.h"
#include "precis/engine.h"
#include "precis/reader.h"
#include "redis_server.h"
#include "render/article_writer.h"
#include "store/store.h"
#include "test_util.h"
#include "work/brief_job.h"
#include "work/jobs.h"

namespace precis {
namespace {

using testing::ChildProcess;

struct Expected {
  std::set<std::string> stored;                  // brief ids
  std::set<std::string> dead;                    // job names
  std::map<std::string, std::string> job_names;  // job id -> name
};

class WorkersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    PRECIS_REQUIRE_SERVER(redis_.ok(), redis_.reason());
    PRECIS_REQUIRE_SERVER(pg_.ok(), pg_.reason());
    pg_url_ = pg_.NewDatabase();
    location_ = redis_.Location("jobs");
    auto producer = work::Producer::Connect(location_, {});
    ASSERT_TRUE(producer.ok()) << producer.status().ToString();
    producer_ = std::move(*producer);
  }

  // Queues `article` (any form precis reads, parsed as `format`) and works
  // out what the store should then hold.
  void Queue(const std::string& bytes, InputFormat format, const std::string& name) {
    ReadOptions read;
    read.format = format;
    auto article = ReadArticleBytes(bytes, name, read);
    ASSERT_TRUE(article.ok()) << article.status().ToString();
    work::QueuedJob job;
    job.name = name;
    job.article = render::ArticleToJson(*article);
    // As the worker will: read the job's JSON, annotate, brief.
    read.format = InputFormat::kJson;
    auto again = ReadArticleBytes(job.article, name, read);
    ASSERT_TRUE(again.ok());
    testing::Text().Annotate(&*again);
    const store::StoredBrief stored = work::Prepare(*again, work::BriefChoice{}, "", testing::Text());
    const bool briefs = BriefDocument(testing::Text().Analyze(std::move(*again)), BriefOptions{}).ok();
    auto id = producer_->Submit(std::move(job));
    ASSERT_TRUE(id.ok()) << id.status().ToString();
    expected_.job_names[*id] = name;
    if (briefs) {
      expected_.stored.insert(stored.id);
    } else {
      expected_.dead.insert(name);
    }
  }

  // `n` distinct articles made from the bundled examples (their titles
  // numbered).
  void QueueExamples(int n) {
    std::vector<nlohmann::json> examples;
    for (const char* f : {"en-rate-decision.txt", "zh-ukraine-force.md", "zh-tw-typhoon.txt"}) {
      auto a = ReadArticleFile(std::string(PRECIS_SOURCE_DIR) + "/examples/" + f);
      ASSERT_TRUE(a.ok());
      examples.push_back(nlohmann::json::parse(render::ArticleToJson(*a)));
    }
    for (int i = 0; i < n; ++i) {
      nlohmann::json a = examples[static_cast<size_t>(i) % examples.size()];
      a["title"] = a["title"].get<std::string>() + " #" + std::to_string(i);
      Queue(a.dump(), InputFormat::kJson, "example-" + std::to_string(i));
    }
  }

  ChildProcess& StartWorker(const std::string& name, std::vector<std::string> extra = {}) {
    std::vector<std::string> argv = {PRECIS_BINARY, "worker",     "--queue", location_,       "--store",
                                     pg_url_,       "--consumer", name,      "--claim-after", "2s"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    workers_.push_back(std::make_unique<ChildProcess>(argv, (dir_ / (name + ".log")).string()));
    return *workers_.back();
  }

  std::unique_ptr<store::Store> Store() {
    auto s = store::OpenPostgres(pg_url_);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }

  // Waits up to `seconds` for `done`; false on timeout.
  template <typename Pred>
  static bool WaitFor(Pred done, int seconds) {
    for (int i = 0; i < seconds * 20; ++i) {
      if (done()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }

  int64_t StoredCount(store::Store& store) {
    auto n = store.Count();
    return n.ok() ? *n : -1;
  }
  // The queue's backlog through a connection of its own (Redis may have
  // been restarted under the producer's).
  int64_t Backlog() {
    auto s = queue::Stream::Connect(location_);
    if (!s.ok()) return -1;
    auto n = (*s)->Length();
    return n.ok() ? *n : -1;
  }

  // Jobs in hand for `consumer`.
  int64_t InHand(const std::string& consumer) {
    auto s = queue::Stream::Connect(location_);
    if (!s.ok()) return -1;
    auto group = (*s)->Group(work::kGroup);
    if (!group.ok()) return -1;
    for (const auto& c : group->consumers) {
      if (c.name == consumer) return c.pending;
    }
    return 0;
  }

  // Jobs the workers that stopped cleanly claimed from others, from their
  // last lines ("…, 3 claimed from other workers, …").
  int64_t Claimed() const {
    int64_t claimed = 0;
    const std::string logs = Logs();
    const std::string key = " claimed from other workers";
    for (size_t at = logs.find(key); at != std::string::npos; at = logs.find(key, at + 1)) {
      size_t start = logs.rfind(", ", at);
      if (start != std::string::npos) claimed += std::atoll(logs.c_str() + start + 2);
    }
    return claimed;
  }

  std::string Logs() const {
    std::string all;
    for (const auto& w : workers_) all += w->Log();
    return all;
  }

  // Every stored brief's id, through the search API's pages.
  std::vector<std::string> StoredIds(store::Store& store) {
    std::vector<std::string> ids;
    store::SearchQuery q;
    q.limit = 100;
    for (;;) {
      auto page = store.Search(q);
      EXPECT_TRUE(page.ok()) << page.status().ToString();
      if (!page.ok()) break;
      for (const auto& item : page->items) ids.push_back(item.id);
      if (page->next_cursor.empty()) break;
      q.cursor = page->next_cursor;
    }
    return ids;
  }

  // The store holds exactly the expected briefs, each once; the dead
  // letters exactly the jobs the engine cannot brief, with their errors;
  // every job's state is final.
  void ExpectExactlyOnce() {
    auto store = Store();
    ASSERT_NE(store, nullptr);
    const std::vector<std::string> ids = StoredIds(*store);
    const std::set<std::string> unique(ids.begin(), ids.end());
    EXPECT_EQ(ids.size(), unique.size()) << "a brief stored twice";
    EXPECT_EQ(StoredCount(*store), static_cast<int64_t>(expected_.stored.size()));
    EXPECT_EQ(unique, expected_.stored) << "briefs missing or unexpected";
    EXPECT_TRUE(store->CheckIntegrity().ok());

    auto stream = queue::Stream::Connect(location_);
    ASSERT_TRUE(stream.ok());
    auto dead = (*stream)->Range(work::QueueKeys("jobs").dead, "-", 100000);
    ASSERT_TRUE(dead.ok());
    std::multiset<std::string> dead_names;
    for (const auto& e : *dead) {
      dead_names.insert(e.Field("name"));
      EXPECT_FALSE(e.Field("error").empty()) << e.Field("name");
    }
    EXPECT_EQ(std::set<std::string>(dead_names.begin(), dead_names.end()), expected_.dead);
    EXPECT_EQ(dead_names.size(), expected_.dead.size()) << "a job dead-lettered twice";

    work::ProducerOptions none;
    auto states = work::Producer::Connect(location_, none);
    ASSERT_TRUE(states.ok());
    size_t done = 0, failed = 0;
    for (const auto& [job, name] : expected_.job_names) {
      auto s = (*states)->State(job);
      ASSERT_TRUE(s.ok());
      if (s->state == "done") {
        ++done;
        EXPECT_EQ(expected_.stored.count(s->brief), 1u) << name << ": done, its brief not in the store";
      } else {
        ++failed;
        EXPECT_EQ(s->state, "failed") << name;
      }
    }
    EXPECT_EQ(failed, expected_.dead.size());
    EXPECT_EQ(done + failed, expected_.job_names.size());
  }

  // 400 jobs through two workers, `outage` (which restarts a server, true
  // when it is back) a quarter of the way; the workers must say `recovered`
  // in their logs, and every job end exactly once.
  template <typename Outage>
  void RunThroughAnOutage(Outage outage, const std::string& recovered) {
    QueueExamples(400);
    ChildProcess& a = StartWorker("a");
    ChildProcess& b = StartWorker("b");
    auto store = Store();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(WaitFor([&] { return StoredCount(*store) >= 100; }, 120)) << Logs();
    ASSERT_TRUE(outage());
    ASSERT_TRUE(WaitFor([&] { return Backlog() == 0; }, 240)) << Logs();
    EXPECT_EQ(a.Stop(SIGTERM), 0) << a.Log();
    EXPECT_EQ(b.Stop(SIGTERM), 0) << b.Log();
    EXPECT_NE(Logs().find(recovered), std::string::npos) << Logs();
    ExpectExactlyOnce();
  }

  testing::RedisServer redis_;
  testing::PgCluster pg_;
  testing::ScratchDir dir_{"workers"};  // outlives the workers logging into it
  std::string pg_url_, location_;
  std::unique_ptr<work::Producer> producer_;
  std::vector<std::unique_ptr<ChildProcess>> workers_;
  Expected expected_;
};

TEST_F(WorkersTest, TwoThousandJobsThreeWorkersOneKilledOnePausedEachStoredExactlyOnce) {
  PRECIS_REQUIRE_SHARED_DATA("summarization/zh_lcsts_dev.jsonl", "summarization/en_bbc_dev.jsonl");
  for (const char* set : {"summarization/zh_lcsts_dev.jsonl", "summarization/en_bbc_dev.jsonl"}) {
    std::ifstream in(testing::SharedData(set));
    std::string line;
    for (int n = 0; n < 1000 && std::getline(in, line); ++n) {
      Queue(line, InputFormat::kJson, std::string(set) + ":" + std::to_string(n + 1));
    }
  }
  // An article precis reads but its built-in engine does not brief (German).
  Queue(
      R"({"title":"Die Lage","paragraphs":["Die Bundesregierung hat am Montag beschlossen, die Steuern )"
      R"(zu senken, und die Opposition kritisiert den Plan scharf.","Der Plan soll im Herbst beraten werden."]})",
      InputFormat::kJson, "unbriefable");
  ASSERT_EQ(expected_.job_names.size(), 2001u);
  ASSERT_EQ(expected_.dead.count("unbriefable"), 1u);

  ChildProcess& killed = StartWorker("w1");
  ChildProcess& paused = StartWorker("w2");
  ChildProcess& steady = StartWorker("w3");
  auto store = Store();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(WaitFor([&] { return StoredCount(*store) >= 300; }, 120)) << Logs();
  killed.Signal(SIGKILL);
  EXPECT_EQ(killed.Stop(0), 128 + SIGKILL);
  paused.Signal(SIGSTOP);
  const int64_t held = InHand("w1") + InHand("w2");      // what the others must claim
  std::this_thread::sleep_for(std::chrono::seconds(4));  // past --claim-after 2s
  const int64_t during_pause = StoredCount(*store);
  paused.Signal(SIGCONT);
  ASSERT_TRUE(WaitFor([&] { return Backlog() == 0; }, 240)) << Logs();
  EXPECT_EQ(paused.Stop(SIGTERM), 0) << paused.Log();
  EXPECT_EQ(steady.Stop(SIGTERM), 0) << steady.Log();
  EXPECT_GT(during_pause, 300) << "the third worker went on while one was dead and one paused";
  EXPECT_GE(held, 1) << "the dead and the paused worker held no job: nothing was claimed";
  EXPECT_GE(Claimed(), held) << Logs();
  ExpectExactlyOnce();
}

TEST_F(WorkersTest, RedisKilledAndRestartedMidRunWorkersReconnectAndFinish) {
  RunThroughAnOutage(
      [&] {
        redis_.Stop(SIGKILL);
        std::this_thread::sleep_for(std::chrono::seconds(1));
        return redis_.Start();
      },
      "connected again");
}

TEST_F(WorkersTest, PostgresCrashedAndRestartedMidRunNothingAcknowledgedIsMissing) {
  RunThroughAnOutage(
      [&] {
        const bool stopped = pg_.Stop("immediate");
        std::this_thread::sleep_for(std::chrono::seconds(2));
        return stopped && pg_.Start();
      },
      "store: answering again");
}

}  // namespace
}  // namespace precis
