// Copyright 2026 The precis Authors.
//
// precis watch against a loopback feed server whose feed changes between
// polls: new items queued once, old ones never again — also across a
// restart of the watcher (the binary run twice on one store) — and an
// unchanged feed answered 304 to the conditional GET.

#include "work/watch.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include "redis_server.h"
#include "test_util.h"

namespace precis::work {
namespace {

// Serves /feed.xml: an RSS feed of the items given so far, with an ETag
// that changes with them; If-None-Match of the current one gets 304.
class FeedServer {
 public:
  FeedServer() {
    server_.Get("/feed.xml", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard<std::mutex> lock(mu_);
      const std::string etag = "\"v" + std::to_string(items_.size()) + "\"";
      if (req.get_header_value("If-None-Match") == etag) {
        ++not_modified_;
        res.status = 304;
        return;
      }
      ++full_;
      std::string xml =
          "<?xml version=\"1.0\"?><rss version=\"2.0\" "
          "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
          "<title>Loopback News</title><link>http://127.0.0.1/</link>";
      for (const std::string& item : items_) xml += item;
      xml += "</channel></rss>";
      res.set_header("ETag", etag);
      res.set_content(xml, "application/rss+xml");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 200 && !server_.is_running(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ~FeedServer() {
    server_.stop();
    thread_.join();
  }
  void AddItem(int n) {
    std::lock_guard<std::mutex> lock(mu_);
    const std::string id = std::to_string(n);
    items_.push_back(
        "<item><title>Rates story " + id + "</title><link>https://news.example/story/" + id +
        "</link><pubDate>Thu, 03 Dec 2026 10:0" + id +
        ":00 GMT</pubDate><content:encoded><![CDATA[<p>The central bank held its rate at " + id +
        " per cent on Thursday, citing slowing inflation.</p><p>Markets had expected the decision, "
        "and bond yields fell slightly after the announcement.</p>]]></content:encoded></item>");
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/feed.xml"; }
  int full() const {
    std::lock_guard<std::mutex> lock(mu_);
    return full_;
  }
  int not_modified() const {
    std::lock_guard<std::mutex> lock(mu_);
    return not_modified_;
  }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  mutable std::mutex mu_;
  std::vector<std::string> items_;
  int full_ = 0, not_modified_ = 0;
};

testing::RedisServer& Redis() {
  static testing::RedisServer server;
  return server;
}

class WatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    PRECIS_REQUIRE_SERVER(Redis().ok(), Redis().reason());
    location_ = Redis().Location(::testing::UnitTest::GetInstance()->current_test_info()->name());
  }
  // The names of the jobs on the queue.
  std::multiset<std::string> Queued() {
    auto stream = queue::Stream::Connect(location_);
    EXPECT_TRUE(stream.ok());
    std::multiset<std::string> names;
    if (!stream.ok()) return names;
    auto jobs = (*stream)->Range((*stream)->name(), "-", 1000);
    EXPECT_TRUE(jobs.ok());
    for (const auto& j : *jobs) {
      names.insert(j.Field("name"));
      EXPECT_FALSE(j.Field("article").empty()) << "the item's content is the article";
    }
    return names;
  }
  testing::ScratchDir dir_{"watch"};
  std::string location_;
};

TEST_F(WatchTest, QueuesNewItemsOnceAndAnUnchangedFeedCostsA304) {
  FeedServer feed;
  feed.AddItem(1);
  feed.AddItem(2);
  auto store = store::OpenSqlite((dir_ / "s.db").string());
  ASSERT_TRUE(store.ok());
  auto producer = Producer::Connect(location_, {});
  ASSERT_TRUE(producer.ok());
  WatchOptions options;
  options.feeds = {feed.url()};
  options.rounds = 1;
  auto first = RunWatch(**store, **producer, options);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->queued, 2u);
  auto again = RunWatch(**store, **producer, options);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->queued, 0u);
  EXPECT_EQ(again->not_modified, 1u);
  EXPECT_EQ(feed.not_modified(), 1);
  feed.AddItem(3);
  options.rounds = 2;  // the change, then 304 again
  options.every = std::chrono::milliseconds(10);
  auto changed = RunWatch(**store, **producer, options);
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(changed->queued, 1u);
  EXPECT_EQ(changed->not_modified, 1u);
  EXPECT_EQ(Queued(),
            (std::multiset<std::string>{"https://news.example/story/1", "https://news.example/story/2",
                                        "https://news.example/story/3"}));
}

TEST_F(WatchTest, ARestartedWatcherQueuesOnlyWhatIsNew) {
  FeedServer feed;
  feed.AddItem(1);
  feed.AddItem(2);
  const std::string command = std::string(PRECIS_BINARY) + " watch " + feed.url() + " --once --queue '" +
                              location_ + "' --store " + (dir_ / "watch.db").string();
  auto first = testing::RunShell(command);
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_NE(first.err.find("queued 2"), std::string::npos) << first.err;
  feed.AddItem(3);
  auto second = testing::RunShell(command);  // a new process, the same store
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_NE(second.err.find("queued 1"), std::string::npos) << second.err;
  auto third = testing::RunShell(command);
  ASSERT_EQ(third.status, 0) << third.err;
  EXPECT_NE(third.err.find("1 unchanged"), std::string::npos) << third.err;
  EXPECT_EQ(Queued(),
            (std::multiset<std::string>{"https://news.example/story/1", "https://news.example/story/2",
                                        "https://news.example/story/3"}));
}

TEST_F(WatchTest, AFeedThatFailsIsReportedAndTheWatchGoesOn) {
  auto store = store::OpenSqlite((dir_ / "s.db").string());
  ASSERT_TRUE(store.ok());
  auto producer = Producer::Connect(location_, {});
  ASSERT_TRUE(producer.ok());
  FeedServer feed;
  feed.AddItem(1);
  WatchOptions options;
  options.feeds = {"http://127.0.0.1:1/nothing.xml", feed.url()};
  options.rounds = 1;
  std::string log;
  options.log = [&](const std::string& line) { log += line + "\n"; };
  auto summary = RunWatch(**store, **producer, options);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->failed, 1u);
  EXPECT_EQ(summary->queued, 1u);
  EXPECT_NE(log.find("connection refused"), std::string::npos) << log;
}

}  // namespace
}  // namespace precis::work
