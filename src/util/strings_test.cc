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

}  // namespace
}  // namespace precis::util
