// Copyright 2026 The precis Authors.
//
// Word-level pinyin readings. ICU's Han-Latin reads each character on its own
// and gets polyphones wrong (库什纳 "Ku Shen Na", 长沙 "Zhang Sha"); this table,
// converted by tools/dictgen from Debian's pinyin-database, holds a default
// reading per character (the most frequent) and the phrases that read
// differently from their characters' defaults.

#ifndef PRECIS_TEXT_PINYIN_H_
#define PRECIS_TEXT_PINYIN_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"
#include "text/darts_trie.h"
#include "util/sectioned_file.h"

namespace precis::text {

class PinyinTable {
 public:
  Status Load(const std::string& path);

  // Appends the toneless syllables ("zhang", "lü") of `word`, UTF-8 Han text
  // in Simplified form. A character without a reading yields an empty
  // syllable.
  void ReadWord(std::string_view word, std::vector<std::string_view>* syllables) const;

  // The default syllable of one character, or "".
  std::string_view ReadChar(char32_t cp) const;

 private:
  // Syllable `id`; empty for an index a damaged file holds.
  std::string_view Syllable(uint16_t id) const {
    return id < syllables_.size() ? syllables_[id] : std::string_view();
  }

  util::SectionReader file_;
  std::vector<std::string_view> syllables_;
  std::span<const uint32_t> char_cp_;
  std::span<const uint16_t> char_syl_;
  DartsTrie phrases_;
  std::span<const uint32_t> phrase_start_;
  std::span<const uint16_t> phrase_syl_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_PINYIN_H_
