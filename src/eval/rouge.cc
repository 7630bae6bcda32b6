// Copyright 2026 The precis Authors.

#include "eval/rouge.h"

#include <libstemmer.h>

#include <algorithm>
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

std::string PorterStem(const std::string& word) {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("porter", "UTF_8"));
  thread_local util::StringMemo<std::string> stems(1 << 16);
  return stems.Get(word, [](std::string_view w) {
    if (!stemmer) return std::string(w);
    const sb_symbol* s = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(w.data()),
                                         static_cast<int>(w.size()));
    return s == nullptr ? std::string(w)
                        : std::string(reinterpret_cast<const char*>(s),
                                      static_cast<size_t>(sb_stemmer_length(stemmer.get())));
  });
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

RougeScore NgramScore(const std::vector<uint32_t>& pred, const std::vector<uint32_t>& ref, size_t n) {
  if (pred.size() < n || ref.size() < n) return RougeScore{};
  auto key = [n](const std::vector<uint32_t>& v, size_t i) {
    return n == 1 ? uint64_t{v[i]} : (uint64_t{v[i]} << 32) | v[i + 1];
  };
  std::unordered_map<uint64_t, int> ref_counts;
  for (size_t i = 0; i + n <= ref.size(); ++i) ++ref_counts[key(ref, i)];
  size_t overlap = 0;
  for (size_t i = 0; i + n <= pred.size(); ++i) {
    auto it = ref_counts.find(key(pred, i));
    if (it != ref_counts.end() && it->second > 0) {
      --it->second;
      ++overlap;
    }
  }
  return Score(overlap, pred.size() - n + 1, ref.size() - n + 1);
}

size_t Lcs(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::vector<std::string> RougeTokens(std::string_view text, Language language) {
  std::vector<std::string> tokens;
  if (language == Language::kEnglish) {
    std::string word;
    auto flush = [&]() {
      if (word.empty()) return;
      tokens.push_back(word.size() > 3 ? PorterStem(word) : word);
      word.clear();
    };
    for (char c : text) {
      unsigned char u = static_cast<unsigned char>(c);
      if (std::isalnum(u) && u < 0x80) {
        word.push_back(static_cast<char>(std::tolower(u)));
      } else {
        flush();
      }
    }
    flush();
    return tokens;
  }
  for (size_t i = 0; i < text.size();) {
    char32_t cp = util::FoldWidth(util::DecodeUtf8(text, &i));
    if (util::IsSpace(cp) || util::IsPunctOrSymbol(cp)) continue;
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    tokens.push_back(util::EncodeUtf8(cp));
  }
  return tokens;
}

RougeScores Rouge(const std::vector<std::string>& prediction, const std::vector<std::string>& reference) {
  const Interned t = Intern(prediction, reference);
  RougeScores s;
  s.rouge1 = NgramScore(t.pred, t.ref, 1);
  s.rouge2 = NgramScore(t.pred, t.ref, 2);
  s.rougeL = Score(Lcs(t.pred, t.ref), t.pred.size(), t.ref.size());
  return s;
}

}  // namespace precis::eval
