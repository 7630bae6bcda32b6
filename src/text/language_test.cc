// Copyright 2026 The precis Authors.

#include "text/language.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"
#include "util/utf8.h"

namespace precis {
namespace {

using precis::testing::Text;

TEST(LanguageTest, DetectsLanguageAndScript) {
  struct Row {
    const char* text;
    Language language;
    Script script;
    const char* intent;
  };
  const Row rows[] = {
      {"美联储宣布维持利率不变。", Language::kChinese, Script::kSimplified, "Simplified"},
      {"颱風逼近，台灣多地停班停課，氣象署發布警報。", Language::kChinese, Script::kTraditional,
       "Traditional"},
      {"美联储FOMC会议纪要显示，多数委员支持降息。", Language::kChinese, Script::kSimplified,
       "Chinese with an English acronym"},
      {"The Fed held rates steady on Wednesday.", Language::kEnglish, Script::kLatin, "English"},
      {"Xi Jinping (习近平) met the delegation of the European Commission on Monday.", Language::kEnglish,
       Script::kSimplified, "English quoting a Chinese name"},
      {"12345 !!!", Language::kUnknown, Script::kOther, "nothing to go on"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(Text().DetectLanguage(row.text), row.language) << row.intent;
    EXPECT_EQ(Text().DetectScript(row.text), row.script) << row.intent;
  }
}

// Every character of the Basic Multilingual Plane is counted by its class,
// whatever shortcut the count takes for the Han of U+4000..U+9FFF: Han (and
// Traditional where the map says so) or a Latin letter, after width folding.
TEST(LanguageTest, EachCharacterIsCountedByItsClass) {
  text::SimplifiedMap t2s;
  ASSERT_TRUE(t2s.Load(Text().data_dir() + "/t2s.bin").ok());
  for (char32_t cp = 1; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string s;
    util::AppendUtf8(cp, &s);
    const char32_t folded = util::FoldWidth(cp);
    const bool han = util::IsHan(folded);
    const text::CharCounts c = text::CountChars(s, &t2s);
    ASSERT_EQ(c.han, han ? 1u : 0u) << std::hex << static_cast<uint32_t>(cp);
    ASSERT_EQ(c.traditional, han && t2s.IsTraditional(folded) ? 1u : 0u)
        << std::hex << static_cast<uint32_t>(cp);
    const bool latin = util::IsAsciiLetter(folded) || (folded >= 0xC0 && folded < 0x250);
    ASSERT_EQ(c.latin, latin ? 1u : 0u) << std::hex << static_cast<uint32_t>(cp);
  }
  // A sequence cut short or malformed counts as nothing, and the bytes after
  // it as what they are.
  EXPECT_EQ(text::CountChars("\xE5\x80", &t2s).han, 0u);
  EXPECT_EQ(text::CountChars("\xE5\x41\x41", &t2s).latin, 2u);
  EXPECT_EQ(text::CountChars("\xE6\x97\xA5\xE5\x80", &t2s).han, 1u);
}

TEST(LanguageTest, ToSimplifiedConvertsPhrases) {
  auto simplified = Text().ToSimplified("台灣多地停班停課");
  ASSERT_TRUE(simplified.ok()) << simplified.status().ToString();
  EXPECT_EQ(*simplified, "台湾多地停班停课");
}

}  // namespace
}  // namespace precis
