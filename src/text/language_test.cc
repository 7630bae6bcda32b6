// Copyright 2026 The precis Authors.

#include <gtest/gtest.h>

#include "test_util.h"

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

TEST(LanguageTest, ToSimplifiedConvertsPhrases) {
  auto simplified = Text().ToSimplified("台灣多地停班停課");
  ASSERT_TRUE(simplified.ok()) << simplified.status().ToString();
  EXPECT_EQ(*simplified, "台湾多地停班停课");
}

}  // namespace
}  // namespace precis
