// Copyright 2026 The precis Authors.
//
// The store of briefs: what `precis serve` keeps so that a reader can come
// back to a brief, and search for it, next week.
//
// A stored brief is an article (stored once, by the hash of its content)
// and one brief of it per set of brief options. The store keeps the texts
// the shell hands it (the article's and the brief's JSON, the brief's
// Markdown) and a search index over pre-segmented text: the shell turns
// titles, briefs and articles into space-separated search terms with
// precis' own segmenter (SearchTerms, below), and queries the same way, so
// `乌克兰` finds `在乌克兰部署` and `rates` finds `rate`.
//
// Two back ends share this interface and one schema: SQLite (the default,
// a file; WAL, FTS5, foreign keys) and PostgreSQL (several servers on one
// store). Open() picks by the location's form. Every method is safe to call
// from several threads at once; a write is committed when it returns.

#ifndef PRECIS_STORE_STORE_H_
#define PRECIS_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"
#include "precis/text.h"

namespace precis::store {

// One brief with its article, as stored.
struct StoredBrief {
  std::string id;            // 16 hex digits: the brief's content key's hash
  std::string article_hash;  // SHA-256 of the article's content, hex
  std::string options;       // the brief options, canonical ("engine=builtin;groups=4;lang=auto")
  std::string created_at;    // RFC 3339, UTC, milliseconds: 2026-12-03T14:05:12.345Z
  // The article's fields shown in lists and used by filters.
  std::string title, source, source_latin, published, language, url;
  std::string article_json;  // the article as `precis extract --format json` writes it
  std::string brief_json;    // as `precis brief --format json`
  std::string brief_markdown;
  // Search terms (SearchTerms) of the title, the brief's statements and the
  // article's paragraphs; written to the index, not read back.
  std::string title_terms, brief_terms, article_terms;
};

// A line of a listing.
struct BriefSummary {
  std::string id, title, source, published, language, created_at;
};

struct SearchQuery {
  std::string terms;   // SearchTerms of the query; empty: every brief
  std::string source;  // the article's source (or its pinyin), any case; empty: any
  std::string from;    // published on or after this day (YYYY-MM-DD); empty: no bound
  std::string to;      // published on or before this day; empty: no bound
  int limit = 20;      // 1..100
  std::string cursor;  // a page's next_cursor; empty: the first page
};

struct SearchPage {
  std::vector<BriefSummary> items;  // newest first
  std::string next_cursor;          // empty on the last page
};

// What precis watch remembers of a feed between polls.
struct FeedState {
  std::string url;
  std::string etag, last_modified;  // the validators of its last 200 answer
  std::string checked_at;           // RFC 3339
};

class Store {
 public:
  virtual ~Store() = default;

  // Adds `brief` unless a brief with its id is stored; either way returns
  // the stored one and whether it was added by this call. Committed on
  // return.
  struct PutResult {
    StoredBrief brief;
    bool added = false;
  };
  virtual Result<PutResult> Put(const StoredBrief& brief) = 0;

  // The brief `id`, if stored (search terms are not read back).
  virtual Result<std::optional<StoredBrief>> Get(const std::string& id) = 0;

  // Removes the brief `id` (and its article when no other brief of it is
  // left); false if there was none.
  virtual Result<bool> Delete(const std::string& id) = 0;

  // Briefs matching `query`, newest first, a page at a time: a page's
  // next_cursor continues after its last item, whatever was added since.
  // An unreadable cursor is kInvalidArgument.
  virtual Result<SearchPage> Search(const SearchQuery& query) = 0;

  virtual Result<int64_t> Count() = 0;

  // Whether the store answers (a cheap query); for /readyz.
  virtual Status Ping() = 0;

  // The full consistency check (SQLite: integrity_check and
  // foreign_key_check); slow on a large store.
  virtual Status CheckIntegrity() = 0;

  // A feed's state, if it was ever polled; PutFeed replaces it.
  virtual Result<std::optional<FeedState>> GetFeed(const std::string& url) = 0;
  virtual Status PutFeed(const FeedState& feed) = 0;

  // Records item `item` (its guid, or link) of feed `feed` as queued; true
  // if it was not before. Committed on return.
  virtual Result<bool> MarkSeen(const std::string& feed, const std::string& item) = 0;
  // Whether it was recorded.
  virtual Result<bool> Seen(const std::string& feed, const std::string& item) = 0;

  // "sqlite" or "postgresql".
  virtual std::string_view kind() const = 0;
};

// Opens (creating if needed) the store at `location`: a postgresql:// or
// postgres:// URL, else a SQLite file path. Applies the schema's migrations
// in one transaction; a store written by a newer precis is refused
// (kFailedPrecondition), as is one that cannot be opened, naming it.
Result<std::unique_ptr<Store>> Open(const std::string& location);

Result<std::unique_ptr<Store>> OpenSqlite(const std::string& path);
Result<std::unique_ptr<Store>> OpenPostgres(const std::string& url);

// The search terms of `text`: its words' analysis forms (Chinese words by
// precis' segmenter, folded and Simplified; Latin-script words lower-cased
// and stemmed), separated by single spaces, punctuation dropped. Indexing
// and querying both go through it, so they agree whatever the language.
std::string SearchTerms(std::string_view text, const TextProcessor& text_processor);

// What the index holds for a text: SearchTerms' terms each once (in order
// of first sight), at most kMaxIndexTerms of them, none longer than
// kMaxTermBytes (a search matches every term, so neither positions nor
// repeats are needed; PostgreSQL's tsvector is capped at 1 MB).
inline constexpr size_t kMaxIndexTerms = 50000;
inline constexpr size_t kMaxTermBytes = 100;
std::string IndexTerms(std::string_view text, const TextProcessor& text_processor);

// An FTS query matching every term of `terms` (SearchTerms' output): each
// quoted, joined by spaces (AND). Empty for empty terms.
std::string FtsQuery(std::string_view terms);

// The current time as StoredBrief::created_at writes it.
std::string NowRfc3339();

// The brief id of an article hash and options: 16 hex digits of their
// SHA-256.
std::string BriefId(std::string_view article_hash, std::string_view options);

// SHA-256 of `bytes`, 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace precis::store

#endif  // PRECIS_STORE_STORE_H_
