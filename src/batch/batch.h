// Copyright 2026 The precis Authors.
//
// Batch runs: brief many articles at once, from files, folders (recursively),
// JSONL files (one article per line), RSS/Atom feeds, URL lists and URLs.
//
// - One bad item never stops the run: its reason goes to the error report
//   and the summary counts it.
// - Re-running skips items already briefed (keyed by a hash of the item's
//   content) unless `force`, which also starts a JSONL output afresh.
// - Every output is written whole (a temporary file renamed into place, or a
//   single appended line), so an interrupted run loses nothing it finished
//   and leaves nothing half-written; a JSONL output's torn last line, if a
//   kill ever leaves one, is dropped on the next run.
// - Items are briefed by `jobs` threads sharing one TextProcessor.

#ifndef PRECIS_BATCH_BATCH_H_
#define PRECIS_BATCH_BATCH_H_

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/feed_reader.h"
#include "precis/engine.h"
#include "precis/reader.h"
#include "precis/status.h"
#include "precis/text.h"

namespace precis::batch {

struct BatchOptions {
  std::string out;            // a directory, or a file ending in .jsonl
  std::string format = "md";  // md or json (per-file output)
  int jobs = 0;               // worker threads; 0 for one per core
  bool force = false;
  ReadOptions read;
  BriefOptions brief;
  // With `lm`, a language model writes each brief (BriefWithModel), at most
  // `lm_parallel` requests in flight however many jobs run; an item whose
  // core viewpoint fails the audit fails (into the error report).
  const LmBriefOptions* lm = nullptr;
  int lm_parallel = 2;
  // Called after each item with (done, total); from worker threads.
  std::function<void(size_t done, size_t total)> progress;
  // Set to true (e.g. by a signal handler) to stop after the items in hand.
  const std::atomic<bool>* stop = nullptr;
};

struct BatchSummary {
  size_t total = 0;
  size_t briefed = 0;
  size_t skipped = 0;  // already briefed
  size_t failed = 0;
  bool interrupted = false;
  std::string error_report;  // path of the error report, "" if none written
};

// One unit of work: where it came from and how to read it.
struct BatchItem {
  std::string id;      // stable name: path, path:line, feed URL#n
  std::string source;  // a file path or URL to read, or "" when `bytes` holds it
  // Inline content (a JSONL line, a feed item's HTML, a fetched page):
  // `bytes` views `buffer`, which the items of one listing file share.
  std::shared_ptr<const std::string> buffer;
  std::string_view bytes;
  InputFormat format = InputFormat::kAuto;
  std::string url;  // where the bytes came from, if fetched
  // A feed's item: what it says of the article (its content dropped: the
  // bytes hold it), and the feed's title.
  bool from_feed = false;
  ingest::FeedItem feed_item;
  std::string feed_title;
};

// Expands inputs into items, handing each to `emit` as soon as it is
// listed (workers start on the first while the rest are listed). Inputs
// that cannot be listed at all (a malformed feed) add a warning;
// unreadable items fail later, one by one.
using ItemSink = std::function<void(BatchItem)>;
void ExpandInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                  std::vector<std::string>* warnings, const ItemSink& emit);

// How `item`'s bytes are read: `options` with the item's format and the
// URL it came from.
ReadOptions ItemReadOptions(const BatchItem& item, const ReadOptions& options);

// The article of `item` from `bytes` (its inline bytes, or its file's or
// page's), with what its feed says applied; errors name the item.
Result<Article> ReadItemArticle(const BatchItem& item, std::string_view bytes, const ReadOptions& read);

Result<BatchSummary> RunBatch(const std::vector<std::string>& inputs, const TextProcessor& text,
                              const BatchOptions& options);

// 64-bit FNV-1a of `bytes`, as 16 hex digits.
std::string ContentHash(std::string_view bytes);

}  // namespace precis::batch

#endif  // PRECIS_BATCH_BATCH_H_
