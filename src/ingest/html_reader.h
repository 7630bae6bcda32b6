// Copyright 2026 The precis Authors.
//
// HTML pages -> Article: the article body with its paragraph boundaries, and
// the metadata around it (title, source, published time, author, URL).
//
// The page is parsed by a real HTML5 parser (gumbo, Debian's libgumbo). The
// body is found by content scoring in the spirit of Readability: text blocks
// score by their length and punctuation, scores flow to their ancestors,
// class and id names (content, article, 正文 / comment, share, related, nav)
// and link density weigh in, and the best container wins, with its
// qualifying siblings. Inside it, navigation, share and comment widgets,
// related-article lists, photo credits and copyright lines are dropped, and
// every block element (p, h2-h6, li, blockquote, a <br><br> break) becomes
// one paragraph: those are the citation numbers.

#ifndef PRECIS_INGEST_HTML_READER_H_
#define PRECIS_INGEST_HTML_READER_H_

#include <string>
#include <string_view>

#include "precis/article.h"
#include "precis/status.h"

namespace precis::ingest {

struct HtmlOptions {
  std::string url;      // where the page came from, if known
  std::string charset;  // from an HTTP Content-Type header, if any
};

// Errors (naming `name`): undecodable or binary bytes, a page with no
// article text.
Result<Article> ParseHtmlArticle(std::string_view bytes, const std::string& name,
                                 const HtmlOptions& options = {});

// True if `text` looks like HTML (a doctype or an <html>/<head>/<body> tag
// near the start).
bool LooksLikeHtml(std::string_view text);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_HTML_READER_H_
