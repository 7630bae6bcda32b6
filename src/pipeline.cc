// Copyright 2026 The precis Authors.

#include "precis/pipeline.h"

namespace precis {

Result<Article> LoadArticle(const std::string& path, const ReadOptions& options, const TextProcessor& text) {
  PRECIS_ASSIGN_OR_RETURN(Article article, ReadArticleFile(path, options));
  text.Annotate(&article);
  return article;
}

Result<Document> LoadDocument(const std::string& path, const ReadOptions& options,
                              const TextProcessor& text) {
  PRECIS_ASSIGN_OR_RETURN(Article article, ReadArticleFile(path, options));
  return text.Analyze(std::move(article));
}

}  // namespace precis
