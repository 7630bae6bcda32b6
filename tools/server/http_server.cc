// Copyright 2026 The precis Authors.

#include "http_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

namespace precis::server {

bool IsLoopbackHost(const std::string& host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0;
}

const std::vector<std::pair<std::string, std::string>>& SecurityHeaders() {
  static const std::vector<std::pair<std::string, std::string>> kHeaders = {
      // Scripts, styles and images only from this server; no inline script,
      // no frames, no plugins, requests only back to this server.
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cache-Control", "no-store"},
  };
  return kHeaders;
}

namespace {

Request FromHttplib(const httplib::Request& in) {
  Request r;
  r.method = in.method;
  r.path = in.path;
  for (const auto& [k, v] : in.params) r.query.emplace(k, v);  // the first of repeated keys
  for (const auto& [k, v] : in.headers) {
    std::string name = k;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    r.headers.emplace(std::move(name), v);
  }
  r.body = in.body;
  r.client = in.remote_addr;
  return r;
}

void ToHttplib(const Response& in, httplib::Response* out) {
  out->status = in.status;
  for (const auto& [k, v] : SecurityHeaders()) out->set_header(k, v);
  for (const auto& [k, v] : in.headers) out->set_header(k, v);
  if (!in.content_type.empty()) {
    out->set_content(in.body, in.content_type.c_str());
  } else {
    out->body.clear();
  }
}

}  // namespace

struct HttpServer::Impl {
  Service& service;
  ServerOptions options;
  std::function<void(const std::string&)> log;
  httplib::Server http;
  // Stop() may come before Listen() runs, or before httplib counts itself
  // running: these say which.
  std::mutex mu;
  bool stopping = false, listening = false;
  std::atomic<bool> finished{false};
};

HttpServer::HttpServer(Service& service, const ServerOptions& options,
                       std::function<void(const std::string&)> log)
    : impl_(new Impl{service, options, std::move(log), {}}) {
  httplib::Server& http = impl_->http;
  // A thread serves one connection at a time, idle keep-alive ones too
  // (up to keep_alive_timeout_s): several a core, so that a few idle
  // browsers do not hold everyone up; briefs have their own cap.
  const int threads = options.threads > 0
                          ? options.threads
                          : std::max(8, 4 * static_cast<int>(std::thread::hardware_concurrency()));
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.read_timeout_s, 0);
  http.set_write_timeout(options.write_timeout_s, 0);
  http.set_keep_alive_timeout(options.keep_alive_timeout_s);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle
  // holds the body for the client's delayed ACK (40 ms a response).
  http.set_tcp_nodelay(true);

  Impl* impl = impl_.get();
  auto handler = [impl](const httplib::Request& req, httplib::Response& res) {
    const auto start = std::chrono::steady_clock::now();
    const Response response = impl->service.Handle(FromHttplib(req));
    ToHttplib(response, &res);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    impl->service.metrics().Record(response.route, response.status, seconds);
    char line[512];
    std::snprintf(line, sizeof line, "%s %.200s %d %.1f ms", req.method.c_str(), req.path.c_str(),
                  response.status, seconds * 1000);
    impl->log(line);
  };
  for (auto add : {&httplib::Server::Get, &httplib::Server::Post, &httplib::Server::Delete,
                   &httplib::Server::Put, &httplib::Server::Patch, &httplib::Server::Options}) {
    (http.*add)(".*", handler);
  }
  // What httplib answers itself (a body over the limit, a malformed
  // request) gets the API's error shape too.
  http.set_error_handler([impl](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    ApiError error{res.status, "bad_request", "malformed request"};
    if (res.status == 413) {
      error = {413, "too_large", "the request body is over this server's limit"};
    } else if (res.status == 404) {
      error = {404, "not_found", "no such route"};
    }
    Response r;
    r.status = res.status;
    r.body = ErrorBody(error);
    ToHttplib(r, &res);
    impl->service.metrics().Record("other", res.status, 0);
    impl->log(req.method + " " + req.path.substr(0, 200) + " " + std::to_string(res.status));
  });
}

HttpServer::~HttpServer() = default;

Result<int> HttpServer::Bind() {
  const ServerOptions& o = impl_->options;
  if (o.port == 0) {
    const int port = impl_->http.bind_to_any_port(o.host);
    if (port < 0) return InvalidArgumentError("--listen: cannot bind " + o.host);
    return port;
  }
  if (!impl_->http.bind_to_port(o.host, o.port)) {
    return InvalidArgumentError("--listen: cannot bind " + o.host + ":" + std::to_string(o.port) +
                                " (in use, or not an address of this machine)");
  }
  return o.port;
}

bool HttpServer::Listen() {
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    if (impl_->stopping) return true;
    impl_->listening = true;
  }
  const bool clean = impl_->http.listen_after_bind();
  impl_->finished = true;
  return clean;
}

void HttpServer::Stop() {
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->stopping = true;
    if (!impl_->listening) return;
  }
  // Listen() has begun: wait until httplib runs (or gave up), then stop it.
  while (!impl_->http.is_running() && !impl_->finished)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  impl_->http.stop();
}

Status Serve(Service& service, const ServerOptions& options, const std::function<void(int port)>& on_listen,
             const std::function<void(const std::string& line)>& log) {
  // SIGINT and SIGTERM are taken by one thread (sigwait) that stops the
  // server; every other thread, httplib's workers too, has them blocked.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  HttpServer server(service, options, log);
  PRECIS_ASSIGN_OR_RETURN(const int port, server.Bind());
  std::atomic<bool> done{false};
  std::thread stopper([&server, &done, stop_signals] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    if (!done) server.Stop();
  });
  on_listen(port);
  const bool clean = server.Listen();
  // Listen() returns once stopped and its workers have finished; if it
  // ended on its own, the stopper is still waiting: wake it.
  done = true;
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (!clean) return InternalError("the server stopped on an error");
  return Status();
}

}  // namespace precis::server
