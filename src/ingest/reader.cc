// Copyright 2026 The precis Authors.

#include "precis/reader.h"

#include <algorithm>

#include "ingest/charset.h"
#include "ingest/feed_reader.h"
#include "ingest/fetch.h"
#include "ingest/gzip.h"
#include "ingest/html_reader.h"
#include "ingest/json_reader.h"
#include "ingest/page_meta.h"
#include "ingest/text_reader.h"
#include "util/files.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace precis {

namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  std::string tail = s.substr(s.size() - suffix.size());
  std::transform(tail.begin(), tail.end(), tail.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return tail == suffix;
}

InputFormat Sniff(std::string_view bytes, const std::string& name) {
  if (EndsWith(name, ".json")) return InputFormat::kJson;
  if (EndsWith(name, ".html") || EndsWith(name, ".htm") || EndsWith(name, ".xhtml")) {
    return InputFormat::kHtml;
  }
  if (EndsWith(name, ".rss") || EndsWith(name, ".atom") || ingest::LooksLikeFeed(bytes)) {
    return InputFormat::kFeed;
  }
  if (ingest::LooksLikeHtml(bytes)) return InputFormat::kHtml;
  std::string_view text = ingest::TrimText(bytes.substr(0, 64));
  if (!text.empty() && text.front() == '{') return InputFormat::kJson;
  return InputFormat::kText;
}

}  // namespace

Result<std::string> DecodeText(std::string_view bytes, const std::string& name) {
  PRECIS_ASSIGN_OR_RETURN(ingest::Decoded decoded, ingest::DecodeToUtf8(bytes, name));
  return std::move(decoded.text);
}

namespace {

// The names and the line that shows them, whichever a text or JSON article
// gave (the HTML and feed readers fill both themselves).
Article WithAuthors(Article article) {
  if (article.authors.empty()) article.authors = ingest::SplitAuthors(article.author);
  if (article.author.empty()) article.author = util::Join(article.authors, ", ");
  return article;
}

}  // namespace

Result<Article> ReadArticleBytes(std::string_view bytes, const std::string& name,
                                 const ReadOptions& options) {
  if (bytes.size() > options.max_bytes) {
    return ResourceExhaustedError(name + ": larger than the limit of " + std::to_string(options.max_bytes) +
                                  " bytes");
  }
  if (bytes.empty()) return InvalidArgumentError(name + ": empty input");
  // A gzip file (page.html.gz) is read as what it holds, its form told by
  // the name without ".gz".
  std::string inflated;
  std::string form_name = name;
  if (ingest::IsGzip(bytes)) {
    PRECIS_ASSIGN_OR_RETURN(inflated, ingest::Gunzip(bytes, name, options.max_bytes));
    bytes = inflated;
    if (bytes.empty()) return InvalidArgumentError(name + ": empty input (once decompressed)");
    if (EndsWith(form_name, ".gz")) form_name.resize(form_name.size() - 3);
  }
  // UTF-16 (told by its byte-order mark) is decoded before its form is
  // sniffed: the markers sniffed for ("<html", "{") take two bytes a
  // character there.
  std::string utf8;
  std::string charset = options.charset;
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    PRECIS_ASSIGN_OR_RETURN(utf8, DecodeText(bytes, name));
    bytes = utf8;
    charset.clear();  // a header's "utf-16" no longer applies
  }
  InputFormat format = options.format == InputFormat::kAuto ? Sniff(bytes, form_name) : options.format;
  if (format == InputFormat::kFeed) {
    // A single-article reader takes a feed's first (newest) item; batch runs
    // take them all.
    PRECIS_ASSIGN_OR_RETURN(ingest::Feed feed, ingest::ParseFeed(bytes, name));
    return ingest::ArticleFromItem(feed.items.front(), feed, options);
  }
  if (format == InputFormat::kHtml) {
    ingest::HtmlOptions html;
    html.url = options.url;
    html.charset = charset;
    return ingest::ParseHtmlArticle(bytes, name, html);
  }
  PRECIS_ASSIGN_OR_RETURN(std::string text, DecodeText(bytes, name));
  if (ingest::TrimText(text).empty()) {
    return InvalidArgumentError(name + ": empty input (only white space)");
  }
  Article article;
  if (format == InputFormat::kJson) {
    PRECIS_ASSIGN_OR_RETURN(article, ingest::ParseJsonArticle(text, name));
  } else {
    article = ingest::ParseTextArticle(text);
  }
  if (article.paragraphs.empty()) {
    return InvalidArgumentError(name + ": no paragraphs (the article has no body text)");
  }
  if (article.paragraphs.size() > options.max_paragraphs) {
    return ResourceExhaustedError(name + ": " + std::to_string(article.paragraphs.size()) +
                                  " paragraphs is more than the limit of " +
                                  std::to_string(options.max_paragraphs));
  }
  return WithAuthors(std::move(article));
}

Result<Article> ReadArticleFile(const std::string& path, const ReadOptions& options) {
  if (ingest::HasUrlScheme(path)) {
    const ingest::FetchOptions fetch = ingest::FetchOptionsFor(options, /*feeds=*/true);
    PRECIS_ASSIGN_OR_RETURN(ingest::FetchedPage page, ingest::Fetch(path, fetch));
    ReadOptions html = options;
    html.format = page.content_type.find("xml") != std::string::npos &&
                          page.content_type.find("xhtml") == std::string::npos
                      ? InputFormat::kFeed
                      : InputFormat::kHtml;
    html.url = page.url;
    html.charset = page.charset;
    return ReadArticleBytes(page.body, path, html);
  }
  const bool is_stdin = path == "-";
  const std::string name = is_stdin ? "<stdin>" : path;
  PRECIS_ASSIGN_OR_RETURN(std::string bytes, is_stdin ? util::ReadStdin(options.max_bytes)
                                                      : util::ReadFile(path, options.max_bytes));
  return ReadArticleBytes(bytes, name, options);
}

}  // namespace precis
