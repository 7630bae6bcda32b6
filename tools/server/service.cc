// Copyright 2026 The precis Authors.
//
// The API's logic. A brief request is read into an Article by the same
// readers the command line uses, identified by the SHA-256 of what precis
// read (its JSON form) and the brief options, and looked up in the store
// before anything is briefed: the same article and options give the stored
// brief back (200), a new one is briefed, stored and returned (201).

#include "service.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "ingest/fetch.h"
#include "precis/check.h"
#include "render/article_writer.h"
#include "store/schema.h"
#include "work/brief_job.h"

namespace precis::server {

// Embedded at build time: openapi.json and the page (web/).
extern const char kOpenApiJson[];
extern const char kIndexHtml[];
extern const char kAppJs[];
extern const char kAppCss[];

namespace {

using Json = nlohmann::ordered_json;

Response JsonResponse(int status, std::string body) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

Response ErrorResponse(const ApiError& error) {
  Response r = JsonResponse(error.status, ErrorBody(error));
  if (error.status == 401) r.headers.emplace_back("WWW-Authenticate", "Bearer");
  return r;
}

Response BadRequest(const std::string& message) { return ErrorResponse({400, "bad_request", message}); }

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// {"id","created_at","brief","article"}: the stored JSON texts spliced in
// as they are (the id is hex, the time digits and punctuation).
std::string BriefBody(const store::StoredBrief& b) {
  std::string out = "{\"id\":\"" + b.id + "\",\"created_at\":\"" + b.created_at + "\",\"brief\":";
  out += Trimmed(b.brief_json);
  out += ",\"article\":";
  out += Trimmed(b.article_json);
  out += "}\n";
  return out;
}

bool IsBriefId(std::string_view s) {
  if (s.size() != 16) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

bool IsDay(const std::string& s) { return s.size() == 10 && store::PublishedDay(s) == s; }

bool IsJsonContent(const Request& request) {
  auto it = request.headers.find("content-type");
  if (it == request.headers.end()) return false;
  std::string type = it->second.substr(0, it->second.find(';'));
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  return type == "application/json";
}

// The body as a JSON object, or the error to answer with.
std::variant<Json, ApiError> ParseBody(const Request& request) {
  if (!IsJsonContent(request)) {
    return ApiError{415, "unsupported_media_type", "the body must be JSON (Content-Type: application/json)"};
  }
  Json body;
  try {
    body = Json::parse(request.body);
  } catch (const Json::parse_error& e) {
    return ApiError{400, "bad_request", "body: not JSON (at byte " + std::to_string(e.byte) + ")"};
  }
  if (!body.is_object()) return ApiError{400, "bad_request", "body: must be a JSON object"};
  return body;
}

using work::BriefChoice;

std::optional<ApiError> ReadChoice(const Json& body, const ServiceOptions& defaults, BriefChoice* choice) {
  choice->engine = defaults.engine;
  choice->lang = defaults.lang;
  choice->groups = defaults.groups;
  auto text_field = [&](const char* name, std::string* out,
                        std::initializer_list<const char*> allowed) -> std::optional<ApiError> {
    if (!body.contains(name)) return std::nullopt;
    const Json& v = body[name];
    bool ok = v.is_string();
    if (ok) {
      ok = false;
      for (const char* a : allowed) ok |= v.get<std::string>() == a;
    }
    if (!ok) {
      std::string list;
      for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      return ApiError{400, "bad_request", std::string(name) + ": must be one of " + list};
    }
    *out = v.get<std::string>();
    return std::nullopt;
  };
  if (auto e = text_field("engine", &choice->engine, {"builtin", "lm"})) return e;
  if (auto e = text_field("lang", &choice->lang, {"auto", "zh", "en"})) return e;
  if (body.contains("groups")) {
    const Json& g = body["groups"];
    if (!g.is_number_integer() || g.get<int64_t>() < 1 || g.get<int64_t>() > 4) {
      return ApiError{400, "bad_request", "groups: must be an integer from 1 to 4"};
    }
    choice->groups = g.get<int>();
  }
  return std::nullopt;
}

}  // namespace

ApiError ErrorFor(Stage stage, const Status& status) {
  if (stage == Stage::kStore) {
    // The store unreachable is 503, a cursor it did not give 400, the rest
    // a fault.
    switch (status.code()) {
      case StatusCode::kUnavailable:
      case StatusCode::kFailedPrecondition:
        return {503, "store_unavailable", status.message()};
      case StatusCode::kInvalidArgument:
        return {400, "bad_request", "cursor: " + status.message()};
      default:
        return {500, "internal", status.message()};
    }
  }
  if (stage == Stage::kFetch) {
    // A URL the server will not fetch is the request's fault; one that
    // failed (DNS, refused, HTTP error, too large) is the site's.
    if (status.code() == StatusCode::kPermissionDenied) return {400, "url_refused", status.message()};
    return {502, "url_failed", status.message()};
  }
  switch (status.code()) {
    case StatusCode::kOk:
      return {200, "ok", ""};
    case StatusCode::kInvalidArgument:
    case StatusCode::kDataLoss:
    case StatusCode::kUnimplemented:
    case StatusCode::kNotFound:
      return {422, "unreadable_article", status.message()};
    case StatusCode::kResourceExhausted:
      return {413, "too_large", status.message()};
    case StatusCode::kPermissionDenied:
      return {400, "url_refused", status.message()};
    case StatusCode::kUnavailable:
      return {502, "upstream_failed", status.message()};
    case StatusCode::kFailedPrecondition:
      return {503, "unavailable", status.message()};
    case StatusCode::kInternal:
      break;
  }
  return {500, "internal", status.message()};
}

std::string ErrorBody(const ApiError& error) {
  Json j;
  j["error"]["code"] = error.code;
  j["error"]["message"] = error.message;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  const size_t n = std::max(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned char>(x ^ y);
  }
  return diff == 0;
}

// ---- metrics ------------------------------------------------------------------

void Metrics::Record(const std::string& route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  ++requests_[{route, status}];
  Histogram& h = latency_[route];
  for (size_t i = 0; i < std::size(kBuckets); ++i) {
    if (seconds <= kBuckets[i]) ++h.counts[i];
  }
  ++h.total;
  h.sum += seconds;
}

void Metrics::CountLm(bool failed) {
  std::lock_guard<std::mutex> lock(mu_);
  ++lm_requests_;
  if (failed) ++lm_failures_;
}

std::string Metrics::Render(int64_t briefs_stored) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::string out;
  char buf[256];
  out += "# HELP precis_requests_total HTTP requests answered, by route and status.\n";
  out += "# TYPE precis_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    std::snprintf(buf, sizeof buf, "precis_requests_total{route=\"%s\",status=\"%d\"} %llu\n",
                  key.first.c_str(), key.second, static_cast<unsigned long long>(n));
    out += buf;
  }
  out += "# HELP precis_request_duration_seconds Time to answer a request, by route.\n";
  out += "# TYPE precis_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    for (size_t i = 0; i < std::size(kBuckets); ++i) {
      std::snprintf(buf, sizeof buf, "precis_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n",
                    route.c_str(), kBuckets[i], static_cast<unsigned long long>(h.counts[i]));
      out += buf;
    }
    std::snprintf(buf, sizeof buf,
                  "precis_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n"
                  "precis_request_duration_seconds_sum{route=\"%s\"} %.6f\n"
                  "precis_request_duration_seconds_count{route=\"%s\"} %llu\n",
                  route.c_str(), static_cast<unsigned long long>(h.total), route.c_str(), h.sum,
                  route.c_str(), static_cast<unsigned long long>(h.total));
    out += buf;
  }
  out += "# HELP precis_briefs_stored Briefs in the store.\n# TYPE precis_briefs_stored gauge\n";
  out += "precis_briefs_stored " + std::to_string(briefs_stored) + "\n";
  out += "# HELP precis_lm_requests_total Briefs asked of the language model.\n";
  out += "# TYPE precis_lm_requests_total counter\n";
  out += "precis_lm_requests_total " + std::to_string(lm_requests_) + "\n";
  out += "# HELP precis_lm_failures_total Briefs the language model failed to write.\n";
  out += "# TYPE precis_lm_failures_total counter\n";
  out += "precis_lm_failures_total " + std::to_string(lm_failures_) + "\n";
  return out;
}

// ---- brief slots ----

bool FairSlots::Acquire(std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(mu_);
  if (free_ > 0 && waiters_.empty()) {
    --free_;
    return true;
  }
  Waiter me;
  waiters_.push_back(&me);
  if (cv_.wait_for(lock, timeout, [&me] { return me.granted; })) return true;
  waiters_.erase(std::find(waiters_.begin(), waiters_.end(), &me));  // not granted: still queued
  return false;
}

void FairSlots::Release() {
  std::lock_guard<std::mutex> lock(mu_);
  if (waiters_.empty()) {
    ++free_;
    return;
  }
  waiters_.front()->granted = true;  // the slot passes straight to the longest waiting
  waiters_.pop_front();
  cv_.notify_all();
}

// ---- the service ----------------------------------------------------------------

Service::Service(const TextProcessor& text, store::Store& store, ServiceOptions options)
    : text_(text),
      store_(store),
      options_(std::move(options)),
      brief_slots_(std::max(1, options_.max_concurrent_briefs)) {}

Response Service::Handle(const Request& request) {
  try {
    return Route(request);
  } catch (const std::exception& e) {
    return ErrorResponse({500, "internal", std::string("internal error: ") + e.what()});
  }
}

bool Service::Authorized(const Request& request) const {
  if (options_.token.empty()) return true;
  auto it = request.headers.find("authorization");
  if (it == request.headers.end()) return false;
  return ConstantTimeEquals(it->second, "Bearer " + options_.token);
}

double Service::RateLimited(const std::string& client) {
  if (options_.rate_limit <= 0) return 0;
  const double capacity = 2 * options_.rate_limit;
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard<std::mutex> lock(buckets_mu_);
  if (buckets_.size() > 10000) {
    // Forget clients whose buckets have filled up again.
    for (auto it = buckets_.begin(); it != buckets_.end();) {
      const double idle = std::chrono::duration<double>(now - it->second.last).count();
      it = idle * options_.rate_limit >= capacity ? buckets_.erase(it) : std::next(it);
    }
  }
  auto [it, fresh] = buckets_.try_emplace(client);
  Bucket& b = it->second;
  if (fresh) {
    b.tokens = capacity;
  } else {
    const double elapsed = std::chrono::duration<double>(now - b.last).count();
    b.tokens = std::min(capacity, b.tokens + elapsed * options_.rate_limit);
  }
  b.last = now;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return 0;
  }
  return (1 - b.tokens) / options_.rate_limit;
}

Response Service::Route(const Request& request) {
  const std::string& path = request.path;
  const std::string& method = request.method;
  auto with_route = [](Response r, const char* route) {
    r.route = route;
    return r;
  };
  auto not_allowed = [](const char* allow) {
    Response r = ErrorResponse({405, "method_not_allowed", std::string("use ") + allow});
    r.headers.emplace_back("Allow", allow);
    return r;
  };
  if (path == "/healthz") {
    if (method != "GET") return not_allowed("GET");
    return with_route(JsonResponse(200, "{\"status\":\"ok\"}\n"), "GET /healthz");
  }
  if (path == "/readyz") {
    if (method != "GET") return not_allowed("GET");
    return with_route(Ready(), "GET /readyz");
  }
  if (path == "/metrics") {
    if (method != "GET") return not_allowed("GET");
    auto count = store_.Count();
    std::string text = metrics_.Render(count.ok() ? *count : -1);
    if (options_.queue != nullptr) {
      auto stats = options_.queue->Stats();
      if (stats.ok()) text += work::StatsMetrics(*stats);
    }
    Response r = JsonResponse(200, text);
    r.content_type = "text/plain; version=0.0.4; charset=utf-8";
    return with_route(std::move(r), "GET /metrics");
  }
  if (path == "/v1/openapi.json") {
    if (method != "GET") return not_allowed("GET");
    return with_route(JsonResponse(200, kOpenApiJson), "GET /v1/openapi.json");
  }
  // The page: static files, no token (the page asks for it).
  struct StaticFile {
    const char *path, *body, *type;
  };
  for (const StaticFile& file : {StaticFile{"/", kIndexHtml, "text/html; charset=utf-8"},
                                 StaticFile{"/index.html", kIndexHtml, "text/html; charset=utf-8"},
                                 StaticFile{"/app.js", kAppJs, "text/javascript; charset=utf-8"},
                                 StaticFile{"/app.css", kAppCss, "text/css; charset=utf-8"}}) {
    if (path != file.path) continue;
    if (method != "GET") return not_allowed("GET");
    Response r = JsonResponse(200, file.body);
    r.content_type = file.type;
    return with_route(std::move(r), "GET /");
  }
  if (path.rfind("/v1/", 0) != 0) return ErrorResponse({404, "not_found", path + ": no such page"});

  if (!Authorized(request)) {
    return ErrorResponse({401, "unauthorized", "this server needs Authorization: Bearer TOKEN"});
  }
  if (const double wait = RateLimited(request.client); wait > 0) {
    Response r = ErrorResponse({429, "rate_limited", "too many requests: try again shortly"});
    r.headers.emplace_back("Retry-After", std::to_string(static_cast<int>(std::ceil(wait))));
    return r;
  }
  if (path == "/v1/briefs") {
    if (method == "POST") return with_route(PostBrief(request), "POST /v1/briefs");
    if (method == "GET") return with_route(ListBriefs(request), "GET /v1/briefs");
    return not_allowed("GET, POST");
  }
  if (path == "/v1/check") {
    if (method != "POST") return not_allowed("POST");
    return with_route(PostCheck(request), "POST /v1/check");
  }
  constexpr std::string_view kJobs = "/v1/jobs/";
  if (path.rfind(kJobs, 0) == 0) {
    if (method != "GET") return not_allowed("GET");
    return with_route(GetJob(path.substr(kJobs.size())), "GET /v1/jobs/{id}");
  }
  constexpr std::string_view kBriefs = "/v1/briefs/";
  if (path.rfind(kBriefs, 0) == 0) {
    std::string id = path.substr(kBriefs.size());
    bool markdown = false;
    if (id.size() > 3 && id.compare(id.size() - 3, 3, ".md") == 0) {
      markdown = true;
      id.resize(id.size() - 3);
    }
    if (!IsBriefId(id)) return ErrorResponse({404, "not_found", "no brief " + id});
    if (method == "GET") {
      return with_route(GetBrief(id, markdown), markdown ? "GET /v1/briefs/{id}.md" : "GET /v1/briefs/{id}");
    }
    if (method == "DELETE" && !markdown) return with_route(DeleteBrief(id), "DELETE /v1/briefs/{id}");
    return not_allowed(markdown ? "GET" : "GET, DELETE");
  }
  return ErrorResponse({404, "not_found", path + ": no such route"});
}

Response Service::Ready() {
  Status store = store_.Ping();
  if (!store.ok()) return ErrorResponse({503, "store_unavailable", store.message()});
  std::error_code ec;
  if (!std::filesystem::is_directory(text_.data_dir(), ec)) {
    return ErrorResponse({503, "unavailable", text_.data_dir() + ": the data files are gone"});
  }
  return JsonResponse(200, "{\"status\":\"ready\"}\n");
}

namespace {

// How many of the article's inline forms (text, html, article) `body` gives.
int InlineForms(const Json& body) {
  int forms = 0;
  for (const char* f : {"text", "html", "article"}) forms += body.contains(f) ? 1 : 0;
  return forms;
}

// True when `body` names its article by a URL alone: the server fetches it.
bool UrlOnly(const Json& body) { return InlineForms(body) == 0 && body.contains("url"); }

// The article a request names, read by precis' readers; `fetch` allows the
// server to fetch a URL.
std::variant<Article, ApiError> ReadRequestArticle(const Json& body, const ServiceOptions& options) {
  if (InlineForms(body) + (UrlOnly(body) ? 1 : 0) != 1) {
    return ApiError{400, "bad_request", "give the article as one of text, html (with url), url or article"};
  }
  auto string_field = [&](const char* name) -> std::variant<std::string, ApiError> {
    const Json& v = body[name];
    if (!v.is_string()) return ApiError{400, "bad_request", std::string(name) + ": must be a string"};
    return v.get<std::string>();
  };
  ReadOptions read = options.read;
  Result<Article> article = InternalError("no article read");
  if (body.contains("text")) {
    auto text = string_field("text");
    if (auto* e = std::get_if<ApiError>(&text)) return *e;
    read.format = InputFormat::kText;
    article = ReadArticleBytes(std::get<std::string>(text), "text", read);
  } else if (body.contains("article")) {
    if (!body["article"].is_object()) return ApiError{400, "bad_request", "article: must be a JSON object"};
    read.format = InputFormat::kJson;
    article = ReadArticleBytes(body["article"].dump(), "article", read);
  } else {
    std::string url;
    if (body.contains("url")) {
      auto u = string_field("url");
      if (auto* e = std::get_if<ApiError>(&u)) return *e;
      url = std::get<std::string>(u);
      if (!ingest::IsHttpUrl(url)) return ApiError{400, "bad_request", "url: must be an http or https URL"};
    }
    if (body.contains("html")) {
      auto html = string_field("html");
      if (auto* e = std::get_if<ApiError>(&html)) return *e;
      read.format = InputFormat::kHtml;
      read.url = url;
      article = ReadArticleBytes(std::get<std::string>(html), url.empty() ? "html" : url, read);
    } else {
      ingest::FetchOptions fetch = ingest::FetchOptionsFor(read, /*feeds=*/false);
      if (!options.allow_private_urls) fetch.refuse_address = ingest::IsPrivateAddress;
      auto page = ingest::Fetch(url, fetch);
      if (!page.ok()) return ErrorFor(Stage::kFetch, page.status());
      article = ingest::ReadFetchedPage(*page, read);
    }
  }
  if (!article.ok()) return ErrorFor(Stage::kBrief, article.status());
  return std::move(*article);
}

}  // namespace

namespace {
bool IsJobId(std::string_view s) { return IsBriefId(s); }  // 16 hex digits too
}  // namespace

Response Service::QueueBriefs(const Json& body) {
  std::vector<const Json*> items;
  if (body.contains("items")) {
    const Json& list = body["items"];
    if (!list.is_array() || list.empty()) return BadRequest("items: must be a non-empty array of articles");
    if (static_cast<int>(list.size()) > options_.max_batch_items) {
      return BadRequest("items: at most " + std::to_string(options_.max_batch_items) + " in one request");
    }
    for (const Json& item : list) {
      if (!item.is_object()) return BadRequest("items: each must be a JSON object");
      items.push_back(&item);
    }
  } else {
    items.push_back(&body);
  }
  // Every item is read (or its URL checked) before any is queued: a bad
  // one refuses the whole request.
  std::vector<work::QueuedJob> jobs;
  for (size_t i = 0; i < items.size(); ++i) {
    const Json& item = *items[i];
    const std::string where = body.contains("items") ? "items[" + std::to_string(i) + "]: " : "";
    BriefChoice choice;
    if (auto e =
            ReadChoice(item.contains("lang") || item.contains("groups") ? item : body, options_, &choice)) {
      return BadRequest(where + e->message);
    }
    work::QueuedJob job;
    job.lang = choice.lang;
    job.groups = choice.groups;
    if (UrlOnly(item)) {
      if (!item["url"].is_string() || !ingest::IsHttpUrl(item["url"].get<std::string>())) {
        return BadRequest(where + "url: must be an http or https URL");
      }
      job.url = item["url"].get<std::string>();
      job.name = job.url;
    } else {
      auto read = ReadRequestArticle(item, options_);
      if (auto* e = std::get_if<ApiError>(&read)) {
        ApiError error = *e;
        error.message = where + error.message;
        return ErrorResponse(error);
      }
      const Article& article = std::get<Article>(read);
      job.article = render::ArticleToJson(article);
      job.name = article.url.empty() ? (article.title.empty() ? "article" : article.title) : article.url;
    }
    jobs.push_back(std::move(job));
  }
  Json ids = Json::array();
  for (work::QueuedJob& job : jobs) {
    auto id = options_.queue->Submit(std::move(job));
    if (!id.ok()) {
      if (id.status().code() == StatusCode::kResourceExhausted) {
        Response r = ErrorResponse({503, "busy", id.status().message() + ": try again shortly"});
        r.headers.emplace_back("Retry-After", "5");
        return r;
      }
      return ErrorResponse({503, "queue_unavailable", id.status().message()});
    }
    ids.push_back(*id);
  }
  Json out;
  if (body.contains("items")) {
    out["jobs"] = ids;
  } else {
    out["job"] = ids[0];
    out["state"] = "queued";
    out["status_url"] = "/v1/jobs/" + ids[0].get<std::string>();
  }
  Response r = JsonResponse(202, out.dump() + "\n");
  if (!body.contains("items")) r.headers.emplace_back("Location", "/v1/jobs/" + ids[0].get<std::string>());
  return r;
}

Response Service::GetJob(const std::string& id) {
  if (options_.queue == nullptr)
    return ErrorResponse({404, "not_found", "this server has no queue (--queue)"});
  if (!IsJobId(id)) return ErrorResponse({404, "not_found", "no job " + id});
  auto state = options_.queue->State(id);
  if (!state.ok()) return ErrorResponse({503, "queue_unavailable", state.status().message()});
  if (state->state.empty())
    return ErrorResponse({404, "not_found", "no job " + id + " (or finished over a week ago)"});
  Json out;
  out["id"] = id;
  out["state"] = state->state;
  if (!state->name.empty()) out["name"] = state->name;
  if (!state->submitted.empty()) out["submitted"] = state->submitted;
  if (!state->finished.empty()) out["finished"] = state->finished;
  if (!state->brief.empty()) {
    out["brief"] = state->brief;
    out["brief_url"] = "/v1/briefs/" + state->brief;
  }
  if (!state->error.empty()) out["error"] = state->error;
  return JsonResponse(200, out.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n");
}

Response Service::PostBrief(const Request& request) {
  auto parsed = ParseBody(request);
  if (auto* e = std::get_if<ApiError>(&parsed)) return ErrorResponse(*e);
  const Json& body = std::get<Json>(parsed);
  if (options_.queue != nullptr) {
    if (body.contains("items") || UrlOnly(body)) return QueueBriefs(body);
  } else if (body.contains("items")) {
    return BadRequest("items: batches need a server started with --queue");
  }
  BriefChoice choice;
  if (auto e = ReadChoice(body, options_, &choice)) return ErrorResponse(*e);
  if (choice.engine == "lm" && (options_.lm.url.empty() || options_.lm.model.empty())) {
    return ErrorResponse(
        {400, "bad_request",
         "engine: this server has no language model (start it with --lm-url and --lm-model)"});
  }
  auto read = ReadRequestArticle(body, options_);
  if (auto* e = std::get_if<ApiError>(&read)) return ErrorResponse(*e);
  Article article = std::move(std::get<Article>(read));
  text_.Annotate(&article);

  store::StoredBrief stored = work::Prepare(article, choice, options_.lm.model, text_);
  auto existing = store_.Get(stored.id);
  if (!existing.ok()) return ErrorResponse(ErrorFor(Stage::kStore, existing.status()));
  if (existing->has_value()) return JsonResponse(200, BriefBody(**existing));

  if (!brief_slots_.Acquire(options_.brief_wait)) {
    Response r = ErrorResponse({503, "busy", "every brief slot is taken: try again shortly"});
    r.headers.emplace_back("Retry-After", "1");
    return r;
  }
  struct Release {
    FairSlots* s;
    ~Release() { s->Release(); }
  } release{&brief_slots_};

  const Document doc = text_.Analyze(std::move(article));
  work::Made made = work::MakeBrief(doc, choice, options_.lm, text_);
  if (made.lm_asked) metrics_.CountLm(!made.brief.ok());
  if (made.lm_unverified) return ErrorResponse({502, "model_unverified", made.brief.status().message()});
  if (!made.brief.ok()) return ErrorResponse(ErrorFor(Stage::kBrief, made.brief.status()));
  work::Complete(*made.brief, text_, &stored);
  auto put = store_.Put(stored);
  if (!put.ok()) return ErrorResponse(ErrorFor(Stage::kStore, put.status()));
  return JsonResponse(put->added ? 201 : 200, BriefBody(put->brief));
}

Response Service::GetBrief(const std::string& id, bool markdown) {
  auto found = store_.Get(id);
  if (!found.ok()) return ErrorResponse(ErrorFor(Stage::kStore, found.status()));
  if (!found->has_value()) return ErrorResponse({404, "not_found", "no brief " + id});
  if (!markdown) return JsonResponse(200, BriefBody(**found));
  Response r = JsonResponse(200, (*found)->brief_markdown);
  r.content_type = "text/markdown; charset=utf-8";
  return r;
}

Response Service::DeleteBrief(const std::string& id) {
  auto deleted = store_.Delete(id);
  if (!deleted.ok()) return ErrorResponse(ErrorFor(Stage::kStore, deleted.status()));
  if (!*deleted) return ErrorResponse({404, "not_found", "no brief " + id});
  Response r = JsonResponse(204, "");
  r.content_type.clear();
  return r;
}

Response Service::ListBriefs(const Request& request) {
  store::SearchQuery query;
  auto param = [&](const char* name) {
    auto it = request.query.find(name);
    return it == request.query.end() ? std::string() : it->second;
  };
  query.terms = store::SearchTerms(param("q"), text_);
  query.source = param("source");
  query.from = param("from");
  query.to = param("to");
  query.cursor = param("cursor");
  if (!query.from.empty() && !IsDay(query.from)) return BadRequest("from: must be a day, YYYY-MM-DD");
  if (!query.to.empty() && !IsDay(query.to)) return BadRequest("to: must be a day, YYYY-MM-DD");
  if (const std::string limit = param("limit"); !limit.empty()) {
    char* end = nullptr;
    const long n = std::strtol(limit.c_str(), &end, 10);
    if (end == limit.c_str() || *end != '\0' || n < 1 || n > 100) {
      return BadRequest("limit: must be a number from 1 to 100");
    }
    query.limit = static_cast<int>(n);
  }
  if (!param("q").empty() && query.terms.empty()) {
    // A query of punctuation only matches nothing.
    return JsonResponse(200, "{\"items\":[],\"next_cursor\":null}\n");
  }
  auto page = store_.Search(query);
  if (!page.ok()) {
    return ErrorResponse(ErrorFor(Stage::kStore, page.status()));
  }
  Json out;
  out["items"] = Json::array();
  for (const store::BriefSummary& s : page->items) {
    out["items"].push_back(Json{{"id", s.id},
                                {"title", s.title},
                                {"source", s.source},
                                {"published", s.published},
                                {"language", s.language},
                                {"created_at", s.created_at}});
  }
  out["next_cursor"] = page->next_cursor.empty() ? Json(nullptr) : Json(page->next_cursor);
  return JsonResponse(200, out.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n");
}

Response Service::PostCheck(const Request& request) {
  auto parsed = ParseBody(request);
  if (auto* e = std::get_if<ApiError>(&parsed)) return ErrorResponse(*e);
  Json body = std::get<Json>(parsed);
  if (!body.contains("brief")) return BadRequest("brief: missing (a precis brief, Markdown or JSON)");
  const Json brief_field = body["brief"];
  std::string brief_text;
  if (brief_field.is_string()) {
    brief_text = brief_field.get<std::string>();
  } else if (brief_field.is_object()) {
    brief_text = brief_field.dump();
  } else {
    return BadRequest("brief: must be a string (Markdown or JSON) or a JSON object");
  }
  body.erase("brief");
  auto brief = ParseBrief(brief_text, "brief");
  if (!brief.ok()) return ErrorResponse({422, "unreadable_brief", brief.status().message()});
  auto read = ReadRequestArticle(body, options_);
  if (auto* e = std::get_if<ApiError>(&read)) return ErrorResponse(*e);
  Article article = std::move(std::get<Article>(read));
  text_.Annotate(&article);
  const Document doc = text_.Analyze(std::move(article));
  return JsonResponse(200, CheckReportToJson(CheckBrief(*brief, doc, text_)));
}

}  // namespace precis::server
