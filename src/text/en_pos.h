// Copyright 2026 The precis Authors.
//
// What an English word mostly is — a noun, a verb or an adjective — from
// WordNet's usage counts (tools/dictgen en-pos: the senses of each lemma
// tagged in the SemCor corpus), with regular inflections reduced to their
// lemma (markets -> market, rallied -> rally, cutting -> cut) and irregular
// ones through WordNet's exception lists (fell -> fall, left -> leave).
// Debian ships no English part-of-speech tagger; a word's dominant use is
// what a topic title needs ("Federal Reserve", not "left").

#ifndef PRECIS_TEXT_EN_POS_H_
#define PRECIS_TEXT_EN_POS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "precis/status.h"
#include "util/sectioned_file.h"

namespace precis::text {

enum class WordClass : uint8_t { kUnknown, kNoun, kVerb, kAdjective };

class EnglishWordClasses {
 public:
  Status Load(const std::string& path);

  // `lower`: the word lower-cased. kUnknown for words WordNet lacks.
  WordClass Classify(std::string_view lower) const;

 private:
  struct Counts {
    int noun = 0, verb = 0, adj = 0;
  };
  // The counts stored for `word`, if it is there.
  bool Find(std::string_view word, Counts* out) const;

  util::SectionReader file_;
  // Per word: its length (a byte), its letters, its noun, verb and
  // adjective counts (16-bit little-endian), side by side.
  std::string_view entries_;
  // Hash table (tools/dictgen en-pos): the entry's offset + 1 in the low 22
  // bits (0 empty), the top 10 bits of the word's FNV-1a hash above them.
  std::span<const uint32_t> slots_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_EN_POS_H_
