// Copyright 2026 The precis Authors.
//
// The stream as a work queue against a real redis-server (a throw-away one
// on a Unix socket, tests/redis_server.h): every job delivered once to a
// group, acknowledged jobs gone from the pending list, jobs of a worker that
// stopped claimed by another, and what survives a restart of Redis with its
// append-only file.

#include "queue/stream.h"

#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "redis_server.h"
#include "test_util.h"

namespace precis::queue {
namespace {

testing::RedisServer& Redis() {
  static testing::RedisServer server;
  return server;
}

std::string StreamName() { return ::testing::UnitTest::GetInstance()->current_test_info()->name(); }

std::unique_ptr<Stream> Open(const std::string& name) {
  auto s = Stream::Connect(Redis().Location(name));
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(*s) : nullptr;
}

TEST(StreamAddressTest, ParsesBothFormsAndNamesWhatIsWrong) {
  auto tcp = ParseStreamAddress("redis://10.0.0.5:6380/precis-jobs");
  ASSERT_TRUE(tcp.ok());
  EXPECT_EQ(tcp->host, "10.0.0.5");
  EXPECT_EQ(tcp->port, 6380);
  EXPECT_EQ(tcp->stream, "precis-jobs");
  auto default_port = ParseStreamAddress("redis://queue.internal/jobs");
  ASSERT_TRUE(default_port.ok());
  EXPECT_EQ(default_port->port, 6379);
  auto unix_socket = ParseStreamAddress("unix:///run/redis/redis.sock?stream=jobs");
  ASSERT_TRUE(unix_socket.ok());
  EXPECT_EQ(unix_socket->socket_path, "/run/redis/redis.sock");
  EXPECT_EQ(unix_socket->stream, "jobs");
  for (const char* bad :
       {"redis://host:6379", "redis://host:6379/", "redis://host:99999/jobs", "redis://:1/jobs",
        "http://host/jobs", "unix://relative.sock?stream=x", "unix:///x.sock", "jobs"}) {
    auto parsed = ParseStreamAddress(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(parsed.status().message().find(bad), std::string::npos) << parsed.status().message();
  }
}

TEST(StreamTest, AnUnreachableServerIsUnavailable) {
  auto s = Stream::Connect("unix:///nonexistent/precis/redis.sock?stream=jobs", 500);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kUnavailable);
}

TEST(StreamTest, EachJobGoesToOneWorkerAndLeavesWhenAcknowledged) {
  PRECIS_REQUIRE_SERVER(Redis().ok(), Redis().reason());
  auto producer = Open(StreamName());
  ASSERT_NE(producer, nullptr);
  ASSERT_TRUE(producer->EnsureGroup("workers").ok());
  ASSERT_TRUE(producer->EnsureGroup("workers").ok());  // again: fine
  std::set<std::string> sent;
  for (int i = 0; i < 50; ++i) {
    auto id = producer->Add({{"article", "bytes of article " + std::to_string(i)}, {"n", std::to_string(i)}});
    ASSERT_TRUE(id.ok()) << id.status().ToString();
    sent.insert(std::to_string(i));
  }
  EXPECT_EQ(*producer->Length(), 50);
  auto a = Open(StreamName());
  auto b = Open(StreamName());
  std::multiset<std::string> seen;
  for (int round = 0; round < 20; ++round) {
    for (auto* worker : {a.get(), b.get()}) {
      auto jobs = worker->Read("workers", worker == a.get() ? "a" : "b", 4, 0);
      ASSERT_TRUE(jobs.ok()) << jobs.status().ToString();
      for (const Job& job : *jobs) {
        seen.insert(job.Field("n"));
        EXPECT_EQ(job.Field("article"), "bytes of article " + job.Field("n"));
        ASSERT_TRUE(worker->Ack("workers", job.id).ok());
      }
    }
  }
  EXPECT_EQ(seen.size(), 50u);  // every job, once
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()), sent);
  EXPECT_EQ(*producer->Pending("workers"), 0);
  // Nothing left to read; a blocking read gives up after its time.
  const auto start = std::chrono::steady_clock::now();
  auto none = a->Read("workers", "a", 1, 200);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(150));
}

TEST(StreamTest, AStoppedWorkersJobsAreClaimedAfterTheirIdleTime) {
  PRECIS_REQUIRE_SERVER(Redis().ok(), Redis().reason());
  auto stream = Open(StreamName());
  ASSERT_TRUE(stream->EnsureGroup("workers").ok());
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(stream->Add({{"n", std::to_string(i)}}).ok());
  auto dead = Open(StreamName());
  auto taken = dead->Read("workers", "dead", 3, 0);  // read, never acknowledged
  ASSERT_TRUE(taken.ok());
  ASSERT_EQ(taken->size(), 3u);
  auto alive = Open(StreamName());
  auto early = alive->Claim("workers", "alive", 60000, 10);
  ASSERT_TRUE(early.ok());
  EXPECT_TRUE(early->empty());  // not idle long enough
  std::this_thread::sleep_for(std::chrono::milliseconds(120));
  auto claimed = alive->Claim("workers", "alive", 100, 10);
  ASSERT_TRUE(claimed.ok()) << claimed.status().ToString();
  ASSERT_EQ(claimed->size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ((*claimed)[i].id, (*taken)[i].id);
    EXPECT_EQ((*claimed)[i].Field("n"), (*taken)[i].Field("n"));
    ASSERT_TRUE(alive->Ack("workers", (*claimed)[i].id).ok());
  }
  auto rest = alive->Read("workers", "alive", 10, 0);
  ASSERT_TRUE(rest.ok());
  EXPECT_EQ(rest->size(), 2u);  // the two never delivered
  for (const Job& job : *rest) ASSERT_TRUE(alive->Ack("workers", job.id).ok());
  EXPECT_EQ(*alive->Pending("workers"), 0);
}

TEST(StreamTest, JobsSurviveARedisRestartWithItsAppendOnlyFile) {
  PRECIS_REQUIRE_SERVER(Redis().ok(), Redis().reason());
  const std::string name = StreamName();
  {
    auto stream = Open(name);
    ASSERT_TRUE(stream->EnsureGroup("workers").ok());
    for (int i = 0; i < 10; ++i) ASSERT_TRUE(stream->Add({{"n", std::to_string(i)}}).ok());
    auto read = stream->Read("workers", "w", 4, 0);
    ASSERT_TRUE(read.ok());
    for (const Job& job : *read) ASSERT_TRUE(stream->Ack("workers", job.id).ok());
  }
  Redis().Stop(SIGKILL);  // a crash: only the append-only file is left
  ASSERT_TRUE(Redis().Start());
  auto stream = Open(name);
  ASSERT_NE(stream, nullptr);
  auto length = stream->Length();
  ASSERT_TRUE(length.ok()) << length.status().ToString();
  EXPECT_EQ(*length, 10);
  auto rest = stream->Read("workers", "w", 100, 0);
  ASSERT_TRUE(rest.ok()) << rest.status().ToString();
  EXPECT_EQ(rest->size(), 6u);  // the group remembers what was delivered and acknowledged
}

}  // namespace
}  // namespace precis::queue
