// Copyright 2026 The precis Authors.

#include "util/units.h"

#include <gtest/gtest.h>

namespace precis::util {
namespace {

TEST(UnitsTest, CountsAsRougeDoes) {
  EXPECT_EQ(ContentUnits("美联储，降息0.25%！", Language::kChinese), 8);  // 美联储降息 0 2 5
  EXPECT_EQ(ContentUnits("FOMC会议", Language::kChinese), 6);
  EXPECT_EQ(ContentUnits("The U.S. Fed's rate is 4.25%, Mr. Powell said.", Language::kEnglish), 9);
  EXPECT_EQ(ContentUnits("", Language::kEnglish), 0);
}

TEST(UnitsTest, TruncatesAfterTheLastKeptUnit) {
  EXPECT_EQ(TruncateToUnits("美联储宣布降息。", 3, Language::kChinese), "美联储");
  EXPECT_EQ(TruncateToUnits("One two three four.", 2, Language::kEnglish), "One two");
  EXPECT_EQ(TruncateToUnits("One two.", 5, Language::kEnglish), "One two.");
  EXPECT_EQ(TruncateToUnits("anything", 0, Language::kEnglish), "");
}

}  // namespace
}  // namespace precis::util
