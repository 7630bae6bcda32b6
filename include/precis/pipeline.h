// Copyright 2026 The precis Authors.
//
// The pipeline: the one place where precis' stages are wired together
// (ingest -> text -> ...). The command line and the service call these.

#ifndef PRECIS_PIPELINE_H_
#define PRECIS_PIPELINE_H_

#include <string>

#include "precis/article.h"
#include "precis/reader.h"
#include "precis/status.h"
#include "precis/text.h"

namespace precis {

// Reads the article at `path` ("-" for stdin) and annotates it: language,
// script and the pinyin of a Chinese source name.
Result<Article> LoadArticle(const std::string& path, const ReadOptions& options, const TextProcessor& text);

// LoadArticle, then sentences and words.
Result<Document> LoadDocument(const std::string& path, const ReadOptions& options, const TextProcessor& text);

}  // namespace precis

#endif  // PRECIS_PIPELINE_H_
