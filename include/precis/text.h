// Copyright 2026 The precis Authors.
//
// TextProcessor: sentences, words and pinyin for Chinese and English text.
//
// Load() maps precis' prebuilt data files (the Chinese dictionary, the HMM
// for unknown words, pinyin readings, the Traditional->Simplified map) from a
// data directory: `data_dir` if given, else $PRECIS_DATA_DIR if set (and
// then only there: a wrong setting fails, naming it), else the installed
// location, else the build tree. Loading takes a few milliseconds;
// a loaded TextProcessor is immutable and safe to share between threads.

#ifndef PRECIS_TEXT_H_
#define PRECIS_TEXT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/status.h"

namespace precis {

namespace text {
class Lexicon;
}  // namespace text

class TextProcessor {
 public:
  static Result<std::unique_ptr<TextProcessor>> Load(const std::string& data_dir = "");
  ~TextProcessor();
  TextProcessor(const TextProcessor&) = delete;
  TextProcessor& operator=(const TextProcessor&) = delete;

  // The directory the data files were loaded from.
  const std::string& data_dir() const;

  // CC-CEDICT's Chinese-English glosses (src/text/lexicon.h).
  const text::Lexicon& lexicon() const;

  // Fills article->language, ->script and, for a Chinese source name,
  // ->source_latin. Cheap; never fails.
  void Annotate(Article* article) const;

  // Splits an article into sentences and tokens. Sentences cover each
  // paragraph exactly and tokens cover each sentence exactly: joining the
  // spans gives the paragraph back, byte for byte.
  Document Analyze(Article article) const;

  // Sentence spans of one paragraph, covering it exactly.
  std::vector<Span> SplitSentences(std::string_view paragraph, Language language) const;

  // Tokens of a piece of text (its words, numbers and punctuation, not the
  // white space between them), their norms numbered in `norms`. Chinese
  // (and mixed) text uses precis' dictionary segmenter; English uses ICU
  // word breaks, splits possessives ("Trump's" -> "Trump" "'s") and stems
  // with Snowball. With `idf`, (*idf)[norm] is each word norm's corpus IDF
  // (Chinese: jieba's table; the vector grows to cover the norms, 0 where
  // none is known): see Document::idf.
  std::vector<Token> Tokenize(std::string_view text, Language language, NormTable* norms,
                              std::vector<float>* idf = nullptr) const;

  // The words of a line of Chinese (or mixed) text, white space dropped:
  // what `precis segment` prints.
  std::vector<std::string_view> SegmentWords(std::string_view line) const;

  // Title-cased pinyin of the Han parts, other text kept: 新浪财经 -> "Xin Lang
  // Cai Jing", 美联储FOMC -> "Mei Lian Chu FOMC". Word-level readings, so
  // polyphones read right (长沙 Chang Sha, 银行 Yin Hang).
  std::string Pinyin(std::string_view text) const;

  // Language and script of a text by its characters.
  Language DetectLanguage(std::string_view text) const;
  Script DetectScript(std::string_view text) const;

  // Phrase-level Traditional -> Simplified conversion with OpenCC (loaded on
  // first use). Unlike the one-to-one character map used in analysis, the
  // result may differ in length, so spans do not carry over.
  Result<std::string> ToSimplified(std::string_view text) const;

  struct Impl;

 private:
  explicit TextProcessor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Where Load() looks when given no directory (see above), in order: only
// $PRECIS_DATA_DIR when it is set; else <executable>/../share/precis, the
// install prefix's share/precis, the build tree's data/.
std::vector<std::string> DataDirCandidates();

}  // namespace precis

#endif  // PRECIS_TEXT_H_
