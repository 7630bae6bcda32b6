// Copyright 2026 The precis Authors.

#include "util/curl.h"

#include <dlfcn.h>

#include <string>

namespace precis::util {
namespace {

// The soname of libcurl 7 and 8 (Debian's libcurl4 packages).
constexpr const char* kLibrary = "libcurl.so.4";

struct Loaded {
  CurlApi api{};
  std::string error;
};

template <typename F>
bool Bind(void* handle, const char* name, F* out, std::string* error) {
  void* symbol = ::dlsym(handle, name);
  if (symbol == nullptr) {
    *error = std::string(kLibrary) + " lacks " + name;
    return false;
  }
  *out = reinterpret_cast<F>(symbol);
  return true;
}

Loaded Load() {
  Loaded out;
  void* handle = ::dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = ::dlerror();
    out.error = std::string("cannot load ") + kLibrary + " (install libcurl4): " + (why ? why : "not found");
    return out;
  }
  CurlApi& a = out.api;
  CURLcode (*global_init)(long) = nullptr;
  const bool bound = Bind(handle, "curl_global_init", &global_init, &out.error) &&
                     Bind(handle, "curl_easy_init", &a.easy_init, &out.error) &&
                     Bind(handle, "curl_easy_setopt", &a.easy_setopt, &out.error) &&
                     Bind(handle, "curl_easy_perform", &a.easy_perform, &out.error) &&
                     Bind(handle, "curl_easy_getinfo", &a.easy_getinfo, &out.error) &&
                     Bind(handle, "curl_easy_cleanup", &a.easy_cleanup, &out.error) &&
                     Bind(handle, "curl_easy_strerror", &a.easy_strerror, &out.error) &&
                     Bind(handle, "curl_slist_append", &a.slist_append, &out.error) &&
                     Bind(handle, "curl_slist_free_all", &a.slist_free_all, &out.error);
  if (!bound) return out;
  if (global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    out.error = std::string(kLibrary) + ": curl_global_init failed";
  }
  // The library stays loaded for the life of the process.
  return out;
}

}  // namespace

Result<const CurlApi*> Curl() {
  static const Loaded loaded = Load();
  if (!loaded.error.empty()) return FailedPreconditionError(loaded.error);
  return &loaded.api;
}

}  // namespace precis::util
