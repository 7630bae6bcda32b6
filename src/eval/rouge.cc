// Copyright 2026 The precis Authors.

#include "eval/rouge.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <memory>
#include <unordered_map>

#include "util/memo.h"
#include "util/utf8.h"

namespace precis::eval {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

std::string ComputePorterStem(std::string_view w) {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("porter", "UTF_8"));
  if (!stemmer) return std::string(w);
  const sb_symbol* s = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(w.data()),
                                       static_cast<int>(w.size()));
  return s == nullptr ? std::string(w)
                      : std::string(reinterpret_cast<const char*>(s),
                                    static_cast<size_t>(sb_stemmer_length(stemmer.get())));
}

// Remembered per thread; valid until the next call on this thread.
const std::string& PorterStem(const std::string& word) {
  thread_local util::StringMemo<std::string> stems(1 << 16);
  return stems.Get(word, ComputePorterStem);
}

// `overlap` matched units out of `predicted` and `reference`.
RougeScore Score(size_t overlap, size_t predicted, size_t reference) {
  RougeScore s;
  if (overlap == 0 || predicted == 0 || reference == 0) return s;
  s.precision = static_cast<double>(overlap) / static_cast<double>(predicted);
  s.recall = static_cast<double>(overlap) / static_cast<double>(reference);
  s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

// Tokens as small integers, shared by prediction and reference.
struct Interned {
  std::vector<uint32_t> pred, ref;
};

Interned Intern(const std::vector<std::string>& pred, const std::vector<std::string>& ref) {
  std::unordered_map<std::string_view, uint32_t> ids;
  Interned out;
  auto id = [&ids](const std::string& t) {
    return ids.try_emplace(t, static_cast<uint32_t>(ids.size())).first->second;
  };
  for (const auto& t : ref) out.ref.push_back(id(t));
  for (const auto& t : pred) out.pred.push_back(id(t));
  return out;
}

}  // namespace

// Bit-parallel (Allison & Dix 1986; Crochemore et al., "A fast and
// practical bit-vector algorithm for the longest common subsequence
// problem", 2001): one bit per token of `a`, a word of 64 at a time, so a
// brief against its reference costs |a| |b| / 64 steps, not |a| |b|.
size_t LongestCommonSubsequence(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  if (a.empty() || b.empty()) return 0;
  const size_t words = (a.size() + 63) / 64;
  uint32_t symbols = 0;
  for (uint32_t s : a) symbols = std::max(symbols, s + 1);
  // match[s * words ...]: the positions of `a` that hold symbol s.
  std::vector<uint64_t> match(static_cast<size_t>(symbols) * words, 0);
  for (size_t i = 0; i < a.size(); ++i) match[a[i] * words + i / 64] |= uint64_t{1} << (i % 64);
  // A zero bit of v marks a position of `a` that ends one more step of a
  // common subsequence.
  std::vector<uint64_t> v(words, ~uint64_t{0});
  for (uint32_t s : b) {
    if (s >= symbols) continue;
    const uint64_t* m = &match[s * words];
    uint64_t carry = 0;
    for (size_t w = 0; w < words; ++w) {
      const uint64_t u = v[w] & m[w];
      const uint64_t sum = v[w] + u;
      const uint64_t with_carry = sum + carry;
      carry = static_cast<uint64_t>(sum < v[w]) | static_cast<uint64_t>(with_carry < sum);
      v[w] = with_carry | (v[w] & ~u);
    }
  }
  size_t length = 0;
  for (size_t w = 0; w < words; ++w) {
    uint64_t zeros = ~v[w];
    if (w + 1 == words && a.size() % 64 != 0) zeros &= (uint64_t{1} << (a.size() % 64)) - 1;
    length += static_cast<size_t>(std::popcount(zeros));
  }
  return length;
}

namespace {

// Calls visit(character) for each character token of `text` (not English):
// full-width forms folded, A-Z lower-cased, spaces and punctuation dropped.
template <typename Visit>
void ForEachRougeCharacter(std::string_view text, Visit visit) {
  for (size_t i = 0; i < text.size();) {
    char32_t cp = util::FoldWidth(util::DecodeUtf8(text, &i));
    if (util::IsSpace(cp) || util::IsPunctOrSymbol(cp)) continue;
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    visit(cp);
  }
}

// Calls visit(word) for each English word of `text`: a run of ASCII letters
// and digits, lower-cased, not yet stemmed. The view is valid during the call.
template <typename Visit>
void ForEachRougeWord(std::string_view text, Visit visit) {
  // ASCII letters and digits, by table (1: lower case or digit, 2: upper
  // case): a word's bytes are read in a tight loop.
  static constexpr std::array<uint8_t, 256> kClass = [] {
    std::array<uint8_t, 256> t{};
    for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = 1;
    for (int c = 'a'; c <= 'z'; ++c) t[static_cast<size_t>(c)] = 1;
    for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<size_t>(c)] = 2;
    return t;
  }();
  auto alnum = [](char c) { return kClass[static_cast<unsigned char>(c)] != 0; };
  thread_local std::string word;
  for (size_t i = 0; i < text.size();) {
    if (!alnum(text[i])) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    uint8_t seen = kClass[static_cast<unsigned char>(text[i])];
    while (end < text.size() && alnum(text[end])) seen |= kClass[static_cast<unsigned char>(text[end++])];
    const bool upper = (seen & 2) != 0;
    const std::string_view run = text.substr(i, end - i);
    if (!upper) {
      visit(run);
    } else {
      word.assign(run);
      for (char& ch : word) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
      visit(std::string_view(word));
    }
    i = end;
  }
}

// Calls visit(token) for each of RougeTokens' tokens of `text`, in order; the
// view is valid during the call.
template <typename Visit>
void ForEachRougeToken(std::string_view text, Language language, Visit visit) {
  if (language == Language::kEnglish) {
    thread_local std::string word;
    ForEachRougeWord(text, [&](std::string_view w) {
      word.assign(w);
      // Porter-stemmed when longer than 3 characters.
      visit(word.size() > 3 ? std::string_view(PorterStem(word)) : std::string_view(word));
    });
    return;
  }
  std::string character;
  ForEachRougeCharacter(text, [&](char32_t cp) {
    character.clear();
    util::AppendUtf8(cp, &character);
    visit(std::string_view(character));
  });
}

}  // namespace

std::vector<std::string> RougeTokens(std::string_view text, Language language) {
  std::vector<std::string> tokens;
  ForEachRougeToken(text, language, [&tokens](std::string_view t) { tokens.emplace_back(t); });
  return tokens;
}

uint32_t RougeVocabulary::Local(uint32_t global) {
  if (global >= stamp_.size()) {
    stamp_.resize(global + 1, 0);
    local_.resize(global + 1, 0);
  }
  if (stamp_[global] != epoch_) {
    stamp_[global] = epoch_;
    local_[global] = next_local_++;
  }
  return local_[global];
}

std::vector<uint32_t> RougeVocabulary::Tokens(std::string_view text, Language language) {
  std::vector<uint32_t> out;
  if (language != Language::kEnglish) {
    // A character is its own key: no string to build and hash.
    ForEachRougeCharacter(text, [&](char32_t cp) {
      auto [it, added] = characters_.try_emplace(cp, next_global_);
      if (added) ++next_global_;
      out.push_back(Local(it->second));
    });
    return out;
  }
  // A word seen before has its number at once; a new one is stemmed and
  // numbered by its stem (ForEachRougeToken's rule).
  ForEachRougeWord(text, [&](std::string_view w) {
    const uint32_t word = words_.Intern(w);
    if (word >= word_global_.size()) word_global_.resize(word + 1, NormTable::kNone);
    if (word_global_[word] == NormTable::kNone) {
      const std::string stem = w.size() > 3 ? ComputePorterStem(w) : std::string(w);
      const uint32_t s = stems_.Intern(stem);
      if (s >= stem_global_.size()) stem_global_.resize(s + 1, NormTable::kNone);
      if (stem_global_[s] == NormTable::kNone) stem_global_[s] = next_global_++;
      word_global_[word] = stem_global_[s];
    }
    out.push_back(Local(word_global_[word]));
  });
  return out;
}

void RougeVocabulary::NewArticle(size_t max_words) {
  ++epoch_;
  next_local_ = 0;
  if (words_.size() + characters_.size() <= max_words) return;
  words_ = NormTable();
  stems_ = NormTable();
  word_global_.clear();
  stem_global_.clear();
  characters_.clear();
  stamp_.clear();
  local_.clear();
  next_global_ = 0;
}

namespace {

// A bigram's place in a table of `mask` + 1 slots.
size_t BigramSlot(uint64_t key, size_t mask) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

uint64_t BigramKey(uint32_t a, uint32_t b) { return (uint64_t{a} << 32) | b; }

}  // namespace

// Clipped counts: an n-gram of the prediction matches while the reference
// has an occurrence of it left, so the overlap is the sum, over n-grams, of
// the rarer side's count. The reference's are counted once, in a dense
// array (tokens are numbered from 0 per article, the reference's first)
// and a hash table of bigrams; each prediction takes from a copy.
RougeReference::RougeReference(std::vector<uint32_t> tokens) : tokens_(std::move(tokens)) {
  for (uint32_t t : tokens_) {
    if (t >= unigram_counts_.size()) unigram_counts_.resize(t + 1, 0);
    ++unigram_counts_[t];
  }
  if (tokens_.size() < 2) return;
  size_t slots = 16;
  while (slots < 2 * (tokens_.size() - 1)) slots *= 2;
  bigram_keys_.assign(slots, kNoBigram);
  bigram_counts_.assign(slots, 0);
  for (size_t i = 0; i + 1 < tokens_.size(); ++i) {
    const uint64_t key = BigramKey(tokens_[i], tokens_[i + 1]);
    size_t at = BigramSlot(key, slots - 1);
    while (bigram_keys_[at] != kNoBigram && bigram_keys_[at] != key) at = (at + 1) & (slots - 1);
    bigram_keys_[at] = key;
    ++bigram_counts_[at];
  }
}

RougeScores RougeReference::Score(const std::vector<uint32_t>& prediction) const {
  RougeScores s;
  const size_t n = prediction.size();
  thread_local std::vector<uint32_t> left;
  left.assign(unigram_counts_.begin(), unigram_counts_.end());
  size_t overlap = 0;
  for (uint32_t t : prediction) {
    if (t < left.size() && left[t] > 0) {
      --left[t];
      ++overlap;
    }
  }
  s.rouge1 = eval::Score(overlap, n, tokens_.size());
  if (n >= 2 && !bigram_keys_.empty()) {
    left.assign(bigram_counts_.begin(), bigram_counts_.end());
    const size_t mask = bigram_keys_.size() - 1;
    overlap = 0;
    for (size_t i = 0; i + 1 < n; ++i) {
      const uint64_t key = BigramKey(prediction[i], prediction[i + 1]);
      for (size_t at = BigramSlot(key, mask); bigram_keys_[at] != kNoBigram; at = (at + 1) & mask) {
        if (bigram_keys_[at] != key) continue;
        if (left[at] > 0) {
          --left[at];
          ++overlap;
        }
        break;
      }
    }
    s.rouge2 = eval::Score(overlap, n - 1, tokens_.size() - 1);
  }
  s.rougeL = eval::Score(LongestCommonSubsequence(prediction, tokens_), n, tokens_.size());
  return s;
}

RougeScores Rouge(const std::vector<std::string>& prediction, const std::vector<std::string>& reference) {
  Interned t = Intern(prediction, reference);
  return RougeReference(std::move(t.ref)).Score(t.pred);
}

}  // namespace precis::eval
