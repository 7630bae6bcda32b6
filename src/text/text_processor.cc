// Copyright 2026 The precis Authors.
//
// TextProcessor wires the text stage together: data files are mapped once in
// Load(); every method afterwards is const and thread-safe (ICU iterators are
// cloned once per thread, memos and scratch buffers are per thread, the
// per-word flag table is written with relaxed atomics, the OpenCC converter is
// built once under a mutex).

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <opencc/SimpleConverter.hpp>

#include "precis/text.h"
#include "text/char_map.h"
#include "text/en_pos.h"
#include "text/en_words.h"
#include "text/language.h"
#include "text/language_id.h"
#include "text/lexicon.h"
#include "text/pinyin.h"
#include "text/sentence.h"
#include "text/stopwords.h"
#include "text/zh_dict.h"
#include "text/zh_hmm.h"
#include "text/zh_segmenter.h"
#include "util/files.h"
#include "util/memo.h"
#include "util/utf8.h"

namespace precis {

struct TextProcessor::Impl {
  std::string data_dir;
  text::ZhDictionary dict;
  text::ZhHmm hmm;
  text::SimplifiedMap t2s;
  text::PinyinTable pinyin;
  text::SentenceSplitter sentences;
  text::EnglishTokenizer english;
  text::EnglishWordClasses english_classes;
  text::Lexicon lexicon;
  std::unique_ptr<text::ZhSegmenter> segmenter;
  // Per dictionary word, its TokenFlag bits | 0x100 once worked out (0: not
  // yet). calloc'd: untouched pages cost nothing.
  struct FreeDeleter {
    void operator()(uint16_t* p) const { std::free(p); }
  };
  std::unique_ptr<uint16_t[], FreeDeleter> word_flags;

  std::once_flag opencc_once;
  std::unique_ptr<opencc::SimpleConverter> opencc;
  std::string opencc_error;
};

namespace {

// What a Chinese word is, from the dictionary's tag (empty for words it
// lacks): TokenFlag bits.
uint8_t ChineseWordFlags(std::string_view norm, std::string_view tag) {
  uint8_t flags = 0;
  if (text::IsChineseStopword(norm, tag)) flags |= kStopword;
  if (tag.rfind("nr", 0) == 0) flags |= kPersonName | kProperNoun;
  if (tag == "ns") flags |= kPlaceName | kProperNoun;
  if (tag == "nt") flags |= kOrganization | kProperNoun;
  if (tag == "nz") flags |= kProperNoun;
  if (!tag.empty() && (tag[0] == 'n' || tag == "vn" || tag == "an")) flags |= kNoun;
  // A Latin word inside Chinese text (FOMC, iPhone) is a name.
  if (!norm.empty() && static_cast<unsigned char>(norm[0]) < 0x80) flags |= kProperNoun;
  return flags;
}

// Without a tagger, English nouns are told by form: not an -ed/-ing/-ly word.
bool LooksLikeEnglishNoun(std::string_view stem, std::string_view surface) {
  auto ends = [&](std::string_view suffix) {
    return surface.size() > suffix.size() + 2 && surface.substr(surface.size() - suffix.size()) == suffix;
  };
  if (stem.empty() || (stem[0] >= '0' && stem[0] <= '9')) return false;
  return !ends("ed") && !ends("ing") && !ends("ly");
}

bool FileExists(const std::string& path) { return ::access(path.c_str(), R_OK) == 0; }

}  // namespace

std::vector<std::string> DataDirCandidates() {
  std::vector<std::string> dirs;
  // A directory the user named is the only one looked in: data found
  // elsewhere would hide a wrong setting.
  if (const char* env = std::getenv("PRECIS_DATA_DIR"); env != nullptr && *env != '\0') {
    dirs.emplace_back(env);
    return dirs;
  }
  std::string exe = util::ExecutableDir();
  if (!exe.empty()) dirs.push_back(exe + "/../share/precis");
#ifdef PRECIS_INSTALL_DATA_DIR
  dirs.emplace_back(PRECIS_INSTALL_DATA_DIR);
#endif
#ifdef PRECIS_BUILD_DATA_DIR
  dirs.emplace_back(PRECIS_BUILD_DATA_DIR);
#endif
  return dirs;
}

TextProcessor::TextProcessor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextProcessor::~TextProcessor() = default;

Result<std::unique_ptr<TextProcessor>> TextProcessor::Load(const std::string& data_dir) {
  auto impl = std::make_unique<Impl>();
  if (!data_dir.empty()) {
    impl->data_dir = data_dir;
  } else {
    std::string searched;
    for (const auto& dir : DataDirCandidates()) {
      if (FileExists(dir + "/zh_words.bin")) {
        impl->data_dir = dir;
        break;
      }
      searched += (searched.empty() ? "" : ", ") + dir;
    }
    if (impl->data_dir.empty()) {
      return FailedPreconditionError("precis data files (zh_words.bin...) not found in " + searched +
                                     "; build precis or set PRECIS_DATA_DIR");
    }
  }
  const std::string& dir = impl->data_dir;
  PRECIS_RETURN_IF_ERROR(impl->dict.Load(dir + "/zh_words.bin"));
  PRECIS_RETURN_IF_ERROR(impl->hmm.Load(dir + "/zh_hmm.bin"));
  PRECIS_RETURN_IF_ERROR(impl->t2s.Load(dir + "/t2s.bin"));
  PRECIS_RETURN_IF_ERROR(impl->pinyin.Load(dir + "/pinyin.bin"));
  PRECIS_RETURN_IF_ERROR(impl->english_classes.Load(dir + "/en_pos.bin"));
  PRECIS_RETURN_IF_ERROR(impl->lexicon.Load(dir + "/cedict.bin"));
  PRECIS_RETURN_IF_ERROR(impl->sentences.Init());
  PRECIS_RETURN_IF_ERROR(impl->english.Init());
  impl->segmenter = std::make_unique<text::ZhSegmenter>(&impl->dict, &impl->hmm, &impl->t2s);
  impl->word_flags.reset(static_cast<uint16_t*>(std::calloc(impl->dict.size(), sizeof(uint16_t))));
  if (!impl->word_flags && impl->dict.size() > 0) {
    return ResourceExhaustedError("cannot allocate the dictionary's word flags");
  }
  return std::unique_ptr<TextProcessor>(new TextProcessor(std::move(impl)));
}

const std::string& TextProcessor::data_dir() const { return impl_->data_dir; }

const text::Lexicon& TextProcessor::lexicon() const { return impl_->lexicon; }

Language TextProcessor::DetectLanguage(std::string_view text) const {
  return text::LanguageOf(text::CountChars(text, &impl_->t2s));
}

Script TextProcessor::DetectScript(std::string_view text) const {
  return text::ScriptOf(text::CountChars(text, &impl_->t2s));
}

void TextProcessor::Annotate(Article* article) const {
  text::CharCounts counts = text::CountChars(article->title, &impl_->t2s);
  for (const auto& p : article->paragraphs) {
    text::CharCounts c = text::CountChars(p, &impl_->t2s);
    counts.han += c.han;
    counts.traditional += c.traditional;
    counts.latin += c.latin;
  }
  if (article->language == Language::kUnknown) article->language = text::LanguageOf(counts);
  if (article->script == Script::kOther) article->script = text::ScriptOf(counts);
  // The language itself, the declared one where the text does not tell;
  // failing both, the word rules' language.
  article->language_code = text::IdentifyLanguage(*article);
  if (article->language_code.empty() && article->language != Language::kUnknown) {
    article->language_code = LanguageCode(article->language);
  }
  if (article->source_latin.empty() && !article->source.empty() &&
      text::CountChars(article->source, nullptr).han > 0) {
    article->source_latin = Pinyin(article->source);
  }
}

std::vector<Span> TextProcessor::SplitSentences(std::string_view paragraph, Language language) const {
  return impl_->sentences.Split(paragraph, language);
}

std::vector<Token> TextProcessor::Tokenize(std::string_view text, Language language, NormTable* norms,
                                           std::vector<float>* idf) const {
  std::vector<Token> tokens;
  if (language == Language::kEnglish) {
    impl_->english.Tokenize(text, 0, &tokens);
    bool first_word = true;
    for (Token& t : tokens) {
      std::string_view surface = text.substr(t.span.begin, t.span.size());
      if (t.kind != TokenKind::kWord) {
        t.norm = norms->Intern(text::EnglishTokenizer::Lower(surface));
        continue;
      }
      // A word's stem and what the word lists say of it depend on the word
      // alone: worked out once per word as written and thread.
      struct Listed {
        std::string stem;
        bool stopword = false;
        text::WordClass word_class = text::WordClass::kUnknown;
        // The stem's number in the table of serial `table` (0: none yet):
        // a word's later tokens in the same text take it without hashing.
        uint64_t table = 0;
        uint32_t norm = 0;
      };
      thread_local util::StringMemo<Listed> listed(1 << 16);
      thread_local const Impl* listed_by = nullptr;  // another processor's data may differ
      if (listed_by != impl_.get()) {
        listed = util::StringMemo<Listed>(1 << 16);
        listed_by = impl_.get();
      }
      Listed& facts = listed.Get(surface, [this](std::string_view word) {
        const std::string lower = text::EnglishTokenizer::Lower(word);
        Listed l;
        l.stem = text::EnglishTokenizer::Stem(word);
        l.stopword = text::IsEnglishStopword(lower);
        if (!l.stopword) l.word_class = impl_->english_classes.Classify(lower);
        return l;
      });
      if (facts.table != norms->serial()) {
        facts.norm = norms->Intern(facts.stem);
        facts.table = norms->serial();
      }
      t.norm = facts.norm;
      if (facts.stopword) t.flags |= kStopword;
      const bool capital = surface[0] >= 'A' && surface[0] <= 'Z';
      const bool acronym = surface.size() >= 2 && surface[1] >= 'A' && surface[1] <= 'Z';
      if (capital && (!first_word || acronym) && !(t.flags & kStopword)) t.flags |= kProperNoun;
      if (!(t.flags & kStopword)) {
        // WordNet says what the word mostly is; a word it lacks is told by
        // form (not an -ed/-ing/-ly word).
        switch (facts.word_class) {
          case text::WordClass::kNoun:
            t.flags |= kNoun;
            break;
          case text::WordClass::kVerb:
            t.flags |= kVerb;
            break;
          case text::WordClass::kAdjective:
            break;
          case text::WordClass::kUnknown:
            if (LooksLikeEnglishNoun(facts.stem, surface)) t.flags |= kNoun;
            break;
        }
      }
      first_word = false;
    }
    return tokens;
  }
  // Reused from sentence to sentence.
  thread_local std::vector<text::Piece> pieces;
  thread_local std::string piece_norms, normalized;
  // The norm numbers dictionary words last got, by word id (direct-mapped,
  // 64 KB) and the serial of the table they were interned into: a word's
  // later tokens in the same text take their number without hashing. Ids
  // are a processor's own.
  struct WordNorm {
    uint64_t table = 0;
    int32_t word = -1;
    uint32_t norm = 0;
  };
  constexpr size_t kWordNorms = 4096;
  thread_local std::vector<WordNorm> word_norms(kWordNorms);
  thread_local const Impl* word_norms_by = nullptr;
  if (word_norms_by != impl_.get()) {
    std::fill(word_norms.begin(), word_norms.end(), WordNorm{});
    word_norms_by = impl_.get();
  }
  pieces.clear();
  piece_norms.clear();
  impl_->segmenter->Segment(text, &pieces, &piece_norms);
  tokens.reserve(pieces.size());
  for (const auto& piece : pieces) {
    if (piece.kind == TokenKind::kSpace) continue;  // white space is no token
    Token t;
    t.span = piece.span;
    t.kind = piece.kind;
    std::string_view norm;
    bool have_norm = false;
    auto norm_text = [&]() {
      if (!have_norm) {
        if (!piece.norm.empty()) {
          norm = std::string_view(piece_norms).substr(piece.norm.begin, piece.norm.size());
        } else {
          normalized = impl_->segmenter->Normalize(text.substr(piece.span.begin, piece.span.size()));
          norm = normalized;
        }
        have_norm = true;
      }
      return norm;
    };
    WordNorm* known_norm =
        piece.word >= 0 ? &word_norms[static_cast<size_t>(piece.word) % kWordNorms] : nullptr;
    if (known_norm != nullptr && known_norm->table == norms->serial() && known_norm->word == piece.word) {
      t.norm = known_norm->norm;
    } else {
      t.norm = norms->Intern(norm_text());
      if (known_norm != nullptr) *known_norm = WordNorm{norms->serial(), piece.word, t.norm};
    }
    if (t.kind == TokenKind::kWord) {
      const int32_t id = piece.word != text::Piece::kNotLookedUp ? piece.word : impl_->dict.Find(norm_text());
      if (idf != nullptr) {
        if (idf->size() <= t.norm) idf->resize(norms->size(), 0.0f);
        (*idf)[t.norm] = id >= 0 ? impl_->dict.Idf(id) : impl_->dict.DefaultIdf();
      }
      if (id < 0) {
        t.flags |= ChineseWordFlags(norm_text(), {});
      } else {
        // A dictionary word's flags depend on the word alone: worked out
        // once per word and processor (0 in the table: not yet).
        std::atomic_ref<uint16_t> known(impl_->word_flags[static_cast<size_t>(id)]);
        uint16_t flags = known.load(std::memory_order_relaxed);
        if (flags == 0) {
          flags = 0x100 | ChineseWordFlags(norm_text(), impl_->dict.Tag(id));
          known.store(flags, std::memory_order_relaxed);
        }
        t.flags |= static_cast<uint8_t>(flags);
      }
    }
    tokens.push_back(t);
  }
  // What a huge text took is let go at once, not kept for the next.
  if (pieces.capacity() > (size_t{1} << 18)) {
    std::vector<text::Piece>().swap(pieces);
    std::string().swap(piece_norms);
  }
  return tokens;
}

Document TextProcessor::Analyze(Article article) const {
  Annotate(&article);
  Document doc;
  doc.title_tokens = Tokenize(article.title, article.language, &doc.norms, &doc.idf);
  doc.paragraphs.reserve(article.paragraphs.size());
  // Distinct words grow slower than text: a word per 12 bytes is ample for
  // an article of news, and a long one stops well short of its size.
  size_t bytes = article.title.size();
  for (const auto& p : article.paragraphs) bytes += p.size();
  doc.norms.Reserve(std::min<size_t>(bytes / 12 + 16, 1 << 14));
  for (size_t i = 0; i < article.paragraphs.size(); ++i) {
    Paragraph p;
    p.number = static_cast<int>(i + 1);
    p.text = std::move(article.paragraphs[i]);
    for (const Span& s : SplitSentences(p.text, article.language)) {
      Sentence sentence;
      sentence.span = s;
      sentence.tokens = Tokenize(std::string_view(p.text).substr(s.begin, s.size()), article.language,
                                 &doc.norms, &doc.idf);
      for (Token& t : sentence.tokens) {
        t.span.begin += s.begin;
        t.span.end += s.begin;
      }
      // The document holds every token of the article: no room to spare.
      sentence.tokens.shrink_to_fit();
      p.sentences.push_back(std::move(sentence));
    }
    doc.paragraphs.push_back(std::move(p));
  }
  // The text is the paragraphs' now, held once.
  article.paragraphs.clear();
  doc.article = std::move(article);
  return doc;
}

std::vector<std::string_view> TextProcessor::SegmentWords(std::string_view line) const {
  std::vector<text::Piece> pieces;
  impl_->segmenter->Segment(line, &pieces);
  std::vector<std::string_view> words;
  words.reserve(pieces.size());
  for (const auto& piece : pieces) {
    if (piece.kind == TokenKind::kSpace) continue;
    words.push_back(line.substr(piece.span.begin, piece.span.size()));
  }
  return words;
}

std::string TextProcessor::Pinyin(std::string_view text) const {
  std::vector<text::Piece> pieces;
  impl_->segmenter->Segment(text, &pieces);
  std::string out;
  std::vector<std::string_view> syllables;
  auto separate = [&out]() {
    if (!out.empty() && out.back() != ' ') out.push_back(' ');
  };
  for (const auto& piece : pieces) {
    std::string_view raw = text.substr(piece.span.begin, piece.span.size());
    if (piece.kind == TokenKind::kSpace) {
      separate();
      continue;
    }
    size_t first = 0;
    if (!util::IsHan(util::DecodeUtf8(raw, &first))) {
      if (piece.kind == TokenKind::kPunct) {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        std::string folded = impl_->segmenter->Normalize(raw);
        out += folded;
      } else {
        separate();
        for (size_t i = 0; i < raw.size();) {
          util::AppendUtf8(util::FoldWidth(util::DecodeUtf8(raw, &i)), &out);
        }
      }
      continue;
    }
    syllables.clear();
    // Read the Simplified form, syllable by syllable; a non-Han character
    // inside the piece (○ in 二○○一) is read through its own piece.
    std::string simplified = impl_->segmenter->Normalize(raw);
    impl_->pinyin.ReadWord(simplified, &syllables);
    size_t k = 0;
    for (size_t i = 0; i < simplified.size(); ++k) {
      size_t start = i;
      util::DecodeUtf8(simplified, &i);
      std::string_view syl = k < syllables.size() ? syllables[k] : std::string_view();
      separate();
      if (syl.empty()) {
        out.append(simplified, start, i - start);
        continue;
      }
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(syl[0]))));
      out.append(syl.substr(1));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Result<std::string> TextProcessor::ToSimplified(std::string_view text) const {
  std::call_once(impl_->opencc_once, [this]() {
    try {
      impl_->opencc = std::make_unique<opencc::SimpleConverter>("t2s.json");
    } catch (const std::exception& e) {
      impl_->opencc_error = e.what();
    }
  });
  if (!impl_->opencc) {
    return FailedPreconditionError("OpenCC t2s.json unavailable: " + impl_->opencc_error);
  }
  try {
    return impl_->opencc->Convert(text.data(), text.size());
  } catch (const std::exception& e) {
    return InvalidArgumentError(std::string("OpenCC conversion failed: ") + e.what());
  }
}

}  // namespace precis
