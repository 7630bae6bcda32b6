// Copyright 2026 The precis Authors.

#include "text/language_id.h"

#include <gtest/gtest.h>

#include "util/strings.h"

namespace precis::text {
namespace {

TEST(LanguageIdTest, NamesTheLanguageOfTheText) {
  struct Row {
    const char* text;
    const char* declared;
    const char* code;
    const char* intent;
  };
  const Row rows[] = {
      {"Die Stadtverwaltung hat am Montag angekündigt, dass die Straßenbahnlinie im kommenden Jahr bis zum "
       "neuen Wohngebiet verlängert wird. Die Bauarbeiten sollen im Frühjahr beginnen und etwa zwei Jahre "
       "dauern.",
       "", "de", "German"},
      {"Le conseil municipal a annoncé lundi que la ligne de tramway sera prolongée jusqu'au nouveau "
       "quartier "
       "l'année prochaine. Les travaux devraient commencer au printemps et durer environ deux ans.",
       "", "fr", "French"},
      {"The city council said on Monday that the tram line will be extended to the new housing estate next "
       "year. Work is due to start in the spring and take about two years.",
       "de", "en", "English, whatever the page declares"},
      {"市は月曜日、路面電車の路線を来年新しい住宅地まで延長すると発表した。工事は春に始まり、約二年かかる見"
       "込みだ。",
       "", "ja", "Japanese: kana among the Han"},
      {"市政府星期一宣布，輕軌路線將於明年延伸至新住宅區。工程預計在春季開工，為期約兩年。", "zh-TW", "zh",
       "Traditional Chinese, declared"},
      {"市政府星期一宣布，轻轨线路将于明年延伸至新住宅区。工程预计在春季开工，为期约两年。", "", "zh",
       "Simplified Chinese"},
      {"OK", "pt-BR", "pt", "too short to tell: the declared language"},
      {"12345", "", "", "nothing to go on"},
  };
  for (const Row& row : rows) EXPECT_EQ(IdentifyLanguage(row.text, row.declared), row.code) << row.intent;
}

TEST(LanguageIdTest, ReadsAnArticlesTitleAndParagraphs) {
  Article a;
  a.title = "Straßenbahn wird verlängert";
  a.paragraphs = {
      "Die Stadtverwaltung hat am Montag angekündigt, dass die Linie bis zum neuen Wohngebiet "
      "verlängert wird.",
      "Die Bauarbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern."};
  a.language_code = "en";  // a template's wrong declaration
  EXPECT_EQ(IdentifyLanguage(a), "de");
}

TEST(LanguageIdTest, NamesLanguagesInEnglish) {
  EXPECT_EQ(LanguageName("de"), "German");
  EXPECT_EQ(LanguageName("cy"), "Welsh");
  EXPECT_EQ(LanguageName("ja"), "Japanese");
}

TEST(LanguageIdTest, PrimaryLanguageTag) {
  EXPECT_EQ(util::PrimaryLanguageTag("de-AT"), "de");
  EXPECT_EQ(util::PrimaryLanguageTag("zh_Hans_CN"), "zh");
  EXPECT_EQ(util::PrimaryLanguageTag(" EN "), "en");
  EXPECT_EQ(util::PrimaryLanguageTag("und"), "");
  EXPECT_EQ(util::PrimaryLanguageTag("x-default"), "");
  EXPECT_EQ(util::PrimaryLanguageTag("english"), "");
  EXPECT_EQ(util::PrimaryLanguageTag(""), "");
}

}  // namespace
}  // namespace precis::text
