// Copyright 2026 The precis Authors.
//
// Article: a news article as precis read it, and Document: the same article
// split into sentences and words. Both are plain values that flow one way
// through the pipeline (Article -> Document -> Plan -> Brief).
//
// Paragraph numbers are the citations of every brief: paragraph i of
// Article::paragraphs is cited as [i + 1]. The title and byline are never
// paragraphs.

#ifndef PRECIS_ARTICLE_H_
#define PRECIS_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

enum class Language {
  kUnknown,
  kChinese,  // any Chinese: Simplified or Traditional (see Script)
  kEnglish,
};

// "zh", "en" or "und".
inline const char* LanguageCode(Language language) {
  switch (language) {
    case Language::kChinese:
      return "zh";
    case Language::kEnglish:
      return "en";
    case Language::kUnknown:
      break;
  }
  return "und";
}

enum class Script {
  kOther,
  kSimplified,   // Chinese in simplified characters
  kTraditional,  // Chinese in traditional characters
  kLatin,
};

struct Article {
  std::string title;
  std::string source;        // as written, e.g. 新浪财经 or "Reuters"
  std::string source_latin;  // pinyin for a Chinese source (Xin Lang Cai Jing)
  std::string published;     // as given, ideally ISO 8601 or "YYYY-MM-DD hh:mm"
  std::string author;
  std::string url;
  Language language = Language::kUnknown;
  Script script = Script::kOther;
  // Body paragraphs in reading order, UTF-8, trimmed, none empty. Their text
  // is what the user sees and what citations point at: precis never rewrites
  // it (width folding and the like happen only in analysis).
  std::vector<std::string> paragraphs;
};

// A half-open byte range [begin, end) into one paragraph's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end == begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class TokenKind : uint8_t {
  kWord,    // a word of letters or ideographs
  kNumber,  // digits with their decimal point, separators, %, or Chinese numerals
  kPunct,   // punctuation and symbols
  kSpace,   // white space (kept so that tokens cover the text exactly)
};

// What the text stage knows of a word, for term weighting and names.
enum TokenFlag : uint8_t {
  kStopword = 1,      // a function word (的, 了, the, of): carries no topic
  kPersonName = 2,    // 泽连斯基 (from the dictionary's tags)
  kPlaceName = 4,     // 巴黎
  kOrganization = 8,  // 北约
  kProperNoun = 16,   // any name: the three above, or a capitalised English word
  kNoun = 32,         // a noun (Chinese: by tag; English: WordNet's commonest use, else form), for titles
  kVerb = 64,         // English: a word WordNet knows mostly as a verb (said, left, fell)
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;  // TokenFlag bits
  // Inverse document frequency where known (Chinese: jieba's table), else 0.
  float idf = 0;
  // The form used for matching: width-folded, lower-cased, stemmed for
  // English, simplified for Traditional Chinese. Empty for kSpace.
  std::string norm;
};

struct Sentence {
  Span span;                  // includes trailing white space
  std::vector<Token> tokens;  // cover `span` exactly, in order
};

struct Paragraph {
  int number = 0;  // 1-based citation number
  std::string text;
  std::vector<Sentence> sentences;  // cover the paragraph exactly, in order
};

struct Document {
  Article article;
  std::vector<Token> title_tokens;  // tokens of article.title
  std::vector<Paragraph> paragraphs;
};

}  // namespace precis

#endif  // PRECIS_ARTICLE_H_
