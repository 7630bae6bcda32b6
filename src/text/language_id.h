// Copyright 2026 The precis Authors.
//
// Which language a text is in, as an ISO 639-1 code (de, ja, fr, zh, en),
// by Google's Compact Language Detector 2 (Debian's libcld2), with what the
// page declares (<html lang>, a JSON "lang") where the text does not tell. The character
// counts of language.h decide which word rules analyse a text; this names
// the language itself, which the built-in engine needs to refuse what it
// cannot brief.

#ifndef PRECIS_TEXT_LANGUAGE_ID_H_
#define PRECIS_TEXT_LANGUAGE_ID_H_

#include <string>
#include <string_view>

#include "precis/article.h"

namespace precis::text {

// The language of `text` (valid UTF-8; only its first 4 KB are read), else
// `declared`'s primary subtag, else "". Han text is Chinese, or Japanese
// when a tenth of it is kana; Latin text whose words are a fifth English
// function words is English (what the detector says of such text, at a
// tenth of its cost); the rest is the detector's when it is sure.
std::string IdentifyLanguage(std::string_view text, std::string_view declared);

// The language of an article's title and paragraphs, what it declares
// (Article::language_code) as the fallback.
std::string IdentifyLanguage(const Article& article);

// The English name of a language code ("de" -> "German"), the code itself
// if unknown.
std::string LanguageName(std::string_view code);

}  // namespace precis::text

#endif  // PRECIS_TEXT_LANGUAGE_ID_H_
