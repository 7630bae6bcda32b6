// Copyright 2026 The precis Authors.

#include "text/pinyin.h"

#include <algorithm>
#include <array>

#include "util/utf8.h"

namespace precis::text {

Status PinyinTable::Load(const std::string& path) {
  PRECIS_ASSIGN_OR_RETURN(file_, util::SectionReader::Open(path, "PRCPINY1"));
  PRECIS_ASSIGN_OR_RETURN(syllables_, file_.Strings("syllables"));
  PRECIS_ASSIGN_OR_RETURN(char_cp_, file_.Array<uint32_t>("char_cp"));
  PRECIS_ASSIGN_OR_RETURN(char_syl_, file_.Array<uint16_t>("char_syl"));
  PRECIS_ASSIGN_OR_RETURN(std::string_view trie, file_.Section("phrase_trie"));
  PRECIS_RETURN_IF_ERROR(phrases_.Attach(trie).WithContext(path));
  PRECIS_ASSIGN_OR_RETURN(phrase_start_, file_.Array<uint32_t>("phrase_start"));
  PRECIS_ASSIGN_OR_RETURN(phrase_syl_, file_.Array<uint16_t>("phrase_syl"));
  if (char_cp_.size() != char_syl_.size() || phrase_start_.empty() ||
      phrase_start_.back() != phrase_syl_.size()) {
    return FailedPreconditionError(path + ": inconsistent pinyin sections");
  }
  // Syllable indices are checked where they are read (Syllable()): loading
  // reads nothing but the section table.
  file_.ReleasePages();
  return Status::Ok();
}

std::string_view PinyinTable::ReadChar(char32_t cp) const {
  auto it = std::lower_bound(char_cp_.begin(), char_cp_.end(), static_cast<uint32_t>(cp));
  if (it == char_cp_.end() || *it != cp) return {};
  return Syllable(char_syl_[static_cast<size_t>(it - char_cp_.begin())]);
}

void PinyinTable::ReadWord(std::string_view word, std::vector<std::string_view>* out) const {
  // Forward maximum matching over the phrase table; characters no phrase
  // covers take their default reading.
  std::array<DartsTrie::Match, 64> matches;
  size_t i = 0;
  while (i < word.size()) {
    size_t found = phrases_.PrefixMatches(word.substr(i), matches.data(), matches.size());
    size_t first_len = util::Utf8SequenceLength(static_cast<unsigned char>(word[i]));
    if (found > 0 && matches[found - 1].length > first_len) {
      const auto& m = matches[found - 1];
      const auto id = static_cast<size_t>(m.value);
      if (id + 1 < phrase_start_.size()) {
        for (uint32_t k = phrase_start_[id]; k < phrase_start_[id + 1]; ++k) {
          out->push_back(k < phrase_syl_.size() ? Syllable(phrase_syl_[k]) : std::string_view());
        }
        i += m.length;
        continue;
      }
    }
    char32_t cp = util::DecodeUtf8(word, &i);
    out->push_back(ReadChar(cp));
  }
}

}  // namespace precis::text
