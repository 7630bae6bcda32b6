// Copyright 2026 The precis Authors.

#include "text/en_pos.h"

#include <algorithm>

#include "util/strings.h"

namespace precis::text {

Status EnglishWordClasses::Load(const std::string& path) {
  PRECIS_ASSIGN_OR_RETURN(file_, util::SectionReader::Open(path, "PRCENPOS"));
  PRECIS_ASSIGN_OR_RETURN(words_, file_.Section("words"));
  PRECIS_ASSIGN_OR_RETURN(offsets_, file_.Array<uint32_t>("offsets"));
  PRECIS_ASSIGN_OR_RETURN(slots_, file_.Array<uint32_t>("slots"));
  PRECIS_ASSIGN_OR_RETURN(noun_, file_.Array<uint16_t>("noun"));
  PRECIS_ASSIGN_OR_RETURN(verb_, file_.Array<uint16_t>("verb"));
  PRECIS_ASSIGN_OR_RETURN(adj_, file_.Array<uint16_t>("adj"));
  const size_t n = noun_.size();
  if (offsets_.size() != n + 1 || verb_.size() != n || adj_.size() != n || offsets_.back() != words_.size() ||
      !std::is_sorted(offsets_.begin(), offsets_.end()) || slots_.size() < 2 * n ||
      (slots_.size() & (slots_.size() - 1)) != 0) {
    return FailedPreconditionError(path + ": inconsistent word table");
  }
  file_.ReleasePages();
  return Status::Ok();
}

bool EnglishWordClasses::Find(std::string_view word, Counts* out) const {
  // The table dictgen writes is at most half full, so a probe sequence
  // soon reaches an empty slot; a damaged one is probed at most once round.
  const size_t mask = slots_.size() - 1;
  size_t at = util::Fnv1a(word) & mask;
  for (size_t probes = 0; probes < slots_.size() && slots_[at] != 0; ++probes, at = (at + 1) & mask) {
    const size_t i = slots_[at] - 1;
    if (i >= noun_.size()) return false;  // a damaged table is no table
    if (words_.substr(offsets_[i], offsets_[i + 1] - offsets_[i]) == word) {
      out->noun = noun_[i];
      out->verb = verb_[i];
      out->adj = adj_[i];
      return true;
    }
  }
  return false;
}

WordClass EnglishWordClasses::Classify(std::string_view w) const {
  // Words longer than this are no WordNet lemma worth a title.
  constexpr size_t kMaxWord = 48;
  if (noun_.empty() || w.empty() || w.size() > kMaxWord) return WordClass::kUnknown;
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
