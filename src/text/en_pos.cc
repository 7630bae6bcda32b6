// Copyright 2026 The precis Authors.

#include "text/en_pos.h"

#include <algorithm>

namespace precis::text {

Status EnglishWordClasses::Load(const std::string& path) {
  PRECIS_ASSIGN_OR_RETURN(file_, util::SectionReader::Open(path, "PRCENPOS"));
  PRECIS_ASSIGN_OR_RETURN(words_, file_.Section("words"));
  PRECIS_ASSIGN_OR_RETURN(offsets_, file_.Array<uint32_t>("offsets"));
  PRECIS_ASSIGN_OR_RETURN(noun_, file_.Array<uint16_t>("noun"));
  PRECIS_ASSIGN_OR_RETURN(verb_, file_.Array<uint16_t>("verb"));
  PRECIS_ASSIGN_OR_RETURN(adj_, file_.Array<uint16_t>("adj"));
  const size_t n = noun_.size();
  if (offsets_.size() != n + 1 || verb_.size() != n || adj_.size() != n || offsets_.back() != words_.size() ||
      !std::is_sorted(offsets_.begin(), offsets_.end())) {
    return FailedPreconditionError(path + ": inconsistent word table");
  }
  return Status::Ok();
}

bool EnglishWordClasses::Find(std::string_view word, Counts* out) const {
  size_t lo = 0, hi = noun_.size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    const std::string_view at = words_.substr(offsets_[mid], offsets_[mid + 1] - offsets_[mid]);
    if (at < word) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo >= noun_.size() || words_.substr(offsets_[lo], offsets_[lo + 1] - offsets_[lo]) != word)
    return false;
  out->noun = noun_[lo];
  out->verb = verb_[lo];
  out->adj = adj_[lo];
  return true;
}

WordClass EnglishWordClasses::Classify(std::string_view w) const {
  if (noun_.empty() || w.empty()) return WordClass::kUnknown;
  Counts best;
  bool known = Find(w, &best);
  auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() + 1 && w.substr(w.size() - suffix.size()) == suffix;
  };
  // A regular inflection counts as a use of its lemma: plural nouns and
  // -s/-ed/-ing verbs.
  auto lemma = [&](std::string base, bool as_noun) {
    Counts c;
    if (!Find(base, &c)) return;
    known = true;
    if (as_noun) best.noun = std::max(best.noun, c.noun);
    best.verb = std::max(best.verb, c.verb);
  };
  const std::string word(w);
  if (ends("ies")) lemma(word.substr(0, word.size() - 3) + "y", true);
  if (ends("es")) lemma(word.substr(0, word.size() - 2), true);
  if (ends("s") && !ends("ss")) lemma(word.substr(0, word.size() - 1), true);
  if (ends("ied")) lemma(word.substr(0, word.size() - 3) + "y", false);
  if (ends("ed")) {
    lemma(word.substr(0, word.size() - 2), false);
    lemma(word.substr(0, word.size() - 1), false);
    if (w.size() > 4 && w[w.size() - 3] == w[w.size() - 4]) lemma(word.substr(0, word.size() - 3), false);
  }
  if (ends("ing")) {
    lemma(word.substr(0, word.size() - 3), false);
    lemma(word.substr(0, word.size() - 3) + "e", false);
    if (w.size() > 5 && w[w.size() - 4] == w[w.size() - 5]) lemma(word.substr(0, word.size() - 4), false);
  }
  if (!known) return WordClass::kUnknown;
  if (best.verb > best.noun && best.verb >= best.adj) return WordClass::kVerb;
  if (best.adj > best.noun && best.adj > best.verb) return WordClass::kAdjective;
  return best.noun > 0 ? WordClass::kNoun : WordClass::kUnknown;
}

}  // namespace precis::text
