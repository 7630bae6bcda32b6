// Copyright 2026 The precis Authors.
//
// Helpers shared by precis' tests.

#ifndef PRECIS_TESTS_TEST_UTIL_H_
#define PRECIS_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

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

// Tokenizes `text` into a fresh table, then again into that table, into
// another that holds `other_norms` first, and into a copy of the first that
// has grown apart: every token's norm must read the same in each, however
// its number was found. `check(tokens, norms)` is called on each of those
// three runs for the caller's own expectations.
template <typename Check>
void ExpectNormsReadTheSameInEveryTable(const std::string& text, Language language,
                                        std::initializer_list<const char*> other_norms, Check check) {
  NormTable first;
  const auto once = Text().Tokenize(text, language, &first);
  NormTable second;
  for (const char* norm : other_norms) second.Intern(norm);
  NormTable copy = first;
  copy.Intern("more");
  for (NormTable* norms : {&first, &second, &copy}) {
    const auto tokens = Text().Tokenize(text, language, norms);
    ASSERT_EQ(tokens.size(), once.size());
    for (size_t k = 0; k < tokens.size(); ++k) {
      EXPECT_EQ((*norms)[tokens[k].norm], first[once[k].norm]) << "token " << k;
    }
    check(tokens, *norms);
  }
}

inline std::string SharedData(const std::string& relative) {
  return std::string(PRECIS_SHARED_DATA) + "/" + relative;
}

inline std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A fresh directory for one test (precis-TAG-PID-TEST under the temporary
// directory), removed with all it holds when it goes out of scope.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& tag) {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() / ("precis-" + tag + "-" + std::to_string(::getpid()) +
                                                      "-" + (test != nullptr ? test->name() : "x"));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// `s` as one single-quoted shell word.
inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// What a command did: its exit status (128 + the signal if one ended it)
// and what it wrote.
struct ShellRun {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs the shell command line `command` with `stdin_text` on its standard
// input, capturing standard output and error.
inline ShellRun RunShell(const std::string& command, const std::string& stdin_text = "") {
  namespace fs = std::filesystem;
  static int calls = 0;
  const std::string base = (fs::temp_directory_path() /
                            ("precis_test_" + std::to_string(::getpid()) + "_" + std::to_string(++calls)))
                               .string();
  std::ofstream(base + ".in", std::ios::binary) << stdin_text;
  const std::string line = "(" + command + ") <" + ShellQuote(base + ".in") + " >" +
                           ShellQuote(base + ".out") + " 2>" + ShellQuote(base + ".err");
  const int raw = std::system(line.c_str());
  ShellRun run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  run.out = ReadWholeFile(base + ".out");
  run.err = ReadWholeFile(base + ".err");
  for (const char* ext : {".in", ".out", ".err"}) fs::remove(base + ext);
  return run;
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

// First statement of a test that needs a server the test starts itself
// (PostgreSQL, Redis): when `ready` is false, skipped with `reason`, or
// failed under CI=true, where every server is installed.
#define PRECIS_REQUIRE_SERVER(ready, reason)                                       \
  do {                                                                             \
    if (!(ready)) {                                                                \
      if (::precis::testing::InCi()) {                                             \
        FAIL() << (reason) << " (CI=true: tests that need a server may not skip)"; \
      } else {                                                                     \
        GTEST_SKIP() << (reason);                                                  \
      }                                                                            \
    }                                                                              \
  } while (0)

#endif  // PRECIS_TESTS_TEST_UTIL_H_
