// Copyright 2026 The precis Authors.

#include "text/en_pos.h"

#include <gtest/gtest.h>

#include "test_util.h"
#include "util/sectioned_file.h"

namespace precis::text {
namespace {

TEST(EnglishWordClassesTest, TellsNounsFromVerbsByWordNetsUsage) {
  EnglishWordClasses classes;
  ASSERT_TRUE(classes.Load(precis::testing::Text().data_dir() + "/en_pos.bin").ok());
  struct Row {
    const char* word;
    WordClass expected;
    const char* intent;
  };
  const Row rows[] = {
      {"market", WordClass::kNoun, "mostly a noun"},
      {"markets", WordClass::kNoun, "a plural through its lemma"},
      {"software", WordClass::kNoun, "only a noun"},
      {"left", WordClass::kVerb, "an irregular form of leave (WordNet's exception list)"},
      {"fell", WordClass::kVerb, "an irregular form of fall"},
      {"rallied", WordClass::kVerb, "-ied to -y"},
      {"cutting", WordClass::kVerb, "a doubled consonant before -ing"},
      {"said", WordClass::kVerb, "the commonest verb of news"},
      {"competitive", WordClass::kAdjective, "an adjective"},
      {"spamhaus", WordClass::kUnknown, "a name WordNet lacks"},
  };
  for (const Row& row : rows)
    EXPECT_EQ(classes.Classify(row.word), row.expected) << row.word << ": " << row.intent;
}

TEST(EnglishWordClassesTest, RefusesAForeignFile) {
  EnglishWordClasses classes;
  const Status st = classes.Load(precis::testing::Text().data_dir() + "/t2s.bin");
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("t2s.bin"), std::string::npos) << st.message();
}

// A damaged table (here: no empty slot, and every slot, whatever its hash
// tag, pointing past the entries or at an entry cut short) gives answers,
// never a hang or a read out of bounds.
TEST(EnglishWordClassesTest, ADamagedTableNeitherHangsNorReadsOutOfBounds) {
  const std::string path = ::testing::TempDir() + "/damaged_en_pos.bin";
  util::SectionWriter writer;
  writer.Add("entries", std::string("\x03"
                                    "cat\x05\x00\x01",
                                    7));  // counts cut short
  std::vector<uint32_t> slots;
  for (uint32_t tag = 0; tag < 1024; ++tag) {
    slots.push_back(tag << 22 | 1);    // the entry cut short
    slots.push_back(tag << 22 | 999);  // past the entries
  }
  writer.AddArray("slots", slots);
  ASSERT_TRUE(writer.Write(path, "PRCENPOS").ok());
  EnglishWordClasses classes;
  ASSERT_TRUE(classes.Load(path).ok());
  EXPECT_EQ(classes.Classify("cat"), WordClass::kUnknown);
  EXPECT_EQ(classes.Classify("cats"), WordClass::kUnknown);
  EXPECT_EQ(classes.Classify("dog"), WordClass::kUnknown);
}

}  // namespace
}  // namespace precis::text
