// Copyright 2026 The precis Authors.

#include "text/code_trie.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace precis::text {
namespace {

// A built trie and the bytes it lives in (8-byte aligned, as a mapping is).
struct Built {
  std::vector<uint64_t> storage;
  CodeTrie trie;
};

void BuildInto(const std::vector<std::u16string>& keys, const std::vector<int32_t>& values, Built* out) {
  auto bytes = CodeTrie::Build(keys, values);
  ASSERT_TRUE(bytes.ok()) << bytes.status().message();
  out->storage.assign((bytes->size() + 7) / 8, 0);
  std::memcpy(out->storage.data(), bytes->data(), bytes->size());
  ASSERT_TRUE(
      out->trie.Attach(std::string_view(reinterpret_cast<const char*>(out->storage.data()), bytes->size()))
          .ok());
}

std::vector<std::pair<uint32_t, int32_t>> Matches(const CodeTrie& trie, std::u16string_view text) {
  CodeTrie::Match found[64];
  std::vector<std::pair<uint32_t, int32_t>> out;
  const size_t n = trie.PrefixMatches(text, found, 64);
  for (size_t i = 0; i < n; ++i) out.emplace_back(found[i].length, found[i].value);
  return out;
}

TEST(CodeTrieTest, FindsWordsAndThePrefixesThatAreWords) {
  // 中国 ends inside 中国人 (a word with children); 人 and 中国人民 at leaves.
  Built b;
  BuildInto({u"\x3\x5", u"\x3\x5\x9", u"\x9", u"\x3\x5\x9\x7"}, {10, 11, 12, 13}, &b);
  EXPECT_EQ(b.trie.Find(u"\x3\x5"), 10);
  EXPECT_EQ(b.trie.Find(u"\x3\x5\x9"), 11);
  EXPECT_EQ(b.trie.Find(u"\x9"), 12);
  EXPECT_EQ(b.trie.Find(u"\x3\x5\x9\x7"), 13);
  EXPECT_EQ(b.trie.Find(u"\x3"), -1) << "a prefix of words is no word";
  EXPECT_EQ(b.trie.Find(u"\x9\x9"), -1) << "past a leaf";
  EXPECT_EQ(b.trie.Find(u""), -1);
  EXPECT_EQ(b.trie.Find(std::u16string(1, u'\0')), -1) << "code 0 is no character";
  using M = std::vector<std::pair<uint32_t, int32_t>>;
  EXPECT_EQ(Matches(b.trie, u"\x3\x5\x9\x7\x1"), (M{{2, 10}, {3, 11}, {4, 13}}));
  EXPECT_EQ(Matches(b.trie, u"\x3\x5\x2"), (M{{2, 10}}));
  EXPECT_EQ(Matches(b.trie, u"\x4"), M{});
  CodeTrie::Match one[1];
  EXPECT_EQ(b.trie.PrefixMatches(u"\x3\x5\x9\x7", one, 1), 1u) << "at most `max`";
  EXPECT_EQ(one[0].length, 2u);
}

TEST(CodeTrieTest, AgreesWithAMapOnAWideAlphabet) {
  // An alphabet as wide as the dictionary's (12,000 characters, the first
  // level thousands wide) and keys of one to six codes, skewed towards the
  // small codes as frequent characters are.
  std::mt19937 rng(7);
  std::geometric_distribution<int> code_of(0.002);
  std::uniform_int_distribution<int> length_of(1, 6);
  std::map<std::u16string, int32_t> words;
  while (words.size() < 20000) {
    std::u16string key;
    const int length = length_of(rng);
    for (int i = 0; i < length; ++i) key.push_back(static_cast<char16_t>(1 + code_of(rng) % 12000));
    words.emplace(key, static_cast<int32_t>(words.size()));
  }
  std::vector<std::u16string> keys;
  std::vector<int32_t> values;
  for (const auto& [key, value] : words) {
    keys.push_back(key);
    values.push_back(value);
  }
  std::shuffle(keys.begin(), keys.end(), rng);  // Build takes any order
  for (size_t i = 0; i < keys.size(); ++i) values[i] = words[keys[i]];
  Built b;
  BuildInto(keys, values, &b);
  for (const auto& [key, value] : words) ASSERT_EQ(b.trie.Find(key), value);
  // Every text: the matches are exactly the keys that are its prefixes.
  for (int t = 0; t < 20000; ++t) {
    std::u16string text = keys[static_cast<size_t>(t) % keys.size()];
    for (int i = 0; i < 3; ++i) text.push_back(static_cast<char16_t>(1 + code_of(rng) % 12000));
    if (t % 2 == 1) text[0] = static_cast<char16_t>(1 + code_of(rng) % 12000);
    std::vector<std::pair<uint32_t, int32_t>> expected;
    for (size_t n = 1; n <= text.size(); ++n) {
      auto it = words.find(text.substr(0, n));
      if (it != words.end()) expected.emplace_back(static_cast<uint32_t>(n), it->second);
    }
    ASSERT_EQ(Matches(b.trie, text), expected);
    ASSERT_EQ(b.trie.Find(text), words.count(text) != 0 ? words[text] : -1);
  }
}

TEST(CodeTrieTest, RefusesKeysItCannotHold) {
  EXPECT_FALSE(CodeTrie::Build({}, {}).ok());
  EXPECT_FALSE(CodeTrie::Build({u"\x1"}, {}).ok());
  EXPECT_FALSE(CodeTrie::Build({u""}, {0}).ok());
  EXPECT_FALSE(CodeTrie::Build({std::u16string(u"\x1\0", 2)}, {0}).ok());
  EXPECT_FALSE(CodeTrie::Build({u"\x1", u"\x1"}, {0, 1}).ok());
  EXPECT_FALSE(CodeTrie::Build({u"\x1"}, {-1}).ok());
  EXPECT_FALSE(CodeTrie::Build({u"\x1"}, {1 << 30}).ok());
}

TEST(CodeTrieTest, GivesNoValueAtOrPastTheCallersTables) {
  // A damaged file's trie may hold a word id past the dictionary's arrays:
  // it must read as no word, not as an index to read past them with.
  auto bytes = CodeTrie::Build({u"\x1", u"\x1\x2", u"\x1\x2\x3"}, {0, 5, 2});
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  std::vector<uint64_t> storage((bytes->size() + 7) / 8);
  std::memcpy(storage.data(), bytes->data(), bytes->size());
  CodeTrie trie;
  ASSERT_TRUE(
      trie.Attach(std::string_view(reinterpret_cast<const char*>(storage.data()), bytes->size()), 3).ok());
  EXPECT_EQ(trie.Find(u"\x1"), 0);
  EXPECT_EQ(trie.Find(u"\x1\x2"), -1);
  EXPECT_EQ(trie.Find(u"\x1\x2\x3"), 2);
  CodeTrie::Match matches[4];
  ASSERT_EQ(trie.PrefixMatches(u"\x1\x2\x3", matches, 4), 2u);
  EXPECT_EQ(matches[0].value, 0);
  EXPECT_EQ(matches[1].value, 2);
  EXPECT_EQ(matches[1].length, 3u);
}

TEST(CodeTrieTest, RefusesADamagedSection) {
  CodeTrie trie;
  EXPECT_FALSE(trie.Attach("").ok());
  alignas(8) const char odd[12] = {};
  EXPECT_FALSE(trie.Attach(std::string_view(odd, 12)).ok());
}

}  // namespace
}  // namespace precis::text
