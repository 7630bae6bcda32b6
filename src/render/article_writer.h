// Copyright 2026 The precis Authors.
//
// Writers for an Article as precis read it (`precis extract`).

#ifndef PRECIS_RENDER_ARTICLE_WRITER_H_
#define PRECIS_RENDER_ARTICLE_WRITER_H_

#include <string>

#include "precis/article.h"

namespace precis::render {

// Metadata lines, then "[n] paragraph" blocks separated by blank lines.
std::string ArticleToText(const Article& article);

// {"title","source","source_latin","published","author","language","url",
//  "paragraphs":[...]} on one line, ending in a newline.
std::string ArticleToJson(const Article& article);

}  // namespace precis::render

#endif  // PRECIS_RENDER_ARTICLE_WRITER_H_
