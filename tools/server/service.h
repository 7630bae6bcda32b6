// Copyright 2026 The precis Authors.
//
// precis serve's API, apart from HTTP: a request (method, path, query,
// headers, body) in, a response out. The HTTP layer (http_server.h) only
// moves bytes; everything a client can observe — routes, JSON shapes,
// statuses, the token, rate limits, the cap on concurrent briefs — is here,
// where tests call it directly.
//
// Routes (documented in openapi.json, served at /v1/openapi.json):
//   POST   /v1/briefs            brief an article (text, html+url, url, article)
//   GET    /v1/briefs            list and search
//   GET    /v1/briefs/{id}       a brief and its article
//   GET    /v1/briefs/{id}.md    the brief as Markdown
//   DELETE /v1/briefs/{id}
//   POST   /v1/check             audit a brief against an article
//   GET    /v1/jobs/{id}         a queued job's state (with --queue)
//   GET    /healthz /readyz /metrics
// Errors are {"error":{"code","message"}}; ErrorFor() maps a library
// Status to its HTTP status in one place.

#ifndef PRECIS_TOOLS_SERVER_SERVICE_H_
#define PRECIS_TOOLS_SERVER_SERVICE_H_

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "precis/engine.h"
#include "precis/reader.h"
#include "precis/status.h"
#include "precis/text.h"
#include "store/store.h"
#include "work/jobs.h"

namespace precis::server {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // without the query
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string client;  // the peer's address, for rate limits
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // The route that answered ("POST /v1/briefs", "GET /v1/briefs/{id}"), or
  // "other": the metrics' label.
  std::string route = "other";
};

// An error as the API reports it.
struct ApiError {
  int status = 500;
  std::string code;  // bad_request, unauthorized, not_found, ...
  std::string message;
};

// Where a library error came from: reading or briefing the article (the
// model too), fetching its URL, or the store.
enum class Stage { kBrief, kFetch, kStore };

// The HTTP status and code of a library error, the one place they are
// chosen: an article precis cannot read or brief 422, over a limit 413, a
// model that failed 502, missing data files 503; a URL refused 400, one
// that failed 502; the store unreachable 503, a bad cursor 400; a bug 500.
ApiError ErrorFor(Stage stage, const Status& status);

// The error response's body: {"error":{"code","message"}}.
std::string ErrorBody(const ApiError& error);

struct ServiceOptions {
  // Brief options a request does not give.
  std::string engine = "builtin";  // or "lm"
  std::string lang = "auto";       // auto, zh, en
  int groups = 4;
  LmBriefOptions lm;  // for engine "lm" (url, model, timeouts, cache)
  ReadOptions read;   // the readers' limits
  // Bearer token every /v1 request must carry; empty: none needed.
  std::string token;
  // URLs the server fetches may reach loopback, private and link-local
  // addresses only with this (tests, intranets).
  bool allow_private_urls = false;
  // Requests per second and client on /v1 (a token bucket holding
  // 2 x rate_limit); 0: no limit.
  double rate_limit = 20;
  // Briefs made at once; a request waits up to brief_wait for a turn, then
  // gets 503.
  int max_concurrent_briefs = 2;
  std::chrono::milliseconds brief_wait{10000};
  // With a queue (precis serve --queue), a {"url"} request and a batch
  // ({"items":[…]}) are queued for precis worker: 202 and a job id each,
  // whose state GET /v1/jobs/{id} reports. Outlives the service.
  work::SharedProducer* queue = nullptr;
  int max_batch_items = 1000;
};

// Counters and latency histograms for /metrics (Prometheus text format).
class Metrics {
 public:
  void Record(const std::string& route, int status, double seconds);
  void CountLm(bool failed);
  std::string Render(int64_t briefs_stored) const;

 private:
  static constexpr double kBuckets[] = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
  struct Histogram {
    std::vector<uint64_t> counts = std::vector<uint64_t>(std::size(kBuckets), 0);
    uint64_t total = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, uint64_t> requests_;
  std::map<std::string, Histogram> latency_;
  uint64_t lm_requests_ = 0, lm_failures_ = 0;
};

// Turns at a limited resource, given in the order they were asked for (a
// semaphore lets a late comer in first, and some requests would wait far
// longer than others under load).
class FairSlots {
 public:
  explicit FairSlots(int slots) : free_(slots) {}
  // Waits up to `timeout` for a turn; false if none came.
  bool Acquire(std::chrono::milliseconds timeout);
  void Release();

 private:
  struct Waiter {
    bool granted = false;
  };
  std::mutex mu_;
  std::condition_variable cv_;
  int free_;
  std::deque<Waiter*> waiters_;
};

class Service {
 public:
  // `text` and `store` outlive the service.
  Service(const TextProcessor& text, store::Store& store, ServiceOptions options);

  // Answers one request; never throws.
  Response Handle(const Request& request);

  Metrics& metrics() { return metrics_; }

 private:
  Response Route(const Request& request);
  Response PostBrief(const Request& request);
  Response QueueBriefs(const nlohmann::ordered_json& body);
  Response GetJob(const std::string& id);
  Response GetBrief(const std::string& id, bool markdown);
  Response DeleteBrief(const std::string& id);
  Response ListBriefs(const Request& request);
  Response PostCheck(const Request& request);
  Response Ready();
  bool Authorized(const Request& request) const;
  // Seconds until the client may ask again; 0: it may now.
  double RateLimited(const std::string& client);

  const TextProcessor& text_;
  store::Store& store_;
  const ServiceOptions options_;
  Metrics metrics_;
  FairSlots brief_slots_;
  struct Bucket {
    double tokens = 0;
    std::chrono::steady_clock::time_point last;
  };
  std::mutex buckets_mu_;
  std::unordered_map<std::string, Bucket> buckets_;
};

// True when `a` and `b` are equal, in time that depends only on their
// lengths (a token's comparison must not tell how much of it matched).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace precis::server

#endif  // PRECIS_TOOLS_SERVER_SERVICE_H_
