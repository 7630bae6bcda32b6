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

// A slot of en_pos.bin's hash table (tools/dictgen en-pos writes them, the
// reader below reads them): the word's entry offset + 1 in the low
// kEnPosOffsetBits bits (0: empty), and above them the top bits of the
// word's FNV-1a hash, so that a probe passes other words on the slot alone.
inline constexpr uint32_t kEnPosOffsetBits = 22;
inline constexpr uint32_t kEnPosOffsetMask = (1u << kEnPosOffsetBits) - 1;
constexpr uint32_t EnPosTag(uint64_t hash) { return static_cast<uint32_t>(hash >> (32 + kEnPosOffsetBits)); }
constexpr uint32_t EnPosSlot(uint64_t hash, uint32_t offset) {
  return EnPosTag(hash) << kEnPosOffsetBits | (offset + 1);
}

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
  std::span<const uint32_t> slots_;  // EnPosSlot()s, a power of two of them
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_EN_POS_H_
