// Copyright 2026 The precis Authors.

#include "text/break_pool.h"

#include <atomic>
#include <utility>

namespace precis::text {
namespace {

std::atomic<uint64_t> next_serial{1};

struct Clone {
  uint64_t serial = 0;
  std::unique_ptr<icu::BreakIterator> iterator;
};

}  // namespace

BreakIteratorPool::BreakIteratorPool() : serial_(next_serial.fetch_add(1)) {}
BreakIteratorPool::~BreakIteratorPool() = default;

void BreakIteratorPool::Reset(icu::BreakIterator* prototype) {
  prototype_.reset(prototype);
  serial_ = next_serial.fetch_add(1);
}

icu::BreakIterator* BreakIteratorPool::Start(std::string_view text, UText* ut) const {
  if (!prototype_) return nullptr;
  // A thread holds the clones of the few pools it uses; clones of pools
  // destroyed since are dropped when the list grows.
  thread_local std::vector<Clone> clones;
  icu::BreakIterator* it = nullptr;
  for (const Clone& c : clones) {
    if (c.serial == serial_) it = c.iterator.get();
  }
  if (it == nullptr) {
    if (clones.size() >= 8) clones.clear();
    std::unique_ptr<icu::BreakIterator> made(prototype_->clone());
    if (!made) return nullptr;
    it = made.get();
    clones.push_back(Clone{serial_, std::move(made)});
  }
  UErrorCode status = U_ZERO_ERROR;
  utext_openUTF8(ut, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return nullptr;
  it->setText(ut, status);
  return U_SUCCESS(status) ? it : nullptr;
}

}  // namespace precis::text
