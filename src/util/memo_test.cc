// Copyright 2026 The precis Authors.

#include "util/memo.h"

#include <gtest/gtest.h>

#include <string>

namespace precis::util {
namespace {

TEST(StringMemoTest, ComputesEachKeyOnce) {
  StringMemo<std::string> memo(1000);
  int calls = 0;
  auto upper = [&calls](std::string_view w) {
    ++calls;
    std::string out(w);
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
    return out;
  };
  EXPECT_EQ(memo.Get("rate", upper), "RATE");
  EXPECT_EQ(memo.Get("rates", upper), "RATES");
  EXPECT_EQ(memo.Get("rate", upper), "RATE");
  EXPECT_EQ(memo.Get("", upper), "");
  EXPECT_EQ(memo.Get("", upper), "");
  EXPECT_EQ(calls, 3);
}

// Past its capacity the memo starts afresh: answers stay right, and what it
// holds stays bounded (a key is computed again after the reset).
TEST(StringMemoTest, StaysRightAsItGrowsAndStartsAfresh) {
  StringMemo<int> memo(300);
  int calls = 0;
  auto length = [&calls](std::string_view w) {
    ++calls;
    return static_cast<int>(w.size());
  };
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 1000; ++i) {
      const std::string key = std::string(static_cast<size_t>(i % 37), 'x').append(std::to_string(i));
      ASSERT_EQ(memo.Get(key, length), static_cast<int>(key.size())) << key;
    }
  }
  EXPECT_EQ(calls, 3000) << "1,000 keys through a memo of 300 are computed again each round";
  calls = 0;
  for (int i = 0; i < 200; ++i) memo.Get(std::string("k").append(std::to_string(i)), length);
  for (int i = 0; i < 200; ++i) memo.Get(std::string("k").append(std::to_string(i)), length);
  EXPECT_LE(calls, 300) << "keys within the capacity are remembered";
}

}  // namespace
}  // namespace precis::util
