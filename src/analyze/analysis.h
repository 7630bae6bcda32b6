// Copyright 2026 The precis Authors.
//
// Analysis: what the planner needs to know about a Document's sentences —
// term vectors, salience features, enumerations — as plain values.
//
// Term weights are TF-IDF: IDF from jieba's table for Chinese, inverse
// sentence frequency within the article for English (no corpus table ships
// in Debian), names weighted up, function words and numbers left out.
// Centrality is LexRank (Erkan & Radev, 2004): PageRank over the cosine
// similarity graph of the sentences, continuous edge weights.

#ifndef PRECIS_ANALYZE_ANALYSIS_H_
#define PRECIS_ANALYZE_ANALYSIS_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/article.h"

namespace precis::analyze {

// Sparse term vector: (term id, weight), sorted by term id.
using TermVector = std::vector<std::pair<int, float>>;

float Dot(const TermVector& a, const TermVector& b);
float Norm(const TermVector& a);
float Cosine(const TermVector& a, const TermVector& b);
// The same, of vectors whose norms are known (Norm's).
float Cosine(const TermVector& a, float norm_a, const TermVector& b, float norm_b);

// One vector against many: b's weights spread by term id over an array (0
// where b lacks the term), each Dot(a, b) then read off it without the
// merge's branches -- the same products summed in the same order (the
// terms b lacks add zeros), so the same floats.
class SpreadVector {
 public:
  // Room for term ids below `terms`.
  explicit SpreadVector(size_t terms) : weight_(terms, 0.0f) {}
  void Spread(const TermVector& b);  // replaces what was spread before
  float Dot(const TermVector& a) const;
  float Cosine(const TermVector& a, float norm_a, float norm_b) const {
    return norm_a > 0 && norm_b > 0 ? Dot(a) / (norm_a * norm_b) : 0.0f;
  }

 private:
  std::vector<float> weight_;
  std::vector<int> spread_;  // the ids set
};
// a += scale * b
void AddTo(TermVector* a, const TermVector& b, float scale = 1.0f);

// A term's forms are views: into the Document analysed (its norms and its
// paragraphs' text) or, for a name of several words, into the Analysis'
// own `phrase_norms`. An Analysis is used while its Document lives.
struct Term {
  std::string_view norm;     // analysis form
  std::string_view surface;  // most frequent form as written
  float idf = 0;
  int count = 0;      // occurrences in the article
  int sentences = 0;  // sentences it occurs in
  uint8_t flags = 0;  // TokenFlag bits
  float weight = 0;   // salience in the whole article (sum of tf-idf)
};

struct SentenceInfo {
  int paragraph = 0;           // index into Document::paragraphs
  int sentence = 0;            // index into Paragraph::sentences
  int order = 0;               // position in the article, from 0
  TermVector vector;           // TF-IDF, L2-normalised
  int units = 0;               // length: Han characters and other letters/digits (zh), words (en)
  bool quote = false;          // contains a direct quotation
  float centrality = 0;        // LexRank, scaled to max 1
  float position = 0;          // lead prior in (0, 1]
  float title_similarity = 0;  // cosine with the title
  float coverage = 0;          // share of the article's key-term weight it holds
  float score = 0;             // combined salience in [0, 1]
  // The whole sentence this piece belongs to, as the first and last
  // indices into Analysis::sentences: the splitter also cuts at ； between
  // full clauses and at each sentence of a quotation, but a statement quotes
  // whole sentences. `whole` is false when the unit is no sentence at all
  // (no end mark, or quotes left open): a heading, a caption, a line the
  // page broke.
  int unit_first = 0;
  int unit_last = 0;
  bool whole = true;
};

// A sequence of numbered points (一是…二是…三是…, 第一…第二…, 1. 2. 3.,
// first/second/third) as sentence indices into Analysis::sentences.
struct Enumeration {
  int intro = -1;                       // the sentence announcing it, if any
  std::vector<std::vector<int>> items;  // each item's sentences, in order
};

struct Analysis {
  Analysis() = default;
  Analysis(Analysis&&) = default;
  Analysis& operator=(Analysis&&) = default;
  // Not copied: terms view phrase_norms, which a copy would not own.
  Analysis(const Analysis&) = delete;
  Analysis& operator=(const Analysis&) = delete;

  Language language = Language::kUnknown;
  std::vector<Term> terms;
  // The norms of names of several words, joined by spaces (a deque: each
  // stays where it is as more are added, and when the Analysis moves).
  std::deque<std::string> phrase_norms;
  // The term of each norm of the document (by number in Document::norms), or
  // -1: the term a token counts towards. Names of several words, terms too,
  // have no norm of their own.
  std::vector<int> norm_terms;
  int TermOf(const Token& token) const { return norm_terms[token.norm]; }
  std::vector<SentenceInfo> sentences;  // in article order
  std::vector<TermVector> paragraphs;   // per paragraph: sum of its sentence vectors
  std::vector<int> key_terms;           // term ids by descending weight (top 20)
  std::vector<Enumeration> enumerations;
  TermVector title;
};

// True if `text` ends a sentence: an end mark (。！？!?.…) followed only by
// closing quotes, brackets and spaces.
bool EndsSentence(std::string_view text);

// Which quotations are open at a point of a paragraph. Each kind is open or
// not (a mark that opens a quotation of a kind already open closes the
// first: news leaves a quotation that runs on into the next paragraph
// unclosed).
struct QuoteDepth {
  int curly = 0;         // “ ”
  int corner = 0;        // 「 」
  int white_corner = 0;  // 『 』
  int straight = 0;      // " (opening after a space, bracket or colon)
  bool open() const { return curly + corner + white_corner + straight > 0; }
};

// Updates `depth` across `text`.
void TrackQuotes(std::string_view text, QuoteDepth* depth);

// True if `text` opens with a quotation mark (after spaces).
bool StartsWithOpeningQuote(std::string_view text);

// Analyses `doc`. Cost: O(sentences^2) for the similarity graph, linear
// otherwise.
Analysis Analyze(const Document& doc);

// Finds enumerations among the analysed sentences (exposed for tests).
std::vector<Enumeration> FindEnumerations(const Document& doc, const Analysis& analysis);

}  // namespace precis::analyze

#endif  // PRECIS_ANALYZE_ANALYSIS_H_
