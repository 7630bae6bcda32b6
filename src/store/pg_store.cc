// Copyright 2026 The precis Authors.
//
// The PostgreSQL store (libpq): the SQLite store's schema and meaning, for
// several `precis serve` processes sharing one store. Search terms (precis'
// own, pre-segmented: SearchTerms) are stored as a tsvector of the `simple`
// configuration (no stemming or stop words of PostgreSQL's) with a GIN
// index, and a query's terms go through the same configuration
// (plainto_tsquery: every term, ANDed), so both sides split alike.
//
// Threads: a connection per call at a time, pooled like the SQLite store's;
// a connection that broke (the server restarted) is reset once before a
// call fails. Migrations run under an advisory lock, so two servers starting
// at once migrate once.

#include <libpq-fe.h>

#include <cstdlib>
#include <mutex>
#include <vector>

#include "store/schema.h"
#include "store/store.h"

namespace precis::store {
namespace {

// A query's result, cleared on scope exit.
class PgResult {
 public:
  explicit PgResult(PGresult* r) : r_(r) {}
  ~PgResult() { PQclear(r_); }
  PgResult(const PgResult&) = delete;
  PgResult& operator=(const PgResult&) = delete;
  PGresult* get() const { return r_; }
  bool ok() const {
    const ExecStatusType s = PQresultStatus(r_);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
  }
  int rows() const { return PQntuples(r_); }
  std::string Text(int row, int col) const {
    return std::string(PQgetvalue(r_, row, col), static_cast<size_t>(PQgetlength(r_, row, col)));
  }
  int64_t Int(int row, int col) const { return std::strtoll(PQgetvalue(r_, row, col), nullptr, 10); }

 private:
  PGresult* r_;
};

// Parameters of a query; an empty optional is SQL NULL.
struct Params {
  std::vector<std::string> values;
  std::vector<bool> null;
  Params& Add(std::string v) {
    values.push_back(std::move(v));
    null.push_back(false);
    return *this;
  }
  Params& AddNullable(std::string v) {
    null.push_back(v.empty());
    values.push_back(std::move(v));
    return *this;
  }
};

class PgStore : public Store {
 public:
  explicit PgStore(std::string url) : url_(std::move(url)) {}
  ~PgStore() override {
    for (PGconn* c : free_) PQfinish(c);
  }

  Status Init() {
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    return Migrate(c);
  }

  Result<PutResult> Put(const StoredBrief& brief) override {
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    PRECIS_RETURN_IF_ERROR(Command(c, "BEGIN"));
    auto result = PutLocked(c, brief);
    if (!result.ok()) {
      Command(c, "ROLLBACK");
      return result.status();
    }
    Status commit = Command(c, "COMMIT");
    if (!commit.ok()) return commit;
    return result;
  }

  Result<std::optional<StoredBrief>> Get(const std::string& id) override {
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    return GetLocked(c, id);
  }

  Result<bool> Delete(const std::string& id) override {
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    PRECIS_RETURN_IF_ERROR(Command(c, "BEGIN"));
    PgResult r(Run(c, "DELETE FROM briefs WHERE id = $1 RETURNING article_id", Params().Add(id)));
    if (!r.ok()) {
      Status error = Error("delete", c);
      Command(c, "ROLLBACK");
      return error;
    }
    if (r.rows() == 1) {
      PgResult a(Run(
          c, "DELETE FROM articles WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM briefs WHERE article_id = $1)",
          Params().Add(r.Text(0, 0))));
      if (!a.ok()) {
        Status error = Error("delete", c);
        Command(c, "ROLLBACK");
        return error;
      }
    }
    PRECIS_RETURN_IF_ERROR(Command(c, "COMMIT"));
    return r.rows() == 1;
  }

  Result<SearchPage> Search(const SearchQuery& query) override {
    PRECIS_ASSIGN_OR_RETURN(const int64_t cursor, CursorBefore(query.cursor));
    const std::string before = cursor > 0 ? std::to_string(cursor) : std::string();
    const int limit = PageLimit(query.limit);
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    PgResult r(
        Run(c,
            "SELECT b.seq, b.id, a.title, a.source, a.published, a.language, b.created_at "
            "FROM briefs b JOIN articles a ON a.id = b.article_id "
            "WHERE ($1::text IS NULL OR b.search @@ plainto_tsquery('simple', $1)) "
            "AND ($2::text IS NULL OR lower(a.source) = lower($2) OR lower(a.source_latin) = lower($2)) "
            "AND ($3::text IS NULL OR a.published_day >= $3) AND ($4::text IS NULL OR a.published_day <= $4) "
            "AND ($5::bigint IS NULL OR b.seq < $5::bigint) "
            "ORDER BY b.seq DESC LIMIT $6::int",
            Params()
                .AddNullable(query.terms)
                .AddNullable(query.source)
                .AddNullable(query.from)
                .AddNullable(query.to)
                .AddNullable(before)
                .Add(std::to_string(limit + 1))));
    if (!r.ok()) return Error("search", c);
    SearchPage page;
    for (int i = 0; i < r.rows(); ++i) {
      if (i == limit) {
        page.next_cursor = r.Text(i - 1, 0);
        break;
      }
      page.items.push_back(
          BriefSummary{r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4), r.Text(i, 5), r.Text(i, 6)});
    }
    return page;
  }

  Result<int64_t> Count() override {
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    PgResult r(Run(c, "SELECT count(*) FROM briefs", Params()));
    if (!r.ok() || r.rows() != 1) return Error("count", c);
    return r.Int(0, 0);
  }

  Result<std::optional<FeedState>> GetFeed(const std::string& url) override {
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    PgResult r(Run(c, "SELECT etag, last_modified, checked_at FROM feeds WHERE url = $1", Params().Add(url)));
    if (!r.ok()) return Error("feed state", c);
    if (r.rows() == 0) return std::optional<FeedState>();
    return std::optional<FeedState>(FeedState{url, r.Text(0, 0), r.Text(0, 1), r.Text(0, 2)});
  }

  Status PutFeed(const FeedState& feed) override {
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    PgResult r(
        Run(c,
            "INSERT INTO feeds(url, etag, last_modified, checked_at) VALUES ($1, $2, $3, $4) "
            "ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, "
            "checked_at = EXCLUDED.checked_at",
            Params().Add(feed.url).Add(feed.etag).Add(feed.last_modified).Add(feed.checked_at)));
    if (!r.ok()) return Error("feed state", c);
    return Status();
  }

  Result<bool> MarkSeen(const std::string& feed, const std::string& item) override {
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    PgResult r(Run(c,
                   "INSERT INTO feed_items(feed, item, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING "
                   "RETURNING 1",
                   Params().Add(feed).Add(item).Add(NowRfc3339())));
    if (!r.ok()) return Error("seen items", c);
    return r.rows() == 1;
  }

  Result<bool> Seen(const std::string& feed, const std::string& item) override {
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    PgResult r(
        Run(c, "SELECT 1 FROM feed_items WHERE feed = $1 AND item = $2", Params().Add(feed).Add(item)));
    if (!r.ok()) return Error("seen items", c);
    return r.rows() == 1;
  }

  Status Ping() override {
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    PgResult r(Run(c, "SELECT 1 FROM briefs LIMIT 1", Params()));
    if (!r.ok()) return Error("ping", c);
    return Status();
  }

  Status CheckIntegrity() override {
    PRECIS_ASSIGN_OR_RETURN(PGconn * c, Acquire());
    Lease lease(this, c);
    PgResult r(Run(c,
                   "SELECT (SELECT count(*) FROM briefs b LEFT JOIN articles a ON a.id = b.article_id "
                   "WHERE a.id IS NULL), (SELECT count(*) FROM articles a WHERE NOT EXISTS "
                   "(SELECT 1 FROM briefs b WHERE b.article_id = a.id))",
                   Params()));
    if (!r.ok()) return Error("integrity check", c);
    if (r.Int(0, 0) != 0 || r.Int(0, 1) != 0) {
      return InternalError(Redacted() + ": integrity check: " + r.Text(0, 0) + " orphaned briefs, " +
                           r.Text(0, 1) + " articles without a brief");
    }
    return Status();
  }

  std::string_view kind() const override { return "postgresql"; }

 private:
  class Lease {
   public:
    Lease(PgStore* store, PGconn* c) : store_(store), c_(c) {}
    ~Lease() { store_->Release(c_); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;

   private:
    PgStore* store_;
    PGconn* c_;
  };

  // The URL without its password, for messages.
  std::string Redacted() const {
    const size_t scheme = url_.find("://");
    const size_t at = url_.find('@');
    if (scheme == std::string::npos || at == std::string::npos) return url_;
    const size_t colon = url_.find(':', scheme + 3);
    if (colon == std::string::npos || colon > at) return url_;
    return url_.substr(0, colon) + ":***" + url_.substr(at);
  }

  // A broken connection is the store being unreachable (503), anything
  // else a fault.
  Status Error(const std::string& what, PGconn* c) const {
    std::string message = PQerrorMessage(c);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    if (PQstatus(c) != CONNECTION_OK) return UnavailableError(Redacted() + ": " + what + ": " + message);
    return InternalError(Redacted() + ": " + what + ": " + message);
  }

  PGresult* Run(PGconn* c, const char* sql, const Params& p) const {
    std::vector<const char*> values(p.values.size());
    for (size_t i = 0; i < p.values.size(); ++i) values[i] = p.null[i] ? nullptr : p.values[i].c_str();
    return PQexecParams(c, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
  }

  Status Command(PGconn* c, const char* sql) const {
    PgResult r(PQexec(c, sql));
    if (!r.ok()) return Error(sql, c);
    return Status();
  }

  Result<PGconn*> Acquire() {
    PGconn* c = nullptr;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_.empty()) {
        c = free_.back();
        free_.pop_back();
      }
    }
    if (c != nullptr && PQstatus(c) != CONNECTION_OK) PQreset(c);
    if (c == nullptr) c = PQconnectdb(url_.c_str());
    if (PQstatus(c) != CONNECTION_OK) {
      std::string message = PQerrorMessage(c);
      while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
      PQfinish(c);
      return UnavailableError(Redacted() + ": cannot connect to the store: " + message);
    }
    return c;
  }

  void Release(PGconn* c) {
    // A connection left inside a transaction (a failed COMMIT) is closed.
    if (PQtransactionStatus(c) != PQTRANS_IDLE) {
      PQfinish(c);
      return;
    }
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(c);
  }

  Status Migrate(PGconn* c) {
    PRECIS_RETURN_IF_ERROR(Command(c, "SET client_min_messages = warning"));
    PRECIS_RETURN_IF_ERROR(Command(c, "BEGIN"));
    auto fail = [&](Status status) {
      Command(c, "ROLLBACK");
      return FailedPreconditionError(status.message());
    };
    // One migrating server at a time (the number is precis' own).
    Status locked = Command(c, "SELECT pg_advisory_xact_lock(7092113)");
    if (!locked.ok()) return fail(locked);
    Status made = Command(c, "CREATE TABLE IF NOT EXISTS precis_schema (version INTEGER NOT NULL)");
    if (!made.ok()) return fail(made);
    int version = 0;
    {
      PgResult r(Run(c, "SELECT version FROM precis_schema", Params()));
      if (!r.ok()) return fail(Error("reading the schema version", c));
      if (r.rows() > 0) version = static_cast<int>(r.Int(0, 0));
    }
    const auto& migrations = PostgresMigrations();
    if (version > static_cast<int>(migrations.size())) {
      Command(c, "ROLLBACK");
      return FailedPreconditionError(Redacted() + ": the store's schema is version " +
                                     std::to_string(version) + ", newer than this precis knows (" +
                                     std::to_string(migrations.size()) + ")");
    }
    for (size_t v = static_cast<size_t>(version); v < migrations.size(); ++v) {
      Status status = Command(c, migrations[v].c_str());
      if (!status.ok()) return fail(status);
    }
    const std::string n = std::to_string(migrations.size());
    {
      PgResult r(Run(c, "DELETE FROM precis_schema", Params()));
      if (!r.ok()) return fail(Error("schema version", c));
    }
    PgResult r(Run(c, "INSERT INTO precis_schema(version) VALUES ($1::int)", Params().Add(n)));
    if (!r.ok()) return fail(Error("schema version", c));
    return Command(c, "COMMIT");
  }

  Result<std::optional<StoredBrief>> GetLocked(PGconn* c, const std::string& id) {
    PgResult r(
        Run(c,
            "SELECT b.id, a.hash, b.options, b.created_at, a.title, a.source, a.source_latin, a.published, "
            "a.language, a.url, a.json, b.json, b.markdown "
            "FROM briefs b JOIN articles a ON a.id = b.article_id WHERE b.id = $1",
            Params().Add(id)));
    if (!r.ok()) return Error("get", c);
    if (r.rows() == 0) return std::optional<StoredBrief>();
    StoredBrief b;
    b.id = r.Text(0, 0);
    b.article_hash = r.Text(0, 1);
    b.options = r.Text(0, 2);
    b.created_at = r.Text(0, 3);
    b.title = r.Text(0, 4);
    b.source = r.Text(0, 5);
    b.source_latin = r.Text(0, 6);
    b.published = r.Text(0, 7);
    b.language = r.Text(0, 8);
    b.url = r.Text(0, 9);
    b.article_json = r.Text(0, 10);
    b.brief_json = r.Text(0, 11);
    b.brief_markdown = r.Text(0, 12);
    return std::optional<StoredBrief>(std::move(b));
  }

  Result<PutResult> PutLocked(PGconn* c, const StoredBrief& brief) {
    PRECIS_ASSIGN_OR_RETURN(auto existing, GetLocked(c, brief.id));
    if (existing.has_value()) return PutResult{std::move(*existing), false};
    {
      PgResult r(
          Run(c,
              "INSERT INTO articles(hash, title, source, source_latin, published, published_day, language, "
              "url, json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (hash) DO NOTHING",
              Params()
                  .Add(brief.article_hash)
                  .Add(brief.title)
                  .Add(brief.source)
                  .Add(brief.source_latin)
                  .Add(brief.published)
                  .AddNullable(PublishedDay(brief.published))
                  .Add(brief.language)
                  .Add(brief.url)
                  .Add(brief.article_json)));
      if (!r.ok()) return Error("adding the article", c);
    }
    std::string terms = brief.title_terms;
    for (const std::string* more : {&brief.brief_terms, &brief.article_terms}) {
      if (more->empty()) continue;
      if (!terms.empty()) terms.push_back(' ');
      terms += *more;
    }
    PgResult r(Run(c,
                   "INSERT INTO briefs(id, article_id, options, created_at, json, markdown, search) "
                   "SELECT $1, id, $2, $3, $4, $5, to_tsvector('simple', $6) "
                   "FROM articles WHERE hash = $7 ON CONFLICT DO NOTHING RETURNING seq",
                   Params()
                       .Add(brief.id)
                       .Add(brief.options)
                       .Add(brief.created_at)
                       .Add(brief.brief_json)
                       .Add(brief.brief_markdown)
                       .Add(terms)
                       .Add(brief.article_hash)));
    if (!r.ok()) return Error("adding the brief", c);
    PRECIS_ASSIGN_OR_RETURN(auto stored, GetLocked(c, brief.id));
    if (!stored.has_value()) return InternalError(Redacted() + ": a brief just added is missing");
    // No row back: another server added it first.
    return PutResult{std::move(*stored), r.rows() == 1};
  }

  const std::string url_;
  std::mutex mu_;
  std::vector<PGconn*> free_;
};

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgres(const std::string& url) {
  auto store = std::make_unique<PgStore>(url);
  PRECIS_RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace precis::store
