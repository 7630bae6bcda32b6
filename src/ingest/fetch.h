// Copyright 2026 The precis Authors.
//
// Fetching a page over HTTP(S) with libcurl: connect and total timeouts, a
// size cap, at most a few redirects, gzip/deflate, a clear User-Agent, http
// and https only. Every failure is one clear message naming the URL: DNS,
// refused connection, timeout, HTTP status, size, content type. Failures a
// later try may mend — a refused connection, a timeout, HTTP 5xx, 408 and
// 429 — are kUnavailable (a queue worker retries them); the rest
// kInvalidArgument, kResourceExhausted or kPermissionDenied.

#ifndef PRECIS_INGEST_FETCH_H_
#define PRECIS_INGEST_FETCH_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/reader.h"
#include "precis/status.h"

namespace precis::ingest {

struct FetchOptions {
  long connect_timeout_ms = 10000;
  long timeout_ms = 30000;
  size_t max_bytes = 10 * 1024 * 1024;
  long max_redirects = 5;
  // Content types accepted (prefix match on the media type); others fail.
  std::vector<std::string> accept = {"text/html", "application/xhtml+xml"};
  // When set, every connection (to each resolved address tried, on each
  // redirect hop) to an address it returns true for is refused
  // (kPermissionDenied), and proxies from the environment are not used. A
  // service fetching its users' URLs sets IsPrivateAddress (precis serve).
  std::function<bool(const std::string& ip)> refuse_address;
  // A conditional GET: the validators of the copy held (sent as
  // If-None-Match and If-Modified-Since); an unchanged page answers 304
  // and comes back not_modified, with no body.
  std::string if_none_match, if_modified_since;
};

struct FetchedPage {
  std::string url;                  // after redirects
  std::string content_type;         // media type, lower-cased, without parameters
  std::string charset;              // from the Content-Type header, if any
  std::string body;                 // decompressed
  bool not_modified = false;        // 304 to a conditional GET
  std::string etag, last_modified;  // the answer's validators, if any
};

// The fetch limits a reader was given; with `feeds`, RSS/Atom/XML responses
// are accepted besides HTML.
FetchOptions FetchOptionsFor(const ReadOptions& options, bool feeds);

// True for http:// and https:// URLs (any case).
bool IsHttpUrl(std::string_view s);
// True for anything with a scheme ("ftp://", "file://"...).
bool HasUrlScheme(std::string_view s);

// True for addresses a service must not fetch from: loopback, private
// (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT, link-local
// (169.254/16 with the cloud metadata address, fe80::/10), multicast,
// reserved, unspecified and broadcast; IPv4-mapped and NAT64 IPv6 by their
// IPv4. `ip` is numeric (IPv4 dotted or IPv6); anything else is refused.
bool IsPrivateAddress(const std::string& ip);

Result<FetchedPage> Fetch(const std::string& url, const FetchOptions& options);

// The article of a fetched HTML page: read as HTML with the page's final
// URL and its header's charset, named by that URL in messages.
Result<Article> ReadFetchedPage(const FetchedPage& page, ReadOptions options);

// The one-line error for a failed transfer: libcurl's code, its error
// buffer (`detail`), whether the size cap cut the body. Exposed for tests:
// failures such as DNS cannot be provoked without a resolver.
Status FetchFailure(const std::string& url, int curl_code, const char* detail, bool too_large,
                    const FetchOptions& options);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_FETCH_H_
