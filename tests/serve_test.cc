// Copyright 2026 The precis Authors.
//
// precis serve as a user runs it: the binary on a free loopback port,
// spoken to over HTTP. Start and stop (SIGTERM finishes what is in flight),
// limits, the token, headers, the log; kill -9 during a stream of writes
// loses no brief whose 201 was sent, on SQLite and on PostgreSQL; two
// servers on one PostgreSQL store see each other's briefs; the store going
// away and coming back.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "loopback.h"
#include "pg_cluster.h"
#include "store/store.h"
#include "test_util.h"

namespace precis {
namespace {

using Json = nlohmann::json;
using ::precis::testing::ReadWholeFile;
namespace fs = std::filesystem;

// A `precis serve` process; its standard error goes to a file.
class ServeProcess {
 public:
  ServeProcess(const fs::path& dir, std::vector<std::string> args)
      : log_(dir / ("serve-" + std::to_string(++count_) + ".log")) {
    std::vector<std::string> argv = {PRECIS_BINARY, "serve", "--listen", "127.0.0.1:0"};
    argv.insert(argv.end(), args.begin(), args.end());
    pid_ = ::fork();
    if (pid_ == 0) {
      const int fd = ::open(log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(fd, 2);
      ::chdir(dir.c_str());
      std::vector<char*> c;
      for (auto& a : argv) c.push_back(a.data());
      c.push_back(nullptr);
      ::execv(c[0], c.data());
      ::_exit(127);
    }
    // The port, from the line it prints once listening.
    for (int i = 0; i < 1000 && port_ == 0 && exit_status_ < 0; ++i) {
      const std::string log = Log();
      const size_t at = log.find("listening on http://127.0.0.1:");
      if (at != std::string::npos) {
        port_ = std::atoi(log.c_str() + at + std::strlen("listening on http://127.0.0.1:"));
        break;
      }
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        pid_ = -1;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  ~ServeProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  int port() const { return port_; }
  std::string Log() const { return ReadWholeFile(log_.string()); }
  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
  }

  // Sends `sig` and waits up to `seconds` for the exit; its status, 128 +
  // the signal that ended it, or -1 if it did not end.
  int Stop(int sig = SIGTERM, int seconds = 30) {
    if (pid_ <= 0) return exit_status_;
    ::kill(pid_, sig);
    for (int i = 0; i < seconds * 100; ++i) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return exit_status_;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return -1;
  }
  int exit_status() const { return exit_status_; }

 private:
  static inline int count_ = 0;
  fs::path log_;
  pid_t pid_ = -1;
  int port_ = 0;
  int exit_status_ = -1;
};

// A made-up English article, different for each n.
std::string Article(int n) {
  Json a = {{"title", "Harbour works report " + std::to_string(n)},
            {"source", "Test Wire"},
            {"published", "2026-03-18"},
            {"paragraphs",
             {"The port authority said on Monday that dredging of berth " + std::to_string(n) +
                  " would finish in May, two months later than planned.",
              "Officials blamed storms in January for the delay, which added about " + std::to_string(n * 3) +
                  " million dollars to the cost of the works.",
              "Shipping companies said the delay would not change their schedules this year."}}};
  return Json{{"article", a}}.dump();
}

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("precis-serve-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
};

TEST_F(ServeTest, AnswersOverHttpWithSafeHeadersAndLogsWithoutSecrets) {
  ServeProcess serve(dir_, {"--store", "briefs.db"});
  ASSERT_GT(serve.port(), 0) << serve.Log();
  auto client = serve.Client();
  auto made = client.Post("/v1/briefs", Article(1), "application/json");
  ASSERT_TRUE(made);
  EXPECT_EQ(made->status, 201) << made->body;
  for (const char* header : {"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"}) {
    EXPECT_TRUE(made->has_header(header)) << header;
  }
  EXPECT_EQ(made->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(made->get_header_value("Content-Security-Policy").find("default-src 'none'"), std::string::npos);
  auto search = client.Get("/v1/briefs?q=dredging+secretword");
  ASSERT_TRUE(search);
  EXPECT_EQ(search->status, 200);
  auto health = client.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(serve.Stop(SIGTERM), 0) << serve.Log();
  const std::string log = serve.Log();
  EXPECT_NE(log.find("POST /v1/briefs 201 "), std::string::npos) << log;
  EXPECT_NE(log.find("GET /v1/briefs 200 "), std::string::npos) << log;
  EXPECT_EQ(log.find("secretword"), std::string::npos) << log;  // no query
  EXPECT_EQ(log.find("dredging"), std::string::npos) << log;    // no article text
  EXPECT_NE(log.find("precis serve: stopped"), std::string::npos) << log;
  // The store is there, whole, with the brief.
  auto store = store::Open((dir_ / "briefs.db").string());
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(*(*store)->Count(), 1);
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
}

TEST_F(ServeTest, RefusesBodiesOverTheLimitAndUnknownTokens) {
  ServeProcess serve(dir_, {"--store", "briefs.db", "--max-bytes", "2000", "--token", "tok-123"});
  ASSERT_GT(serve.port(), 0) << serve.Log();
  auto client = serve.Client();
  client.set_bearer_token_auth("tok-123");
  auto big = client.Post("/v1/briefs", Json{{"text", std::string(200000, 'a')}}.dump(), "application/json");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  EXPECT_EQ(Json::parse(big->body)["error"]["code"], "too_large") << big->body;
  auto ok = client.Get("/v1/briefs");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
  auto anonymous = serve.Client().Get("/v1/briefs");
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
  serve.Stop();
  EXPECT_EQ(serve.Log().find("tok-123"), std::string::npos);
}

TEST_F(ServeTest, ListeningBeyondLoopbackNeedsAToken) {
  const testing::ShellRun run = testing::RunShell(
      std::string(PRECIS_BINARY) + " serve --listen 0.0.0.0:0 --store " + (dir_ / "x.db").string());
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("--token"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(dir_ / "x.db"));
  const testing::ShellRun bad_store =
      testing::RunShell(std::string(PRECIS_BINARY) + " serve --listen 127.0.0.1:0 --store " + dir_.string() +
                        "/no/such/dir/x.db");
  EXPECT_EQ(bad_store.status, 3) << bad_store.err;
  EXPECT_NE(bad_store.err.find("x.db"), std::string::npos) << bad_store.err;
}

// SIGTERM while a brief is being made (here: a slow model): the request is
// answered, then the process ends, 0.
TEST_F(ServeTest, SigtermFinishesRequestsInFlight) {
  testing::ScriptedLmServer model({{503, "{\"error\":\"loading\"}", {}, 1500}});
  ServeProcess serve(dir_, {"--store", "briefs.db", "--engine", "lm", "--lm-url", model.base_url(),
                            "--lm-model", "m", "--no-cache", "--lm-timeout", "5"});
  ASSERT_GT(serve.port(), 0) << serve.Log();
  std::atomic<int> status{0};
  std::thread request([&] {
    auto client = serve.Client();
    auto r = client.Post("/v1/briefs", Article(7), "application/json");
    status = r ? r->status : -1;
  });
  for (int i = 0; i < 500 && model.requests().empty(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  ASSERT_FALSE(model.requests().empty());
  const auto sent = std::chrono::steady_clock::now();
  EXPECT_EQ(serve.Stop(SIGTERM, 60), 0) << serve.Log();
  request.join();
  EXPECT_EQ(status.load(), 502) << serve.Log();  // answered: the model failed
  EXPECT_GT(std::chrono::steady_clock::now() - sent, std::chrono::milliseconds(500));
  // New connections are refused once it stopped.
  EXPECT_FALSE(serve.Client().Get("/healthz"));
}

// kill -9 in the middle of a stream of writes: every brief whose 201 the
// client saw is in the store when the server starts again, and the store
// is intact.
void KillDuringWrites(const fs::path& dir, const std::string& store_location) {
  std::set<std::string> acknowledged;
  {
    ServeProcess serve(dir, {"--store", store_location, "--rate-limit", "0"});
    ASSERT_GT(serve.port(), 0) << serve.Log();
    std::atomic<bool> stop{false};
    std::mutex mu;
    std::vector<std::thread> writers;
    for (int w = 0; w < 2; ++w) {
      writers.emplace_back([&, w] {
        auto client = serve.Client();
        for (int n = w; !stop; n += 2) {
          auto r = client.Post("/v1/briefs", Article(n), "application/json");
          if (!r) break;  // the server is gone
          if (r->status == 201) {
            std::lock_guard<std::mutex> lock(mu);
            acknowledged.insert(Json::parse(r->body)["id"].get<std::string>());
          }
        }
      });
    }
    while (true) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      std::lock_guard<std::mutex> lock(mu);
      if (acknowledged.size() >= 40) break;
    }
    EXPECT_EQ(serve.Stop(SIGKILL), 128 + SIGKILL);
    stop = true;
    for (auto& t : writers) t.join();
  }
  ASSERT_GE(acknowledged.size(), 40u);
  ServeProcess again(dir, {"--store", store_location, "--rate-limit", "0"});
  ASSERT_GT(again.port(), 0) << again.Log();
  auto client = again.Client();
  size_t found = 0;
  for (const std::string& id : acknowledged) {
    auto r = client.Get("/v1/briefs/" + id);
    if (r && r->status == 200) ++found;
  }
  EXPECT_EQ(found, acknowledged.size());
  EXPECT_EQ(again.Stop(), 0);
  auto store = store::Open(store_location);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_GE(*(*store)->Count(), static_cast<int64_t>(acknowledged.size()));
  Status integrity = (*store)->CheckIntegrity();
  EXPECT_TRUE(integrity.ok()) << integrity.ToString();
}

TEST_F(ServeTest, KillNineLosesNoAcknowledgedBriefOnSqlite) {
  KillDuringWrites(dir_, (dir_ / "briefs.db").string());
}

testing::PgCluster& Cluster() {
  static testing::PgCluster cluster;
  return cluster;
}

TEST_F(ServeTest, KillNineLosesNoAcknowledgedBriefOnPostgres) {
  PRECIS_REQUIRE_SERVER(Cluster().ok(), Cluster().reason());
  KillDuringWrites(dir_, Cluster().NewDatabase());
}

TEST_F(ServeTest, TwoServersOnOnePostgresSeeEachOthersBriefs) {
  PRECIS_REQUIRE_SERVER(Cluster().ok(), Cluster().reason());
  const std::string url = Cluster().NewDatabase();
  ServeProcess a(dir_, {"--store", url});
  ServeProcess b(dir_, {"--store", url});
  ASSERT_GT(a.port(), 0) << a.Log();
  ASSERT_GT(b.port(), 0) << b.Log();
  auto made = a.Client().Post("/v1/briefs", Article(3), "application/json");
  ASSERT_TRUE(made);
  ASSERT_EQ(made->status, 201) << made->body;
  const std::string id = Json::parse(made->body)["id"];
  auto seen = b.Client().Get("/v1/briefs/" + id);
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->status, 200);
  auto found = b.Client().Get("/v1/briefs?q=dredging");
  ASSERT_TRUE(found);
  EXPECT_EQ(Json::parse(found->body)["items"].size(), 1u) << found->body;
  // The same article sent to the other server: the stored brief, 200.
  auto again = b.Client().Post("/v1/briefs", Article(3), "application/json");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
  EXPECT_EQ(Json::parse(again->body)["id"], id);
  auto deleted = b.Client().Delete("/v1/briefs/" + id);
  ASSERT_TRUE(deleted);
  EXPECT_EQ(deleted->status, 204);
  EXPECT_EQ(a.Client().Get("/v1/briefs/" + id)->status, 404);
}

// PostgreSQL stopped under a running server: readiness and writes say 503;
// started again, the server carries on without a restart.
TEST_F(ServeTest, RidesOutAPostgresRestart) {
  PRECIS_REQUIRE_SERVER(Cluster().ok(), Cluster().reason());
  const std::string url = Cluster().NewDatabase();
  ServeProcess serve(dir_, {"--store", url});
  ASSERT_GT(serve.port(), 0) << serve.Log();
  auto client = serve.Client();
  ASSERT_EQ(client.Post("/v1/briefs", Article(1), "application/json")->status, 201);
  ASSERT_TRUE(Cluster().Stop("immediate"));
  auto ready = client.Get("/readyz");
  ASSERT_TRUE(ready);
  EXPECT_EQ(ready->status, 503) << ready->body;
  auto write = client.Post("/v1/briefs", Article(2), "application/json");
  ASSERT_TRUE(write);
  EXPECT_EQ(write->status, 503) << write->body;
  EXPECT_EQ(Json::parse(write->body)["error"]["code"], "store_unavailable");
  ASSERT_TRUE(Cluster().Start());
  EXPECT_EQ(client.Get("/readyz")->status, 200);
  auto retried = client.Post("/v1/briefs", Article(2), "application/json");
  ASSERT_TRUE(retried);
  EXPECT_EQ(retried->status, 201) << retried->body;
  EXPECT_EQ(Json::parse(client.Get("/v1/briefs")->body)["items"].size(), 2u);
}

}  // namespace
}  // namespace precis
