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
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "util/strings.h"

namespace precis::util {

template <typename V>
class StringMemo {
 public:
  explicit StringMemo(size_t capacity) : capacity_(capacity) {}

  // compute(key)'s value, computed once per key. The reference is valid
  // until the next call.
  template <typename Compute>
  const V& Get(std::string_view key, Compute&& compute) {
    if (auto it = map_.find(key); it != map_.end()) return it->second;
    if (map_.size() >= capacity_) map_.clear();
    return map_.emplace(std::string(key), compute(key)).first->second;
  }

 private:
  size_t capacity_;
  std::unordered_map<std::string, V, StringHash, std::equal_to<>> map_;
};

}  // namespace precis::util

#endif  // PRECIS_UTIL_MEMO_H_
