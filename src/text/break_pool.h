// Copyright 2026 The precis Authors.
//
// BreakIteratorPool keeps one clone of an ICU break iterator per thread:
// an iterator is not thread-safe, and cloning one costs more than breaking
// a sentence with it, so each thread clones once and reuses its clone.

#ifndef PRECIS_TEXT_BREAK_POOL_H_
#define PRECIS_TEXT_BREAK_POOL_H_

#include <unicode/brkiter.h>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace precis::text {

class BreakIteratorPool {
 public:
  BreakIteratorPool();
  ~BreakIteratorPool();
  BreakIteratorPool(const BreakIteratorPool&) = delete;
  BreakIteratorPool& operator=(const BreakIteratorPool&) = delete;

  void Reset(icu::BreakIterator* prototype);
  bool empty() const { return prototype_ == nullptr; }

  // Calls visit(boundary, rule status) for each boundary the iterator finds
  // in `text` after its start, in order. `visit` must not break text with
  // another pool: the thread's clone may be replaced meanwhile.
  template <typename Visit>
  void ForEachBoundary(std::string_view text, Visit visit) const;

 private:
  // This thread's clone, with `text` set; null if ICU failed.
  icu::BreakIterator* Start(std::string_view text, UText* ut) const;

  std::unique_ptr<icu::BreakIterator> prototype_;
  uint64_t serial_;  // tells this pool's clones from those of a pool gone
};

template <typename Visit>
void BreakIteratorPool::ForEachBoundary(std::string_view text, Visit visit) const {
  UText ut = UTEXT_INITIALIZER;
  if (icu::BreakIterator* it = Start(text, &ut)) {
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) visit(b, it->getRuleStatus());
  }
  utext_close(&ut);
}

}  // namespace precis::text

#endif  // PRECIS_TEXT_BREAK_POOL_H_
