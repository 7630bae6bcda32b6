// Copyright 2026 The precis Authors.
//
// A client of OpenAI-compatible chat servers (llama.cpp's llama-server,
// Ollama, vLLM, LM Studio, hosted APIs): one chat completion per call, POSTed
// to BASE_URL/chat/completions with libcurl. It retries what a server may get
// over — a refused or dropped connection, HTTP 429 (waiting what Retry-After
// says) and 5xx — with exponential backoff and jitter, at most `max_tries`
// times and never past the deadline; it caps what it reads; and it can keep
// every answer in a cache directory keyed by the exact request, so that
// asking again costs nothing and gives the same bytes. It knows nothing of
// briefs. The API key is sent as a bearer token and never appears in an
// error, a log or the cache.

#ifndef PRECIS_LM_CLIENT_H_
#define PRECIS_LM_CLIENT_H_

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "precis/status.h"

namespace precis::lm {

struct Message {
  std::string role;  // system, user or assistant
  std::string content;
};

struct ChatRequest {
  std::string model;
  std::vector<Message> messages;
  double temperature = 0;
  // The request's response_format as JSON text ({"type":"json_schema",…}),
  // or "" for none.
  std::string response_format;
  int max_tokens = 0;  // 0: the server's default
};

struct ChatAnswer {
  std::string content;    // the assistant message's text
  std::string reasoning;  // a reasoning model's separate reasoning_content, if any
  int prompt_tokens = 0;
  int completion_tokens = 0;
  bool cached = false;  // read from the cache, not the server
};

struct ClientOptions {
  std::string base_url;  // ends in /v1
  std::string api_key;   // "" for none
  int timeout_ms = 120000;
  int connect_timeout_ms = 10000;
  int max_tries = 3;
  int backoff_ms = 1000;  // the first retry's wait; doubled each time, with jitter
  size_t max_response_bytes = 8u << 20;
  // Where answers are kept ("" for no cache), and what else besides the
  // request keys them (the prompt's version).
  std::string cache_dir;
  std::string cache_salt;
  // No request starts, and none runs, past this point (default: none).
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  // How the client waits between tries (tests make it instant).
  std::function<void(int ms)> sleep;
};

// The server as messages name it: `url` without credentials
// (https://user:key@host/v1 -> https://host/v1).
std::string ServerName(const std::string& url);

// The JSON body precis POSTs for `request`.
std::string RequestBody(const ChatRequest& request);

// The cache directory precis uses by default: $XDG_CACHE_HOME/precis/lm, else
// ~/.cache/precis/lm; "" when neither can be told.
std::string DefaultCacheDir();

class Client {
 public:
  explicit Client(ClientOptions options);

  // One completion. Errors: kInvalidArgument when the server refuses the
  // request itself (HTTP 400: a caller may ask again more simply);
  // kUnavailable when it cannot be reached, times out, keeps failing or
  // answers something that is not a chat completion (the message names the
  // server and the cause); kResourceExhausted for an answer over the cap.
  // No message holds the API key, even when a server echoes it.
  Result<ChatAnswer> Complete(const ChatRequest& request) const;

  const ClientOptions& options() const { return options_; }

 private:
  Result<ChatAnswer> Attempt(const ChatRequest& request) const;

  ClientOptions options_;
};

}  // namespace precis::lm

#endif  // PRECIS_LM_CLIENT_H_
