// Copyright 2026 The precis Authors.
//
// Loopback servers for tests: nothing beyond 127.0.0.1 is touched.
//   RefusingPort: a port that refuses connections while it lives.
//   ScriptedLmServer: an OpenAI-compatible chat server (cpp-httplib) that
//     answers /v1/chat/completions from a script, one scripted reply per
//     request (the last one repeats), and /v1/models; it keeps every request
//     it was sent.
//   PageServer: serves fixed pages (path -> status, content type, body;
//     a 3xx status with a Location redirects) on 127.0.0.1.

#ifndef PRECIS_TESTS_LOOPBACK_H_
#define PRECIS_TESTS_LOOPBACK_H_

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace precis::testing {

// A port on 127.0.0.1 that refuses connections, for as long as this lives:
// a socket bound to it that never listens. (A fixed port such as 1 might be
// in use, or dropped by a firewall, which turns a refusal into a timeout.)
class RefusingPort {
 public:
  RefusingPort() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;  // the kernel picks a free one
    socklen_t len = sizeof addr;
    if (fd_ >= 0 && ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
      port_ = ntohs(addr.sin_port);
    }
  }
  ~RefusingPort() {
    if (fd_ >= 0) ::close(fd_);
  }
  RefusingPort(const RefusingPort&) = delete;
  RefusingPort& operator=(const RefusingPort&) = delete;
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

// One scripted reply of the chat server.
struct ScriptedReply {
  int status = 200;
  std::string body;  // the whole HTTP body
  std::vector<std::pair<std::string, std::string>> headers;
  int delay_ms = 0;  // waited before answering (a stalled server)
};

// A 200 reply whose assistant message says `content`.
inline ScriptedReply Completion(const std::string& content, const std::string& reasoning = "") {
  nlohmann::json message = {{"role", "assistant"}, {"content", content}};
  if (!reasoning.empty()) message["reasoning_content"] = reasoning;
  const nlohmann::json body = {{"id", "chatcmpl-test"},
                               {"object", "chat.completion"},
                               {"choices", {{{"index", 0}, {"message", message}, {"finish_reason", "stop"}}}},
                               {"usage", {{"prompt_tokens", 1200}, {"completion_tokens", 300}}}};
  return {200, body.dump(), {}, 0};
}

class ScriptedLmServer {
 public:
  explicit ScriptedLmServer(std::vector<ScriptedReply> script) : script_(std::move(script)) {
    server_.Post("/v1/chat/completions", [this](const httplib::Request& req, httplib::Response& res) {
      ScriptedReply reply;
      {
        std::lock_guard<std::mutex> lock(mu_);
        max_in_flight_ = std::max(max_in_flight_, ++in_flight_);
        requests_.push_back(req.body);
        authorizations_.push_back(req.get_header_value("Authorization"));
        reply =
            script_.empty() ? ScriptedReply{500, "{}", {}, 0} : script_[std::min(next_, script_.size() - 1)];
        ++next_;
      }
      if (reply.delay_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(reply.delay_ms));
      {
        std::lock_guard<std::mutex> lock(mu_);
        --in_flight_;
      }
      res.status = reply.status;
      for (const auto& [name, value] : reply.headers) res.set_header(name, value);
      res.set_content(reply.body, "application/json");
    });
    server_.Get("/v1/models", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(R"({"object":"list","data":[{"id":"scripted","object":"model"}]})", "application/json");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 200 && !server_.is_running(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ~ScriptedLmServer() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  ScriptedLmServer(const ScriptedLmServer&) = delete;
  ScriptedLmServer& operator=(const ScriptedLmServer&) = delete;

  std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/v1"; }
  std::vector<std::string> requests() const {
    std::lock_guard<std::mutex> lock(mu_);
    return requests_;
  }
  // The most requests the server was answering at once.
  int max_in_flight() const {
    std::lock_guard<std::mutex> lock(mu_);
    return max_in_flight_;
  }
  std::vector<std::string> authorizations() const {
    std::lock_guard<std::mutex> lock(mu_);
    return authorizations_;
  }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  mutable std::mutex mu_;
  std::vector<ScriptedReply> script_;
  size_t next_ = 0;
  int in_flight_ = 0, max_in_flight_ = 0;
  std::vector<std::string> requests_;
  std::vector<std::string> authorizations_;
};

// Fixed pages on a free port of 127.0.0.1, for as long as this lives.
class PageServer {
 public:
  struct Page {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::string body;
    std::string location;  // for a redirect
  };
  explicit PageServer(std::map<std::string, Page> pages) : pages_(std::move(pages)) {
    server_.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
      auto it = pages_.find(req.path);
      if (it == pages_.end()) {
        res.status = 404;
        return;
      }
      res.status = it->second.status;
      if (!it->second.location.empty()) res.set_header("Location", it->second.location);
      res.set_content(it->second.body, it->second.content_type.c_str());
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 200 && !server_.is_running(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }
  ~PageServer() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  PageServer(const PageServer&) = delete;
  PageServer& operator=(const PageServer&) = delete;
  int port() const { return port_; }
  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

 private:
  std::map<std::string, Page> pages_;
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace precis::testing

#endif  // PRECIS_TESTS_LOOPBACK_H_
