// Copyright 2026 The precis Authors.

#include "text/code_trie.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <deque>
#include <numeric>

namespace precis::text {

Status CodeTrie::Attach(std::string_view bytes, uint32_t values) {
  if (bytes.empty() || bytes.size() % sizeof(Cell) != 0 ||
      reinterpret_cast<uintptr_t>(bytes.data()) % alignof(Cell) != 0) {
    return FailedPreconditionError("code trie section has a bad size");
  }
  cells_ = std::span<const Cell>(reinterpret_cast<const Cell*>(bytes.data()), bytes.size() / sizeof(Cell));
  values_ = values;
  return Status::Ok();
}

Result<std::string> CodeTrie::Build(const std::vector<std::u16string>& keys,
                                    const std::vector<int32_t>& values) {
  if (keys.size() != values.size())
    return InvalidArgumentError("code trie: keys and values differ in number");
  if (keys.empty()) return InvalidArgumentError("code trie: no keys");
  std::vector<size_t> order(keys.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
  for (size_t i = 0; i < order.size(); ++i) {
    const std::u16string& key = keys[order[i]];
    if (key.empty() || key.find(char16_t{0}) != std::u16string::npos) {
      return InvalidArgumentError("code trie: a key is empty or holds code 0");
    }
    if (i > 0 && key == keys[order[i - 1]]) return InvalidArgumentError("code trie: a key is there twice");
    if (values[order[i]] < 0 || static_cast<uint32_t>(values[order[i]]) > kMask) {
      return InvalidArgumentError("code trie: a value is out of range");
    }
  }

  std::vector<Cell> cells(1, Cell{0, 0});
  // Which cells are taken, a bit each: room for a set of children is looked
  // for 64 bases at a time, one AND a child.
  std::vector<uint64_t> taken(1, 1);  // the root's cell
  size_t first_free = 1;              // no free cell before it
  auto grow = [&](size_t size) {
    if (size > cells.size()) cells.resize(size, Cell{0, 0});
    if ((size + 64) / 64 + 1 > taken.size()) taken.resize((size + 64) / 64 + 1, 0);
  };
  auto is_taken = [&](size_t i) { return (taken[i / 64] >> (i % 64) & 1) != 0; };
  // Bits i .. i + 63 of `taken`.
  auto taken_from = [&](size_t i) {
    const uint64_t low = taken[i / 64] >> (i % 64);
    return i % 64 == 0 ? low : low | taken[i / 64 + 1] << (64 - i % 64);
  };
  auto take = [&](size_t i) { taken[i / 64] |= uint64_t{1} << (i % 64); };
  // Nodes are placed breadth first, so that the levels every lookup passes
  // through lie together at the front.
  struct Node {
    uint32_t cell;
    size_t lo, hi;  // the keys under it, in `order`
    size_t depth;
  };
  std::deque<Node> queue{Node{0, 0, order.size(), 0}};
  std::vector<char16_t> codes;
  std::vector<size_t> starts;
  while (!queue.empty()) {
    const Node node = queue.front();
    queue.pop_front();
    size_t lo = node.lo;
    const bool ends = keys[order[lo]].size() == node.depth;  // sorted: the shortest first
    const uint32_t value = ends ? static_cast<uint32_t>(values[order[lo]]) : 0;
    if (ends) ++lo;
    codes.clear();
    starts.clear();
    for (size_t i = lo; i < node.hi; ++i) {
      const char16_t c = keys[order[i]][node.depth];
      if (codes.empty() || codes.back() != c) {
        codes.push_back(c);
        starts.push_back(i);
      }
    }
    starts.push_back(node.hi);
    if (codes.empty()) {
      cells[node.cell].base = kEndsWord | kLeaf | value;
      continue;
    }
    // The first base whose cells are all free: the end of the word at +0,
    // the children at +code.
    const size_t first = ends ? 0 : codes[0];
    size_t base = std::max(first_free, first + 1) - first;
    for (;; base += 64) {
      grow(base + codes.back() + 64);
      uint64_t fits = ~taken_from(base + first);
      for (size_t j = 0; j < codes.size() && fits != 0; ++j) fits &= ~taken_from(base + codes[j]);
      if (fits != 0) {
        base += static_cast<size_t>(std::countr_zero(fits));
        break;
      }
    }
    if (base > kMask) return InternalError("code trie: too many nodes");
    cells[node.cell].base = static_cast<uint32_t>(base) | (ends ? kEndsWord : 0);
    if (ends) {
      take(base);
      cells[base] = Cell{node.cell + 1, value};
    }
    for (size_t j = 0; j < codes.size(); ++j) {
      const size_t t = base + codes[j];
      take(t);
      cells[t].parent = node.cell + 1;
      queue.push_back(Node{static_cast<uint32_t>(t), starts[j], starts[j + 1], node.depth + 1});
    }
    while (is_taken(first_free)) ++first_free;
  }
  // Room looked at past the last cell taken is not kept.
  while (!is_taken(cells.size() - 1)) cells.pop_back();
  std::string bytes(cells.size() * sizeof(Cell), '\0');
  std::memcpy(bytes.data(), cells.data(), bytes.size());
  return bytes;
}

}  // namespace precis::text
