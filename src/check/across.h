// Copyright 2026 The precis Authors.
//
// Words across languages, for checking an English statement against a
// Chinese article (and back) through CC-CEDICT (text/lexicon.h): an English
// word or phrase — its stems, "prime minist" — is in a Chinese paragraph
// when one of the Chinese words it glosses is there: a word of two or more
// characters anywhere in the paragraph's text, a single character only as a
// word of its own or as the head (last character) of a compound (法 of
// 劳动法), never a function word. A
// Chinese word is in an English paragraph when one of its gloss stems is
// one of the paragraph's words.

#ifndef PRECIS_CHECK_ACROSS_H_
#define PRECIS_CHECK_ACROSS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/lexicon.h"

namespace precis::check {

class Across {
 public:
  // One Chinese paragraph: its (Simplified) text and its words.
  struct Paragraph {
    std::string text;
    std::unordered_set<std::string> words;
    // The last character of each word of two or more: a compound's head
    // (法 of 劳动法, 网 of 电网), which a single-character gloss may name.
    std::unordered_set<std::string> heads;
    std::vector<std::string> sequence;  // its words in order, for what stands before one
  };

  Across(const text::Lexicon& lexicon, std::vector<Paragraph> paragraphs)
      : lexicon_(lexicon), paragraphs_(std::move(paragraphs)) {}

  // True if the lexicon glosses anything with `key`.
  bool Knows(std::string_view key) const { return !lexicon_.HeadsFor(key).empty(); }
  // True if `key` glosses a common word, not only names.
  bool IsCommon(std::string_view key) const { return lexicon_.IsCommon(key); }
  bool IsProper(std::string_view key) const { return lexicon_.IsProper(key); }
  // The keys of `key`'s opposites (rise: fall).
  std::vector<std::string_view> Opposites(std::string_view key) const {
    std::vector<std::string_view> out;
    for (uint32_t id : lexicon_.AntonymsOf(key)) {
      if (!lexicon_.Key(id).empty()) out.push_back(lexicon_.Key(id));
    }
    return out;
  }
  // The Chinese words `key` glosses.
  std::vector<std::string_view> HeadsOf(std::string_view key) const {
    std::vector<std::string_view> out;
    for (uint32_t id : lexicon_.HeadsFor(key)) out.push_back(lexicon_.Head(id));
    return out;
  }
  // True if the lexicon has the Chinese word `head`.
  bool KnowsHead(std::string_view head) const { return !lexicon_.KeysOf(head).empty(); }

  // For each paragraph, the first Chinese word `key` glosses that it holds
  // ("" where none): computed once per key.
  const std::vector<std::string_view>& Find(const std::string& key) const;

  // True if every time `word` stands in paragraph `p` a negation comes
  // right before it (不明朗, 没有增长, 未获批准).
  bool Negated(size_t p, std::string_view word) const;

  // True if a negation stands before `word` in its clause of paragraph `p`
  // (up to the last ，。；： before it), where the word first stands as a
  // word of its own: 阿里在现场并没有给出Tops、功耗等数据.
  bool InNegatedClause(size_t p, std::string_view word) const;

  // How `word` stands in paragraph `p` as a word of its own: absent,
  // somewhere affirmed, or only where a negation comes at most two words
  // before it, no punctuation or 的 between (并没有发现可疑人员: 可疑).
  enum class Stands { kAbsent, kAffirmed, kDenied };
  Stands WordIn(size_t p, std::string_view word) const;

  // The first word of paragraph `p` holding the abbreviation `abbr` (德 of
  // 德法): a compound of abbreviations, or the abbreviation with 方/股/元/人
  // (港股, 俄方); "" if none.
  std::string_view AbbreviationIn(size_t p, std::string_view abbr) const;

  // True if a gloss stem of the Chinese `word` is among `english_words`.
  bool GlossedIn(std::string_view word, const std::unordered_set<std::string>& english_words) const;

  size_t size() const { return paragraphs_.size(); }

 private:
  const text::Lexicon& lexicon_;
  std::vector<Paragraph> paragraphs_;
  mutable std::unordered_map<std::string, std::vector<std::string_view>> found_;
};

}  // namespace precis::check

#endif  // PRECIS_CHECK_ACROSS_H_
