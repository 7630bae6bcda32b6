// Copyright 2026 The precis Authors.

#include "batch/batch.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <semaphore>
#include <set>
#include <sstream>
#include <thread>

#include "ingest/feed_reader.h"
#include "ingest/fetch.h"
#include "render/brief_writer.h"
#include "util/files.h"
#include "util/strings.h"

namespace precis::batch {
namespace {

namespace fs = std::filesystem;

// Listing files (JSONL, URL lists, feeds) may be larger than one article.
constexpr size_t kMaxListingBytes = size_t{1} << 30;

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string_view> NonEmptyLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (!line.empty()) lines.push_back(line);
    start = nl + 1;
  }
  return lines;
}

BatchItem FeedItemToBatch(const ingest::FeedItem& item, const ingest::Feed& feed, const std::string& id) {
  BatchItem b;
  b.id = id;
  if (!item.content.empty()) {
    b.buffer = std::make_shared<const std::string>(ingest::FeedItemPage(item));
    b.bytes = *b.buffer;
    b.format = InputFormat::kHtml;
  } else {
    b.source = item.link;
  }
  b.url = item.link;
  b.from_feed = true;
  b.feed_item = item;
  b.feed_item.content.clear();
  b.feed_item.summary.clear();
  b.feed_title = feed.title;
  return b;
}

// The items of the feed in `bytes`, named `id`#1, #2, ….
Result<std::vector<BatchItem>> FeedItems(const std::string& bytes, const std::string& id) {
  PRECIS_ASSIGN_OR_RETURN(ingest::Feed feed, ingest::ParseFeed(bytes, id));
  std::vector<BatchItem> items;
  for (size_t i = 0; i < feed.items.size(); ++i) {
    items.push_back(FeedItemToBatch(feed.items[i], feed, id + "#" + std::to_string(i + 1)));
  }
  return items;
}

void ExpandFeed(const std::string& bytes, const std::string& id, const ItemSink& emit,
                std::vector<std::string>* warnings) {
  auto feed_items = FeedItems(bytes, id);
  if (!feed_items.ok()) {
    warnings->push_back(feed_items.status().message());
    return;
  }
  for (auto& item : *feed_items) emit(std::move(item));
}

void ExpandFile(const std::string& path, const ItemSink& emit, std::vector<std::string>* warnings) {
  const bool jsonl = EndsWith(path, ".jsonl");
  const bool maybe_list = jsonl || EndsWith(path, ".txt") || EndsWith(path, ".urls") ||
                          EndsWith(path, ".list") || EndsWith(path, ".xml") || EndsWith(path, ".rss") ||
                          EndsWith(path, ".atom");
  if (!maybe_list) {
    BatchItem item;
    item.id = path;
    item.source = path;
    emit(std::move(item));
    return;
  }
  auto bytes = util::ReadFile(path, kMaxListingBytes);
  if (!bytes.ok()) {
    BatchItem item;  // fails, with its reason, when processed
    item.id = path;
    item.source = path;
    emit(std::move(item));
    return;
  }
  if (jsonl) {
    size_t line_number = 0;
    size_t start = 0;
    auto text = std::make_shared<const std::string>(std::move(*bytes));
    while (start < text->size()) {
      size_t nl = text->find('\n', start);
      if (nl == std::string::npos) nl = text->size();
      ++line_number;
      std::string_view line(text->data() + start, nl - start);
      if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
        BatchItem item;
        item.id = path + ":" + std::to_string(line_number);
        item.buffer = text;
        item.bytes = line;
        item.format = InputFormat::kJson;
        emit(std::move(item));
      }
      start = nl + 1;
    }
    return;
  }
  if (ingest::LooksLikeFeed(*bytes)) {
    ExpandFeed(*bytes, path, emit, warnings);
    return;
  }
  auto lines = NonEmptyLines(*bytes);
  const bool url_list = !lines.empty() && std::all_of(lines.begin(), lines.end(), [](std::string_view l) {
    return l.front() == '#' || ingest::IsHttpUrl(l);
  });
  if (url_list) {
    for (std::string_view l : lines) {
      if (l.front() == '#') continue;
      BatchItem item;
      item.id = std::string(l);
      item.source = std::string(l);
      emit(std::move(item));
    }
    return;
  }
  BatchItem item;
  item.id = path;
  item.buffer = std::make_shared<const std::string>(std::move(*bytes));
  item.bytes = *item.buffer;
  emit(std::move(item));
}

std::string Slug(const std::string& id) {
  std::string base = id;
  size_t q = base.find_first_of("?#");
  if (ingest::HasUrlScheme(base) && q != std::string::npos) base = base.substr(0, q);
  while (!base.empty() && base.back() == '/') base.pop_back();
  size_t slash = base.find_last_of('/');
  if (slash != std::string::npos) base = base.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  if (dot != std::string::npos && dot > 0) base = base.substr(0, dot);
  std::string out;
  for (char c : base) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    out.push_back(ok && static_cast<unsigned char>(c) < 0x80 ? c : '_');
    if (out.size() >= 40) break;
  }
  return out.empty() ? "item" : out;
}

// A JSONL output: hashes already written, torn last line dropped.
Result<std::set<std::string>> PrepareJsonl(const std::string& path) {
  std::set<std::string> hashes;
  if (!fs::exists(path)) return hashes;
  PRECIS_ASSIGN_OR_RETURN(std::string text, util::ReadFile(path, kMaxListingBytes));
  size_t complete = text.rfind('\n');
  complete = complete == std::string::npos ? 0 : complete + 1;
  if (complete < text.size()) {
    // A torn line from a killed run: keep only whole lines.
    if (::truncate(path.c_str(), static_cast<off_t>(complete)) != 0) {
      return InvalidArgumentError(path + ": cannot repair a torn last line");
    }
    text.resize(complete);
  }
  for (std::string_view line : NonEmptyLines(text)) {
    // Lines precis wrote open {"id":…,"hash":"<16 hex digits>": read the
    // hash off without parsing the whole brief; anything else is parsed.
    const size_t at = line.find("\"hash\":\"");
    if (at != std::string_view::npos && at + 8 + 17 <= line.size() && line[at + 8 + 16] == '"' &&
        std::all_of(line.begin() + at + 8, line.begin() + at + 8 + 16,
                    [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })) {
      hashes.emplace(line.substr(at + 8, 16));
      continue;
    }
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("hash") && j["hash"].is_string()) {
      hashes.insert(j["hash"].get<std::string>());
    }
  }
  return hashes;
}

}  // namespace

std::string ContentHash(std::string_view bytes) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(util::Fnv1a(bytes)));
  return buf;
}

void ExpandInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                  std::vector<std::string>* warnings, const ItemSink& emit) {
  for (const std::string& input : inputs) {
    if (ingest::HasUrlScheme(input)) {
      // A feed URL becomes its items; any other URL is one item.
      const ingest::FetchOptions fetch = ingest::FetchOptionsFor(options, /*feeds=*/true);
      auto page = ingest::Fetch(input, fetch);
      if (page.ok() && ingest::LooksLikeFeed(page->body)) {
        ExpandFeed(page->body, input, emit, warnings);
        continue;
      }
      BatchItem item;
      item.id = input;
      if (page.ok()) {
        item.buffer = std::make_shared<const std::string>(std::move(page->body));
        item.bytes = *item.buffer;
        item.format = InputFormat::kHtml;
        item.url = page->url;
      } else {
        item.source = input;  // fails again, with its reason, when processed
      }
      emit(std::move(item));
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<std::string> files;
      for (auto it =
               fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file()) files.push_back(it->path().string());
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) ExpandFile(f, emit, warnings);
      continue;
    }
    ExpandFile(input, emit, warnings);
  }
}

ReadOptions ItemReadOptions(const BatchItem& item, const ReadOptions& options) {
  ReadOptions read = options;
  read.format = item.format;
  if (!item.url.empty()) read.url = item.url;
  return read;
}

Result<Article> ReadItemArticle(const BatchItem& item, std::string_view bytes, const ReadOptions& read) {
  PRECIS_ASSIGN_OR_RETURN(Article article, ReadArticleBytes(bytes, item.id, read));
  if (item.from_feed) ingest::ApplyFeedItem(item.feed_item, item.feed_title, &article);
  return article;
}

Result<BatchSummary> RunBatch(const std::vector<std::string>& inputs, const TextProcessor& text,
                              const BatchOptions& options) {
  if (options.out.empty()) return InvalidArgumentError("--out is required");
  const bool jsonl = EndsWith(options.out, ".jsonl");
  std::error_code ec;
  if (!jsonl) {
    fs::create_directories(options.out, ec);
    if (ec || !fs::is_directory(options.out)) {
      return InvalidArgumentError(options.out + ": cannot create output directory");
    }
  } else {
    fs::path parent = fs::path(options.out).parent_path();
    if (!parent.empty() && !fs::is_directory(parent)) {
      return InvalidArgumentError(options.out + ": its directory does not exist");
    }
  }
  std::set<std::string> done_hashes;
  int jsonl_fd = -1;
  if (jsonl) {
    // --force starts the output afresh: every item is briefed again, and
    // appending would list it twice.
    if (!options.force) {
      PRECIS_ASSIGN_OR_RETURN(done_hashes, PrepareJsonl(options.out));
    }
    const int truncate = options.force ? O_TRUNC : 0;
    jsonl_fd = ::open(options.out.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | truncate, 0644);
    if (jsonl_fd < 0) return InvalidArgumentError(options.out + ": cannot open for writing");
  }

  BatchSummary summary;
  // The work queue: the main thread lists items while the workers take
  // them; a deque keeps taken items in place as more are added.
  std::deque<BatchItem> items;
  std::mutex queue_mu;
  std::condition_variable queue_cv;
  bool listed = false;
  size_t next = 0;
  std::vector<std::string> warnings;  // written by the lister only
  std::atomic<size_t> total{0};
  std::mutex mu;  // guards errors and the JSONL file
  // Model requests in flight, at most lm_parallel (1..256).
  std::counting_semaphore<256> lm_slots(std::clamp(options.lm_parallel, 1, 256));
  std::atomic<size_t> briefed{0}, skipped{0}, failed{0};
  std::vector<std::pair<std::string, std::string>> errors;
  std::atomic<size_t> finished{0};
  const std::string ext = options.format == "json" ? ".json" : ".md";

  // Appends whole lines to the JSONL output: one write per call, so a line
  // is either whole or (if the process is killed mid-call) a torn tail that
  // the next run drops.
  auto append_lines = [&](const std::string& lines) -> Status {
    std::lock_guard<std::mutex> lock(mu);
    size_t off = 0;
    while (off < lines.size()) {
      ssize_t n = ::write(jsonl_fd, lines.data() + off, lines.size() - off);
      if (n < 0) {
        if (errno == EINTR) continue;
        return InvalidArgumentError(options.out + ": write failed");
      }
      off += static_cast<size_t>(n);
    }
    return Status::Ok();
  };
  // Lines are gathered per worker and written a few at a time: briefs are
  // fast and a lock per brief would serialise the workers.
  constexpr size_t kLinesPerWrite = 16;

  // Briefs one item into `pending` (JSONL) or its file. A URL that serves a
  // feed stands for the feed's items: they are briefed in its place and
  // *expanded is set.
  std::function<Status(const BatchItem&, std::string*, bool*)> process;
  // Briefs an item and counts it: done, failed (with its reason), or the
  // items it expanded into.
  auto run_item = [&](const BatchItem& item, std::string* pending) {
    bool expanded = false;
    Status st = process(item, pending, &expanded);
    if (!st.ok()) {
      ++failed;
      std::string message = st.message();
      if (message.rfind(item.id, 0) != 0) message = item.id + ": " + message;
      std::lock_guard<std::mutex> lock(mu);
      errors.emplace_back(item.id, message);
    }
    if (expanded) return;
    const size_t n = finished.fetch_add(1) + 1;
    if (options.progress) options.progress(n, total.load());
  };
  process = [&](const BatchItem& item, std::string* pending, bool* expanded) -> Status {
    std::string_view bytes = item.bytes;
    std::string own;  // what this item read or fetched itself
    ReadOptions read = ItemReadOptions(item, options.read);
    if (bytes.empty()) {
      // A feed item is followed only to a web address, never to a file of
      // this machine.
      if (item.from_feed && !ingest::IsHttpUrl(item.source)) {
        return InvalidArgumentError(
            item.id + ": the item has no content and its link is not an http(s) URL: " + item.source);
      }
      if (ingest::HasUrlScheme(item.source)) {
        const ingest::FetchOptions fetch = ingest::FetchOptionsFor(read, /*feeds=*/!item.from_feed);
        PRECIS_ASSIGN_OR_RETURN(ingest::FetchedPage page, ingest::Fetch(item.source, fetch));
        if (!item.from_feed && ingest::LooksLikeFeed(page.body)) {
          PRECIS_ASSIGN_OR_RETURN(std::vector<BatchItem> feed_items, FeedItems(page.body, item.id));
          *expanded = true;
          total += feed_items.size();
          --total;
          for (const BatchItem& sub : feed_items) run_item(sub, pending);
          return Status::Ok();
        }
        own = std::move(page.body);
        bytes = own;
        read.format = InputFormat::kHtml;
        read.url = page.url;
        read.charset = page.charset;
      } else {
        PRECIS_ASSIGN_OR_RETURN(own, util::ReadFile(item.source, read.max_bytes));
        bytes = own;
      }
    }
    const std::string hash = ContentHash(bytes);
    const std::string out_path = options.out + "/" + Slug(item.id) + "-" + hash.substr(0, 10) + ext;
    // done_hashes is only read while workers run.
    if (!options.force && (jsonl ? done_hashes.count(hash) > 0 : fs::exists(out_path))) {
      ++skipped;
      return Status::Ok();
    }
    PRECIS_ASSIGN_OR_RETURN(Article article, ReadItemArticle(item, bytes, read));
    Document doc = text.Analyze(std::move(article));
    Brief brief;
    if (options.lm != nullptr) {
      lm_slots.acquire();
      struct Release {
        std::counting_semaphore<256>& slots;
        ~Release() { slots.release(); }
      } release{lm_slots};
      auto written = BriefWithModel(doc, text, *options.lm);
      if (!written.ok()) return written.status();
      if (!written->core_verified) return InvalidArgumentError(written->failure);
      brief = std::move(written->brief);
    } else {
      PRECIS_ASSIGN_OR_RETURN(brief, BriefDocument(doc, options.brief));
    }
    if (jsonl) {
      nlohmann::ordered_json line;
      line["id"] = item.id;
      line["hash"] = hash;
      line["brief"] = render::BriefJson(brief);
      *pending += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    } else {
      const std::string rendered =
          options.format == "json" ? render::BriefToJson(brief) : render::BriefToMarkdown(brief);
      PRECIS_RETURN_IF_ERROR(util::WriteFileAtomic(out_path, rendered));
    }
    ++briefed;
    return Status::Ok();
  };

  Status write_status;
  auto worker = [&]() {
    std::string pending;
    size_t pending_lines = 0;
    auto flush = [&]() {
      if (pending.empty()) return;
      Status st = append_lines(pending);
      if (!st.ok()) {
        std::lock_guard<std::mutex> lock(mu);
        write_status = st;
      }
      pending.clear();
      pending_lines = 0;
    };
    for (;;) {
      if (options.stop != nullptr && options.stop->load()) break;
      const BatchItem* item = nullptr;
      {
        std::unique_lock<std::mutex> lock(queue_mu);
        queue_cv.wait(lock, [&] { return next < items.size() || listed; });
        if (next == items.size()) break;  // listed, and all taken
        item = &items[next++];
      }
      const size_t before = pending.size();
      run_item(*item, &pending);
      if (pending.size() > before && ++pending_lines >= kLinesPerWrite) flush();
    }
    flush();
  };
  const int jobs = std::clamp(
      options.jobs > 0 ? options.jobs : static_cast<int>(std::thread::hardware_concurrency()), 1, 256);
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(worker);
  ExpandInputs(inputs, options.read, &warnings, [&](BatchItem item) {
    ++total;
    std::lock_guard<std::mutex> lock(queue_mu);
    items.push_back(std::move(item));
    queue_cv.notify_one();
  });
  {
    std::lock_guard<std::mutex> lock(queue_mu);
    listed = true;
  }
  queue_cv.notify_all();
  worker();
  for (auto& t : threads) t.join();
  for (const auto& w : warnings) errors.emplace_back("", w);
  if (jsonl_fd >= 0) {
    ::fsync(jsonl_fd);
    ::close(jsonl_fd);
  }
  PRECIS_RETURN_IF_ERROR(write_status);
  summary.briefed = briefed.load();
  summary.skipped = skipped.load();
  summary.failed = failed.load();
  // Errors sorted by item id, whatever order the workers met them in.
  std::stable_sort(errors.begin(), errors.end());
  summary.total = total.load();
  summary.interrupted = options.stop != nullptr && options.stop->load() && finished.load() < summary.total;

  const std::string report = jsonl ? options.out + ".errors.jsonl" : options.out + "/errors.jsonl";
  if (!errors.empty()) {
    std::string lines;
    for (const auto& [id, message] : errors) {
      nlohmann::ordered_json j;
      j["id"] = id;
      j["error"] = message;
      lines += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
    PRECIS_RETURN_IF_ERROR(util::WriteFileAtomic(report, lines));
    summary.error_report = report;
  } else if (fs::exists(report)) {
    fs::remove(report, ec);  // a clean run leaves no stale report
  }
  // Inputs that could not even be listed (a malformed feed) count as failed.
  summary.failed += warnings.size();
  summary.total += warnings.size();
  return summary;
}

}  // namespace precis::batch
