// Copyright 2026 The precis Authors.
//
// Each thread of a worker runs one Runner: its own Redis connection, the
// shared store and TextProcessor. Finishing a job is one Lua script (atomic
// on the server): acknowledge, delete the entry, record the state and count
// it — and the state and count only when this acknowledgement was the one
// that took the job off the pending list, so a job finished twice (a
// stalled worker woke after another had claimed and finished it) is counted
// once. Retrying and dead-lettering move the job the same way.

#include "work/worker.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <semaphore>
#include <thread>
#include <type_traits>
#include <vector>

#include "ingest/fetch.h"
#include "queue/stream.h"
#include "work/jobs.h"
#include "work/watch.h"

namespace precis::work {

std::string DefaultConsumerName() {
  char host[256] = {};
  if (::gethostname(host, sizeof host - 1) != 0) std::snprintf(host, sizeof host, "worker");
  return std::string(host) + "-" + std::to_string(::getpid());
}

namespace {

// KEYS: stream, state, done, done-this-minute. ARGV: group, entry id,
// brief id, consumer, finished time, state TTL, state ("done", or
// "expanded": a feed whose items were queued).
constexpr char kFinishScript[] = R"lua(
local acked = redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
if acked == 1 then
  redis.call('HSET', KEYS[2], 'state', ARGV[7], 'brief', ARGV[3], 'consumer', ARGV[4], 'finished', ARGV[5])
  redis.call('HDEL', KEYS[2], 'error')
  redis.call('EXPIRE', KEYS[2], ARGV[6])
  redis.call('INCR', KEYS[3])
  redis.call('INCR', KEYS[4])
  redis.call('EXPIRE', KEYS[4], 7200)
end
return acked
)lua";

// Moves a job to KEYS[2] (the stream again, to retry it, or the dead
// letters). KEYS: stream, target, state. ARGV: group, entry id, new state,
// error, consumer, time, state TTL, then the job's fields.
constexpr char kMoveScript[] = R"lua(
local acked = redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('XDEL', KEYS[1], ARGV[2])
if acked == 0 then return 0 end
local fields = {}
for i = 8, #ARGV do fields[#fields + 1] = ARGV[i] end
local id = redis.call('XADD', KEYS[2], '*', unpack(fields))
redis.call('HSET', KEYS[3], 'state', ARGV[3], 'error', ARGV[4], 'consumer', ARGV[5], 'finished', ARGV[6],
           'entry', id)
redis.call('EXPIRE', KEYS[3], ARGV[7])
return 1
)lua";

// KEYS: state. ARGV: consumer, TTL.
constexpr char kRunningScript[] = R"lua(
if redis.call('HGET', KEYS[1], 'state') == 'done' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'running', 'consumer', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
)lua";

// A token bucket shared by every worker (KEYS[1]), refilled at ARGV[1] per
// second by the server's clock, holding at most one second's worth (and at
// least one). Takes a token and returns 0, or returns the milliseconds
// until one is there.
constexpr char kTokenScript[] = R"lua(
local rate = tonumber(ARGV[1])
local cap = math.max(1, rate)
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or cap
local at = tonumber(b[2]) or now
tokens = math.min(cap, tokens + math.max(0, now - at) * rate / 1000)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) * 1000 / rate) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], 60000)
return wait
)lua";

// Leaves the group when it holds nothing (a worker that stopped cleanly
// does not linger in the stats). KEYS: stream. ARGV: group, consumer.
constexpr char kLeaveScript[] = R"lua(
local held = redis.call('XPENDING', KEYS[1], ARGV[1], '-', '+', 1, ARGV[2])
if #held > 0 then return 0 end
redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], ARGV[2])
return 1
)lua";

// Keeps a job in hand from looking abandoned (a model brief may take
// longer than claim_after): resets its idle time, only while this worker
// still owns it. KEYS: stream. ARGV: group, consumer, entry id.
constexpr char kHeartbeatScript[] = R"lua(
local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[3], ARGV[3], 1)
if #p == 0 or p[1][2] ~= ARGV[2] then return 0 end
redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'JUSTID')
return 1
)lua";

// Failures no retry will mend: the job's article, or what it asks for.
bool Permanent(StatusCode code) {
  switch (code) {
    case StatusCode::kInvalidArgument:
    case StatusCode::kNotFound:
    case StatusCode::kDataLoss:
    case StatusCode::kResourceExhausted:
    case StatusCode::kUnimplemented:
    case StatusCode::kPermissionDenied:
      return true;
    default:
      return false;
  }
}

struct Shared {
  const TextProcessor& text;
  store::Store& store;
  const WorkerOptions& options;
  std::counting_semaphore<1024> lm_slots;
  std::mutex mu;
  WorkerSummary summary;
  std::atomic<bool> drained{false};
  // The job each thread has in hand (consumer -> entry id), for the
  // heartbeat.
  std::mutex hand_mu;
  std::map<std::string, std::string> in_hand;
  void Hold(const std::string& consumer, const std::string& entry) {
    std::lock_guard<std::mutex> lock(hand_mu);
    if (entry.empty()) {
      in_hand.erase(consumer);
    } else {
      in_hand[consumer] = entry;
    }
  }
  Shared(const TextProcessor& t, store::Store& s, const WorkerOptions& o, int slots)
      : text(t), store(s), options(o), lm_slots(slots) {}
  void Count(int64_t WorkerSummary::*field) {
    std::lock_guard<std::mutex> lock(mu);
    ++(summary.*field);
  }
  void Log(const std::string& line) {
    if (options.log) options.log(line);
  }
};

class Runner {
 public:
  Runner(Shared& shared, std::string consumer)
      : s_(shared), o_(shared.options), consumer_(std::move(consumer)), rng_(std::random_device{}()) {
    const auto quarter = o_.claim_after / 4;
    claim_every_ = std::clamp(quarter, std::chrono::milliseconds(50), std::chrono::milliseconds(5000));
  }

  void Run() {
    auto next_claim = std::chrono::steady_clock::now();
    while (!Stopping()) {
      if (stream_ == nullptr && !Reconnect()) break;
      std::vector<queue::Job> jobs;
      bool claimed = false;
      if (std::chrono::steady_clock::now() >= next_claim) {
        next_claim = std::chrono::steady_clock::now() + claim_every_;
        auto taken = stream_->Claim(kGroup, consumer_, o_.claim_after.count(), 1);
        if (!taken.ok()) {
          Lost(taken.status());
          continue;
        }
        jobs = std::move(*taken);
        claimed = !jobs.empty();
      }
      if (jobs.empty()) {
        const int block = static_cast<int>(std::min<int64_t>(1000, claim_every_.count()));
        auto read = stream_->Read(kGroup, consumer_, 1, block);
        if (!read.ok()) {
          Lost(read.status());
          continue;
        }
        jobs = std::move(*read);
        if (jobs.empty() && o_.until_empty) {
          auto length = stream_->Length();
          if (length.ok() && *length == 0) s_.drained = true;
        }
      }
      for (const queue::Job& job : jobs) {
        if (claimed) s_.Count(&WorkerSummary::claimed);
        s_.Hold(consumer_, job.id);
        Process(job, claimed);
        s_.Hold(consumer_, "");
      }
    }
    if (stream_ != nullptr) (void)stream_->Eval(kLeaveScript, {stream_->name()}, {kGroup, consumer_});
  }

 private:
  bool Stopping() const { return (o_.stop != nullptr && o_.stop->load()) || s_.drained.load(); }

  // Sleeps `ms`, waking early to stop.
  void Sleep(std::chrono::milliseconds ms) {
    const auto until = std::chrono::steady_clock::now() + ms;
    while (!Stopping() && std::chrono::steady_clock::now() < until) {
      std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
          std::chrono::milliseconds(20), until - std::chrono::steady_clock::now()));
    }
  }

  // The next wait of an exponential backoff with jitter, from 100 ms up to
  // max_backoff; `attempt` counts from 0.
  std::chrono::milliseconds Backoff(int attempt) {
    const int64_t cap = std::max<int64_t>(100, o_.max_backoff.count());
    const int64_t base = std::min<int64_t>(cap, int64_t{100} << std::min(attempt, 16));
    std::uniform_int_distribution<int64_t> jitter(base / 2, base);
    return std::chrono::milliseconds(jitter(rng_));
  }

  void Lost(const Status& status) {
    if (status.code() == StatusCode::kUnavailable) {
      s_.Log("queue: " + status.message() + "; connecting again");
      stream_.reset();
    } else {
      s_.Log("queue: " + status.message());
      Sleep(std::chrono::milliseconds(1000));
    }
  }

  // Connects (and makes sure of the group), waiting with backoff while
  // Redis is away; false when told to stop first.
  bool Reconnect() {
    for (int attempt = 0; !Stopping(); ++attempt) {
      auto stream = queue::Stream::Connect(o_.queue);
      Status st = stream.ok() ? (*stream)->EnsureGroup(kGroup) : stream.status();
      if (st.ok()) {
        stream_ = std::move(*stream);
        if (attempt > 0) s_.Log("queue: connected again after " + std::to_string(attempt) + " attempts");
        return true;
      }
      if (st.code() != StatusCode::kUnavailable) s_.Log("queue: " + st.message());
      Sleep(Backoff(attempt));
    }
    return false;
  }

  // Runs a Redis step (returning a Result) until it succeeds, reconnecting
  // as needed: its value, or nothing when told to stop first (the job then
  // stays pending, to be claimed).
  template <typename Step>
  auto Redis(Step step)
      -> std::optional<std::remove_cvref_t<decltype(*step(std::declval<queue::Stream&>()))>> {
    for (int attempt = 0; !Stopping(); ++attempt) {
      if (stream_ == nullptr && !Reconnect()) return std::nullopt;
      auto r = step(*stream_);
      if (r.ok()) return std::move(*r);
      if (r.status().code() == StatusCode::kUnavailable) {
        stream_.reset();
      } else {
        s_.Log("queue: " + r.status().message());
        Sleep(Backoff(attempt));
      }
    }
    return std::nullopt;
  }

  // Runs a store call until it succeeds; false when told to stop first.
  template <typename T, typename Call>
  bool StoreCall(Call call, T* out) {
    for (int attempt = 0;; ++attempt) {
      auto r = call();
      if (r.ok()) {
        *out = std::move(*r);
        if (attempt > 0) s_.Log("store: answering again");
        return true;
      }
      if (attempt == 0) s_.Log("store: " + r.status().message() + "; trying again");
      if (Stopping()) return false;
      Sleep(Backoff(attempt));
    }
  }

  void Finish(const queue::Job& entry, const QueuedJob& job, const std::string& brief_id,
              const char* state = "done") {
    const QueueKeys keys(stream_name_);
    const int64_t minute = static_cast<int64_t>(std::time(nullptr)) / 60;
    const std::optional<std::string> acked = Redis([&](queue::Stream& st) {
      return st.Eval(kFinishScript, {keys.stream, keys.State(job.job), keys.done, keys.DoneIn(minute)},
                     {kGroup, entry.id, brief_id, consumer_, store::NowRfc3339(),
                      std::to_string(kStateTtlSeconds), state});
    });
    // "0": not acknowledged here: another worker that had claimed it
    // finished it.
    if (acked == "1") s_.Count(&WorkerSummary::done);
  }

  // Puts the job back on the queue, or into the dead letters.
  void Move(const queue::Job& entry, QueuedJob job, const std::string& error, bool dead) {
    const QueueKeys keys(stream_name_);
    job.error = error;
    std::vector<std::string> args = {kGroup,
                                     entry.id,
                                     dead ? "failed" : "retrying",
                                     error,
                                     consumer_,
                                     store::NowRfc3339(),
                                     std::to_string(kStateTtlSeconds)};
    AppendFields(job, &args);
    const std::optional<std::string> acked = Redis([&](queue::Stream& st) {
      return st.Eval(kMoveScript, {keys.stream, dead ? keys.dead : keys.stream, keys.State(job.job)}, args);
    });
    if (acked != "1") return;
    s_.Count(dead ? &WorkerSummary::dead : &WorkerSummary::retried);
    s_.Log("job " + job.job + " (" + job.name + "): " + (dead ? "dead letter after " : "retrying after ") +
           std::to_string(job.attempts) + (job.attempts == 1 ? " failure: " : " failures: ") + error);
  }

  void Fail(const queue::Job& entry, QueuedJob job, const Status& status, bool permanent) {
    ++job.attempts;
    const bool dead = permanent || job.attempts >= o_.max_attempts;
    Move(entry, std::move(job), status.message(), dead);
  }

  // The job's article; for a URL that serves a feed, the feed instead
  // (*feed set), whose items become jobs of their own.
  Result<Article> ReadJobArticle(const QueuedJob& job, std::optional<ingest::Feed>* feed) {
    ReadOptions read = o_.read;
    if (!job.article.empty()) {
      read.format = InputFormat::kJson;
      return ReadArticleBytes(job.article, job.name.empty() ? job.job : job.name, read);
    }
    ingest::FetchOptions fetch = ingest::FetchOptionsFor(read, /*feeds=*/true);
    if (!o_.allow_private_urls) fetch.refuse_address = ingest::IsPrivateAddress;
    PRECIS_ASSIGN_OR_RETURN(ingest::FetchedPage page, ingest::Fetch(job.url, fetch));
    if (ingest::LooksLikeFeed(page.body)) {
      PRECIS_ASSIGN_OR_RETURN(ingest::Feed parsed, ingest::ParseFeed(page.body, page.url));
      *feed = std::move(parsed);
      return Article{};
    }
    return ingest::ReadFetchedPage(page, read);
  }

  // Queues the items of the feed a job's URL served, then finishes the job.
  void Expand(const queue::Job& entry, const QueuedJob& job, const ingest::Feed& feed) {
    size_t queued = 0;
    for (const ingest::FeedItem& item : feed.items) {
      std::optional<QueuedJob> sub = FeedItemJob(item, feed, o_.read);
      if (!sub.has_value()) continue;
      sub->lang = job.lang;
      sub->groups = job.groups;
      sub->via = job.url;
      if (sub->name.empty()) sub->name = job.name + "#" + std::to_string(queued + 1);
      if (!Redis([&](queue::Stream& st) { return AddJob(st, &*sub, 0); })) return;
      ++queued;
    }
    s_.Log("job " + job.job + " (" + job.name + "): a feed; " + std::to_string(queued) + " items queued");
    Finish(entry, job, "", "expanded");
  }

  // Waits for the shared model budget; false when told to stop first.
  bool LmToken() {
    if (o_.lm_rate <= 0) return true;
    const std::string key = stream_name_ + ":lm";
    for (;;) {
      const std::optional<std::string> wait = Redis(
          [&](queue::Stream& st) { return st.Eval(kTokenScript, {key}, {std::to_string(o_.lm_rate)}); });
      if (!wait.has_value()) return false;
      const long ms = std::strtol(wait->c_str(), nullptr, 10);
      if (ms <= 0) return true;
      Sleep(std::chrono::milliseconds(ms));
      if (Stopping()) return false;
    }
  }

  void Process(const queue::Job& entry, bool claimed) {
    stream_name_ = stream_->name();
    auto parsed = FromFields(entry);
    if (!parsed.ok()) {
      QueuedJob job;
      job.job = entry.Field("job").empty() ? entry.id : entry.Field("job");
      job.name = entry.Field("name");
      job.url = entry.Field("url");
      job.attempts = o_.max_attempts;
      Move(entry, job, parsed.status().message(), /*dead=*/true);
      return;
    }
    QueuedJob job = std::move(*parsed);
    if (claimed) {
      const std::optional<int64_t> delivered =
          Redis([&](queue::Stream& st) { return st.Deliveries(kGroup, entry.id); });
      if (!delivered.has_value()) return;
      const int64_t deliveries = *delivered;
      if (deliveries == 0) return;  // finished meanwhile by the worker that had it
      if (job.attempts + deliveries > o_.max_attempts) {
        job.attempts += static_cast<int>(deliveries) - 1;
        Move(entry, job,
             "delivered " + std::to_string(deliveries) +
                 " times without finishing: the workers that took it died or stalled",
             /*dead=*/true);
        return;
      }
    }
    Redis([&](queue::Stream& st) {
      return st.Eval(kRunningScript, {QueueKeys(stream_name_).State(job.job)},
                     {consumer_, std::to_string(kStateTtlSeconds)});
    });
    if (Stopping()) return;

    std::optional<ingest::Feed> feed;
    auto article = ReadJobArticle(job, &feed);
    if (!article.ok()) return Fail(entry, job, article.status(), Permanent(article.status().code()));
    if (feed.has_value()) {
      if (!job.via.empty()) {  // feeds of feeds are not followed (a feed may list itself)
        return Fail(entry, job,
                    InvalidArgumentError(job.url + ": an item of the feed " + job.via + " is a feed itself"),
                    /*permanent=*/true);
      }
      return Expand(entry, job, *feed);
    }
    s_.text.Annotate(&*article);
    BriefChoice choice = o_.defaults;
    if (!job.lang.empty()) choice.lang = job.lang;
    if (job.groups > 0) choice.groups = job.groups;
    if (Status valid = Validate(choice); !valid.ok()) return Fail(entry, job, valid, /*permanent=*/true);
    if (choice.engine == "lm" && (o_.lm.url.empty() || o_.lm.model.empty())) {
      return Fail(entry, job,
                  FailedPreconditionError("this worker has no language model (--lm-url, --lm-model)"),
                  /*permanent=*/false);
    }
    store::StoredBrief stored = Prepare(*article, choice, o_.lm.model, s_.text);
    std::optional<store::StoredBrief> existing;
    if (!StoreCall([&] { return s_.store.Get(stored.id); }, &existing)) return;
    if (!existing.has_value()) {
      const Document doc = s_.text.Analyze(std::move(*article));
      Made made;
      if (choice.engine == "lm") {
        s_.lm_slots.acquire();
        struct Release {
          std::counting_semaphore<1024>& slots;
          ~Release() { slots.release(); }
        } release{s_.lm_slots};
        if (!LmToken()) return;
        made = MakeBrief(doc, choice, o_.lm, s_.text);
      } else {
        made = MakeBrief(doc, choice, o_.lm, s_.text);
      }
      if (!made.brief.ok()) {
        return Fail(entry, job, made.brief.status(),
                    made.lm_unverified || Permanent(made.brief.status().code()));
      }
      Complete(*made.brief, s_.text, &stored);
      store::Store::PutResult put;
      if (!StoreCall([&] { return s_.store.Put(stored); }, &put)) return;
      if (put.added) s_.Count(&WorkerSummary::stored);
    }
    Finish(entry, job, stored.id);
  }

  Shared& s_;
  const WorkerOptions& o_;
  const std::string consumer_;
  std::mt19937_64 rng_;
  std::chrono::milliseconds claim_every_{};
  std::unique_ptr<queue::Stream> stream_;
  std::string stream_name_;
};

}  // namespace

Result<WorkerSummary> RunWorker(const TextProcessor& text, store::Store& store,
                                const WorkerOptions& options) {
  PRECIS_RETURN_IF_ERROR(queue::ParseStreamAddress(options.queue).status());
  if (options.max_attempts < 1) return InvalidArgumentError("--max-attempts must be at least 1");
  PRECIS_RETURN_IF_ERROR(Validate(options.defaults));
  const int threads = std::max(1, options.jobs);
  const int slots = std::clamp(options.lm_parallel > 0 ? options.lm_parallel : threads, 1, 1024);
  Shared shared(text, store, options, slots);
  const std::string base = options.consumer.empty() ? DefaultConsumerName() : options.consumer;
  // The heartbeat: every quarter of claim_after, the jobs in hand are
  // marked alive, on a connection of its own.
  std::atomic<bool> pool_done{false};
  std::thread heartbeat([&] {
    const auto every = std::max(std::chrono::milliseconds(25), options.claim_after / 4);
    std::unique_ptr<queue::Stream> stream;
    auto next = std::chrono::steady_clock::now() + every;
    while (!pool_done.load()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      if (std::chrono::steady_clock::now() < next) continue;
      next = std::chrono::steady_clock::now() + every;
      std::map<std::string, std::string> hand;
      {
        std::lock_guard<std::mutex> lock(shared.hand_mu);
        hand = shared.in_hand;
      }
      if (hand.empty()) continue;
      if (stream == nullptr) {
        auto connected = queue::Stream::Connect(options.queue);
        if (!connected.ok()) continue;
        stream = std::move(*connected);
      }
      for (const auto& [consumer, entry] : hand) {
        auto r = stream->Eval(kHeartbeatScript, {stream->name()}, {kGroup, consumer, entry});
        if (!r.ok() && r.status().code() == StatusCode::kUnavailable) {
          stream.reset();
          break;
        }
      }
    }
  });
  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i) {
    pool.emplace_back([&shared, name = threads == 1 ? base : base + "/" + std::to_string(i + 1)] {
      Runner(shared, name).Run();
    });
  }
  for (std::thread& t : pool) t.join();
  pool_done = true;
  heartbeat.join();
  return shared.summary;
}

}  // namespace precis::work
