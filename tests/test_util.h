// Copyright 2026 The precis Authors.
//
// Helpers shared by precis' tests.

#ifndef PRECIS_TESTS_TEST_UTIL_H_
#define PRECIS_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include "load_text.h"
#include "precis/text.h"

namespace precis::testing {

// One TextProcessor for the whole test binary (loading maps files; cheap, but
// there is no reason to do it per test).
inline const TextProcessor& Text() { return LoadedText(); }

inline std::string SharedData(const std::string& relative) {
  return std::string(PRECIS_SHARED_DATA) + "/" + relative;
}

inline std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// True under CI=true (or CI=1), where a test may not skip for want of data.
inline bool InCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && (std::string_view(ci) == "true" || std::string_view(ci) == "1");
}

// "" if every path (relative to ../shared/data) exists, else a message
// naming the first missing one.
inline std::string MissingSharedData(std::initializer_list<const char*> relatives) {
  for (const char* relative : relatives) {
    const std::string path = SharedData(relative);
    if (!std::filesystem::exists(path)) {
      return "needs ../shared/data/" + std::string(relative) + " (" + path + " not found)";
    }
  }
  return "";
}

}  // namespace precis::testing

// First statement of a test that reads ../shared/data: without the named
// files (a user's clone) the test is skipped with a message naming them;
// under CI=true missing data is a failure.
#define PRECIS_REQUIRE_SHARED_DATA(...)                                                      \
  do {                                                                                       \
    const std::string precis_missing_ = ::precis::testing::MissingSharedData({__VA_ARGS__}); \
    if (!precis_missing_.empty()) {                                                          \
      if (::precis::testing::InCi()) {                                                       \
        FAIL() << precis_missing_ << " (CI=true: data-dependent tests may not skip)";        \
      } else {                                                                               \
        GTEST_SKIP() << precis_missing_;                                                     \
      }                                                                                      \
    }                                                                                        \
  } while (0)

#endif  // PRECIS_TESTS_TEST_UTIL_H_
