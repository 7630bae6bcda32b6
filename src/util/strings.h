// Copyright 2026 The precis Authors.
//
// Small string helpers shared by the readers.

#ifndef PRECIS_UTIL_STRINGS_H_
#define PRECIS_UTIL_STRINGS_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace precis::util {

// ASCII letters lower-cased; other bytes (UTF-8 included) unchanged.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// True if `text` with its ASCII letters lower-cased is `lower`: AsciiLower
// without the copy.
inline bool AsciiLowerEquals(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

// A few lower-case ASCII words (each starting with a-z), looked up without
// regard to ASCII case and without a copy: a word is compared only with
// those of its first letter.
class AsciiWordSet {
 public:
  AsciiWordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      by_letter_[static_cast<size_t>(w[0] - 'a')].push_back(w);
      longest_ = std::max(longest_, w.size());
    }
  }
  bool Contains(std::string_view text) const {
    if (text.empty() || text.size() > longest_) return false;
    char first = text[0];
    if (first >= 'A' && first <= 'Z') first = static_cast<char>(first - 'A' + 'a');
    if (first < 'a' || first > 'z') return false;
    for (std::string_view w : by_letter_[static_cast<size_t>(first - 'a')]) {
      if (AsciiLowerEquals(text, w)) return true;
    }
    return false;
  }

 private:
  std::array<std::vector<std::string_view>, 26> by_letter_;
  size_t longest_ = 0;
};

// The 64-bit FNV-1a hash of `s`: stable across builds and machines, for
// hash tables written into data files at build time and probed at run time.
inline uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// A hash of `s` for tables in memory (not written anywhere, so free to
// change): eight bytes at a time, where FNV-1a takes one, and all 64 bits
// mixed (a table may place by the top half and compare by it).
inline uint64_t WordHash(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  auto load8 = [](const unsigned char* q) {
    uint64_t v;
    std::memcpy(&v, q, 8);
    return v;
  };
  auto load4 = [](const unsigned char* q) {
    uint32_t v;
    std::memcpy(&v, q, 4);
    return uint64_t{v};
  };
  auto mix = [](uint64_t x) {  // a multiply, then the high bits folded down
    x *= 0xBF58476D1CE4E5B9ull;
    return x ^ (x >> 31);
  };
  uint64_t h = 0x9E3779B97F4A7C15ull * (n + 1);
  for (; n > 8; n -= 8, p += 8) h = mix(h ^ load8(p));
  // The last one to eight bytes, read as two overlapping halves (or, below
  // four, the first, middle and last byte): every byte counts once at least.
  uint64_t tail = 0;
  if (n >= 4) {
    tail = (load4(p) << 32) | load4(p + n - 4);
  } else if (n > 0) {
    tail = (uint64_t{p[0]} << 16) | (uint64_t{p[n >> 1]} << 8) | p[n - 1];
  }
  h = mix(h ^ tail);
  h *= 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

// a == b, inline for the few bytes of a word (where memcmp's call costs
// more than the compare): the bytes read as two overlapping halves, never
// a byte outside either string.
inline bool SameBytes(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  auto differ8 = [](const char* x, const char* y) {
    uint64_t u, v;
    std::memcpy(&u, x, 8);
    std::memcpy(&v, y, 8);
    return u != v;
  };
  if (n > 16) return std::memcmp(p, q, n) == 0;
  if (n >= 8) return !differ8(p, q) && !differ8(p + n - 8, q + n - 8);
  if (n >= 4) {
    uint32_t u0, v0, u1, v1;
    std::memcpy(&u0, p, 4);
    std::memcpy(&v0, q, 4);
    std::memcpy(&u1, p + n - 4, 4);
    std::memcpy(&v1, q + n - 4, 4);
    return ((u0 ^ v0) | (u1 ^ v1)) == 0;
  }
  for (size_t i = 0; i < n; ++i) {
    if (p[i] != q[i]) return false;
  }
  return true;
}

// The first position from `from` on where `text` holds byte a, b or c, or
// text.size(): sixteen bytes at a time (a sentence's few marks are passed
// to, not walked to).
inline size_t FindAnyOf3(std::string_view text, size_t from, char a, char b, char c) {
  size_t i = from;
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i hit =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)), _mm_cmpeq_epi8(v, vc));
    if (const int mask = _mm_movemask_epi8(hit); mask != 0)
      return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; i < text.size(); ++i) {
    if (text[i] == a || text[i] == b || text[i] == c) return i;
  }
  return text.size();
}

// A hash for tables of short strings (words, stems): FNV-1a, cheaper than
// std::hash on a word's few bytes. Transparent: a table keyed by
// std::string is probed with a string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return static_cast<size_t>(Fnv1a(s)); }
};

// `parts` with `separator` between them.
inline std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

// The primary subtag of a language tag, lower-cased ("de-AT" -> "de",
// "zh_Hans_CN" -> "zh", "EN" -> "en"); "" for what is not one (not 2-3
// letters, "und", "x-default").
inline std::string PrimaryLanguageTag(std::string_view tag) {
  std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
  while (!primary.empty() && primary.front() == ' ') primary.remove_prefix(1);
  while (!primary.empty() && primary.back() == ' ') primary.remove_suffix(1);
  if (primary.size() < 2 || primary.size() > 3) return "";
  std::string out;
  for (char c : primary) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return "";
    out.push_back(static_cast<char>(c | 0x20));
  }
  return out == "und" ? "" : out;
}

}  // namespace precis::util

#endif  // PRECIS_UTIL_STRINGS_H_
