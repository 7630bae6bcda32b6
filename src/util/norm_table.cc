// Copyright 2026 The precis Authors.

#include <algorithm>
#include <atomic>

#include "precis/article.h"
#include "util/strings.h"

namespace precis {

namespace {

constexpr size_t kFirstSlots = 64;
constexpr uint64_t kHashTop = 0xFFFFFFFF00000000ull;  // the half of a hash a slot keeps

// A slot holds a norm's number + 1 (0: empty) in its low half and the top
// half of the norm's hash in its high half: a probe passes over other norms
// on the hash alone, without reading their characters. The top half also
// places the norm, so a rehash needs no hashing.
uint64_t Slot(uint32_t id, uint64_t hash) { return (hash & kHashTop) | (id + 1); }

}  // namespace

uint64_t NormTable::Serial::Next() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

NormTable::NormTable() { Clear(); }

// Inline: Intern and Find are the hot paths of every word table, and the
// probe is most of their work.
inline uint32_t NormTable::Probe(std::string_view norm, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  const uint64_t tag = hash & kHashTop;
  for (size_t i = static_cast<size_t>(hash >> 32) & mask;; i = (i + 1) & mask) {
    const uint64_t slot = slots_[i];
    if (slot == 0) return static_cast<uint32_t>(i);
    if ((slot & kHashTop) == tag && util::SameBytes((*this)[static_cast<uint32_t>(slot) - 1], norm)) {
      return static_cast<uint32_t>(i);
    }
  }
}

uint32_t NormTable::Find(std::string_view norm) const {
  const uint64_t slot = slots_[Probe(norm, util::WordHash(norm))];
  return slot == 0 ? kNone : static_cast<uint32_t>(slot) - 1;
}

void NormTable::Rehash(size_t slots) {
  std::vector<uint64_t> old(slots, 0);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (uint64_t slot : old) {
    if (slot == 0) continue;
    // No two held norms are equal: the first free slot is the place.
    size_t i = static_cast<size_t>(slot >> 32) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void NormTable::Reserve(size_t norms) {
  starts_.reserve(norms + 1);
  chars_.reserve(norms * 6);  // a word's few bytes
  size_t slots = slots_.size();
  while (slots < 2 * norms) slots *= 2;
  if (slots > slots_.size()) Rehash(slots);
}

void NormTable::Clear(size_t norms) {
  constexpr size_t kKeptSlots = 8192;
  size_t slots = kFirstSlots;
  while (slots < 2 * norms) slots *= 2;
  if (slots_.capacity() > kKeptSlots && slots <= kKeptSlots) {
    std::string().swap(chars_);
    std::vector<uint32_t>().swap(starts_);
    std::vector<uint64_t>().swap(slots_);
  }
  chars_.clear();
  starts_.assign({0, 0});
  slots_.assign(slots, 0);  // within the room held: only these written
  starts_.reserve(norms + 1);
  chars_.reserve(norms * 6);
  const uint64_t hash = util::WordHash("");
  slots_[Probe("", hash)] = Slot(0, hash);
  serial_.value = Serial::Next();
}

uint32_t NormTable::Intern(std::string_view norm) {
  const uint64_t hash = util::WordHash(norm);
  uint32_t at = Probe(norm, hash);
  if (slots_[at] != 0) return static_cast<uint32_t>(slots_[at]) - 1;
  const auto id = static_cast<uint32_t>(size());
  chars_.append(norm);
  starts_.push_back(static_cast<uint32_t>(chars_.size()));
  // At most half full: probes stay short.
  if (2 * (size() + 1) > slots_.size()) {
    Rehash(slots_.size() * 2);
    at = Probe(norm, hash);
  }
  slots_[at] = Slot(id, hash);
  return id;
}

}  // namespace precis
