// Copyright 2026 The precis Authors.
//
// StringMemo remembers a pure function's answers for string keys: English
// words recur through an article and a data set, and their stems and word
// classes cost a Snowball run and a few hash probes each. Bounded: past
// `capacity` entries it starts afresh. Not thread-safe; keep one per thread
// (`thread_local`).

#ifndef PRECIS_UTIL_MEMO_H_
#define PRECIS_UTIL_MEMO_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"

namespace precis::util {

template <typename V>
class StringMemo {
 public:
  explicit StringMemo(size_t capacity) : capacity_(capacity) {}

  // compute(key)'s value, computed once per key. The reference is valid
  // until the next call; a caller may keep what it derives from the value
  // in it.
  template <typename Compute>
  V& Get(std::string_view key, Compute&& compute) {
    if (const uint32_t id = keys_.Find(key); id != NormTable::kNone && values_[id]) return *values_[id];
    if (keys_.size() > capacity_) {  // start afresh
      keys_ = NormTable();
      values_.clear();
    }
    const uint32_t id = keys_.Intern(key);
    if (id >= values_.size()) values_.resize(id + 1);
    values_[id] = compute(key);
    return *values_[id];
  }

 private:
  size_t capacity_;
  // The keys, numbered in one flat table (no node per key), and the value
  // of each number once computed (the table numbers "" from the start).
  NormTable keys_;
  std::vector<std::optional<V>> values_ = std::vector<std::optional<V>>(1);
};

}  // namespace precis::util

#endif  // PRECIS_UTIL_MEMO_H_
