// Copyright 2026 The precis Authors.

#include "lm/client.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <thread>

#include "util/curl.h"
#include "util/strings.h"

namespace precis::lm {
namespace {

using Json = nlohmann::json;

struct CurlDeleter {
  const util::CurlApi* api;
  void operator()(CURL* c) const { api->easy_cleanup(c); }
};
struct ListDeleter {
  const util::CurlApi* api;
  void operator()(curl_slist* l) const { api->slist_free_all(l); }
};

struct Sink {
  std::string body;
  size_t max_bytes = 0;
  bool too_large = false;
  std::string retry_after;
};

size_t WriteBody(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const size_t n = size * count;
  if (sink->body.size() + n > sink->max_bytes) {
    sink->too_large = true;
    return 0;  // aborts the transfer
  }
  sink->body.append(data, n);
  return n;
}

size_t ReadHeader(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const size_t n = size * count;
  std::string line(data, n);
  std::string lower = line;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower.rfind("retry-after:", 0) == 0) {
    std::string value = line.substr(12);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.erase(0, 1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
      value.pop_back();
    sink->retry_after = value;
  }
  return n;
}

}  // namespace

std::string ServerName(const std::string& url) {
  std::string out = url;
  const size_t scheme = out.find("://");
  const size_t at = out.find('@', scheme == std::string::npos ? 0 : scheme + 3);
  const size_t slash = out.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (scheme != std::string::npos && at != std::string::npos && (slash == std::string::npos || at < slash))
    out.erase(scheme + 3, at - scheme - 2);
  return out;
}

namespace {

struct Exchange {
  CURLcode curl = CURLE_OK;
  long status = 0;
  std::string error;
  Sink sink;
};

Exchange Post(const ClientOptions& o, const std::string& url, const std::string& body, long timeout_ms) {
  Exchange x;
  x.sink.max_bytes = o.max_response_bytes;
  auto loaded = util::Curl();
  if (!loaded.ok()) {
    x.curl = CURLE_FAILED_INIT;
    x.error = loaded.status().message();
    return x;
  }
  const util::CurlApi* api = *loaded;
  std::unique_ptr<CURL, CurlDeleter> curl(api->easy_init(), CurlDeleter{api});
  if (!curl) {
    x.curl = CURLE_FAILED_INIT;
    return x;
  }
  std::unique_ptr<curl_slist, ListDeleter> headers(
      api->slist_append(nullptr, "Content-Type: application/json"), ListDeleter{api});
  if (!o.api_key.empty()) {
    const std::string auth = "Authorization: Bearer " + o.api_key;
    headers.reset(api->slist_append(headers.release(), auth.c_str()));
  }
  char error[CURL_ERROR_SIZE] = {0};
  CURL* c = curl.get();
  api->easy_setopt(c, CURLOPT_URL, url.c_str());
  api->easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  api->easy_setopt(c, CURLOPT_POST, 1L);
  api->easy_setopt(c, CURLOPT_POSTFIELDS, body.data());
  api->easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  api->easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
  api->easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(std::min<long>(o.connect_timeout_ms, timeout_ms)));
  api->easy_setopt(c, CURLOPT_TIMEOUT_MS, timeout_ms);
  api->easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
  api->easy_setopt(c, CURLOPT_USERAGENT, "precis");
  api->easy_setopt(c, CURLOPT_WRITEFUNCTION, WriteBody);
  api->easy_setopt(c, CURLOPT_WRITEDATA, &x.sink);
  api->easy_setopt(c, CURLOPT_HEADERFUNCTION, ReadHeader);
  api->easy_setopt(c, CURLOPT_HEADERDATA, &x.sink);
  api->easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  api->easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  api->easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(o.max_response_bytes));
  x.curl = api->easy_perform(c);
  api->easy_getinfo(c, CURLINFO_RESPONSE_CODE, &x.status);
  x.error = error[0] ? std::string(error) : std::string(api->easy_strerror(x.curl));
  return x;
}

// What the server said went wrong, from an OpenAI-style error body, short.
std::string ServerMessage(const std::string& body) {
  const Json j = Json::parse(body, nullptr, false);
  std::string message;
  if (j.is_object() && j.contains("error")) {
    const Json& e = j["error"];
    if (e.is_object() && e.contains("message") && e["message"].is_string()) message = e["message"];
    if (e.is_string()) message = e;
  }
  if (message.empty()) message = body;
  // One short line: control characters (a terminal's escapes too) become
  // spaces, and the cut falls between characters.
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < message.size();) {
    const size_t start = i;
    const unsigned char c = static_cast<unsigned char>(message[i++]);
    while (i < message.size() && (static_cast<unsigned char>(message[i]) & 0xC0) == 0x80) ++i;
    if (++chars > 200) {
      out += "…";
      break;
    }
    if (c < 0x20 || c == 0x7F) {
      out.push_back(' ');
    } else {
      out.append(message, start, i - start);
    }
  }
  return out;
}

// What decides an answer besides the request: the caller's salt (the
// prompt's version) and the server asked (named without credentials), for
// two servers may serve different models under one model name.
std::string CacheSalt(const ClientOptions& o) { return o.cache_salt + "\n" + ServerName(o.base_url); }

std::string CachePath(const ClientOptions& o, const std::string& body) {
  char name[40];
  std::snprintf(name, sizeof name, "%016llx.json",
                static_cast<unsigned long long>(util::Fnv1a(CacheSalt(o) + "\n" + body)));
  return o.cache_dir + "/" + name;
}

bool ReadCache(const ClientOptions& o, const std::string& body, ChatAnswer* answer) {
  std::ifstream in(CachePath(o, body), std::ios::binary);
  if (!in) return false;
  std::stringstream s;
  s << in.rdbuf();
  const Json j = Json::parse(s.str(), nullptr, false);
  // The whole request is kept and compared: a hash collision is a miss.
  auto is = [](const Json& x, const char* key, bool string) {
    return x.contains(key) && (string ? x[key].is_string() : x[key].is_number_integer());
  };
  if (!j.is_object() || !is(j, "salt", true) || !is(j, "request", true) || j["salt"] != CacheSalt(o) ||
      j["request"] != body || !j.contains("answer") || !j["answer"].is_object())
    return false;
  const Json& a = j["answer"];
  if (!is(a, "content", true) || !is(a, "reasoning", true) || !is(a, "prompt_tokens", false) ||
      !is(a, "completion_tokens", false))
    return false;
  answer->content = a["content"];
  answer->reasoning = a["reasoning"];
  answer->prompt_tokens = a["prompt_tokens"];
  answer->completion_tokens = a["completion_tokens"];
  answer->cached = true;
  return true;
}

void WriteCache(const ClientOptions& o, const std::string& body, const ChatAnswer& answer) {
  std::error_code ec;
  std::filesystem::create_directories(o.cache_dir, ec);
  if (ec) return;  // a cache that cannot be written is no cache, not an error
  Json j = {{"salt", CacheSalt(o)},
            {"request", body},
            {"answer",
             {{"content", answer.content},
              {"reasoning", answer.reasoning},
              {"prompt_tokens", answer.prompt_tokens},
              {"completion_tokens", answer.completion_tokens}}}};
  const std::string path = CachePath(o, body);
  const std::string tmp = path + ".tmp" + std::to_string(::getpid()) + "." +
                          std::to_string(std::hash<std::thread::id>()(std::this_thread::get_id()));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << j.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (!out) {
      std::filesystem::remove(tmp, ec);
      return;
    }
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) std::filesystem::remove(tmp, ec);
}

// `status` with the API key, should a server echo it, masked.
Status Hide(const std::string& key, const Status& status) {
  if (key.empty() || status.message().find(key) == std::string::npos) return status;
  std::string message = status.message();
  for (size_t at = message.find(key); at != std::string::npos; at = message.find(key, at + 3))
    message.replace(at, key.size(), "***");
  return Status(status.code(), message);
}

Result<ChatAnswer> ParseCompletion(const std::string& server, const std::string& body) {
  const Json j = Json::parse(body, nullptr, false);
  if (!j.is_object() || !j.contains("choices") || !j["choices"].is_array() || j["choices"].empty() ||
      !j["choices"][0].is_object() || !j["choices"][0].contains("message") ||
      !j["choices"][0]["message"].is_object()) {
    return UnavailableError(server + ": the answer is not a chat completion (no choices[0].message)");
  }
  const Json& m = j["choices"][0]["message"];
  ChatAnswer a;
  if (m.contains("content") && m["content"].is_string()) a.content = m["content"];
  for (const char* field : {"reasoning_content", "reasoning"}) {
    if (m.contains(field) && m[field].is_string()) a.reasoning = m[field];
  }
  if (j.contains("usage") && j["usage"].is_object()) {
    const Json& u = j["usage"];
    if (u.contains("prompt_tokens") && u["prompt_tokens"].is_number_integer())
      a.prompt_tokens = u["prompt_tokens"];
    if (u.contains("completion_tokens") && u["completion_tokens"].is_number_integer())
      a.completion_tokens = u["completion_tokens"];
  }
  return a;
}

}  // namespace

std::string RequestBody(const ChatRequest& request) {
  Json j;
  j["model"] = request.model;
  j["messages"] = Json::array();
  for (const Message& m : request.messages)
    j["messages"].push_back({{"role", m.role}, {"content", m.content}});
  j["temperature"] = request.temperature;
  j["stream"] = false;
  if (request.max_tokens > 0) j["max_tokens"] = request.max_tokens;
  if (!request.response_format.empty()) {
    Json format = Json::parse(request.response_format, nullptr, false);
    if (!format.is_discarded()) j["response_format"] = std::move(format);
  }
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);  // bad UTF-8 replaced, never thrown
}

std::string DefaultCacheDir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && xdg[0] == '/')
    return std::string(xdg) + "/precis/lm";
  if (const char* home = std::getenv("HOME"); home != nullptr && home[0] == '/')
    return std::string(home) + "/.cache/precis/lm";
  return "";
}

Client::Client(ClientOptions options) : options_(std::move(options)) {
  while (!options_.base_url.empty() && options_.base_url.back() == '/') options_.base_url.pop_back();
  if (!options_.sleep) {
    options_.sleep = [](int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); };
  }
  options_.max_tries = std::max(1, options_.max_tries);
}

Result<ChatAnswer> Client::Complete(const ChatRequest& request) const {
  auto answer = Attempt(request);
  if (!answer.ok()) return Hide(options_.api_key, answer.status());
  return answer;
}

Result<ChatAnswer> Client::Attempt(const ChatRequest& request) const {
  const ClientOptions& o = options_;
  const std::string server = ServerName(o.base_url);
  if (o.base_url.empty())
    return InvalidArgumentError("no language-model server: give --lm-url or set PRECIS_LM_URL");
  if (o.base_url.rfind("http://", 0) != 0 && o.base_url.rfind("https://", 0) != 0)
    return InvalidArgumentError(server + ": a language-model server is an http:// or https:// URL");
  const std::string body = RequestBody(request);
  ChatAnswer answer;
  if (!o.cache_dir.empty() && ReadCache(o, body, &answer)) return answer;
  const std::string url = o.base_url + "/chat/completions";
  std::mt19937 jitter(std::random_device{}());  // processes retrying together spread out
  std::string last_error;
  for (int attempt = 1; attempt <= o.max_tries; ++attempt) {
    const auto now = std::chrono::steady_clock::now();
    if (now >= o.deadline) {
      return UnavailableError(server + ": no answer before the brief's deadline" +
                              (last_error.empty() ? std::string() : " (" + last_error + ")"));
    }
    long timeout = o.timeout_ms;
    if (o.deadline != std::chrono::steady_clock::time_point::max()) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(o.deadline - now).count();
      timeout = std::max<long>(1, std::min<long>(timeout, static_cast<long>(left)));
    }
    Exchange x = Post(o, url, body, timeout);
    bool retry = false;
    int wait_ms = -1;
    if (x.sink.too_large || x.curl == CURLE_FILESIZE_EXCEEDED) {
      return ResourceExhaustedError(server + ": the answer is larger than " +
                                    std::to_string(o.max_response_bytes >> 20) + " MB");
    }
    if (x.curl != CURLE_OK) {
      last_error = x.curl == CURLE_OPERATION_TIMEDOUT
                       ? "no answer within " + std::to_string(timeout / 1000) + " s"
                       : x.error;
      // What a server may get over: refused, dropped or stalled connections.
      // A name that does not resolve or a certificate that does not verify
      // fails at once.
      retry = x.curl == CURLE_COULDNT_CONNECT || x.curl == CURLE_OPERATION_TIMEDOUT ||
              x.curl == CURLE_SEND_ERROR || x.curl == CURLE_RECV_ERROR || x.curl == CURLE_GOT_NOTHING ||
              x.curl == CURLE_PARTIAL_FILE;
      if (!retry) return UnavailableError(server + ": " + last_error);
    } else if (x.status == 200) {
      auto parsed = ParseCompletion(server, x.sink.body);
      if (!parsed.ok()) return parsed.status();
      if (!o.cache_dir.empty()) WriteCache(o, body, *parsed);
      return parsed;
    } else if (x.status == 400) {
      return InvalidArgumentError(server + " refused the request (HTTP 400: " + ServerMessage(x.sink.body) +
                                  ")");
    } else if (x.status == 429 || x.status >= 500) {
      last_error = "HTTP " + std::to_string(x.status) + ": " + ServerMessage(x.sink.body);
      retry = true;
      if (x.status == 429 && !x.sink.retry_after.empty()) {
        char* end = nullptr;
        const double seconds = std::strtod(x.sink.retry_after.c_str(), &end);
        if (end != x.sink.retry_after.c_str() && seconds >= 0)
          wait_ms = static_cast<int>(std::min(seconds, 60.0) * 1000);
      }
    } else {
      return UnavailableError(server + ": HTTP " + std::to_string(x.status) + ": " +
                              ServerMessage(x.sink.body));
    }
    if (!retry || attempt == o.max_tries) break;
    if (wait_ms < 0) {
      std::uniform_real_distribution<double> spread(0.5, 1.5);
      wait_ms = static_cast<int>(o.backoff_ms * (1 << (attempt - 1)) * spread(jitter));
    }
    if (o.deadline != std::chrono::steady_clock::time_point::max()) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(o.deadline - std::chrono::steady_clock::now())
              .count();
      if (left <= wait_ms) {
        return UnavailableError(server + ": no answer before the brief's deadline (" + last_error + ")");
      }
    }
    o.sleep(wait_ms);
  }
  return UnavailableError(server + ": " + last_error + " (after " + std::to_string(o.max_tries) +
                          (o.max_tries == 1 ? " try)" : " tries)"));
}

}  // namespace precis::lm
