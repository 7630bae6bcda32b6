// Copyright 2026 The precis Authors.

#include "work/watch.h"

#include <thread>

#include "ingest/feed_reader.h"
#include "ingest/fetch.h"
#include "render/article_writer.h"

namespace precis::work {

namespace {

// An item's identity within its feed: its link, else a hash of what it
// says.
std::string ItemKey(const ingest::FeedItem& item) {
  if (!item.link.empty()) return item.link;
  return "sha256:" +
         store::Sha256Hex(item.title + "\n" + item.published + "\n" + item.content + "\n" + item.summary);
}

}  // namespace

std::optional<QueuedJob> FeedItemJob(const ingest::FeedItem& item, const ingest::Feed& feed,
                                     const ReadOptions& read) {
  QueuedJob job;
  job.name = item.link;
  if (!item.content.empty()) {
    auto article = ingest::ArticleFromItem(item, feed, read);
    if (article.ok()) job.article = render::ArticleToJson(*article);
  }
  if (job.article.empty()) {
    if (!ingest::IsHttpUrl(item.link)) return std::nullopt;
    job.url = item.link;
  }
  return job;
}

Result<FeedPoll> PollFeed(const std::string& url, store::Store& store, Producer& producer,
                          const WatchOptions& options, bool* queue_failed) {
  *queue_failed = false;
  if (!ingest::IsHttpUrl(url)) return InvalidArgumentError(url + ": a feed to watch must be an http(s) URL");
  PRECIS_ASSIGN_OR_RETURN(std::optional<store::FeedState> state, store.GetFeed(url));
  ingest::FetchOptions fetch = ingest::FetchOptionsFor(options.read, /*feeds=*/true);
  if (state.has_value()) {
    fetch.if_none_match = state->etag;
    fetch.if_modified_since = state->last_modified;
  }
  PRECIS_ASSIGN_OR_RETURN(ingest::FetchedPage page, ingest::Fetch(url, fetch));
  FeedPoll poll;
  if (page.not_modified) {
    poll.not_modified = true;
    return poll;
  }
  PRECIS_ASSIGN_OR_RETURN(ingest::Feed feed, ingest::ParseFeed(page.body, url));
  poll.items = feed.items.size();
  for (const ingest::FeedItem& item : feed.items) {
    const std::string key = ItemKey(item);
    PRECIS_ASSIGN_OR_RETURN(bool seen, store.Seen(url, key));
    if (seen) continue;
    std::optional<QueuedJob> job = FeedItemJob(item, feed, options.read);
    if (!job.has_value()) {
      if (options.log) options.log(url + ": an item with no content and no http(s) link: skipped");
      PRECIS_RETURN_IF_ERROR(store.MarkSeen(url, key).status());
      continue;
    }
    if (job->name.empty()) job->name = url + "#" + key.substr(0, 23);
    job->lang = options.lang;
    job->groups = options.groups;
    if (auto id = producer.Submit(std::move(*job)); !id.ok()) {
      *queue_failed = true;
      return id.status();
    }
    PRECIS_RETURN_IF_ERROR(store.MarkSeen(url, key).status());
    ++poll.queued;
  }
  // The validators last: a crash before this polls the feed in full again,
  // and the seen-set keeps that from queuing anything twice.
  PRECIS_RETURN_IF_ERROR(store.PutFeed({url, page.etag, page.last_modified, store::NowRfc3339()}));
  return poll;
}

Result<WatchSummary> RunWatch(store::Store& store, Producer& producer, const WatchOptions& options) {
  WatchSummary summary;
  auto stopping = [&] { return options.stop != nullptr && options.stop->load(); };
  while (!stopping()) {
    const auto round_start = std::chrono::steady_clock::now();
    for (const std::string& url : options.feeds) {
      if (stopping()) break;
      ++summary.polls;
      bool queue_failed = false;
      auto poll = PollFeed(url, store, producer, options, &queue_failed);
      if (!poll.ok()) {
        // The queue failing is the watch failing; a feed (or the store)
        // failing is that feed's poll, tried again next round.
        if (queue_failed) return poll.status();
        ++summary.failed;
        if (options.log) options.log(poll.status().message());
        continue;
      }
      summary.not_modified += poll->not_modified ? 1 : 0;
      summary.queued += poll->queued;
      if (options.log && poll->queued > 0) {
        options.log(url + ": " + std::to_string(poll->queued) + " new of " + std::to_string(poll->items) +
                    " items queued");
      }
    }
    ++summary.rounds;
    if (options.rounds > 0 && static_cast<int>(summary.rounds) >= options.rounds) break;
    while (!stopping() && std::chrono::steady_clock::now() - round_start < options.every) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  return summary;
}

}  // namespace precis::work
