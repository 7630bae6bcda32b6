// Copyright 2026 The precis Authors.

#include "ingest/fetch.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>

#include "util/curl.h"
#include "util/strings.h"

namespace precis::ingest {
namespace {

constexpr const char* kUserAgent = "precis/0.1 (news brief tool; +https://example.invalid/precis)";

struct Sink {
  std::string* body;
  size_t max_bytes;
  bool too_large = false;
};

size_t Write(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const size_t n = size * count;
  if (sink->body->size() + n > sink->max_bytes) {
    sink->too_large = true;
    return 0;  // aborts the transfer
  }
  sink->body->append(data, n);
  return n;
}

struct CurlDeleter {
  const util::CurlApi* api;
  void operator()(CURL* c) const { api->easy_cleanup(c); }
};

std::string HostOf(const std::string& url) {
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  std::string rest = url.substr(scheme + 3);
  return rest.substr(0, rest.find_first_of("/?#:"));
}

}  // namespace

FetchOptions FetchOptionsFor(const ReadOptions& options, bool feeds) {
  FetchOptions fetch;
  fetch.max_bytes = options.max_url_bytes;
  fetch.connect_timeout_ms = options.connect_timeout_ms;
  fetch.timeout_ms = options.timeout_ms;
  fetch.max_redirects = options.max_redirects;
  if (feeds) {
    fetch.accept = {"text/html",           "application/xhtml+xml",
                    "application/rss+xml", "application/atom+xml",
                    "application/xml",     "text/xml"};
  }
  return fetch;
}

bool IsHttpUrl(std::string_view s) {
  std::string head = util::AsciiLower(s.substr(0, 8));
  return head.rfind("http://", 0) == 0 || head.rfind("https://", 0) == 0;
}

bool HasUrlScheme(std::string_view s) {
  size_t at = s.find("://");
  if (at == std::string_view::npos || at == 0 || at > 10) return false;
  return std::all_of(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(at), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
  });
}

namespace {

// libcurl's words for `rc`.
std::string CurlMessage(CURLcode rc) {
  auto api = util::Curl();
  return api.ok() ? std::string((*api)->easy_strerror(rc)) : "libcurl error " + std::to_string(rc);
}

}  // namespace

Status FetchFailure(const std::string& url, int curl_code, const char* detail, bool too_large,
                    const FetchOptions& options) {
  const auto rc = static_cast<CURLcode>(curl_code);
  const std::string limit = std::to_string(options.max_bytes);
  switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
      return InvalidArgumentError(url + ": cannot resolve host " + HostOf(url));
    case CURLE_COULDNT_CONNECT:
      return InvalidArgumentError(url + ": connection refused");
    case CURLE_OPERATION_TIMEDOUT:
      return InvalidArgumentError(url + ": timed out after " +
                                  std::to_string(options.timeout_ms / 1000.0).substr(0, 4) + " s");
    case CURLE_TOO_MANY_REDIRECTS:
      return InvalidArgumentError(url + ": more than " + std::to_string(options.max_redirects) +
                                  " redirects");
    case CURLE_FILESIZE_EXCEEDED:
      return ResourceExhaustedError(url + ": larger than the limit of " + limit + " bytes");
    case CURLE_WRITE_ERROR:
      if (too_large) return ResourceExhaustedError(url + ": larger than the limit of " + limit + " bytes");
      [[fallthrough]];
    default:
      return InvalidArgumentError(url + ": " +
                                  (detail != nullptr && detail[0] ? std::string(detail) : CurlMessage(rc)));
  }
}

Result<FetchedPage> Fetch(const std::string& url, const FetchOptions& options) {
  if (!IsHttpUrl(url)) {
    return InvalidArgumentError(url + ": only http and https URLs are supported");
  }
  PRECIS_ASSIGN_OR_RETURN(const util::CurlApi* api, util::Curl());
  std::unique_ptr<CURL, CurlDeleter> curl(api->easy_init(), CurlDeleter{api});
  if (!curl) return InternalError("cannot initialise libcurl");

  FetchedPage page;
  Sink sink{&page.body, options.max_bytes};
  char error[CURL_ERROR_SIZE] = {0};
  CURL* c = curl.get();
  api->easy_setopt(c, CURLOPT_URL, url.c_str());
  api->easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  api->easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  api->easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  api->easy_setopt(c, CURLOPT_MAXREDIRS, options.max_redirects);
  api->easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
  api->easy_setopt(c, CURLOPT_TIMEOUT_MS, options.timeout_ms);
  api->easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
  api->easy_setopt(c, CURLOPT_USERAGENT, kUserAgent);
  api->easy_setopt(c, CURLOPT_WRITEFUNCTION, Write);
  api->easy_setopt(c, CURLOPT_WRITEDATA, &sink);
  api->easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  api->easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  api->easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.max_bytes));

  CURLcode rc = api->easy_perform(c);
  if (rc != CURLE_OK) return FetchFailure(url, rc, error, sink.too_large, options);
  long status = 0;
  api->easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  if (status >= 400) {
    return InvalidArgumentError(url + ": HTTP " + std::to_string(status));
  }
  char* effective = nullptr;
  api->easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &effective);
  page.url = effective != nullptr ? effective : url;
  char* type = nullptr;
  api->easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type);
  std::string content_type = util::AsciiLower(type != nullptr ? type : "");
  page.content_type = content_type.substr(0, content_type.find(';'));
  while (!page.content_type.empty() && page.content_type.back() == ' ') page.content_type.pop_back();
  size_t cs = content_type.find("charset=");
  if (cs != std::string::npos) {
    std::string value = content_type.substr(cs + 8);
    value = value.substr(0, value.find_first_of("; "));
    value.erase(std::remove(value.begin(), value.end(), '"'), value.end());
    page.charset = value;
  }
  if (!page.content_type.empty()) {
    bool accepted = false;
    for (const auto& a : options.accept) accepted |= page.content_type.rfind(a, 0) == 0;
    if (!accepted) {
      return InvalidArgumentError(url + ": not an HTML page (content type " + page.content_type + ")");
    }
  }
  return page;
}

}  // namespace precis::ingest
