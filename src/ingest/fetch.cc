// Copyright 2026 The precis Authors.

#include "ingest/fetch.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

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

bool IsPrivateV4(uint32_t a) {  // host order
  auto in = [a](uint32_t net, int bits) { return (a >> (32 - bits)) == (net >> (32 - bits)); };
  return in(0x00000000, 8) ||   // 0/8 "this network"
         in(0x0A000000, 8) ||   // 10/8
         in(0x64400000, 10) ||  // 100.64/10 carrier-grade NAT
         in(0x7F000000, 8) ||   // loopback
         in(0xA9FE0000, 16) ||  // link-local, cloud metadata
         in(0xAC100000, 12) ||  // 172.16/12
         in(0xC0000000, 24) ||  // 192.0.0/24 protocol assignments
         in(0xC0000200, 24) ||  // TEST-NET-1
         in(0xC0A80000, 16) ||  // 192.168/16
         in(0xC6120000, 15) ||  // 198.18/15 benchmarking
         in(0xC6336400, 24) ||  // TEST-NET-2
         in(0xCB007100, 24) ||  // TEST-NET-3
         in(0xE0000000, 4) ||   // multicast
         in(0xF0000000, 4);     // reserved, broadcast
}

bool IsPrivateV6(const unsigned char* b) {
  static const unsigned char kZero[16] = {0};
  if (std::equal(b, b + 15, kZero) && (b[15] == 0 || b[15] == 1)) return true;  // :: and ::1
  auto v4 = [b](int at) {
    return (uint32_t{b[at]} << 24) | (uint32_t{b[at + 1]} << 16) | (uint32_t{b[at + 2]} << 8) | b[at + 3];
  };
  // ::ffff:a.b.c.d (mapped) and 64:ff9b::a.b.c.d (NAT64): their IPv4 decides.
  static const unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  static const unsigned char kNat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
  if (std::equal(b, b + 12, kMapped) || std::equal(b, b + 12, kNat64)) return IsPrivateV4(v4(12));
  if (std::equal(b, b + 12, kZero)) return true;           // IPv4-compatible, deprecated
  if ((b[0] & 0xfe) == 0xfc) return true;                  // fc00::/7 unique local
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return true;  // fe80::/10 link-local
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return true;  // fec0::/10 site-local, deprecated
  if (b[0] == 0xff) return true;                           // multicast
  if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return true;  // documentation
  return false;
}

// CURLOPT_OPENSOCKETFUNCTION: every connection libcurl makes, to every
// address it tries, on every redirect hop, comes through here first.
struct SocketGuard {
  const std::function<bool(const std::string&)>* refuse;
  bool refused = false;
  std::string address;
};

curl_socket_t OpenSocket(void* user, curlsocktype purpose, curl_sockaddr* addr) {
  auto* guard = static_cast<SocketGuard*>(user);
  if (purpose == CURLSOCKTYPE_IPCXN) {
    char text[INET6_ADDRSTRLEN] = {0};
    if (addr->family == AF_INET) {
      const auto* in = reinterpret_cast<const sockaddr_in*>(&addr->addr);
      inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
    } else if (addr->family == AF_INET6) {
      const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&addr->addr);
      inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
    }
    if (text[0] == 0 || (*guard->refuse)(text)) {
      guard->refused = true;
      guard->address = text[0] != 0 ? text : "a non-IP address";
      return CURL_SOCKET_BAD;
    }
  }
  return ::socket(addr->family, addr->socktype, addr->protocol);
}

}  // namespace

bool IsPrivateAddress(const std::string& ip) {
  in_addr v4{};
  if (inet_pton(AF_INET, ip.c_str(), &v4) == 1) return IsPrivateV4(ntohl(v4.s_addr));
  in6_addr v6{};
  if (inet_pton(AF_INET6, ip.c_str(), &v6) == 1) return IsPrivateV6(v6.s6_addr);
  return true;
}

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
      return UnavailableError(url + ": connection refused");
    case CURLE_OPERATION_TIMEDOUT:
      return UnavailableError(url + ": timed out after " +
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

namespace {

// The validators of the last response (a redirect's are dropped when the
// next status line comes).
size_t Header(char* data, size_t size, size_t count, void* user) {
  auto* page = static_cast<FetchedPage*>(user);
  const std::string_view line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) {
    page->etag.clear();
    page->last_modified.clear();
  }
  const size_t colon = line.find(':');
  if (colon != std::string_view::npos) {
    const std::string name = util::AsciiLower(std::string(line.substr(0, colon)));
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) {
      value.remove_suffix(1);
    }
    if (name == "etag") page->etag = value;
    if (name == "last-modified") page->last_modified = value;
  }
  return size * count;
}

struct HeaderList {
  const util::CurlApi* api;
  curl_slist* list = nullptr;
  ~HeaderList() {
    if (list != nullptr) api->slist_free_all(list);
  }
};

}  // namespace

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
  api->easy_setopt(c, CURLOPT_HEADERFUNCTION, Header);
  api->easy_setopt(c, CURLOPT_HEADERDATA, &page);
  HeaderList headers{api};
  for (const auto& [name, value] :
       {std::pair<const char*, const std::string*>{"If-None-Match", &options.if_none_match},
        {"If-Modified-Since", &options.if_modified_since}}) {
    if (value->empty() || value->find_first_of("\r\n") != std::string::npos) continue;
    headers.list = api->slist_append(headers.list, (std::string(name) + ": " + *value).c_str());
  }
  if (headers.list != nullptr) api->easy_setopt(c, CURLOPT_HTTPHEADER, headers.list);
  SocketGuard guard{&options.refuse_address};
  if (options.refuse_address) {
    api->easy_setopt(c, CURLOPT_OPENSOCKETFUNCTION, OpenSocket);
    api->easy_setopt(c, CURLOPT_OPENSOCKETDATA, &guard);
    api->easy_setopt(c, CURLOPT_NOPROXY, "*");  // a proxy would connect for us, unchecked
  }

  CURLcode rc = api->easy_perform(c);
  if (guard.refused) {
    return PermissionDeniedError(url + ": refused: it leads to " + guard.address +
                                 ", an address this server does not fetch from");
  }
  if (rc != CURLE_OK) return FetchFailure(url, rc, error, sink.too_large, options);
  long status = 0;
  api->easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  if (status >= 500 || status == 408 || status == 429) {
    return UnavailableError(url + ": HTTP " + std::to_string(status));  // may pass: try again later
  }
  if (status >= 400) return InvalidArgumentError(url + ": HTTP " + std::to_string(status));
  char* effective = nullptr;
  api->easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &effective);
  page.url = effective != nullptr ? effective : url;
  if (status == 304) {
    page.not_modified = true;
    page.body.clear();
    return page;
  }
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

Result<Article> ReadFetchedPage(const FetchedPage& page, ReadOptions options) {
  options.format = InputFormat::kHtml;
  options.url = page.url;
  options.charset = page.charset;
  return ReadArticleBytes(page.body, page.url, options);
}

}  // namespace precis::ingest
