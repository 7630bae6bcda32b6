// Copyright 2026 The precis Authors.

#include "store/schema.h"

#include <cerrno>
#include <cstdlib>

namespace precis::store {

namespace {

// Version 2, the same SQL on both back ends.
constexpr char kFeedTables[] = R"sql(
CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  etag TEXT NOT NULL,
  last_modified TEXT NOT NULL,
  checked_at TEXT NOT NULL
);
CREATE TABLE feed_items (
  feed TEXT NOT NULL,
  item TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed, item)
);
)sql";

}  // namespace

// Version 2 adds what precis watch keeps: each feed's validators
// (ETag, Last-Modified) and the items of each feed already queued.
//
// Version 1. An article is stored once, by the hash of its content; each
// set of brief options makes one brief of it. briefs.seq orders the
// listing (newest first) and numbers the search index's rows.
const std::vector<std::string>& SqliteMigrations() {
  static const std::vector<std::string> kMigrations = {
      R"sql(
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  source_latin TEXT NOT NULL,
  published TEXT NOT NULL,
  published_day TEXT,
  language TEXT NOT NULL,
  url TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE briefs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  options TEXT NOT NULL,
  created_at TEXT NOT NULL,
  json TEXT NOT NULL,
  markdown TEXT NOT NULL,
  UNIQUE (article_id, options)
);
CREATE INDEX briefs_by_article ON briefs(article_id);
CREATE INDEX articles_by_day ON articles(published_day);
CREATE VIRTUAL TABLE briefs_fts USING fts5(title, brief, article, tokenize = 'unicode61 remove_diacritics 0');
)sql",
      kFeedTables,
  };
  return kMigrations;
}

// Version 1, the same tables; search over the same terms in a tsvector of
// the `simple` configuration (no stemming or stop words of its own: the
// terms are precis'), with a GIN index.
const std::vector<std::string>& PostgresMigrations() {
  static const std::vector<std::string> kMigrations = {
      R"sql(
CREATE TABLE articles (
  id BIGSERIAL PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  source_latin TEXT NOT NULL,
  published TEXT NOT NULL,
  published_day TEXT,
  language TEXT NOT NULL,
  url TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE briefs (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  options TEXT NOT NULL,
  created_at TEXT NOT NULL,
  json TEXT NOT NULL,
  markdown TEXT NOT NULL,
  search TSVECTOR NOT NULL,
  UNIQUE (article_id, options)
);
CREATE INDEX briefs_by_article ON briefs(article_id);
CREATE INDEX articles_by_day ON articles(published_day);
CREATE INDEX briefs_search ON briefs USING GIN (search);
)sql",
      kFeedTables,
  };
  return kMigrations;
}

std::string PublishedDay(const std::string& published) {
  if (published.size() < 10) return "";
  for (size_t i = 0; i < 10; ++i) {
    const char c = published[i];
    const bool dash = i == 4 || i == 7;
    if (dash ? c != '-' : (c < '0' || c > '9')) return "";
  }
  return published.substr(0, 10);
}

Result<int64_t> CursorBefore(const std::string& cursor) {
  if (cursor.empty()) return int64_t{0};
  char* end = nullptr;
  errno = 0;
  const long long v = std::strtoll(cursor.c_str(), &end, 10);
  if (end == cursor.c_str() || *end != '\0' || errno != 0 || v <= 0) {
    return InvalidArgumentError("cursor '" + cursor + "' is not one this store gave");
  }
  return static_cast<int64_t>(v);
}

int PageLimit(int limit) { return limit < 1 ? 1 : (limit > 100 ? 100 : limit); }

}  // namespace precis::store
