// Copyright 2026 The precis Authors.
//
// A Chinese-English lexicon: CC-CEDICT's glosses (tools/dictgen cedict),
// memory-mapped. Each Simplified headword has its gloss keys — the Snowball
// stems of its glosses' content words (volunteer, allianc) and its glosses
// of two to four words as phrases (prime minist, nation day) — and each key
// the headwords it glosses. With it an English word of a statement reaches
// the Chinese words that say it (alliance -> 联盟, 同盟…) and a Chinese word
// its English ones. Three kinds of key are marked by a prefix: "^v" and
// "^n" + a stem for what a word chiefly means, as a verb or otherwise (a
// one-word gloss in its first two senses: ^vadmit of 承认); "~" + a stem
// for what the stem's WordNet synonyms gloss (~found: 成立 "to
// establish"). Antonyms point at "^v"/"^n" keys.

#ifndef PRECIS_TEXT_LEXICON_H_
#define PRECIS_TEXT_LEXICON_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "precis/status.h"
#include "util/sectioned_file.h"

namespace precis::text {

class Lexicon {
 public:
  Status Load(const std::string& path);

  // Which CC-CEDICT this is ("cc-cedict 1.1.1, data of 2026-01-04, …").
  std::string_view version() const { return version_; }

  // The headwords a key glosses (`key`: stems joined by single spaces, as
  // EnglishTokenizer::Stem gives them), by id; empty if none.
  std::span<const uint32_t> HeadsFor(std::string_view key) const;
  // True if `key` heads a common word's gloss (univers of "university",
  // will of "to be willing") / a name's (peke of 北京 "Beijing; Peking",
  // tencent).
  bool IsCommon(std::string_view key) const;
  bool IsProper(std::string_view key) const;
  // The keys of the words WordNet gives as `key`'s opposites (rise: fall),
  // by id.
  std::span<const uint32_t> AntonymsOf(std::string_view key) const;
  // The gloss keys of a Simplified headword, by id; empty if it is none.
  std::span<const uint32_t> KeysOf(std::string_view head) const;

  std::string_view Head(uint32_t id) const;
  std::string_view Key(uint32_t id) const;
  size_t head_count() const { return head_offsets_.empty() ? 0 : head_offsets_.size() - 1; }
  size_t key_count() const { return key_offsets_.empty() ? 0 : key_offsets_.size() - 1; }

 private:
  util::SectionReader file_;
  std::string_view version_;
  std::string_view heads_, keys_;
  std::span<const uint32_t> head_offsets_, key_offsets_;
  std::span<const uint32_t> head_keys_off_, head_keys_, key_heads_off_, key_heads_;
  std::span<const uint8_t> key_common_;
  std::span<const uint32_t> antonym_off_, antonyms_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_LEXICON_H_
