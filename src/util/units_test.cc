// Copyright 2026 The precis Authors.

#include "util/units.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

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

// English words by their definition, read one character at a time: runs of
// units, a joiner (' ’ . ,) kept inside one between two units.
int EnglishWordsOf(std::string_view text) {
  enum Class { kOther, kUnit, kJoiner };
  std::vector<Class> chars;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = FoldWidth(DecodeUtf8(text, &i));
    chars.push_back(IsHan(cp) || IsAsciiDigit(cp) || IsNonHanLetter(cp)  ? kUnit
                    : cp == '\'' || cp == U'’' || cp == '.' || cp == ',' ? kJoiner
                                                                         : kOther);
  }
  int words = 0;
  for (size_t i = 0; i < chars.size();) {
    if (chars[i] != kUnit) {
      ++i;
      continue;
    }
    ++words;
    while (i < chars.size() &&
           (chars[i] == kUnit || (chars[i] == kJoiner && i + 1 < chars.size() && chars[i + 1] == kUnit))) {
      ++i;
    }
  }
  return words;
}

// Whatever shortcut the count takes over runs of ASCII, it counts the words
// the definition does, wherever a run, a joiner or a longer character falls.
TEST(UnitsTest, EnglishCountIsTheWordsOfTheDefinition) {
  const std::vector<std::string> pieces = {"a", "Z", "7",  "'",  ".",    ",",    " ",    "-", "!",
                                           "é", "’", "美", "１", "\x80", "\xE5", "\xFF", "\n"};
  std::mt19937 rng(2026);
  for (int t = 0; t < 20000; ++t) {
    std::string s;
    const size_t length = rng() % 120;
    for (size_t k = 0; k < length; ++k) {
      // Half the texts mostly ASCII letters and spaces, as English is.
      if (t % 2 == 0 && rng() % 10 != 0) {
        s += "ab cd'.,Xy 0"[rng() % 12];
      } else {
        s += pieces[rng() % pieces.size()];
      }
    }
    ASSERT_EQ(ContentUnits(s, Language::kEnglish), EnglishWordsOf(s)) << s;
  }
}

TEST(UnitsTest, TruncatesAfterTheLastKeptUnit) {
  EXPECT_EQ(TruncateToUnits("美联储宣布降息。", 3, Language::kChinese), "美联储");
  EXPECT_EQ(TruncateToUnits("One two three four.", 2, Language::kEnglish), "One two");
  EXPECT_EQ(TruncateToUnits("One two.", 5, Language::kEnglish), "One two.");
  EXPECT_EQ(TruncateToUnits("anything", 0, Language::kEnglish), "");
}

}  // namespace
}  // namespace precis::util
