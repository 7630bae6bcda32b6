// Copyright 2026 The precis Authors.
//
// The Chinese word dictionary: jieba's frequency dictionary plus precis' user
// dictionary of names in the news, prebuilt by tools/dictgen into a
// double-array trie with a log-probability and a part-of-speech tag per word.
// Load() maps the file; nothing is parsed or built at run time.
//
// The trie's keys are characters, not bytes: each character of the
// dictionary has a 16-bit code (Code()), the most frequent the smallest, so
// a word is one step a character and the common steps share cache lines.

#ifndef PRECIS_TEXT_ZH_DICT_H_
#define PRECIS_TEXT_ZH_DICT_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"
#include "text/code_trie.h"
#include "util/sectioned_file.h"

namespace precis::text {

class ZhDictionary {
 public:
  using Match = CodeTrie::Match;
  // A character's code; 0 for one no word of the dictionary holds.
  using Codes = std::u16string_view;

  // Maps `path` (zh_words.bin). Fails with kFailedPrecondition if the file is
  // missing, truncated or of another kind.
  Status Load(const std::string& path);

  char16_t Code(char32_t cp) const { return cp < codes_.size() ? codes_[cp] : char16_t{0}; }
  // Dictionary words that are prefixes of `text` (characters as codes),
  // shortest first; a match's length counts characters.
  size_t PrefixMatches(Codes text, Match* out, size_t max) const {
    return trie_.PrefixMatches(text, out, max);
  }
  // Word id of `word`, or -1.
  int32_t Find(Codes word) const { return trie_.Find(word); }
  int32_t Find(std::string_view utf8) const;

  float LogProb(int32_t id) const { return logprob_[static_cast<size_t>(id)]; }
  // The log-probability jieba gives a character it does not know (freq 1):
  // the smallest in the table.
  float UnknownLogProb() const { return unknown_logprob_; }
  // Part-of-speech tag in jieba's ICTCLAS-style set: "n", "v", "nr" (person),
  // "ns" (place), "nt" (organisation), "m" (numeral), "x" (unknown)...
  // Empty for an index a damaged file holds.
  std::string_view Tag(int32_t id) const {
    const uint8_t t = tag_[static_cast<size_t>(id)];
    return t < tag_names_.size() ? std::string_view(tag_names_[t]) : std::string_view();
  }
  // Inverse document frequency of a word (jieba's table), or DefaultIdf()
  // for words the table lacks.
  float Idf(int32_t id) const {
    float v = idf_[static_cast<size_t>(id)];
    return v > 0 ? v : default_idf_;
  }
  float DefaultIdf() const { return default_idf_; }
  size_t size() const { return logprob_.size(); }
  size_t mapped_bytes() const { return file_.size(); }

 private:
  util::SectionReader file_;
  CodeTrie trie_;
  std::span<const char16_t> codes_;  // by code point
  std::span<const float> logprob_;
  std::span<const uint8_t> tag_;
  std::span<const float> idf_;
  float default_idf_ = 10.0f;
  std::vector<std::string> tag_names_;
  float unknown_logprob_ = -20.0f;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_ZH_DICT_H_
