// Copyright 2026 The precis Authors.
//
// precis serve's HTTP layer (cpp-httplib): binds, hands every request to
// the Service, adds the security headers, logs one line per request
// (method, path without its query, status, milliseconds: never a body, a
// query or a token), and stops cleanly on SIGINT or SIGTERM: the listening
// socket closes, requests in flight finish (each bounded by the read and
// write timeouts and the brief's own limits), then Serve returns.

#ifndef PRECIS_TOOLS_SERVER_HTTP_SERVER_H_
#define PRECIS_TOOLS_SERVER_HTTP_SERVER_H_

#include <functional>
#include <memory>
#include <string>

#include "precis/status.h"
#include "service.h"

namespace precis::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                           // 0: any free port (on_listen says which)
  int threads = 0;                           // 0: four per core, at least 8
  size_t max_body_bytes = 20 * 1024 * 1024;  // larger bodies get 413
  int read_timeout_s = 30;
  int write_timeout_s = 30;
  int keep_alive_timeout_s = 5;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopbackHost(const std::string& host);

// The server itself, for a caller that stops it (tests); Serve() below is
// what `precis serve` runs.
class HttpServer {
 public:
  HttpServer(Service& service, const ServerOptions& options,
             std::function<void(const std::string& line)> log);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the socket; the port bound.
  Result<int> Bind();
  // Serves until Stop(); false if it ended on an error.
  bool Listen();
  // Stops accepting; Listen() returns once requests in flight are answered.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Serves until SIGINT or SIGTERM. `on_listen(port)` runs once the socket
// is bound; `log` receives each request's line.
Status Serve(Service& service, const ServerOptions& options, const std::function<void(int port)>& on_listen,
             const std::function<void(const std::string& line)>& log);

// The security headers every response carries.
const std::vector<std::pair<std::string, std::string>>& SecurityHeaders();

}  // namespace precis::server

#endif  // PRECIS_TOOLS_SERVER_HTTP_SERVER_H_
