// Copyright 2026 The precis Authors.
//
// A double-array trie over 16-bit character codes: the Chinese dictionary's
// word index (ZhDictionary). Each character of a word is one step, one array
// cell: a Han character costs a third of the steps of a trie over its UTF-8
// bytes, and the steps are what miss the cache when a text is segmented.
//
// Layout (built by Build() at build time, used in place from a mapping): cell
// s of a node holds the base of its children, the child for code c (≥ 1)
// being cell base + c, which names s as its parent. A node that ends a word
// says so by a flag; the word's value is in the cell itself when the node
// has no children (most words end at a leaf), else in cell base + 0. Debian's
// Darts, which holds the byte tries, cannot build an alphabet this wide (its
// first allocation assumes 256 children at most).

#ifndef PRECIS_TEXT_CODE_TRIE_H_
#define PRECIS_TEXT_CODE_TRIE_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis::text {

class CodeTrie {
 public:
  struct Match {
    int32_t value;    // the key's value
    uint32_t length;  // the key's length in codes
  };

  // Uses `bytes` (4-byte aligned, outliving this object) as the trie, its
  // values below `values`: a value at or past it, which only a damaged file
  // holds, is no key (an index past the caller's tables is never returned).
  Status Attach(std::string_view bytes, uint32_t values = kMask + 1);

  // Builds a trie of `keys` (unique, no code 0, any order) with values
  // `values` (0 to 2^30 - 1); returns its bytes. Build time only.
  static Result<std::string> Build(const std::vector<std::u16string>& keys,
                                   const std::vector<int32_t>& values);

  // Every key that is a prefix of `text`, shortest first; at most `max`.
  size_t PrefixMatches(std::u16string_view text, Match* out, size_t max) const {
    size_t found = 0;
    uint32_t s = 0;
    for (size_t i = 0; i < text.size() && found < max; ++i) {
      if (!Step(&s, text[i])) break;
      const uint32_t base = cells_[s].base;
      if ((base & kEndsWord) == 0) continue;
      if (const int32_t value = ValueAt(base); value >= 0)
        out[found++] = Match{value, static_cast<uint32_t>(i + 1)};
    }
    return found;
  }

  // The value of `key`, or -1.
  int32_t Find(std::u16string_view key) const {
    if (key.empty()) return -1;
    uint32_t s = 0;
    for (char16_t c : key) {
      if (!Step(&s, c)) return -1;
    }
    const uint32_t base = cells_[s].base;
    return (base & kEndsWord) != 0 ? ValueAt(base) : -1;
  }

 private:
  struct Cell {
    uint32_t parent;  // the parent's cell + 1; 0: free (and the root's)
    uint32_t base;    // flags | the children's base, or the value of a leaf
  };
  static constexpr uint32_t kEndsWord = 1u << 31;
  static constexpr uint32_t kLeaf = 1u << 30;  // no children: the rest is the value
  static constexpr uint32_t kMask = kLeaf - 1;

  // Moves from node `*s` to its child for code `c`, if there is one.
  bool Step(uint32_t* s, char16_t c) const {
    const uint32_t base = cells_[*s].base;
    if ((base & kLeaf) != 0 || c == 0) return false;
    const size_t t = size_t{base & kMask} + c;
    if (t >= cells_.size() || cells_[t].parent != *s + 1) return false;
    *s = static_cast<uint32_t>(t);
    return true;
  }
  // The value of a node that ends a word, or -1 where the cells are damaged.
  int32_t ValueAt(uint32_t base) const {
    uint32_t value = base & kMask;
    if ((base & kLeaf) == 0) {
      if (value >= cells_.size()) return -1;
      value = cells_[value].base & kMask;
    }
    return value < values_ ? static_cast<int32_t>(value) : -1;
  }

  std::span<const Cell> cells_;
  uint32_t values_ = 0;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_CODE_TRIE_H_
