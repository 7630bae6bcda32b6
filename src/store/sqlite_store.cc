// Copyright 2026 The precis Authors.
//
// The SQLite store: one file, WAL journal (readers never wait for the
// writer), synchronous=NORMAL (a commit survives the process being killed;
// only a power cut can take back the last ones), foreign keys on, and an
// FTS5 index over the search terms the shell computed (unicode61 splits them
// at the spaces SearchTerms put in). The schema is versioned by
// PRAGMA user_version and migrated at open, in one transaction.
//
// Threads: a connection serves one call at a time; calls take one from a
// pool (opened as needed, kept for the next call). Writes take SQLite's
// write lock up front (BEGIN IMMEDIATE) and wait up to busy_timeout for it.

#include <sqlite3.h>

#include <cstdlib>
#include <mutex>
#include <vector>

#include "store/schema.h"
#include "store/store.h"

namespace precis::store {
namespace {

constexpr int kBusyTimeoutMs = 10000;

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql) : db_(db) {
    rc_ = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return rc_ == SQLITE_OK || rc_ == SQLITE_ROW || rc_ == SQLITE_DONE; }
  std::string error() const { return sqlite3_errmsg(db_); }

  Statement& Bind(int i, std::string_view s) {
    if (ok()) rc_ = sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& BindNullable(int i, std::string_view s) {
    if (!ok()) return *this;
    rc_ = s.empty() ? sqlite3_bind_null(stmt_, i)
                    : sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int i, int64_t v) {
    if (ok()) rc_ = sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  // True while rows come; check ok() after the last.
  bool Step() {
    if (!ok()) return false;
    rc_ = sqlite3_step(stmt_);
    return rc_ == SQLITE_ROW;
  }
  std::string Text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p == nullptr ? std::string()
                        : std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
  }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_OK;
};

class SqliteStore : public Store {
 public:
  explicit SqliteStore(std::string path) : path_(std::move(path)) {}
  ~SqliteStore() override {
    for (sqlite3* db : free_) sqlite3_close_v2(db);
  }

  Status Init() {
    auto db = Acquire();
    if (!db.ok()) return db.status();
    Status status = Migrate(*db);
    Release(*db);
    return status;
  }

  Result<PutResult> Put(const StoredBrief& brief) override {
    PRECIS_ASSIGN_OR_RETURN(sqlite3 * db, Acquire());
    Lease lease(this, db);
    PRECIS_RETURN_IF_ERROR(Exec(db, "BEGIN IMMEDIATE"));
    auto result = PutLocked(db, brief);
    if (!result.ok()) {
      Exec(db, "ROLLBACK");
      return result.status();
    }
    Status commit = Exec(db, "COMMIT");
    if (!commit.ok()) {
      Exec(db, "ROLLBACK");
      return commit;
    }
    return result;
  }

  Result<std::optional<StoredBrief>> Get(const std::string& id) override {
    PRECIS_ASSIGN_OR_RETURN(sqlite3 * db, Acquire());
    Lease lease(this, db);
    return GetLocked(db, id);
  }

  Result<bool> Delete(const std::string& id) override {
    PRECIS_ASSIGN_OR_RETURN(sqlite3 * db, Acquire());
    Lease lease(this, db);
    PRECIS_RETURN_IF_ERROR(Exec(db, "BEGIN IMMEDIATE"));
    auto deleted = DeleteLocked(db, id);
    Status end = deleted.ok() ? Exec(db, "COMMIT") : Status();
    if (!deleted.ok() || !end.ok()) {
      Exec(db, "ROLLBACK");
      return deleted.ok() ? Result<bool>(end) : deleted;
    }
    return deleted;
  }

  Result<SearchPage> Search(const SearchQuery& query) override {
    PRECIS_ASSIGN_OR_RETURN(const int64_t before, CursorBefore(query.cursor));
    const int limit = PageLimit(query.limit);
    PRECIS_ASSIGN_OR_RETURN(sqlite3 * db, Acquire());
    Lease lease(this, db);
    const std::string fts = FtsQuery(query.terms);
    // With words, the index drives: FTS5 walks its matches newest first
    // (ORDER BY rowid DESC) and stops at the page's end, instead of every
    // match being collected and sorted.
    static constexpr const char* kFilters =
        "AND (?2 IS NULL OR a.source = ?2 COLLATE NOCASE OR a.source_latin = ?2 COLLATE NOCASE) "
        "AND (?3 IS NULL OR a.published_day >= ?3) AND (?4 IS NULL OR a.published_day <= ?4) ";
    const std::string sql =
        fts.empty() ? std::string(
                          "SELECT b.seq, b.id, a.title, a.source, a.published, a.language, b.created_at "
                          "FROM briefs b JOIN articles a ON a.id = b.article_id "
                          "WHERE ?1 IS NULL AND (?5 IS NULL OR b.seq < ?5) ") +
                          kFilters + "ORDER BY b.seq DESC LIMIT ?6"
                    : std::string(
                          "SELECT b.seq, b.id, a.title, a.source, a.published, a.language, b.created_at "
                          "FROM briefs_fts f JOIN briefs b ON b.seq = f.rowid "
                          "JOIN articles a ON a.id = b.article_id "
                          "WHERE briefs_fts MATCH ?1 AND (?5 IS NULL OR f.rowid < ?5) ") +
                          kFilters + "ORDER BY f.rowid DESC LIMIT ?6";
    Statement st(db, sql);
    st.BindNullable(1, fts)
        .BindNullable(2, query.source)
        .BindNullable(3, query.from)
        .BindNullable(4, query.to);
    if (before > 0) st.Bind(5, before);
    st.Bind(6, static_cast<int64_t>(limit) + 1);
    SearchPage page;
    int64_t last_seq = 0;
    while (st.Step()) {
      if (static_cast<int>(page.items.size()) == limit) {
        page.next_cursor = std::to_string(last_seq);
        break;
      }
      last_seq = st.Int(0);
      page.items.push_back(
          BriefSummary{st.Text(1), st.Text(2), st.Text(3), st.Text(4), st.Text(5), st.Text(6)});
    }
    if (!st.ok()) return Error("search", db);
    return page;
  }

  Result<int64_t> Count() override {
    PRECIS_ASSIGN_OR_RETURN(sqlite3 * db, Acquire());
    Lease lease(this, db);
    Statement st(db, "SELECT count(*) FROM briefs");
    if (!st.Step()) return Error("count", db);
    return st.Int(0);
  }

  Status Ping() override {
    PRECIS_ASSIGN_OR_RETURN(sqlite3 * db, Acquire());
    Lease lease(this, db);
    Statement st(db, "SELECT 1 FROM briefs LIMIT 1");
    st.Step();
    if (!st.ok()) return Error("ping", db);
    return Status();
  }

  Status CheckIntegrity() override {
    PRECIS_ASSIGN_OR_RETURN(sqlite3 * db, Acquire());
    Lease lease(this, db);
    {
      Statement st(db, "PRAGMA integrity_check");
      std::string verdict;
      while (st.Step()) verdict += (verdict.empty() ? "" : "; ") + st.Text(0);
      if (!st.ok()) return Error("integrity check", db);
      if (verdict != "ok") return InternalError(path_ + ": integrity check: " + verdict);
    }
    {
      Statement st(db, "PRAGMA foreign_key_check");
      if (st.Step())
        return InternalError(path_ + ": foreign key check: a row of " + st.Text(0) + " is orphaned");
      if (!st.ok()) return Error("foreign key check", db);
    }
    {
      Statement st(db, "INSERT INTO briefs_fts(briefs_fts, rank) VALUES('integrity-check', 1)");
      st.Step();
      if (!st.ok()) return InternalError(path_ + ": search index check: " + st.error());
    }
    return Status();
  }

  Result<std::optional<FeedState>> GetFeed(const std::string& url) override {
    PRECIS_ASSIGN_OR_RETURN(sqlite3 * db, Acquire());
    Lease lease(this, db);
    Statement st(db, "SELECT etag, last_modified, checked_at FROM feeds WHERE url = ?");
    st.Bind(1, url);
    if (!st.Step()) {
      if (!st.ok()) return Error("feed state", db);
      return std::optional<FeedState>();
    }
    return std::optional<FeedState>(FeedState{url, st.Text(0), st.Text(1), st.Text(2)});
  }

  Status PutFeed(const FeedState& feed) override {
    PRECIS_ASSIGN_OR_RETURN(sqlite3 * db, Acquire());
    Lease lease(this, db);
    Statement st(
        db,
        "INSERT INTO feeds(url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
        "checked_at = excluded.checked_at");
    st.Bind(1, feed.url).Bind(2, feed.etag).Bind(3, feed.last_modified).Bind(4, feed.checked_at);
    st.Step();
    if (!st.ok()) return Error("feed state", db);
    return Status();
  }

  Result<bool> MarkSeen(const std::string& feed, const std::string& item) override {
    PRECIS_ASSIGN_OR_RETURN(sqlite3 * db, Acquire());
    Lease lease(this, db);
    Statement st(db, "INSERT OR IGNORE INTO feed_items(feed, item, seen_at) VALUES (?, ?, ?)");
    st.Bind(1, feed).Bind(2, item).Bind(3, NowRfc3339());
    st.Step();
    if (!st.ok()) return Error("seen items", db);
    return sqlite3_changes(db) == 1;
  }

  Result<bool> Seen(const std::string& feed, const std::string& item) override {
    PRECIS_ASSIGN_OR_RETURN(sqlite3 * db, Acquire());
    Lease lease(this, db);
    Statement st(db, "SELECT 1 FROM feed_items WHERE feed = ? AND item = ?");
    st.Bind(1, feed).Bind(2, item);
    const bool seen = st.Step();
    if (!st.ok()) return Error("seen items", db);
    return seen;
  }

  std::string_view kind() const override { return "sqlite"; }

 private:
  // Gives a pooled connection back when it goes out of scope.
  class Lease {
   public:
    Lease(SqliteStore* store, sqlite3* db) : store_(store), db_(db) {}
    ~Lease() { store_->Release(db_); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;

   private:
    SqliteStore* store_;
    sqlite3* db_;
  };

  Status Error(const std::string& what, sqlite3* db) const {
    return InternalError(path_ + ": " + what + ": " + sqlite3_errmsg(db));
  }

  Status Exec(sqlite3* db, const char* sql) const {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message != nullptr ? message : sqlite3_errmsg(db);
      sqlite3_free(message);
      return InternalError(path_ + ": " + text);
    }
    return Status();
  }

  Result<sqlite3*> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_.empty()) {
        sqlite3* db = free_.back();
        free_.pop_back();
        return db;
      }
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path_.c_str(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
      sqlite3_close_v2(db);
      return FailedPreconditionError(path_ + ": cannot open the store: " + message);
    }
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    // A connection per request thread: each keeps a small page cache (1 MB;
    // the operating system's cache holds the rest), so that memory stays
    // flat however many threads have served.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-1024"}) {
      Status status = Exec(db, pragma);
      if (!status.ok()) {
        sqlite3_close_v2(db);
        return FailedPreconditionError(status.message() + " (is it a precis store?)");
      }
    }
    return db;
  }

  void Release(sqlite3* db) {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(db);
  }

  Status Migrate(sqlite3* db) {
    PRECIS_RETURN_IF_ERROR(Exec(db, "BEGIN IMMEDIATE"));
    int version = 0;
    {
      Statement st(db, "PRAGMA user_version");
      if (st.Step()) version = static_cast<int>(st.Int(0));
      if (!st.ok()) {
        Exec(db, "ROLLBACK");
        return FailedPreconditionError(path_ + ": not a database: " + st.error());
      }
    }
    const auto& migrations = SqliteMigrations();
    if (version > static_cast<int>(migrations.size())) {
      Exec(db, "ROLLBACK");
      return FailedPreconditionError(path_ + ": the store's schema is version " + std::to_string(version) +
                                     ", newer than this precis knows (" + std::to_string(migrations.size()) +
                                     ")");
    }
    for (size_t v = static_cast<size_t>(version); v < migrations.size(); ++v) {
      Status status = Exec(db, migrations[v].c_str());
      if (!status.ok()) {
        Exec(db, "ROLLBACK");
        return FailedPreconditionError(status.message() + " (migrating the store to schema " +
                                       std::to_string(v + 1) + ")");
      }
    }
    const std::string set_version = "PRAGMA user_version=" + std::to_string(migrations.size());
    PRECIS_RETURN_IF_ERROR(Exec(db, set_version.c_str()));
    return Exec(db, "COMMIT");
  }

  Result<std::optional<StoredBrief>> GetLocked(sqlite3* db, const std::string& id) {
    Statement st(
        db,
        "SELECT b.id, a.hash, b.options, b.created_at, a.title, a.source, a.source_latin, a.published, "
        "a.language, a.url, a.json, b.json, b.markdown "
        "FROM briefs b JOIN articles a ON a.id = b.article_id WHERE b.id = ?1");
    st.Bind(1, id);
    if (!st.Step()) {
      if (!st.ok()) return Error("get", db);
      return std::optional<StoredBrief>();
    }
    StoredBrief b;
    b.id = st.Text(0);
    b.article_hash = st.Text(1);
    b.options = st.Text(2);
    b.created_at = st.Text(3);
    b.title = st.Text(4);
    b.source = st.Text(5);
    b.source_latin = st.Text(6);
    b.published = st.Text(7);
    b.language = st.Text(8);
    b.url = st.Text(9);
    b.article_json = st.Text(10);
    b.brief_json = st.Text(11);
    b.brief_markdown = st.Text(12);
    return std::optional<StoredBrief>(std::move(b));
  }

  Result<PutResult> PutLocked(sqlite3* db, const StoredBrief& brief) {
    PRECIS_ASSIGN_OR_RETURN(auto existing, GetLocked(db, brief.id));
    if (existing.has_value()) return PutResult{std::move(*existing), false};
    {
      Statement st(
          db,
          "INSERT INTO articles(hash, title, source, source_latin, published, published_day, language, "
          "url, json) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(hash) DO NOTHING");
      st.Bind(1, brief.article_hash)
          .Bind(2, brief.title)
          .Bind(3, brief.source)
          .Bind(4, brief.source_latin)
          .Bind(5, brief.published)
          .BindNullable(6, PublishedDay(brief.published))
          .Bind(7, brief.language)
          .Bind(8, brief.url)
          .Bind(9, brief.article_json);
      st.Step();
      if (!st.ok()) return Error("adding the article", db);
    }
    int64_t article_id = 0;
    {
      Statement st(db, "SELECT id FROM articles WHERE hash = ?1");
      st.Bind(1, brief.article_hash);
      if (!st.Step()) return Error("finding the article", db);
      article_id = st.Int(0);
    }
    int64_t seq = 0;
    {
      Statement st(db,
                   "INSERT INTO briefs(id, article_id, options, created_at, json, markdown) "
                   "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
      st.Bind(1, brief.id)
          .Bind(2, article_id)
          .Bind(3, brief.options)
          .Bind(4, brief.created_at)
          .Bind(5, brief.brief_json)
          .Bind(6, brief.brief_markdown);
      st.Step();
      if (!st.ok()) return Error("adding the brief", db);
      seq = sqlite3_last_insert_rowid(db);
    }
    {
      Statement st(db, "INSERT INTO briefs_fts(rowid, title, brief, article) VALUES(?1, ?2, ?3, ?4)");
      st.Bind(1, seq).Bind(2, brief.title_terms).Bind(3, brief.brief_terms).Bind(4, brief.article_terms);
      st.Step();
      if (!st.ok()) return Error("indexing the brief", db);
    }
    PRECIS_ASSIGN_OR_RETURN(auto stored, GetLocked(db, brief.id));
    if (!stored.has_value()) return InternalError(path_ + ": a brief just added is missing");
    return PutResult{std::move(*stored), true};
  }

  Result<bool> DeleteLocked(sqlite3* db, const std::string& id) {
    int64_t seq = 0, article_id = 0;
    {
      Statement st(db, "SELECT seq, article_id FROM briefs WHERE id = ?1");
      st.Bind(1, id);
      if (!st.Step()) {
        if (!st.ok()) return Error("delete", db);
        return false;
      }
      seq = st.Int(0);
      article_id = st.Int(1);
    }
    for (const char* sql : {"DELETE FROM briefs_fts WHERE rowid = ?1", "DELETE FROM briefs WHERE seq = ?1"}) {
      Statement st(db, sql);
      st.Bind(1, seq);
      st.Step();
      if (!st.ok()) return Error("delete", db);
    }
    Statement st(
        db, "DELETE FROM articles WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM briefs WHERE article_id = ?1)");
    st.Bind(1, article_id);
    st.Step();
    if (!st.ok()) return Error("delete", db);
    return true;
  }

  const std::string path_;
  std::mutex mu_;
  std::vector<sqlite3*> free_;
};

}  // namespace

Result<std::unique_ptr<Store>> OpenSqlite(const std::string& path) {
  if (sqlite3_compileoption_used("ENABLE_FTS5") == 0) {
    return FailedPreconditionError("this SQLite library has no FTS5: precis' store needs it");
  }
  auto store = std::make_unique<SqliteStore>(path);
  PRECIS_RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace precis::store
