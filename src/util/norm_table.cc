// Copyright 2026 The precis Authors.

#include "precis/article.h"
#include "util/strings.h"

namespace precis {

namespace {

constexpr size_t kFirstSlots = 64;

}  // namespace

NormTable::NormTable() : starts_{0, 0}, slots_(kFirstSlots, 0) { slots_[Probe("", util::Fnv1a(""))] = 1; }

uint32_t NormTable::Probe(std::string_view norm, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = static_cast<size_t>(hash) & mask;; i = (i + 1) & mask) {
    const uint32_t slot = slots_[i];
    if (slot == 0 || (*this)[slot - 1] == norm) return static_cast<uint32_t>(i);
  }
}

uint32_t NormTable::Find(std::string_view norm) const {
  const uint32_t slot = slots_[Probe(norm, util::Fnv1a(norm))];
  return slot == 0 ? kNone : slot - 1;
}

void NormTable::Rehash(size_t slots) {
  std::vector<uint32_t> old(slots, 0);
  old.swap(slots_);
  for (uint32_t slot : old) {
    if (slot != 0) slots_[Probe((*this)[slot - 1], util::Fnv1a((*this)[slot - 1]))] = slot;
  }
}

void NormTable::Reserve(size_t norms) {
  starts_.reserve(norms + 1);
  chars_.reserve(norms * 6);  // a word's few bytes
  size_t slots = slots_.size();
  while (slots < 2 * norms) slots *= 2;
  if (slots > slots_.size()) Rehash(slots);
}

uint32_t NormTable::Intern(std::string_view norm) {
  const uint64_t hash = util::Fnv1a(norm);
  uint32_t at = Probe(norm, hash);
  if (slots_[at] != 0) return slots_[at] - 1;
  const auto id = static_cast<uint32_t>(size());
  chars_.append(norm);
  starts_.push_back(static_cast<uint32_t>(chars_.size()));
  // At most half full: probes stay short.
  if (2 * (size() + 1) > slots_.size()) {
    Rehash(slots_.size() * 2);
    at = Probe(norm, hash);
  }
  slots_[at] = id + 1;
  return id;
}

}  // namespace precis
