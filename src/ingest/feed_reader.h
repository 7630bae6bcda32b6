// Copyright 2026 The precis Authors.
//
// RSS 2.0 and Atom feeds (parsed with pugixml). Each item becomes an
// article: from its full content (content:encoded, atom:content) when the
// feed carries it, otherwise by fetching its link.

#ifndef PRECIS_INGEST_FEED_READER_H_
#define PRECIS_INGEST_FEED_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "precis/article.h"
#include "precis/reader.h"
#include "precis/status.h"

namespace precis::ingest {

struct FeedItem {
  std::string title;
  std::string link;
  std::string published;  // normalised like other dates: "YYYY-MM-DD hh:mm"
  std::string author;
  std::string content;  // HTML of the full text, "" if the feed has none
  std::string summary;  // description / summary HTML
};

struct Feed {
  std::string title;
  std::string link;
  std::vector<FeedItem> items;
};

// True if `text` starts like an RSS, RDF or Atom document.
bool LooksLikeFeed(std::string_view text);

// Errors name `name`: not XML, not a feed.
Result<Feed> ParseFeed(std::string_view bytes, const std::string& name);

// The article of one item: its content parsed as HTML, else the page at its
// link fetched (per `options`). Title, time and author come from the item
// when the page lacks them; the source is the feed's title.
Result<Article> ArticleFromItem(const FeedItem& item, const Feed& feed, const ReadOptions& options);

// What the item says of its article, over what the page said: the item's
// title; its time, author and link where the page has none; the feed's
// title as the source of last resort.
void ApplyFeedItem(const FeedItem& item, const std::string& feed_title, Article* article);

// An item's content wrapped as a UTF-8 HTML page for the HTML reader.
std::string FeedItemPage(const FeedItem& item);

// "Wed, 09 Jan 2026 23:52:00 +0800" (RFC 822) or ISO 8601 -> "2026-01-09
// 23:52".
std::string NormalizeFeedDate(std::string_view date);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_FEED_READER_H_
