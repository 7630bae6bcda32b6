// Copyright 2026 The precis Authors.

#include "util/strings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis::util {
namespace {

TEST(StringsTest, AsciiLowerEqualsIsAsciiLowerWithoutTheCopy) {
  for (std::string_view text : {"The", "THESE", "these", "thesE", "them", "the ", "", "Été", "ÉTÉ"}) {
    for (std::string_view lower : {"the", "these", "", "été"}) {
      EXPECT_EQ(AsciiLowerEquals(text, lower), AsciiLower(text) == lower) << text << " / " << lower;
    }
  }
}

// Every length the compare takes its own way through (bytes, two 4-byte
// halves, two 8-byte halves, memcmp), and a difference in every place.
TEST(StringsTest, SameBytesFindsADifferenceAnywhere) {
  for (size_t n = 0; n <= 40; ++n) {
    // Each string a buffer of its own, exactly n bytes: a read past either
    // is a read past the allocation (valgrind, sanitizers).
    const std::string a(n, 'x');
    std::vector<char> b(a.begin(), a.end());
    EXPECT_TRUE(SameBytes(a, std::string_view(b.data(), n))) << n;
    for (size_t i = 0; i < n; ++i) {
      b[i] = 'y';
      EXPECT_FALSE(SameBytes(a, std::string_view(b.data(), n))) << n << " " << i;
      b[i] = 'x';
    }
    if (n > 0) {
      EXPECT_FALSE(SameBytes(a, std::string_view(b.data(), n - 1))) << n;
    }
  }
}

// Wherever the byte falls (in a block of sixteen, at its edge, in the
// tail) and wherever the search starts, the first one from there is found.
TEST(StringsTest, FindAnyOf3FindsTheFirstFromWhereItStarts) {
  for (size_t n = 0; n <= 40; ++n) {
    for (size_t at = 0; at < n; ++at) {
      for (char mark : {'"', '\xE2', '\xE3'}) {
        std::string text(n, 'x');
        text[at] = mark;
        for (size_t from = 0; from <= n; ++from) {
          EXPECT_EQ(FindAnyOf3(text, from, '"', '\xE2', '\xE3'), from <= at ? at : n)
              << n << " " << at << " " << from;
        }
      }
    }
    EXPECT_EQ(FindAnyOf3(std::string(n, '\xE4'), 0, '"', '\xE2', '\xE3'), n);
  }
}

TEST(StringsTest, AsciiWordSetIgnoresAsciiCaseOnly) {
  const AsciiWordSet set = {"the", "these", "may", "a"};
  for (std::string_view yes : {"the", "The", "THESE", "May", "a", "A"}) EXPECT_TRUE(set.Contains(yes)) << yes;
  for (std::string_view no : {"", "th", "them", "theses", "mayday", "b", "9", "Été", "an"}) {
    EXPECT_FALSE(set.Contains(no)) << no;
  }
}

}  // namespace
}  // namespace precis::util
