// Copyright 2026 The precis Authors.
//
// JSON articles: {"title","source","published","author","url","language",
// "paragraphs":[string...]} or {"text": string} instead of "paragraphs"
// ("date" is accepted for "published", as in precis' evaluation sets).

#ifndef PRECIS_INGEST_JSON_READER_H_
#define PRECIS_INGEST_JSON_READER_H_

#include <string>
#include <string_view>

#include "precis/article.h"
#include "precis/status.h"

namespace precis::ingest {

// Errors (kInvalidArgument) name `name` and say what is wrong: malformed
// JSON with its position, a top level that is not an object, a field of the
// wrong type ("paragraphs" item 3 is a number).
Result<Article> ParseJsonArticle(std::string_view text, const std::string& name);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_JSON_READER_H_
