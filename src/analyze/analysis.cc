// Copyright 2026 The precis Authors.
//
// Design: one pass over the Document interns terms and counts them per
// sentence; weights follow once document frequencies are known. Sentence
// salience combines four signals that single-document news summarisation
// has long relied on: centrality (LexRank: Erkan & Radev, "LexRank:
// Graph-based Lexical Centrality as Salience in Text Summarization", JAIR
// 2004), the lead prior of news writing, similarity to the headline, and
// coverage of the article's key terms (Luhn 1958; Edmundson 1969). The mix
// (0.45 centrality, 0.15 position, 0.15 headline, 0.25 coverage) was chosen
// by `precis eval --budget reference` over the four development sets, among
// ten mixes tried; centrality-heavy mixes won on every English set.

#include "analyze/analysis.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <deque>
#include <memory_resource>
#include <numeric>
#include <unordered_map>

#include "util/strings.h"
#include "util/units.h"
#include "util/utf8.h"

namespace precis::analyze {
namespace {

constexpr float kNameBoost = 1.5f;
constexpr int kKeyTerms = 10;
// Largest article (in sentences) whose similarity graph is built in full:
// 400^2 floats is 640 KB.
constexpr size_t kMaxGraphSentences = 400;

bool IsQuoteOpen(char32_t cp) { return cp == U'“' || cp == U'「' || cp == U'『'; }
bool IsQuoteClose(char32_t cp) { return cp == U'”' || cp == U'」' || cp == U'』'; }

// A direct quotation of a few words or more.
bool HasQuotation(std::string_view text) {
  size_t open_at = std::string_view::npos;
  size_t inside = 0;
  int ascii_quotes = 0;
  for (size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {  // ASCII: no curly or corner quote
      const size_t end = util::AsciiRunEnd(text, i);
      ascii_quotes += static_cast<int>(std::count(text.begin() + static_cast<std::ptrdiff_t>(i),
                                                  text.begin() + static_cast<std::ptrdiff_t>(end), '"'));
      if (open_at != std::string_view::npos) inside += end - i;
      i = end;
      continue;
    }
    // U+4000..U+9FFF, most of Chinese text: no quotation mark, one
    // character inside.
    if (util::IsCjkBlockAt(text, i)) {
      i += 3;
      if (open_at != std::string_view::npos) ++inside;
      continue;
    }
    size_t at = i;
    char32_t cp = util::DecodeUtf8(text, &i);
    if (IsQuoteOpen(cp)) {
      open_at = at;
      inside = 0;
    } else if (IsQuoteClose(cp) && open_at != std::string_view::npos) {
      if (inside >= 6) return true;
      open_at = std::string_view::npos;
    } else if (open_at != std::string_view::npos) {
      ++inside;
    }
  }
  return ascii_quotes >= 2;
}

// Runs [begin, end) of two or more capitalised name tokens separated by
// one white-space character each.
std::vector<std::pair<size_t, size_t>> NameRuns(const std::vector<Token>& tokens) {
  std::vector<std::pair<size_t, size_t>> runs;
  auto name = [&](size_t k) { return tokens[k].kind == TokenKind::kWord && (tokens[k].flags & kProperNoun); };
  size_t k = 0;
  while (k < tokens.size()) {
    if (!name(k)) {
      ++k;
      continue;
    }
    size_t end = k + 1;
    int words = 1;
    while (end < tokens.size() && tokens[end].span.begin == tokens[end - 1].span.end + 1 && name(end)) {
      ++end;
      ++words;
    }
    if (words >= 2 && words <= 4) runs.emplace_back(k, end);
    k = end;
  }
  return runs;
}

// Does `text` start with a lower-case letter (past white space and an
// opening quote), not a word such as iPhone or eBay?
bool StartsInLowerCase(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '"' || text[i] == '\'')) ++i;
  return util::StartsWithLowerCaseWord(text.substr(i));
}

// The most pieces one whole sentence may gather: a quotation of many
// sentences is rare, and an unclosed quote must not swallow a paragraph.
constexpr int kMaxUnitPieces = 6;

}  // namespace

float Dot(const TermVector& a, const TermVector& b) {
  float sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first == b[j].first) {
      sum += a[i].second * b[j].second;
      ++i;
      ++j;
    } else if (a[i].first < b[j].first) {
      ++i;
    } else {
      ++j;
    }
  }
  return sum;
}

void SpreadVector::Spread(const TermVector& b) {
  for (int id : spread_) weight_[static_cast<size_t>(id)] = 0.0f;
  spread_.clear();
  for (const auto& [id, w] : b) {
    weight_[static_cast<size_t>(id)] = w;
    spread_.push_back(id);
  }
}

float SpreadVector::Dot(const TermVector& a) const {
  float sum = 0;
  for (const auto& [id, w] : a) sum += w * weight_[static_cast<size_t>(id)];
  return sum;
}

float Norm(const TermVector& a) {
  // Dot(a, a) without the merge: the same products summed in the same order.
  float sum = 0;
  for (const auto& [id, w] : a) sum += w * w;
  return std::sqrt(sum);
}

float Cosine(const TermVector& a, float norm_a, const TermVector& b, float norm_b) {
  return norm_a > 0 && norm_b > 0 ? Dot(a, b) / (norm_a * norm_b) : 0.0f;
}

float Cosine(const TermVector& a, const TermVector& b) { return Cosine(a, Norm(a), b, Norm(b)); }

void AddTo(TermVector* a, const TermVector& b, float scale) {
  if (a->empty()) {  // a sum begun: b scaled, into a's own room
    a->reserve(b.size());
    for (const auto& [id, w] : b) a->emplace_back(id, scale * w);
    return;
  }
  // The merge is made in a buffer kept from call to call, which then trades
  // places with `a`: sums built vector by vector allocate once, not per call.
  thread_local TermVector out;
  out.clear();
  out.reserve(a->size() + b.size());
  size_t i = 0, j = 0;
  while (i < a->size() || j < b.size()) {
    if (j == b.size() || (i < a->size() && (*a)[i].first < b[j].first)) {
      out.push_back((*a)[i++]);
    } else if (i == a->size() || b[j].first < (*a)[i].first) {
      out.emplace_back(b[j].first, scale * b[j].second);
      ++j;
    } else {
      out.emplace_back((*a)[i].first, (*a)[i].second + scale * b[j].second);
      ++i;
      ++j;
    }
  }
  a->swap(out);
}

void TrackQuotes(std::string_view text, QuoteDepth* depth) {
  // Read byte by byte: in UTF-8 a lead byte or an ASCII byte is never part
  // of another character, and every quotation mark but the straight one
  // starts E2 80 (“ ”) or E3 80 (「 」 『 』); other characters change
  // nothing and are passed over undecoded, sixteen bytes at a time.
  for (size_t i = 0; (i = util::FindAnyOf3(text, i, '"', '\xE2', '\xE3')) < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == '"') {
      // A straight quote opens after a space, an opening bracket or a
      // colon (or at the start) and closes elsewhere.
      char32_t before = ' ';
      if (i > 0) {
        size_t at = i;
        before = util::DecodeUtf8Before(text, &at);
      }
      depth->straight =
          util::IsSpace(before) || before == '(' || before == ':' || before == U'：' || before == U'（';
      continue;
    }
    if ((b != 0xE2 && b != 0xE3) || i + 2 >= text.size() || static_cast<unsigned char>(text[i + 1]) != 0x80) {
      continue;
    }
    // Each kind is open (1) or not (0): a quotation opened while one of its
    // kind is open closes the first, as news leaves a quotation that runs
    // on into the next paragraph unclosed.
    const auto last = static_cast<unsigned char>(text[i + 2]);
    if (b == 0xE2) {
      if (last == 0x9C || last == 0x9D) depth->curly = last == 0x9C;  // “ ”
    } else if (last == 0x8C || last == 0x8D) {
      depth->corner = last == 0x8C;  // 「 」
    } else if (last == 0x8E || last == 0x8F) {
      depth->white_corner = last == 0x8E;  // 『 』
    }
    i += 2;
  }
}

bool StartsWithOpeningQuote(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = util::DecodeUtf8(text, &i);
    if (util::IsSpace(cp)) continue;
    return cp == U'“' || cp == U'「' || cp == U'『' || cp == '"';
  }
  return false;
}

bool EndsSentence(std::string_view text) {
  size_t at = text.size();
  while (at > 0) {
    const char32_t cp = util::DecodeUtf8Before(text, &at);
    if (util::IsSpace(cp) || util::IsClosingMark(cp)) continue;
    return cp == U'。' || cp == U'！' || cp == U'？' || cp == '!' || cp == '?' || cp == '.' || cp == U'…' ||
           cp == U'．';
  }
  return false;
}

Analysis Analyze(const Document& doc) {
  Analysis a;
  a.language = doc.article.language;
  const bool english = a.language == Language::kEnglish;
  // Each term's forms as written and how often each occurs. Nearly every
  // term is written one way, so a map is made only for a second form; it
  // receives the forms in the order they came, which is what decides
  // between forms seen equally often.
  // The maps live in an arena that goes with the analysis (most articles'
  // fit the buffer on the stack): a map is a dozen small allocations.
  using FormCounts = std::pmr::unordered_map<std::string_view, int>;
  std::array<std::byte, 4096> forms_buffer;
  std::pmr::monotonic_buffer_resource forms_arena(forms_buffer.data(), forms_buffer.size());
  std::pmr::deque<FormCounts> form_maps(&forms_arena);
  struct Forms {
    std::string_view first;
    int first_count = 0;
    FormCounts* all = nullptr;  // in form_maps
  };
  std::vector<Forms> surfaces;
  // Per sentence, (term id, occurrences) sorted by id: sentence i's are
  // tf[tf_start[i], tf_start[i + 1]).
  std::vector<std::pair<int, int>> tf;
  std::vector<size_t> tf_start{0};
  std::vector<int> occurrences;  // term ids of the sentence at hand

  // Terms are numbered in order of first occurrence. A word's term is
  // found by its norm's number; a name of several words by its norms joined.
  a.norm_terms.assign(doc.norms.size(), -1);
  std::unordered_map<std::string_view, int> phrase_terms;  // keys view a.phrase_norms
  auto count = [&](int* id, std::string_view norm, const Token& t, std::string_view surface) {
    if (*id < 0) {
      *id = static_cast<int>(a.terms.size());
      Term term;
      term.norm = norm;
      term.idf = doc.Idf(t);
      a.terms.push_back(std::move(term));
      surfaces.emplace_back();
    }
    Term& term = a.terms[static_cast<size_t>(*id)];
    term.flags |= t.flags;
    ++term.count;
    Forms& forms = surfaces[static_cast<size_t>(*id)];
    if (forms.all) {
      ++(*forms.all)[surface];
    } else if (forms.first_count == 0 || forms.first == surface) {
      forms.first = surface;
      ++forms.first_count;
    } else {
      forms.all = &form_maps.emplace_back();
      (*forms.all)[forms.first] = forms.first_count;
      ++(*forms.all)[surface];
    }
    return *id;
  };
  auto countable = [&](const Token& t) {
    if (t.kind != TokenKind::kWord || (t.flags & kStopword) || t.norm == 0) return false;
    // Two characters or more: the first one does not fill the norm.
    const std::string_view norm = doc.Norm(t);
    size_t first = 0;
    util::DecodeUtf8(norm, &first);
    const bool two = first < norm.size();
    if (english) return two;
    return two || (t.flags & kProperNoun);
  };

  // Room for the terms up front: an article's vocabulary grows slower than
  // its tokens (a quarter of them is ample for news), and a table grown step
  // by step rehashes and moves every term it holds. A word's term is one of
  // the document's norms, so a long text needs no more than those (and its
  // few names of several words, for which the table grows).
  size_t tokens = 0, sentences = 0;
  for (const Paragraph& para : doc.paragraphs) {
    sentences += para.sentences.size();
    for (const Sentence& sent : para.sentences) tokens += sent.tokens.size();
  }
  a.sentences.reserve(sentences);
  const size_t expected_terms = std::min(tokens / 4, doc.norms.size()) + 16;
  a.terms.reserve(expected_terms);
  surfaces.reserve(expected_terms);
  for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Paragraph& para = doc.paragraphs[p];
    for (size_t s = 0; s < para.sentences.size(); ++s) {
      const Sentence& sent = para.sentences[s];
      SentenceInfo info;
      info.paragraph = static_cast<int>(p);
      info.sentence = static_cast<int>(s);
      info.order = static_cast<int>(a.sentences.size());
      std::string_view text = std::string_view(para.text).substr(sent.span.begin, sent.span.size());
      info.units = util::ContentUnits(text, a.language);
      info.quote = HasQuotation(text);
      occurrences.clear();
      for (const Token& t : sent.tokens) {
        if (!countable(t)) continue;
        occurrences.push_back(count(&a.norm_terms[t.norm], doc.Norm(t), t,
                                    std::string_view(para.text).substr(t.span.begin, t.span.size())));
      }
      // English names of several words (Federal Reserve, Jerome Powell) are
      // also terms of their own: a topic title needs the whole name.
      if (english) {
        for (const auto& [begin, end] : NameRuns(sent.tokens)) {
          Token phrase;
          phrase.kind = TokenKind::kWord;
          phrase.flags = kProperNoun | kNoun;
          std::string norm;
          for (size_t k = begin; k < end; ++k) {
            if (!norm.empty()) norm.push_back(' ');
            norm += doc.Norm(sent.tokens[k]);
          }
          const uint32_t from = sent.tokens[begin].span.begin, to = sent.tokens[end - 1].span.end;
          auto it = phrase_terms.find(norm);
          if (it == phrase_terms.end()) {
            a.phrase_norms.push_back(std::move(norm));
            it = phrase_terms.emplace(a.phrase_norms.back(), -1).first;
          }
          occurrences.push_back(
              count(&it->second, it->first, phrase, std::string_view(para.text).substr(from, to - from)));
        }
      }
      std::sort(occurrences.begin(), occurrences.end());
      for (size_t k = 0; k < occurrences.size(); ++k) {
        if (k > 0 && occurrences[k] == occurrences[k - 1]) {
          ++tf.back().second;
        } else {
          tf.emplace_back(occurrences[k], 1);
          ++a.terms[static_cast<size_t>(occurrences[k])].sentences;
        }
      }
      tf_start.push_back(tf.size());
      a.sentences.push_back(std::move(info));
    }
  }
  // Whole sentences: pieces gathered, within a paragraph, until one ends a
  // sentence with every quotation closed — or with a quotation the article
  // leaves open because it runs on (the next piece opens a new one, or the
  // paragraph ends), as news writes a quotation of several paragraphs.
  auto piece_text = [&](size_t k) {
    const Paragraph& para = doc.paragraphs[static_cast<size_t>(a.sentences[k].paragraph)];
    const Span& span = para.sentences[static_cast<size_t>(a.sentences[k].sentence)].span;
    return std::string_view(para.text).substr(span.begin, span.size());
  };
  for (size_t i = 0; i < a.sentences.size();) {
    const int paragraph = a.sentences[i].paragraph;
    size_t last = i;
    QuoteDepth quotes;
    bool ends = false;
    for (size_t k = i; k < a.sentences.size() && a.sentences[k].paragraph == paragraph; ++k) {
      const std::string_view text = piece_text(k);
      TrackQuotes(text, &quotes);
      ends = EndsSentence(text);
      last = k;
      if (ends && !quotes.open()) break;
      const bool next_in_paragraph = k + 1 < a.sentences.size() && a.sentences[k + 1].paragraph == paragraph;
      if (ends && (!next_in_paragraph || StartsWithOpeningQuote(piece_text(k + 1)))) break;
      if (static_cast<int>(k - i) + 1 >= kMaxUnitPieces) break;
    }
    // An English sentence starting in lower case lost its start (a name
    // the page linked and the text dropped: "won the women's 800m…").
    const bool lost_start = doc.article.language == Language::kEnglish && StartsInLowerCase(piece_text(i));
    for (size_t k = i; k <= last; ++k) {
      a.sentences[k].unit_first = static_cast<int>(i);
      a.sentences[k].unit_last = static_cast<int>(last);
      a.sentences[k].whole = ends && !lost_start;
    }
    i = last + 1;
  }
  for (size_t id = 0; id < a.terms.size(); ++id) {
    if (!surfaces[id].all) {
      a.terms[id].surface = surfaces[id].first;
      continue;
    }
    auto best = std::max_element(surfaces[id].all->begin(), surfaces[id].all->end(),
                                 [](const auto& x, const auto& y) { return x.second < y.second; });
    a.terms[id].surface = best->first;
  }

  // Weights: (1 + log tf) * idf, names boosted. Chinese IDF comes from
  // jieba's corpus table (scaled to about 1); English uses inverse sentence
  // frequency within the article.
  const float n_sent = static_cast<float>(std::max<size_t>(a.sentences.size(), 1));
  auto idf_of = [&](const Term& t) {
    float idf =
        t.idf > 0 ? t.idf / 8.0f : std::log((n_sent + 1.0f) / (static_cast<float>(t.sentences) + 0.5f));
    if (t.flags & kProperNoun) idf *= kNameBoost;
    return std::max(idf, 0.05f);
  };
  a.paragraphs.assign(doc.paragraphs.size(), {});
  // A paragraph's vector sums its sentences' in a dense array, term by term
  // in sentence order: the sums merging the sparse vectors one by one made.
  std::vector<float> paragraph_sum(a.terms.size(), 0.0f);
  std::vector<char> in_paragraph(a.terms.size(), 0);
  std::vector<int> touched;
  auto close_paragraph = [&](int p) {
    std::sort(touched.begin(), touched.end());
    TermVector& out = a.paragraphs[static_cast<size_t>(p)];
    out.reserve(touched.size());
    for (int id : touched) {
      out.emplace_back(id, paragraph_sum[static_cast<size_t>(id)]);
      paragraph_sum[static_cast<size_t>(id)] = 0.0f;
      in_paragraph[static_cast<size_t>(id)] = 0;
    }
    touched.clear();
  };
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    TermVector v;
    v.reserve(tf_start[i + 1] - tf_start[i]);
    for (size_t k = tf_start[i]; k < tf_start[i + 1]; ++k) {
      const auto [id, n] = tf[k];
      Term& term = a.terms[static_cast<size_t>(id)];
      const float w = (1.0f + std::log(static_cast<float>(n))) * idf_of(term);
      term.weight += w;
      v.emplace_back(id, w);
    }
    std::sort(v.begin(), v.end());
    const float norm = Norm(v);
    if (norm > 0) {
      for (auto& e : v) e.second /= norm;
    }
    const int p = a.sentences[i].paragraph;
    for (const auto& [id, w] : v) {
      if (!in_paragraph[static_cast<size_t>(id)]) {
        in_paragraph[static_cast<size_t>(id)] = 1;
        touched.push_back(id);
      }
      paragraph_sum[static_cast<size_t>(id)] += w;
    }
    a.sentences[i].vector = std::move(v);
    if (i + 1 == a.sentences.size() || a.sentences[i + 1].paragraph != p) close_paragraph(p);
  }
  a.key_terms.resize(a.terms.size());
  std::iota(a.key_terms.begin(), a.key_terms.end(), 0);
  // The top 20 (an order without ties: weight, then first occurrence).
  const size_t top = std::min<size_t>(a.key_terms.size(), 20);
  std::partial_sort(a.key_terms.begin(), a.key_terms.begin() + static_cast<std::ptrdiff_t>(top),
                    a.key_terms.end(), [&](int x, int y) {
                      float wx = a.terms[static_cast<size_t>(x)].weight,
                            wy = a.terms[static_cast<size_t>(y)].weight;
                      return wx != wy ? wx > wy : x < y;
                    });
  a.key_terms.resize(top);

  // Title vector over the article's terms.
  std::unordered_map<int, int> title_tf;
  for (const Token& t : doc.title_tokens) {
    if (!countable(t)) continue;
    const int id = a.TermOf(t);
    if (id >= 0) ++title_tf[id];
  }
  for (const auto& [id, n] : title_tf) a.title.emplace_back(id, idf_of(a.terms[static_cast<size_t>(id)]));
  std::sort(a.title.begin(), a.title.end());

  // LexRank with continuous weights. Its graph is quadratic, so for very
  // long articles (a report pasted whole) centrality falls back to the
  // similarity with the article's centroid (MEAD: Radev et al., 2004), which
  // is linear and ranks sentences much alike.
  const size_t n = a.sentences.size();
  std::vector<float> rank(n, n > 0 ? 1.0f / static_cast<float>(n) : 0.0f);
  if (n > kMaxGraphSentences) {
    // The centroid summed in a dense array and each sentence's cosine with
    // it read off that array: linear, and the same sums in the same order
    // as merging sparse vectors (a term's weights added sentence by
    // sentence; a dot product over the sentence's terms by id).
    std::vector<float> centroid(a.terms.size(), 0.0f);
    std::vector<char> present(a.terms.size(), 0);
    for (const auto& s : a.sentences) {
      for (const auto& [id, w] : s.vector) {
        centroid[static_cast<size_t>(id)] += w;
        present[static_cast<size_t>(id)] = 1;
      }
    }
    float centroid_dot = 0;
    for (size_t id = 0; id < centroid.size(); ++id) {
      if (present[id]) centroid_dot += centroid[id] * centroid[id];
    }
    const float centroid_norm = std::sqrt(centroid_dot);
    for (size_t i = 0; i < n; ++i) {
      const TermVector& v = a.sentences[i].vector;
      const float norm = Norm(v);
      float dot = 0;
      for (const auto& [id, w] : v) dot += w * centroid[static_cast<size_t>(id)];
      rank[i] = norm > 0 && centroid_norm > 0 ? dot / (norm * centroid_norm) : 0.0f;
    }
  } else if (n > 1) {
    // The similarity of sentences i < j, summed term by term through each
    // term's sentences in ascending term order: the same sums, in the same
    // order, as a dot product of the two sparse vectors, but the cost is
    // the pairs that share a term, not all pairs times their terms.
    std::vector<float> sim(n * n, 0.0f);
    {
      // Each term's (sentence, weight) list, term after term in one array.
      std::vector<size_t> start(a.terms.size() + 1, 0);
      for (const auto& s : a.sentences) {
        for (const auto& [id, w] : s.vector) ++start[static_cast<size_t>(id) + 1];
      }
      for (size_t t = 0; t < a.terms.size(); ++t) start[t + 1] += start[t];
      std::vector<std::pair<uint32_t, float>> postings(start.back());
      std::vector<size_t> fill(start.begin(), start.end() - 1);
      for (size_t i = 0; i < n; ++i) {
        for (const auto& [id, w] : a.sentences[i].vector) {
          postings[fill[static_cast<size_t>(id)]++] = {static_cast<uint32_t>(i), w};
        }
      }
      for (size_t t = 0; t < a.terms.size(); ++t) {
        for (size_t x = start[t]; x < start[t + 1]; ++x) {
          float* row = &sim[postings[x].first * n];
          const float wx = postings[x].second;
          for (size_t y = x + 1; y < start[t + 1]; ++y) row[postings[y].first] += wx * postings[y].second;
        }
      }
    }
    std::vector<float> row_sum(n, 0.0f);
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        const float c = sim[i * n + j];
        sim[j * n + i] = c;
        row_sum[i] += c;
        row_sum[j] += c;
      }
    }
    // Row j of the transition matrix, sim / row_sum, computed once; a
    // sentence like no other (row sum 0) passes its rank to all.
    for (size_t j = 0; j < n; ++j) {
      if (row_sum[j] <= 0) continue;
      for (size_t i = 0; i < n; ++i) sim[j * n + i] = sim[j * n + i] / row_sum[j];
    }
    constexpr float kDamping = 0.85f;
    std::vector<float> next(n), in(n);
    std::vector<size_t> linked;  // the rows that pass rank on
    for (size_t j = 0; j < n; ++j) {
      if (row_sum[j] > 0) linked.push_back(j);
    }
    for (int iter = 0; iter < 50; ++iter) {
      float dangling = 0;
      for (size_t j = 0; j < n; ++j) {
        if (row_sum[j] <= 0) dangling += rank[j];
      }
      // in[i] sums over j in ascending order, four rows a pass over in[]
      // (each added in turn: the same sums in the same order as a row at a
      // time, a quarter of the loads and stores of in[]).
      std::fill(in.begin(), in.end(), 0.0f);
      float* __restrict sums = in.data();
      size_t k = 0;
      for (; k + 4 <= linked.size(); k += 4) {
        const float r0 = rank[linked[k]], r1 = rank[linked[k + 1]], r2 = rank[linked[k + 2]],
                    r3 = rank[linked[k + 3]];
        const float* __restrict p0 = &sim[linked[k] * n];
        const float* __restrict p1 = &sim[linked[k + 1] * n];
        const float* __restrict p2 = &sim[linked[k + 2] * n];
        const float* __restrict p3 = &sim[linked[k + 3] * n];
        for (size_t i = 0; i < n; ++i) {
          float v = sums[i];
          v += p0[i] * r0;
          v += p1[i] * r1;
          v += p2[i] * r2;
          v += p3[i] * r3;
          sums[i] = v;
        }
      }
      for (; k < linked.size(); ++k) {
        const float r = rank[linked[k]];
        const float* __restrict row = &sim[linked[k] * n];
        for (size_t i = 0; i < n; ++i) sums[i] += row[i] * r;
      }
      float delta = 0;
      for (size_t i = 0; i < n; ++i) {
        next[i] =
            (1.0f - kDamping) / static_cast<float>(n) + kDamping * (in[i] + dangling / static_cast<float>(n));
        delta += std::fabs(next[i] - rank[i]);
      }
      rank.swap(next);
      if (delta < 1e-6f) break;
    }
  }
  const float max_rank = n > 0 ? *std::max_element(rank.begin(), rank.end()) : 1.0f;

  float key_total = 0;
  const size_t key_count = std::min<size_t>(a.key_terms.size(), kKeyTerms);
  for (size_t k = 0; k < key_count; ++k) key_total += a.terms[static_cast<size_t>(a.key_terms[k])].weight;

  const float title_norm = Norm(a.title);
  for (size_t i = 0; i < n; ++i) {
    SentenceInfo& s = a.sentences[i];
    s.centrality = max_rank > 0 ? rank[i] / max_rank : 0.0f;
    s.position = 1.0f / std::sqrt(1.0f + static_cast<float>(s.order));
    s.title_similarity = 0.0f;
    if (!a.title.empty()) {
      // Cosine(s.vector, a.title), the title's norm worked out once.
      const float ns = Norm(s.vector);
      s.title_similarity = ns > 0 && title_norm > 0 ? Dot(s.vector, a.title) / (ns * title_norm) : 0.0f;
    }
    float covered = 0;
    for (size_t k = 0; k < key_count; ++k) {
      int id = a.key_terms[k];
      if (std::any_of(s.vector.begin(), s.vector.end(), [id](const auto& e) { return e.first == id; })) {
        covered += a.terms[static_cast<size_t>(id)].weight;
      }
    }
    s.coverage = key_total > 0 ? covered / key_total : 0.0f;
    float score = 0.45f * s.centrality + 0.15f * s.position + 0.15f * s.title_similarity + 0.25f * s.coverage;
    // Fragments cannot stand alone; very long sentences crowd out others.
    const int short_units = english ? 6 : 10;
    if (s.units < short_units) score *= 0.4f;
    s.score = score;
  }
  a.enumerations = FindEnumerations(doc, a);
  return a;
}

}  // namespace precis::analyze
