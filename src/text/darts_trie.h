// Copyright 2026 The precis Authors.
//
// A thin wrapper over Darts (Debian's `darts` package), the double-array trie
// behind the Chinese dictionary and the pinyin phrase table. Tries are built
// once at build time by tools/dictgen and used in place from a memory
// mapping: loading costs nothing and lookups are one array access a byte.

#ifndef PRECIS_TEXT_DARTS_TRIE_H_
#define PRECIS_TEXT_DARTS_TRIE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wregister"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wsign-compare"
#include <darts.h>
#pragma GCC diagnostic pop

#include "precis/status.h"

namespace precis::text {

class DartsTrie {
 public:
  struct Match {
    int32_t value;    // the key's value
    uint32_t length;  // the key's length in bytes
  };

  DartsTrie() = default;
  DartsTrie(const DartsTrie&) = delete;
  DartsTrie& operator=(const DartsTrie&) = delete;

  // Uses `bytes` (8-byte aligned, outliving this object) as the trie.
  Status Attach(std::string_view bytes) {
    if (bytes.size() % da_.unit_size() != 0 || bytes.empty()) {
      return FailedPreconditionError("trie section has a bad size");
    }
    // Darts takes a non-const pointer but never writes through it after
    // set_array: the mapping stays read-only.
    da_.set_array(const_cast<char*>(bytes.data()), bytes.size() / da_.unit_size());
    return Status::Ok();
  }

  // Builds a trie from `keys` (sorted, unique, byte order) with values
  // `values`; returns its bytes. Build time only.
  static Result<std::string> Build(const std::vector<std::string>& keys, const std::vector<int32_t>& values) {
    std::vector<const char*> ptrs;
    std::vector<size_t> lengths;
    ptrs.reserve(keys.size());
    lengths.reserve(keys.size());
    for (const auto& k : keys) {
      ptrs.push_back(k.c_str());
      lengths.push_back(k.size());
    }
    Darts::DoubleArray da;
    if (da.build(keys.size(), ptrs.data(), lengths.data(), values.data()) != 0) {
      return InternalError("Darts failed to build a trie");
    }
    return std::string(static_cast<const char*>(da.array()), da.total_size());
  }

  // Every key that is a prefix of `text`, shortest first; at most `max`.
  size_t PrefixMatches(std::string_view text, Match* out, size_t max) const {
    Darts::DoubleArray::result_pair_type results[64];
    const size_t cap = max < 64 ? max : 64;
    size_t n = da_.commonPrefixSearch(text.data(), results, cap, text.size());
    if (n > cap) n = cap;
    for (size_t i = 0; i < n; ++i) {
      out[i].value = results[i].value;
      out[i].length = static_cast<uint32_t>(results[i].length);
    }
    return n;
  }

  // The value of `key`, or -1.
  int32_t Find(std::string_view key) const {
    if (key.empty()) return -1;
    return da_.exactMatchSearch<Darts::DoubleArray::value_type>(key.data(), key.size());
  }

 private:
  Darts::DoubleArray da_;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_DARTS_TRIE_H_
