// Copyright 2026 The precis Authors.

#include "check/across.h"

#include "check/names.h"
#include "text/stopwords.h"
#include "util/utf8.h"

namespace precis::check {

const std::vector<std::string_view>& Across::Find(const std::string& key) const {
  auto it = found_.find(key);
  if (it != found_.end()) return it->second;
  std::vector<std::string_view> found(paragraphs_.size());
  for (uint32_t id : lexicon_.HeadsFor(key)) {
    const std::string_view head = lexicon_.Head(id);
    if (head.empty()) continue;  // a damaged table's posting
    const bool single = util::CountCodePoints(head) == 1;
    if (single && text::IsChineseStopword(head, "")) continue;
    for (size_t p = 0; p < paragraphs_.size(); ++p) {
      if (!found[p].empty()) continue;
      const Paragraph& para = paragraphs_[p];
      const bool here =
          single ? para.words.count(std::string(head)) > 0 || para.heads.count(std::string(head)) > 0
                 : para.text.find(head) != std::string::npos;
      if (here) found[p] = head;
    }
  }
  return found_.emplace(key, std::move(found)).first->second;
}

bool Across::Negated(size_t p, std::string_view word) const {
  if (p >= paragraphs_.size() || word.empty()) return false;
  const std::string& text = paragraphs_[p].text;
  bool any = false;
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    any = true;
    // The two characters before it: 并不明朗, 没有增长.
    size_t k = at;
    bool negated = false;
    for (int back = 0; back < 2 && k > 0; ++back) {
      const char32_t cp = util::DecodeUtf8Before(text, &k);
      negated |= cp == U'不' || cp == U'没' || cp == U'未' || cp == U'无' || cp == U'非' || cp == U'别';
    }
    if (!negated) return false;
  }
  return any;
}

namespace {

bool IsNegation(std::string_view word) {
  static const std::unordered_set<std::string_view> kNegations = {
      "不",   "没",   "没有", "未",   "无",   "非",   "别",   "并未",  "并不",
      "尚未", "从未", "未能", "不能", "没能", "从不", "绝不", "并没有"};
  return kNegations.count(word) > 0;
}

// True if a negation comes before word `i` of `seq` in its clause (up to
// the last ，。；： before it).
bool NegatedAt(const std::vector<std::string>& seq, size_t i) {
  static const std::unordered_set<std::string_view> kClauseEnds = {"，", "。", "；", "：",
                                                                   "！", "？", ",",  ";"};
  for (size_t k = i; k-- > 0 && !kClauseEnds.count(seq[k]);) {
    if (IsNegation(seq[k])) return true;
  }
  return false;
}

}  // namespace

bool Across::InNegatedClause(size_t p, std::string_view word) const {
  if (p >= paragraphs_.size() || word.empty()) return false;
  const auto& seq = paragraphs_[p].sequence;
  for (size_t i = 0; i < seq.size(); ++i) {
    // The word, or the word the gloss stands in (数据 of 数据库 is not it).
    if (seq[i] == word) return NegatedAt(seq, i);
  }
  return false;
}

Across::Stands Across::WordIn(size_t p, std::string_view word) const {
  if (p >= paragraphs_.size() || word.empty()) return Stands::kAbsent;
  const auto& seq = paragraphs_[p].sequence;
  Stands found = Stands::kAbsent;
  for (size_t i = 0; i < seq.size(); ++i) {
    if (seq[i] != word) continue;
    bool negated = false;
    for (size_t k = i; k-- > 0 && i - k <= 3;) {
      if (IsNegation(seq[k])) negated = true;
      // Punctuation ends its reach, and so does 的 (不到位的问题: the problem
      // is there, its being in place is not).
      if (IsNegation(seq[k]) || util::CountHan(seq[k]) == 0 || seq[k] == "的") break;
    }
    if (!negated) return Stands::kAffirmed;
    found = Stands::kDenied;
  }
  return found;
}

std::string_view Across::AbbreviationIn(size_t p, std::string_view abbr) const {
  if (p >= paragraphs_.size() || abbr.empty()) return {};
  for (const std::string& w : paragraphs_[p].sequence) {
    if (w.find(abbr) == std::string::npos) continue;
    if (IsAbbreviationCompound(w)) return w;
    for (std::string_view tail : {"方", "股", "元", "人", "资", "企", "军"}) {
      if (w.size() == abbr.size() + tail.size() && w.starts_with(abbr) && w.ends_with(tail)) return w;
    }
  }
  return {};
}

bool Across::GlossedIn(std::string_view word, const std::unordered_set<std::string>& english_words) const {
  for (uint32_t id : lexicon_.KeysOf(word)) {
    const std::string_view key = lexicon_.Key(id);
    if (key.find(' ') == std::string_view::npos && english_words.count(std::string(key))) return true;
  }
  return false;
}

}  // namespace precis::check
