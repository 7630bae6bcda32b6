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
  // The UTC offset of published's time when the page stated one ("+08:00",
  // "+00:00"): published is the time as written, in that zone.
  std::string published_zone;
  std::string author;                // as shown: the names joined by ", "
  std::vector<std::string> authors;  // the persons (or desk) who wrote it, one a name
  std::string url;
  // The word rules that analyse the text: Chinese for Han text (Japanese
  // too), English for Latin-script text in any language.
  Language language = Language::kUnknown;
  // The language the text is in, ISO 639-1 ("de", "ja", "zh"); "" if
  // unknown. A reader sets what the input declares (<html lang>); the text
  // processor checks it against the text (TextProcessor::Annotate).
  std::string language_code;
  Script script = Script::kOther;
  // Body paragraphs in reading order, UTF-8, trimmed, none empty. Their text
  // is what the user sees and what citations point at: precis never rewrites
  // it (width folding and the like happen only in analysis).
  std::vector<std::string> paragraphs;
};

// The article's language code: language_code, else the word rules' code.
inline std::string LanguageCodeOf(const Article& article) {
  return article.language_code.empty() ? LanguageCode(article.language) : article.language_code;
}

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
  kSpace,   // white space: a segmenter's piece, never a token (tokens are what lies between)
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

// The distinct norms (the forms tokens are matched by) of a piece of text,
// each stored once: a token holds its norm's number in the table. Number 0
// is the empty norm. A plain value: copies are independent.
class NormTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  NormTable();

  // Room for `norms` norms in all without growing.
  void Reserve(size_t norms);
  // Holds the empty norm alone again, with room for `norms` norms as
  // Reserve gives it (its slots cleared only as far as that needs; memory
  // past a few thousand norms let go, so that a table reused for one text
  // after another does not keep what the largest took); a new serial.
  void Clear(size_t norms = 0);
  // The number of `norm`, added if new.
  uint32_t Intern(std::string_view norm);
  // The number of `norm`, or kNone if the table lacks it.
  uint32_t Find(std::string_view norm) const;
  // The norm numbered `id` (< size()).
  std::string_view operator[](uint32_t id) const {
    return std::string_view(chars_).substr(starts_[id], starts_[id + 1] - starts_[id]);
  }
  // Norms held, the empty one included: numbers run from 0 to size() - 1.
  size_t size() const { return starts_.size() - 1; }
  // A number no other table of the process has (never 0), renewed when the
  // table is copied, moved or assigned: a norm's number, remembered beside
  // the serial of the table it came from, is that norm's number for as long
  // as the serial stays the same.
  uint64_t serial() const { return serial_.value; }

 private:
  struct Serial {
    static uint64_t Next();
    uint64_t value = Next();
    Serial() = default;
    Serial(const Serial&) : value(Next()) {}
    Serial(Serial&& other) noexcept : value(Next()) { other.value = Next(); }
    Serial& operator=(const Serial&) {
      value = Next();
      return *this;
    }
    Serial& operator=(Serial&& other) noexcept {
      value = Next();
      other.value = Next();
      return *this;
    }
    ~Serial() = default;
  };

  uint32_t Probe(std::string_view norm, uint64_t hash) const;  // the slot of `norm` or of its place
  void Rehash(size_t slots);

  std::string chars_;             // the norms one after another
  std::vector<uint32_t> starts_;  // norm i is chars_[starts_[i], starts_[i + 1])
  // Open addressing, a power of two long: number + 1 and half the hash
  // (0: empty).
  std::vector<uint64_t> slots_;
  Serial serial_;
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;  // TokenFlag bits
  // The number, in the NormTable the tokens were made with (the document's),
  // of the form used for matching: width-folded, lower-cased, stemmed for
  // English, simplified for Traditional Chinese.
  uint32_t norm = 0;
};

struct Sentence {
  Span span;  // includes trailing white space
  // Its words, numbers and punctuation in order; the white space between
  // them is no token (it was nearly half of an English text's pieces).
  std::vector<Token> tokens;
};

struct Paragraph {
  int number = 0;  // 1-based citation number
  std::string text;
  std::vector<Sentence> sentences;  // cover the paragraph exactly, in order
};

struct Document {
  // What was read, less the paragraphs' text: that is `paragraphs[i].text`
  // (held once), and `article.paragraphs` is empty; Read() gives it whole.
  Article article;
  NormTable norms;  // the norms of every token below
  // Per norm, its inverse document frequency in a corpus where known
  // (Chinese: jieba's table), else 0; norms past its end have none. Kept by
  // norm, not in each token: it depends on the norm alone, and a token is
  // 16 bytes without it.
  std::vector<float> idf;
  std::vector<Token> title_tokens;  // tokens of article.title
  std::vector<Paragraph> paragraphs;

  std::string_view Norm(const Token& token) const { return norms[token.norm]; }
  float Idf(const Token& token) const { return token.norm < idf.size() ? idf[token.norm] : 0.0f; }
  // The article as read, its paragraphs' text included (a copy).
  Article Read() const {
    Article a = article;
    a.paragraphs.reserve(paragraphs.size());
    for (const Paragraph& p : paragraphs) a.paragraphs.push_back(p.text);
    return a;
  }
};

}  // namespace precis

#endif  // PRECIS_ARTICLE_H_
