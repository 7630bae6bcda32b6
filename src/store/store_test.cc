// Copyright 2026 The precis Authors.
//
// The store's contract, on both back ends: SQLite in a temporary file, and
// PostgreSQL in a throw-away cluster (tests/pg_cluster.h; skipped without
// PostgreSQL's binaries, failed under CI=true). Every test ends with the
// store's integrity check.

#include "store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "pg_cluster.h"
#include "store/schema.h"
#include "test_util.h"

namespace precis::store {
namespace {

using ::precis::testing::Text;

// One cluster for the test binary, started on first use, stopped and
// removed at exit.
testing::PgCluster& Cluster() {
  static testing::PgCluster cluster;
  return cluster;
}

StoredBrief Brief(const std::string& title, const std::string& source, const std::string& published,
                  const std::string& body, const std::string& options = "engine=builtin;groups=4;lang=auto") {
  StoredBrief b;
  b.title = title;
  b.source = source;
  b.published = published;
  b.language = "zh";
  b.article_json = "{\"title\":\"" + title + "\",\"paragraphs\":[\"" + body + "\"]}";
  b.article_hash = Sha256Hex(b.article_json);
  b.options = options;
  b.id = BriefId(b.article_hash, b.options);
  b.created_at = NowRfc3339();
  b.brief_json = "{\"title\":\"" + title + "\"}";
  b.brief_markdown = "# " + title + "\n";
  b.title_terms = IndexTerms(title, Text());
  b.article_terms = IndexTerms(body, Text());
  return b;
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() /
             ("precis-store-" + std::to_string(::getpid()) + "-" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name());
      std::filesystem::remove_all(dir_);
      std::filesystem::create_directories(dir_);
      location_ = (dir_ / "briefs.db").string();
    } else {
      PRECIS_REQUIRE_SERVER(Cluster().ok(), Cluster().reason());
      location_ = Cluster().NewDatabase();
    }
    auto opened = Open(location_);
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(*opened);
  }
  void TearDown() override {
    if (store_ != nullptr) {
      Status integrity = store_->CheckIntegrity();
      EXPECT_TRUE(integrity.ok()) << integrity.ToString();
    }
    store_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  std::vector<std::string> Ids(const SearchQuery& q) {
    auto page = store_->Search(q);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    std::vector<std::string> ids;
    if (page.ok()) {
      for (const auto& item : page->items) ids.push_back(item.title);
    }
    return ids;
  }

  std::filesystem::path dir_;
  std::string location_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, PutGetAndPutAgain) {
  const StoredBrief b =
      Brief("乌克兰局势", "新浪财经", "2026-01-09 23:52", "在乌克兰部署多国部队面临三个困难。");
  auto put = store_->Put(b);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_TRUE(put->added);
  EXPECT_EQ(put->brief.id, b.id);
  auto got = store_->Get(b.id);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->title, "乌克兰局势");
  EXPECT_EQ((*got)->brief_markdown, b.brief_markdown);
  EXPECT_EQ((*got)->article_json, b.article_json);
  EXPECT_EQ((*got)->created_at, b.created_at);
  // The same id again: the stored brief back, nothing added.
  StoredBrief again = b;
  again.brief_markdown = "# changed\n";
  put = store_->Put(again);
  ASSERT_TRUE(put.ok());
  EXPECT_FALSE(put->added);
  EXPECT_EQ(put->brief.brief_markdown, b.brief_markdown);
  EXPECT_EQ(*store_->Count(), 1);
  // Another option set of the same article: a second brief, one article.
  put = store_->Put(Brief("乌克兰局势", "新浪财经", "2026-01-09 23:52", "在乌克兰部署多国部队面临三个困难。",
                          "engine=builtin;groups=2;lang=auto"));
  ASSERT_TRUE(put.ok());
  EXPECT_TRUE(put->added);
  EXPECT_EQ(*store_->Count(), 2);
}

TEST_P(StoreTest, DeleteRemovesTheBriefAndItsLastArticle) {
  const StoredBrief a = Brief("A", "S", "2026-01-01", "first text", "engine=builtin;groups=4;lang=auto");
  const StoredBrief a2 = Brief("A", "S", "2026-01-01", "first text", "engine=builtin;groups=1;lang=auto");
  ASSERT_TRUE(store_->Put(a).ok());
  ASSERT_TRUE(store_->Put(a2).ok());
  auto deleted = store_->Delete(a.id);
  ASSERT_TRUE(deleted.ok());
  EXPECT_TRUE(*deleted);
  EXPECT_FALSE(store_->Get(a.id)->has_value());
  EXPECT_TRUE(store_->Get(a2.id)->has_value());  // its article is still there
  EXPECT_TRUE(*store_->Delete(a2.id));
  EXPECT_FALSE(*store_->Delete(a2.id));  // already gone
  EXPECT_EQ(*store_->Count(), 0);
  // Deleted briefs are not found by search either.
  SearchQuery q;
  q.terms = SearchTerms("first", Text());
  EXPECT_TRUE(Ids(q).empty());
}

TEST_P(StoreTest, SearchesChineseByWordsAndEnglishByStems) {
  ASSERT_TRUE(
      store_->Put(Brief("在乌克兰部署多国部队可能吗", "新浪财经", "2026-01-09", "巴黎会议讨论了安全保障。"))
          .ok());
  ASSERT_TRUE(store_
                  ->Put(Brief("Fed holds rates steady", "Example Wire", "2026-03-18",
                              "Officials weighed slowing inflation."))
                  .ok());
  ASSERT_TRUE(store_->Put(Brief("央行降息", "财新", "2026-02-01", "利率下调了。")).ok());
  struct Row {
    const char* query;
    std::vector<std::string> titles;  // newest first
  } rows[] = {
      {"乌克兰", {"在乌克兰部署多国部队可能吗"}},     // a word inside the title's run of Han
      {"烏克蘭", {"在乌克兰部署多国部队可能吗"}},     // Traditional finds Simplified
      {"安全保障", {"在乌克兰部署多国部队可能吗"}},   // the article's text
      {"rate", {"Fed holds rates steady"}},           // a stem finds its inflections
      {"RATES holding", {"Fed holds rates steady"}},  // any case, every word
      {"inflation officials", {"Fed holds rates steady"}},
      {"rates 乌克兰", {}},  // every word must match
      {"deploy", {}},
      {"利率", {"央行降息"}},
  };
  for (const Row& row : rows) {
    SearchQuery q;
    q.terms = SearchTerms(row.query, Text());
    EXPECT_EQ(Ids(q), row.titles) << row.query;
  }
  SearchQuery all;
  EXPECT_EQ(Ids(all),
            (std::vector<std::string>{"央行降息", "Fed holds rates steady", "在乌克兰部署多国部队可能吗"}));
}

TEST_P(StoreTest, FiltersBySourceAndPublishedDay) {
  StoredBrief a = Brief("A", "新浪财经", "2026-01-09 23:52", "x");
  a.source_latin = "Xin Lang Cai Jing";
  ASSERT_TRUE(store_->Put(a).ok());
  ASSERT_TRUE(store_->Put(Brief("B", "Reuters", "2026-02-10T08:00:00Z", "y")).ok());
  ASSERT_TRUE(store_->Put(Brief("C", "reuters", "no date", "z")).ok());
  struct Row {
    const char *source, *from, *to;
    std::vector<std::string> titles;
  } rows[] = {
      {"", "", "", {"C", "B", "A"}},
      {"REUTERS", "", "", {"C", "B"}},       // any case
      {"xin lang cai jing", "", "", {"A"}},  // the source's pinyin
      {"", "2026-01-10", "", {"B"}},         // a brief without a day is outside any range
      {"", "", "2026-01-09", {"A"}},         // the bound's day included
      {"", "2026-01-09", "2026-02-10", {"B", "A"}},
      {"Reuters", "2026-03-01", "", {}},
  };
  for (const Row& row : rows) {
    SearchQuery q;
    q.source = row.source;
    q.from = row.from;
    q.to = row.to;
    EXPECT_EQ(Ids(q), row.titles) << row.source << " " << row.from << " " << row.to;
  }
}

TEST_P(StoreTest, PagesAreStableWhileBriefsAreAdded) {
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(
        store_->Put(Brief("old " + std::to_string(i), "S", "2026-01-01", "text " + std::to_string(i))).ok());
  }
  SearchQuery q;
  q.limit = 2;
  auto first = store_->Search(q);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first->items.size(), 2u);
  EXPECT_EQ(first->items[0].title, "old 4");
  ASSERT_FALSE(first->next_cursor.empty());
  // New briefs come in between pages: the next page goes on where the
  // first stopped.
  ASSERT_TRUE(store_->Put(Brief("new", "S", "2026-01-02", "newer")).ok());
  q.cursor = first->next_cursor;
  auto second = store_->Search(q);
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->items.size(), 2u);
  EXPECT_EQ(second->items[0].title, "old 2");
  EXPECT_EQ(second->items[1].title, "old 1");
  q.cursor = second->next_cursor;
  auto third = store_->Search(q);
  ASSERT_TRUE(third.ok());
  ASSERT_EQ(third->items.size(), 1u);
  EXPECT_EQ(third->items[0].title, "old 0");
  EXPECT_TRUE(third->next_cursor.empty());
  // A cursor the store did not give.
  for (const char* bad : {"abc", "-3", "0", "12x", "99999999999999999999"}) {
    q.cursor = bad;
    auto page = store_->Search(q);
    ASSERT_FALSE(page.ok()) << bad;
    EXPECT_EQ(page.status().code(), StatusCode::kInvalidArgument) << bad;
  }
}

TEST_P(StoreTest, ReopensWithoutMigratingAgain) {
  ASSERT_TRUE(store_->Put(Brief("kept", "S", "2026-01-01", "kept text")).ok());
  store_.reset();
  auto reopened = Open(location_);
  ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  store_ = std::move(*reopened);
  EXPECT_EQ(*store_->Count(), 1);
  EXPECT_TRUE(store_->Ping().ok());
}

TEST_P(StoreTest, RemembersFeedsAndTheItemsQueued) {
  auto none = store_->GetFeed("https://example.com/feed.xml");
  ASSERT_TRUE(none.ok()) << none.status().ToString();
  EXPECT_FALSE(none->has_value());
  ASSERT_TRUE(
      store_->PutFeed({"https://example.com/feed.xml", "\"v1\"", "", "2026-12-03T10:00:00.000Z"}).ok());
  ASSERT_TRUE(store_
                  ->PutFeed({"https://example.com/feed.xml", "\"v2\"", "Thu, 03 Dec 2026 10:05:00 GMT",
                             "2026-12-03T10:05:00.000Z"})
                  .ok());
  auto feed = store_->GetFeed("https://example.com/feed.xml");
  ASSERT_TRUE(feed.ok() && feed->has_value());
  EXPECT_EQ((*feed)->etag, "\"v2\"");
  EXPECT_EQ((*feed)->last_modified, "Thu, 03 Dec 2026 10:05:00 GMT");

  EXPECT_FALSE(*store_->Seen("f", "item-1"));
  EXPECT_TRUE(*store_->MarkSeen("f", "item-1"));
  EXPECT_FALSE(*store_->MarkSeen("f", "item-1"));  // once only
  EXPECT_TRUE(*store_->Seen("f", "item-1"));
  EXPECT_FALSE(*store_->Seen("other feed", "item-1"));
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& p) { return p.param; });

// ---- SQLite only ------------------------------------------------------------------

class SqliteFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("precis-sqlite-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(SqliteFileTest, RefusesWhatIsNotAStore) {
  const std::string garbage = (dir_ / "notes.txt").string();
  std::ofstream(garbage) << "these are not the pages of a database, just words in a file";
  auto opened = Open(garbage);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(opened.status().message().find("notes.txt"), std::string::npos) << opened.status().message();

  auto missing_dir = Open((dir_ / "no" / "such" / "dir" / "x.db").string());
  ASSERT_FALSE(missing_dir.ok());
  EXPECT_EQ(missing_dir.status().code(), StatusCode::kFailedPrecondition);
}

TEST_F(SqliteFileTest, RefusesAStoreFromANewerPrecis) {
  const std::string path = (dir_ / "future.db").string();
  {
    auto opened = Open(path);
    ASSERT_TRUE(opened.ok());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto opened = Open(path);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(opened.status().message().find("version 99"), std::string::npos) << opened.status().message();
}

TEST_F(SqliteFileTest, MigratesAVersionOneStoreKeepingItsBriefs) {
  const std::string path = (dir_ / "v1.db").string();
  {
    auto opened = Open(path);
    ASSERT_TRUE(opened.ok());
    ASSERT_TRUE((*opened)->Put(Brief("kept", "S", "2026-01-01", "a brief")).ok());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);  // as precis of version 1 left it
  ASSERT_EQ(sqlite3_exec(db, "DROP TABLE feeds; DROP TABLE feed_items; PRAGMA user_version=1", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto opened = Open(path);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  EXPECT_EQ(*(*opened)->Count(), 1);
  EXPECT_TRUE(*(*opened)->MarkSeen("f", "i"));
}

TEST_F(SqliteFileTest, UsesWalAndForeignKeys) {
  const std::string path = (dir_ / "briefs.db").string();
  auto opened = Open(path);
  ASSERT_TRUE(opened.ok());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  // The first column of a pragma's first row.
  auto pragma = [db](const char* sql) {
    std::string value;
    sqlite3_exec(
        db, sql,
        [](void* out, int, char** values, char**) {
          *static_cast<std::string*>(out) = values[0];
          return 0;
        },
        &value, nullptr);
    return value;
  };
  const std::string mode = pragma("PRAGMA journal_mode");
  const std::string version = pragma("PRAGMA user_version");
  sqlite3_close(db);
  EXPECT_EQ(mode, "wal");
  EXPECT_EQ(version, std::to_string(SqliteMigrations().size()));  // every migration applied
}

// ---- search terms -------------------------------------------------------------

TEST(SearchTermsTest, WordsStemsAndNoPunctuation) {
  struct Row {
    const char* text;
    const char* terms;
  } rows[] = {
      {"在乌克兰部署", "在 乌克兰 部署"},
      {"Rates rose, sharply!", "rate rose sharpli"},  // Snowball's stems
      {"美联储FOMC会议", "美联储 fomc 会议"},
      {"“引号”与。标点", "引号 与 标点"},
      {"   ", ""},
  };
  for (const Row& row : rows) EXPECT_EQ(SearchTerms(row.text, Text()), row.terms) << row.text;
  EXPECT_EQ(IndexTerms("rate rates Rate 利率 利率", Text()), "rate 利率");
  EXPECT_EQ(FtsQuery("a b\"c"), "\"a\" \"b\"\"c\"");
  EXPECT_EQ(FtsQuery(""), "");
}

TEST(SearchTermsTest, IdsAndTimes) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(BriefId("h", "o").size(), 16u);
  EXPECT_NE(BriefId("h", "o"), BriefId("h", "p"));
  const std::string now = NowRfc3339();
  ASSERT_EQ(now.size(), 24u) << now;
  EXPECT_EQ(now[10], 'T');
  EXPECT_EQ(now.back(), 'Z');
  EXPECT_EQ(PublishedDay("2026-01-09 23:52"), "2026-01-09");
  EXPECT_EQ(PublishedDay("2026/01/09"), "");
  EXPECT_EQ(PublishedDay("Jan 9"), "");
}

}  // namespace
}  // namespace precis::store
