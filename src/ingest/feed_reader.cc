// Copyright 2026 The precis Authors.

#include "ingest/feed_reader.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <pugixml.hpp>

#include "ingest/charset.h"
#include "ingest/dates.h"
#include "ingest/fetch.h"
#include "ingest/html_reader.h"
#include "ingest/page_meta.h"
#include "ingest/text_reader.h"
#include "util/strings.h"

namespace precis::ingest {
namespace {

// Text of a child element by name, ignoring namespace prefixes other than
// the one asked for ("content:encoded" must match exactly).
std::string ChildText(const pugi::xml_node& node, const char* name) {
  for (pugi::xml_node child : node.children()) {
    std::string_view n = child.name();
    std::string_view want = name;
    bool match = n == want;
    if (!match && want.find(':') == std::string_view::npos) {
      size_t colon = n.find(':');
      match = colon != std::string_view::npos && n.substr(colon + 1) == want && n.substr(0, colon) == "atom";
    }
    if (match) return std::string(TrimText(child.child_value()));
  }
  return "";
}

// Atom content may be XHTML markup rather than text.
std::string AtomContent(const pugi::xml_node& entry, const char* name) {
  pugi::xml_node c = entry.child(name);
  if (!c) return "";
  if (std::string_view(c.attribute("type").value()) == "xhtml") {
    struct Writer : pugi::xml_writer {
      std::string out;
      void write(const void* data, size_t size) override { out.append(static_cast<const char*>(data), size); }
    } writer;
    for (pugi::xml_node child : c.children()) child.print(writer, "", pugi::format_raw);
    return writer.out;
  }
  return std::string(TrimText(c.child_value()));
}

}  // namespace

bool LooksLikeFeed(std::string_view text) {
  std::string head = util::AsciiLower(text.substr(0, 1024));
  return head.find("<rss") != std::string::npos || head.find("<rdf:rdf") != std::string::npos ||
         (head.find("<feed") != std::string::npos && head.find("atom") != std::string::npos);
}

std::string NormalizeFeedDate(std::string_view date) {
  // RFC 822: [Day, ]DD Mon YYYY HH:MM[:SS] zone
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string s(TrimText(date));
  size_t comma = s.find(',');
  std::string rest = comma != std::string::npos && comma < 5 ? s.substr(comma + 1) : s;
  int day = 0, year = 0, hour = -1, minute = -1;
  char month[8] = {0};
  if (std::sscanf(rest.c_str(), " %d %3s %d %d:%d", &day, month, &year, &hour, &minute) >= 3) {
    std::string m = util::AsciiLower(month);
    for (size_t i = 0; i < kMonths.size(); ++i) {
      if (m == kMonths[i] && day >= 1 && day <= 31 && year >= 1900) {
        char buf[64];
        if (hour >= 0 && minute >= 0) {
          std::snprintf(buf, sizeof buf, "%04d-%02zu-%02d %02d:%02d", year, i + 1, day, hour, minute);
        } else {
          std::snprintf(buf, sizeof buf, "%04d-%02zu-%02d", year, i + 1, day);
        }
        return buf;
      }
    }
  }
  auto found = FindDate(s);
  return found ? found->normalized : "";
}

Result<Feed> ParseFeed(std::string_view bytes, const std::string& name) {
  PRECIS_ASSIGN_OR_RETURN(Decoded decoded, DecodeToUtf8(bytes, name));
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(decoded.text.data(), decoded.text.size(), pugi::parse_default | pugi::parse_declaration,
                      pugi::encoding_utf8);
  if (!parsed) {
    return InvalidArgumentError(name + ": malformed XML at byte " + std::to_string(parsed.offset) + " (" +
                                parsed.description() + ")");
  }
  Feed feed;
  pugi::xml_node root = doc.document_element();
  const std::string root_name = util::AsciiLower(root.name());
  if (root_name == "rss" || root_name == "rdf:rdf") {
    pugi::xml_node channel = root.child("channel");
    feed.title = ChildText(channel, "title");
    feed.link = ChildText(channel, "link");
    pugi::xml_node items_parent = root_name == "rss" ? channel : root;
    for (pugi::xml_node item : items_parent.children("item")) {
      FeedItem it;
      it.title = ChildText(item, "title");
      it.link = ChildText(item, "link");
      std::string date = ChildText(item, "pubDate");
      if (date.empty()) date = ChildText(item, "dc:date");
      it.published = NormalizeFeedDate(date);
      it.author = ChildText(item, "dc:creator");
      if (it.author.empty()) it.author = ChildText(item, "author");
      it.content = ChildText(item, "content:encoded");
      it.summary = ChildText(item, "description");
      feed.items.push_back(std::move(it));
    }
  } else if (root_name == "feed") {
    feed.title = ChildText(root, "title");
    for (pugi::xml_node link : root.children("link")) {
      std::string rel = link.attribute("rel").value();
      if (rel.empty() || rel == "alternate") feed.link = link.attribute("href").value();
    }
    for (pugi::xml_node entry : root.children("entry")) {
      FeedItem it;
      it.title = ChildText(entry, "title");
      for (pugi::xml_node link : entry.children("link")) {
        std::string rel = link.attribute("rel").value();
        if (it.link.empty() && (rel.empty() || rel == "alternate")) it.link = link.attribute("href").value();
      }
      std::string date = ChildText(entry, "published");
      if (date.empty()) date = ChildText(entry, "updated");
      it.published = NormalizeFeedDate(date);
      it.author = ChildText(entry.child("author"), "name");
      it.content = AtomContent(entry, "content");
      it.summary = AtomContent(entry, "summary");
      feed.items.push_back(std::move(it));
    }
  } else {
    return InvalidArgumentError(name + ": not an RSS or Atom feed (root element <" +
                                std::string(root.name()) + ">)");
  }
  if (feed.items.empty()) return InvalidArgumentError(name + ": the feed has no items");
  return feed;
}

std::string FeedItemPage(const FeedItem& item) {
  return "<html><head><meta charset=\"utf-8\"></head><body><article>" + item.content +
         "</article></body></html>";
}

Result<Article> ArticleFromItem(const FeedItem& item, const Feed& feed, const ReadOptions& options) {
  const std::string name = item.link.empty() ? feed.title + ": " + item.title : item.link;
  Article article;
  if (!item.content.empty()) {
    const std::string page = FeedItemPage(item);
    HtmlOptions html;
    html.url = item.link;
    PRECIS_ASSIGN_OR_RETURN(article, ParseHtmlArticle(page, name, html));
    article.title.clear();
  } else if (!item.link.empty()) {
    // Only a web address is followed: a feed (perhaps fetched from
    // anywhere) must not make precis read a file of this machine.
    if (!IsHttpUrl(item.link)) {
      return InvalidArgumentError(name + ": the item has no content and its link is not an http(s) URL");
    }
    PRECIS_ASSIGN_OR_RETURN(article, ReadArticleFile(item.link, options));
  } else {
    return InvalidArgumentError(name + ": the item has neither content nor a link");
  }
  ApplyFeedItem(item, feed.title, &article);
  return article;
}

void ApplyFeedItem(const FeedItem& item, const std::string& feed_title, Article* article) {
  if (!item.title.empty()) article->title = item.title;
  if (article->published.empty()) article->published = item.published;
  if (article->author.empty() && !item.author.empty()) {
    article->author = item.author;
    article->authors = SplitAuthors(item.author);
  }
  if (article->url.empty()) article->url = item.link;
  if (article->source.empty()) article->source = feed_title;
}

}  // namespace precis::ingest
