// Copyright 2026 The precis Authors.

#include "text/language_id.h"

#include <compact_lang_det.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <optional>

#include "util/strings.h"
#include "util/utf8.h"

// CLD2's code of a Language ("en", "zh-Hant"): exported by libcld2, declared
// in a header Debian installs among the internal ones.
namespace CLD2 {
const char* LanguageCode(Language lang);
}  // namespace CLD2

namespace precis::text {
namespace {

// What the detector reads: a few hundred words say which language they are
// in, and it costs some 190 instructions a byte.
constexpr size_t kDetectorSample = 4 * 1024;
// What the letters are counted in: some 170 English words, 340 Han
// characters.
constexpr size_t kLetterSample = 1024;

// The scripts of a text's letters, and how many of its words are English
// function words.
struct Letters {
  size_t han = 0, kana = 0, hangul = 0, latin = 0, other = 0;
  size_t words = 0, english = 0;  // Latin words, and those on the list below
};

// Words that make up a fifth or more of any English text and are rare as
// words of the other languages written in Latin letters (not "a", "in",
// "die", "de").
bool IsEnglishFunctionWord(std::string_view w) {
  static const util::AsciiWordSet kWords = {"the",  "of",    "and",   "to",   "is",   "was", "that",
                                            "for",  "with",  "on",    "by",   "it",   "as",  "are",
                                            "be",   "this",  "from",  "at",   "have", "has", "said",
                                            "were", "which", "their", "they", "he",   "his", "its"};
  return kWords.Contains(w);
}

Letters CountLetters(std::string_view text) {
  Letters out;
  size_t word_start = std::string_view::npos;
  auto end_word = [&](size_t at) {
    if (word_start == std::string_view::npos) return;
    ++out.words;
    out.english += IsEnglishFunctionWord(text.substr(word_start, at - word_start));
    word_start = std::string_view::npos;
  };
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    if (const auto b = static_cast<unsigned char>(text[i]); b < 0x80) {
      // ASCII, most of Latin text: no decoding.
      ++i;
      if (((b | 0x20u) - 'a') < 26u) {
        ++out.latin;
        if (word_start == std::string_view::npos) word_start = at;
      } else {
        end_word(at);
      }
      continue;
    }
    const char32_t c = util::DecodeUtf8(text, &i);
    const bool ascii_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (ascii_letter || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)) {
      ++out.latin;
      if (word_start == std::string_view::npos) word_start = at;
      continue;
    }
    end_word(at);
    if (util::IsHan(c)) {
      ++out.han;
    } else if (c >= 0x3041 && c <= 0x30FF) {
      ++out.kana;
    } else if (c >= 0xAC00 && c <= 0xD7A3) {
      ++out.hangul;
    } else if (c > 0x24F && u_isalpha(static_cast<UChar32>(c))) {
      ++out.other;
    }
  }
  end_word(text.size());
  return out;
}

// CLD2's answer when it is sure of it, else "". No hints: a "zh" hint turns
// Traditional Chinese into Japanese.
std::string Detect(std::string_view text) {
  bool reliable = false;
  const CLD2::Language found =
      CLD2::DetectLanguage(text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &reliable);
  return reliable && found != CLD2::UNKNOWN_LANGUAGE ? util::PrimaryLanguageTag(CLD2::LanguageCode(found))
                                                     : "";
}

// The first `max` bytes of `text` or fewer, cut at a character boundary.
std::string_view Prefix(std::string_view text, size_t max) {
  size_t size = std::min(text.size(), max);
  while (size > 0 && size < text.size() && (static_cast<unsigned char>(text[size]) & 0xC0) == 0x80) --size;
  return text.substr(0, size);
}

// What the letters alone say: "zh", "ja", "en", "" (too little to tell),
// or nothing where the detector must read the text.
std::optional<std::string> FromLetters(const Letters& letters) {
  const size_t cjk = letters.han + letters.kana;
  if (cjk > letters.latin && cjk > letters.hangul && cjk > letters.other) {
    // Han text: Japanese writes kana between its Han characters (a third
    // and more of them); Chinese may quote a Japanese name.
    if (letters.kana * 10 >= cjk) return "ja";
    return cjk >= 2 ? "zh" : "";
  }
  if (letters.latin > letters.hangul && letters.latin > letters.other && letters.words >= 20 &&
      letters.english * 5 >= letters.words) {
    return "en";  // what the detector says of such text, for a tenth of the cost
  }
  return std::nullopt;
}

// The detector's answer for `text`, Japanese without kana taken for Chinese.
std::string DetectChecked(std::string_view text, const Letters& letters) {
  std::string code = Detect(text);
  if (code == "ja" && letters.kana == 0) code = "zh";
  return code;
}

}  // namespace

std::string IdentifyLanguage(std::string_view text, std::string_view declared) {
  text = Prefix(text, kDetectorSample);
  const Letters letters = CountLetters(Prefix(text, kLetterSample));
  std::optional<std::string> code = FromLetters(letters);
  if (!code) code = DetectChecked(text, letters);
  return code->empty() ? util::PrimaryLanguageTag(declared) : *code;
}

std::string IdentifyLanguage(const Article& article) {
  // The title and paragraphs, a line each, up to kDetectorSample bytes: the
  // letters read the first kilobyte of it, the detector, when they cannot
  // tell, all. Only what each reads is copied, and one byte more (Prefix
  // looks at the byte past its cut).
  thread_local std::string sample;
  auto sample_of = [&](size_t size) {
    auto add = [&](std::string_view s) {
      sample.append(s.substr(0, size + 1 - std::min(sample.size(), size + 1)));
    };
    sample.clear();
    add(article.title);
    for (const auto& p : article.paragraphs) {
      if (sample.size() > size || sample.size() >= kDetectorSample) break;
      add("\n");
      add(p);
    }
    return Prefix(sample, size);
  };
  const Letters letters = CountLetters(sample_of(kLetterSample));
  std::optional<std::string> code = FromLetters(letters);
  if (!code) code = DetectChecked(sample_of(kDetectorSample), letters);
  return code->empty() ? util::PrimaryLanguageTag(article.language_code) : *code;
}

std::string LanguageName(std::string_view code) {
  icu::UnicodeString name;
  icu::Locale(std::string(code).c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string out;
  name.toUTF8String(out);
  return out.empty() ? std::string(code) : out;
}

}  // namespace precis::text
