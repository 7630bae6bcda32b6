// Copyright 2026 The precis Authors.

#include "util/units.h"

#include <gtest/gtest.h>

#include <string>

#include "util/utf8.h"

namespace precis::util {
namespace {

TEST(UnitsTest, CountsAsRougeDoes) {
  EXPECT_EQ(ContentUnits("美联储，降息0.25%！", Language::kChinese), 8);  // 美联储降息 0 2 5
  EXPECT_EQ(ContentUnits("FOMC会议", Language::kChinese), 6);
  EXPECT_EQ(ContentUnits("The U.S. Fed's rate is 4.25%, Mr. Powell said.", Language::kEnglish), 9);
  EXPECT_EQ(ContentUnits("", Language::kEnglish), 0);
}

// Every character of the Basic Multilingual Plane is a unit exactly when it
// is Han, a digit or a letter (after width folding), whatever shortcut the
// count takes; malformed bytes are no units.
TEST(UnitsTest, EachCharacterCountsByItsClass) {
  for (char32_t cp = 1; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string s;
    AppendUtf8(cp, &s);
    const char32_t folded = FoldWidth(cp);
    const int want = IsHan(folded) || IsAsciiDigit(folded) || IsNonHanLetter(folded) ? 1 : 0;
    ASSERT_EQ(ContentUnits(s, Language::kChinese), want) << std::hex << static_cast<uint32_t>(cp);
  }
  EXPECT_EQ(ContentUnits("\xE5\x80", Language::kChinese), 0);
  EXPECT_EQ(ContentUnits("\xE5\x41\x41", Language::kChinese), 2);  // the two A's
  EXPECT_EQ(ContentUnits("\xE9\xBF\xBF\xE5\x80\x80", Language::kChinese), 2);
}

TEST(UnitsTest, TruncatesAfterTheLastKeptUnit) {
  EXPECT_EQ(TruncateToUnits("美联储宣布降息。", 3, Language::kChinese), "美联储");
  EXPECT_EQ(TruncateToUnits("One two three four.", 2, Language::kEnglish), "One two");
  EXPECT_EQ(TruncateToUnits("One two.", 5, Language::kEnglish), "One two.");
  EXPECT_EQ(TruncateToUnits("anything", 0, Language::kEnglish), "");
}

}  // namespace
}  // namespace precis::util
