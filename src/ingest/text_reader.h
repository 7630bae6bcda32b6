// Copyright 2026 The precis Authors.
//
// Plain text and Markdown articles.
//
//   ---                          optional front matter (or the same key: value
//   title: ...                   lines at the top without the fences; keys
//   source: 新浪财经             title, source, published/date, author, url,
//   published: 2026-01-09 23:52  language, and 标题/来源/作者/时间)
//   ---
//   # Title                      or a first line that is clearly a title
//   新浪财经·2026-01-09 23:52    optional byline: source, time, author
//
//   Paragraphs separated by blank lines (lines within one are joined), or
//   one paragraph per line when the body has no blank lines.

#ifndef PRECIS_INGEST_TEXT_READER_H_
#define PRECIS_INGEST_TEXT_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"

namespace precis::ingest {

// Parses UTF-8 text. Never fails: an input with no paragraphs yields an
// Article without paragraphs, which the caller reports.
Article ParseTextArticle(std::string_view text);

// Splits a body into paragraphs by the rule above.
std::vector<std::string> SplitParagraphs(std::string_view body);

// Recognises a byline ("新浪财经·2026-01-09 23:52", "By Jane Doe, Reuters",
// "来源：新华社 2026年1月9日") and fills source, published and author.
// Returns false, leaving `article` alone, if `line` is not one.
bool ParseByline(std::string_view line, Article* article);

// White space at both ends removed (ASCII, U+3000, NBSP).
std::string_view TrimText(std::string_view s);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_TEXT_READER_H_
