// Copyright 2026 The precis Authors.
//
// precis watch: polls RSS/Atom feeds and queues their new items as brief
// jobs. Each poll is a conditional GET (the ETag and Last-Modified of the
// last answer, kept in the store), so an unchanged feed costs a 304; each
// item is queued once, ever: the items queued are recorded in the store
// (the seen-set), which outlives the watcher, so a restarted watcher
// queues only what is new. An item is recorded after it is queued: a crash
// between the two queues it again on the next poll, and the store, keyed
// by content, still holds its brief once.

#ifndef PRECIS_WORK_WATCH_H_
#define PRECIS_WORK_WATCH_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ingest/feed_reader.h"
#include "precis/reader.h"
#include "precis/status.h"
#include "store/store.h"
#include "work/jobs.h"

namespace precis::work {

struct WatchOptions {
  std::vector<std::string> feeds;  // http(s) URLs
  std::chrono::milliseconds every{600000};
  int rounds = 0;  // polls of every feed before returning; 0: until `stop`
  ReadOptions read;
  std::string lang;  // the jobs' options; "" and 0: the workers' defaults
  int groups = 0;
  const std::atomic<bool>* stop = nullptr;
  std::function<void(const std::string&)> log;  // one line per poll that found something, or failed
};

// The job of a feed's item: its article when the item carries its content,
// else its http(s) link; nothing when it has neither.
std::optional<QueuedJob> FeedItemJob(const ingest::FeedItem& item, const ingest::Feed& feed,
                                     const ReadOptions& read);

struct FeedPoll {
  bool not_modified = false;
  size_t items = 0;   // in the feed
  size_t queued = 0;  // new, and queued now
};

// Polls `url` once. When the error is the queue's, *queue_failed is set.
Result<FeedPoll> PollFeed(const std::string& url, store::Store& store, Producer& producer,
                          const WatchOptions& options, bool* queue_failed);

struct WatchSummary {
  size_t rounds = 0, polls = 0, not_modified = 0, failed = 0, queued = 0;
};

// Polls every feed each `every` until `stop` (or `rounds` rounds). A feed
// that fails is logged and polled again next round; a queue that fails
// ends the watch with its error.
Result<WatchSummary> RunWatch(store::Store& store, Producer& producer, const WatchOptions& options);

}  // namespace precis::work

#endif  // PRECIS_WORK_WATCH_H_
