// Copyright 2026 The precis Authors.

#include "util/strings.h"

#include <gtest/gtest.h>

namespace precis::util {
namespace {

TEST(StringsTest, AsciiLowerEqualsIsAsciiLowerWithoutTheCopy) {
  for (std::string_view text : {"The", "THESE", "these", "thesE", "them", "the ", "", "Été", "ÉTÉ"}) {
    for (std::string_view lower : {"the", "these", "", "été"}) {
      EXPECT_EQ(AsciiLowerEquals(text, lower), AsciiLower(text) == lower) << text << " / " << lower;
    }
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
