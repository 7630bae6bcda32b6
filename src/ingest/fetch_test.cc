// Copyright 2026 The precis Authors.
//
// Fetching against a local HTTP server (cpp-httplib) on 127.0.0.1 that the
// test starts: no other network is touched (so DNS failures, which would ask
// a resolver, are not exercised here).

#include "ingest/fetch.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "gzip_bytes.h"
#include "loopback.h"
#include "precis/reader.h"

namespace precis::ingest {
namespace {

const std::string kPage =
    "<!DOCTYPE html><html><head><meta "
    "charset=\"utf-8\"><title>美联储按兵不动_新浪财经_新浪网</title>"
    "</head><body><h1>美联储按兵不动</h1><div "
    "class=\"article\"><p>美联储周三宣布将联邦基金利率目标区间维持在"
    "4.25%至4.5%之间，符合市场预期。</"
    "p><p>美联储主席鲍威尔表示，通胀仍高于2%的目标，委员会并不急于降息。</p>"
    "</div></body></html>";

using precis::testing::Gzip;
using precis::testing::RefusingPort;

class FetchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new httplib::Server;
    server_->Get("/article.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kPage, "text/html; charset=utf-8");
    });
    server_->Get("/gbk.html", [](const httplib::Request&, httplib::Response& res) {
      std::string page = kPage;
      page.replace(page.find("utf-8"), 5, "gbk");
      UErrorCode status = U_ZERO_ERROR;
      std::string gbk(page.size() * 2, '\0');
      gbk.resize(
          static_cast<size_t>(ucnv_convert("GBK", "UTF-8", gbk.data(), static_cast<int32_t>(gbk.size()),
                                           page.data(), static_cast<int32_t>(page.size()), &status)));
      res.set_content(gbk, "text/html; charset=GBK");
    });
    server_->Get("/gzip.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Encoding", "gzip");
      res.set_content(Gzip(kPage), "text/html");
    });
    server_->Get("/feed.xml", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(
          "<?xml version=\"1.0\"?><rss "
          "version=\"2.0\"><channel><title>Local</title>"
          "<item><title>From the link</title><link>http://127.0.0.1:" +
              std::to_string(port_) + "/article.html</link></item></channel></rss>",
          "application/rss+xml");
    });
    server_->Get("/missing", [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
    server_->Get("/broken", [](const httplib::Request&, httplib::Response& res) { res.status = 500; });
    server_->Get(R"(/redirect/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
      int n = std::stoi(req.matches[1]);
      res.set_redirect(n == 0 ? "/article.html" : "/redirect/" + std::to_string(n - 1));
    });
    server_->Get("/image.png", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string("\x89PNG\r\n\x1a\n", 8), "image/png");
    });
    server_->Get("/slow", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1500));
      res.set_content(kPage, "text/html");
    });
    server_->Get("/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(3 * 1024 * 1024, 'x'), "text/html");
    });
    port_ = server_->bind_to_any_port("127.0.0.1");
    thread_ = new std::thread([] { server_->listen_after_bind(); });
    for (int i = 0; i < 100 && !server_->is_running(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
  }
  static std::string Url(const std::string& path) {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  static httplib::Server* server_;
  static std::thread* thread_;
  static int port_;
};

httplib::Server* FetchTest::server_ = nullptr;
std::thread* FetchTest::thread_ = nullptr;
int FetchTest::port_ = 0;

TEST_F(FetchTest, FetchesPagesInEachEncoding) {
  for (const char* path : {"/article.html", "/gbk.html", "/gzip.html", "/redirect/3"}) {
    auto article = ReadArticleFile(Url(path));
    ASSERT_TRUE(article.ok()) << path << ": " << article.status().ToString();
    EXPECT_EQ(article->title, "美联储按兵不动") << path;
    ASSERT_EQ(article->paragraphs.size(), 2u) << path;
    EXPECT_EQ(article->paragraphs[0].rfind("美联储周三宣布", 0), 0u) << path;
  }
  auto redirected = Fetch(Url("/redirect/2"), FetchOptions{});
  ASSERT_TRUE(redirected.ok());
  EXPECT_EQ(redirected->url, Url("/article.html"));
}

TEST_F(FetchTest, FeedItemsWithoutContentAreFetchedByLink) {
  auto article = ReadArticleFile(Url("/feed.xml"));
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->title, "From the link");
  EXPECT_EQ(article->paragraphs.size(), 2u);
  EXPECT_EQ(article->url, Url("/article.html"));
}

TEST_F(FetchTest, FailuresAreOneClearLine) {
  struct Row {
    std::string url;
    FetchOptions options;
    const char* fragment;
  };
  FetchOptions quick;
  quick.timeout_ms = 500;
  FetchOptions small;
  small.max_bytes = 1024 * 1024;
  const RefusingPort closed;
  ASSERT_NE(closed.port(), 0);
  const std::string closed_url = "http://127.0.0.1:" + std::to_string(closed.port()) + "/closed";
  const Row rows[] = {
      {Url("/missing"), {}, "HTTP 404"},
      {Url("/broken"), {}, "HTTP 500"},
      {Url("/redirect/9"), {}, "more than 5 redirects"},
      {Url("/image.png"), {}, "not an HTML page (content type image/png)"},
      {Url("/slow"), quick, "timed out"},
      {Url("/big"), small, "larger than the limit"},
      {closed_url, {}, "connection refused"},
      {"ftp://127.0.0.1/file", {}, "only http and https"},
  };
  for (const Row& row : rows) {
    auto page = Fetch(row.url, row.options);
    ASSERT_FALSE(page.ok()) << row.url;
    const std::string& m = page.status().message();
    EXPECT_EQ(m.rfind(row.url + ": ", 0), 0u) << m;
    EXPECT_NE(m.find(row.fragment), std::string::npos) << row.url << ": " << m;
    EXPECT_EQ(m.find('\n'), std::string::npos);
  }
}

// README: "at most 5 redirects". /redirect/N redirects N + 1 times.
TEST_F(FetchTest, FollowsFiveRedirectsAndRefusesASixth) {
  EXPECT_EQ(ReadOptions{}.max_redirects, 5);
  EXPECT_EQ(FetchOptions{}.max_redirects, 5);
  EXPECT_EQ(FetchOptionsFor(ReadOptions{}, /*feeds=*/true).max_redirects, 5);
  auto five = ReadArticleFile(Url("/redirect/4"));
  ASSERT_TRUE(five.ok()) << five.status().ToString();
  EXPECT_EQ(five->title, "美联储按兵不动");
  EXPECT_EQ(five->url, Url("/article.html"));
  auto six = ReadArticleFile(Url("/redirect/5"));
  ASSERT_FALSE(six.ok());
  EXPECT_EQ(six.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(six.status().message(), Url("/redirect/5") + ": more than 5 redirects");
}

TEST(FetchFailureTest, DnsFailureNamesTheHost) {
  // CURLE_COULDNT_RESOLVE_HOST (6): the loopback tests cannot provoke it.
  Status st = FetchFailure("https://no-such-host.invalid/a?b=1", 6, "Could not resolve host", false, {});
  EXPECT_EQ(st.message(),
            "https://no-such-host.invalid/a?b=1: cannot resolve "
            "host no-such-host.invalid");
  // Anything unnamed keeps libcurl's own words, on one line.
  st = FetchFailure("http://x/", 35, "SSL connect error", false, {});
  EXPECT_EQ(st.message(), "http://x/: SSL connect error");
}

TEST(UrlTest, Recognition) {
  EXPECT_TRUE(IsHttpUrl("https://finance.sina.com.cn/x"));
  EXPECT_TRUE(IsHttpUrl("HTTP://example.com"));
  EXPECT_FALSE(IsHttpUrl("ftp://example.com"));
  EXPECT_TRUE(HasUrlScheme("ftp://example.com"));
  EXPECT_FALSE(HasUrlScheme("notes.txt"));
  EXPECT_FALSE(HasUrlScheme("dir/with://odd"));
}

// The addresses a service must not fetch from, and some it may.
TEST(PrivateAddressTest, RefusesEveryLocalAndPrivateRange) {
  struct Row {
    const char* ip;
    bool refused;
  } rows[] = {
      {"127.0.0.1", true},
      {"127.8.9.10", true},
      {"10.0.0.1", true},
      {"172.16.0.1", true},
      {"172.31.255.255", true},
      {"172.32.0.1", false},
      {"192.168.1.1", true},
      {"169.254.169.254", true},
      {"100.64.0.1", true},
      {"100.128.0.1", false},
      {"0.0.0.0", true},
      {"255.255.255.255", true},
      {"224.0.0.1", true},
      {"192.0.2.1", true},
      {"198.18.0.1", true},
      {"8.8.8.8", false},
      {"93.184.216.34", false},
      {"::1", true},
      {"::", true},
      {"fe80::1", true},
      {"fd00::1", true},
      {"fc00::1", true},
      {"ff02::1", true},
      {"::ffff:127.0.0.1", true},
      {"::ffff:10.1.1.1", true},
      {"::ffff:8.8.8.8", false},
      {"64:ff9b::7f00:1", true},
      {"2001:db8::1", true},
      {"2606:4700::1111", false},
      {"not an address", true},
      {"", true},
  };
  for (const Row& row : rows) EXPECT_EQ(IsPrivateAddress(row.ip), row.refused) << row.ip;
}

// Every hop is checked: a page on an allowed address that redirects to a
// refused one is refused at the redirect, before connecting.
TEST(PrivateAddressTest, ARedirectIntoARefusedAddressIsRefused) {
  testing::PageServer server({{"/start", {302, "text/html", "", "http://127.0.0.2:9/inside"}},
                              {"/page", {200, "text/html", "<html><body><p>x</p></body></html>", ""}}});
  FetchOptions options;
  options.refuse_address = [](const std::string& ip) { return ip == "127.0.0.2"; };
  auto page = Fetch(server.url("/page"), options);
  EXPECT_TRUE(page.ok()) << page.status().ToString();
  auto redirected = Fetch(server.url("/start"), options);
  ASSERT_FALSE(redirected.ok());
  EXPECT_EQ(redirected.status().code(), StatusCode::kPermissionDenied) << redirected.status().ToString();
  EXPECT_NE(redirected.status().message().find("127.0.0.2"), std::string::npos);
  // Refusing every private address refuses the first hop already.
  options.refuse_address = IsPrivateAddress;
  auto direct = Fetch(server.url("/page"), options);
  ASSERT_FALSE(direct.ok());
  EXPECT_EQ(direct.status().code(), StatusCode::kPermissionDenied);
  // A host name is checked by the addresses it resolves to.
  auto named = Fetch("http://localhost:" + std::to_string(server.port()) + "/page", options);
  ASSERT_FALSE(named.ok());
  EXPECT_EQ(named.status().code(), StatusCode::kPermissionDenied) << named.status().ToString();
}

}  // namespace
}  // namespace precis::ingest
