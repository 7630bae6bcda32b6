// Copyright 2026 The precis Authors.
//
// libcurl, opened the first time a command needs it (a URL to fetch, a
// model to ask). libcurl brings TLS, Kerberos, LDAP and a dozen more
// libraries whose loading and start-up cost a process about 7 ms — more
// than briefing an article — so commands that never touch the network do
// not load it.

#ifndef PRECIS_UTIL_CURL_H_
#define PRECIS_UTIL_CURL_H_

#include <curl/curl.h>

#include "precis/status.h"

namespace precis::util {

// The libcurl functions precis calls. `easy_setopt` and `easy_getinfo`
// take what curl_easy_setopt and curl_easy_getinfo take.
struct CurlApi {
  CURL* (*easy_init)();
  CURLcode (*easy_setopt)(CURL*, CURLoption, ...);
  CURLcode (*easy_perform)(CURL*);
  CURLcode (*easy_getinfo)(CURL*, CURLINFO, ...);
  void (*easy_cleanup)(CURL*);
  const char* (*easy_strerror)(CURLcode);
  curl_slist* (*slist_append)(curl_slist*, const char*);
  void (*slist_free_all)(curl_slist*);
};

// libcurl, loaded and globally initialised once per process; an error
// naming the library when it cannot be loaded.
Result<const CurlApi*> Curl();

}  // namespace precis::util

#endif  // PRECIS_UTIL_CURL_H_
