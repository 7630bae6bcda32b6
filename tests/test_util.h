// Copyright 2026 The precis Authors.
//
// Helpers shared by precis' tests.

#ifndef PRECIS_TESTS_TEST_UTIL_H_
#define PRECIS_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

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

}  // namespace precis::testing

#endif  // PRECIS_TESTS_TEST_UTIL_H_
