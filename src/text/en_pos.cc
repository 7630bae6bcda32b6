// Copyright 2026 The precis Authors.

#include "text/en_pos.h"

#include <algorithm>

#include "util/strings.h"

namespace precis::text {

Status EnglishWordClasses::Load(const std::string& path) {
  PRECIS_ASSIGN_OR_RETURN(file_, util::SectionReader::Open(path, "PRCENPOS"));
  PRECIS_ASSIGN_OR_RETURN(entries_, file_.Section("entries"));
  PRECIS_ASSIGN_OR_RETURN(slots_, file_.Array<uint32_t>("slots"));
  if (entries_.empty() || slots_.empty() || (slots_.size() & (slots_.size() - 1)) != 0) {
    return FailedPreconditionError(path + ": inconsistent word table");
  }
  file_.ReleasePages();
  return Status::Ok();
}

bool EnglishWordClasses::Find(std::string_view word, Counts* out) const {
  // The table dictgen writes is at most two thirds full, so a probe
  // sequence soon reaches an empty slot; a damaged one is probed at most
  // once round, and an entry past the table's end is none.
  const size_t mask = slots_.size() - 1;
  const uint64_t hash = util::Fnv1a(word);
  const uint32_t tag = EnPosTag(hash);
  size_t at = hash & mask;
  for (size_t probes = 0; probes < slots_.size() && slots_[at] != 0; ++probes, at = (at + 1) & mask) {
    const uint32_t slot = slots_[at];
    if (slot >> kEnPosOffsetBits != tag) continue;
    const size_t start = (slot & kEnPosOffsetMask) - 1;
    if (start >= entries_.size()) continue;
    const size_t len = static_cast<unsigned char>(entries_[start]);
    if (len != word.size() || entries_.size() - start < 1 + len + 6) continue;
    if (entries_.compare(start + 1, len, word) != 0) continue;
    const auto* counts = reinterpret_cast<const unsigned char*>(entries_.data() + start + 1 + len);
    auto at16 = [&](int k) { return counts[2 * k] | counts[2 * k + 1] << 8; };
    out->noun = at16(0);
    out->verb = at16(1);
    out->adj = at16(2);
    return true;
  }
  return false;
}

WordClass EnglishWordClasses::Classify(std::string_view w) const {
  // Words longer than this are no WordNet lemma worth a title.
  constexpr size_t kMaxWord = 48;
  if (slots_.empty() || w.empty() || w.size() > kMaxWord) return WordClass::kUnknown;
  Counts best;
  bool known = Find(w, &best);
  auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() + 1 && w.substr(w.size() - suffix.size()) == suffix;
  };
  // A regular inflection counts as a use of its lemma: plural nouns and
  // -s/-ed/-ing verbs. Candidate lemmas are built in a buffer on the stack:
  // this runs for every English word precis reads.
  char buf[kMaxWord + 2];
  auto lemma = [&](size_t keep, std::string_view add, bool as_noun) {
    std::copy_n(w.data(), keep, buf);
    std::copy(add.begin(), add.end(), buf + keep);
    Counts c;
    if (!Find(std::string_view(buf, keep + add.size()), &c)) return;
    known = true;
    if (as_noun) best.noun = std::max(best.noun, c.noun);
    best.verb = std::max(best.verb, c.verb);
  };
  const size_t n = w.size();
  if (ends("ies")) lemma(n - 3, "y", true);
  if (ends("es")) lemma(n - 2, "", true);
  if (ends("s") && !ends("ss")) lemma(n - 1, "", true);
  if (ends("ied")) lemma(n - 3, "y", false);
  if (ends("ed")) {
    lemma(n - 2, "", false);
    lemma(n - 1, "", false);
    if (n > 4 && w[n - 3] == w[n - 4]) lemma(n - 3, "", false);
  }
  if (ends("ing")) {
    lemma(n - 3, "", false);
    lemma(n - 3, "e", false);
    if (n > 5 && w[n - 4] == w[n - 5]) lemma(n - 4, "", false);
  }
  if (!known) return WordClass::kUnknown;
  if (best.verb > best.noun && best.verb >= best.adj) return WordClass::kVerb;
  if (best.adj > best.noun && best.adj > best.verb) return WordClass::kAdjective;
  return best.noun > 0 ? WordClass::kNoun : WordClass::kUnknown;
}

}  // namespace precis::text
