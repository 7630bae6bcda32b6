// Copyright 2026 The precis Authors.

#include "render/article_writer.h"

#include <nlohmann/json.hpp>

namespace precis::render {

std::string ArticleToText(const Article& article) {
  std::string out;
  auto field = [&out](const char* key, const std::string& value) {
    if (value.empty()) return;
    out += key;
    out += ": ";
    out += value;
    out += '\n';
  };
  field("title", article.title);
  std::string source = article.source;
  if (!article.source_latin.empty() && article.source_latin != article.source) {
    source += " (" + article.source_latin + ")";
  }
  field("source", source);
  field("published", article.published_zone.empty() ? article.published
                                                    : article.published + " " + article.published_zone);
  field("author", article.author);
  field("url", article.url);
  out += "language: ";
  out += LanguageCodeOf(article);
  if (article.script == Script::kTraditional) out += " (Traditional)";
  out += '\n';
  out += "paragraphs: " + std::to_string(article.paragraphs.size()) + '\n';
  for (size_t i = 0; i < article.paragraphs.size(); ++i) {
    out += "\n[" + std::to_string(i + 1) + "] " + article.paragraphs[i] + '\n';
  }
  return out;
}

std::string ArticleToJson(const Article& article) {
  nlohmann::ordered_json j;
  j["title"] = article.title;
  j["source"] = article.source;
  j["source_latin"] = article.source_latin;
  j["published"] = article.published;
  j["published_zone"] = article.published_zone;
  j["author"] = article.author;
  j["authors"] = article.authors;
  j["language"] = LanguageCodeOf(article);
  j["url"] = article.url;
  j["paragraphs"] = article.paragraphs;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace precis::render
