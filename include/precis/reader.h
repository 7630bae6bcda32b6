// Copyright 2026 The precis Authors.
//
// Reading an article from a file, standard input or bytes in memory.
//
// Forms: RSS/Atom feeds (their first item; see src/ingest/feed_reader.h),
// HTML pages (the article body and its metadata, see
// src/ingest/html_reader.h); plain text and Markdown (paragraphs separated by blank lines, or one
// per line when there are none; optional front matter with title:, source:,
// published:, author:, url:, language:; or a first line that is clearly a
// title, optionally followed by a byline), and JSON
// ({"title","source","published","author","url","language",
//   "paragraphs":[...]} or "text" instead of "paragraphs").
// Encodings: UTF-8 (with or without BOM), UTF-16 with BOM (any form),
// GB18030/GBK/GB2312 (detected when the bytes are not UTF-8), Big5 (when
// uchardet detects it and the bytes are not GB18030 Chinese); HTML pages
// also by their declared charset (see src/ingest/charset.h).
//
// Every error names the input and says what is wrong with it.

#ifndef PRECIS_READER_H_
#define PRECIS_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/article.h"
#include "precis/status.h"

namespace precis {

enum class InputFormat { kAuto, kText, kJson, kHtml, kFeed };

struct ReadOptions {
  // Inputs larger than this are refused (kResourceExhausted).
  size_t max_bytes = 20 * 1024 * 1024;
  // Paragraphs beyond this many are refused (kResourceExhausted).
  size_t max_paragraphs = 10000;
  InputFormat format = InputFormat::kAuto;
  // For HTML: the page's URL and the charset of an HTTP header, if known.
  std::string url;
  std::string charset;
  // For http(s) URLs: size cap, timeouts, redirects.
  size_t max_url_bytes = 10 * 1024 * 1024;
  long connect_timeout_ms = 10000;
  long timeout_ms = 30000;
  long max_redirects = 5;
};

// Reads `path`: an http(s) URL (fetched with libcurl, see ReadOptions), a
// file, or standard input when `path` is "-". Format by extension
// (.json, .html/.htm; anything else is text) or by content (an HTML doctype
// or <html> tag means HTML, a leading '{' JSON).
Result<Article> ReadArticleFile(const std::string& path, const ReadOptions& options = {});

// Parses `bytes` read from the input called `name` (used in messages).
Result<Article> ReadArticleBytes(std::string_view bytes, const std::string& name,
                                 const ReadOptions& options = {});

// Converts raw bytes to UTF-8 text: strips a BOM, converts UTF-16 (with BOM),
// GB18030 and Big5 (when the bytes are not valid UTF-8), refuses binary data.
// Errors name `name`.
Result<std::string> DecodeText(std::string_view bytes, const std::string& name);

}  // namespace precis

#endif  // PRECIS_READER_H_
