// Copyright 2026 The precis Authors.
//
// Brief jobs on a Redis Stream (queue/stream.h): what a producer (precis
// batch --queue, precis watch) adds and a worker (worker.h) takes.
//
// A job is an article — its JSON form, read by the producer, or a URL the
// worker fetches — with the brief options it asks for. Each has a stable id
// of its own (the stream's entry id changes when a job is retried) and a
// state hash a client can poll (queued, running, retrying, done with the
// brief's id, failed with the error), kept for a week.
//
// Keys, for stream S: S (the jobs not yet finished: a finished job is
// acknowledged and deleted, so XLEN is the backlog), S:dead (dead letters),
// S:job:ID (states), S:done and S:done:MINUTE (jobs finished, in all and
// per minute). The consumer group is kGroup.

#ifndef PRECIS_WORK_JOBS_H_
#define PRECIS_WORK_JOBS_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "precis/status.h"
#include "queue/stream.h"

namespace precis::work {

inline constexpr char kGroup[] = "precis";
// How long a job's state is kept after its last change.
inline constexpr int kStateTtlSeconds = 7 * 24 * 3600;

// The keys of the queue on stream `stream`.
struct QueueKeys {
  explicit QueueKeys(std::string stream_name);
  std::string stream, dead, done;
  std::string State(const std::string& job) const { return stream + ":job:" + job; }
  std::string DoneIn(int64_t unix_minute) const { return done + ":" + std::to_string(unix_minute); }
};

struct QueuedJob {
  std::string job;        // the job's own id: 16 hex digits (NewJobId)
  std::string name;       // what the producer called it: a path, path:line, a URL
  std::string article;    // the article's JSON form (as precis extract --format json writes it), or
  std::string url;        // a page the worker fetches
  std::string lang;       // auto, zh, en; "": the worker's default
  int groups = 0;         // 1..4; 0: the worker's default
  int attempts = 0;       // failures so far (each retry adds one)
  std::string error;      // the last failure (dead letters)
  std::string submitted;  // RFC 3339
  std::string via;        // the feed it is an item of, when a worker queued it from a feed URL's job
};

std::vector<std::pair<std::string, std::string>> ToFields(const QueuedJob& job);
// ToFields flattened onto `args` (name, value, name, value, …): a script's
// arguments.
void AppendFields(const QueuedJob& job, std::vector<std::string>* args);
// kInvalidArgument naming the entry when it is not a job (no id, neither
// article nor url, a bad number).
Result<QueuedJob> FromFields(const queue::Job& entry);

// 16 random hex digits.
std::string NewJobId();

// A job's state, as its state hash holds it; state "" when unknown (never
// submitted, or finished more than a week ago).
struct JobState {
  std::string state;  // queued, running, retrying, done, failed
  std::string brief;  // done: the brief's id
  std::string error;  // retrying, failed: why
  std::string name, submitted, finished, consumer;
};

struct ProducerOptions {
  // Jobs waiting or in hand (the stream's length) at which Submit waits
  // for room (polling every `poll`); 0: no limit.
  int64_t max_backlog = 0;
  std::chrono::milliseconds poll{250};
  // Set to stop waiting (Submit then fails with kUnavailable).
  const std::atomic<bool>* stop = nullptr;
};

// Adds jobs to a queue; one connection, one thread.
class Producer {
 public:
  static Result<std::unique_ptr<Producer>> Connect(const std::string& location, ProducerOptions options);

  // Adds `job` (given an id and a submission time if it has none) and
  // returns its id, waiting while the backlog is full (kResourceExhausted
  // at once instead, with `wait` false).
  Result<std::string> Submit(QueuedJob job, bool wait = true);

  Result<JobState> State(const std::string& job);
  queue::Stream& stream() { return *stream_; }
  const QueueKeys& keys() const { return keys_; }

 private:
  Producer(std::unique_ptr<queue::Stream> stream, ProducerOptions options);
  std::unique_ptr<queue::Stream> stream_;
  ProducerOptions options_;
  QueueKeys keys_;
};

// Adds `job` to `stream` (an id and a submission time given if it has
// none) unless the stream holds `max_backlog` (> 0) jobs already: its id,
// or "" when the backlog is full.
Result<std::string> AddJob(queue::Stream& stream, QueuedJob* job, int64_t max_backlog);

// What `precis queue stats` shows.
struct QueueStats {
  int64_t backlog = 0;   // jobs not finished: waiting, plus in hand
  int64_t waiting = -1;  // never delivered (-1: unknown)
  int64_t pending = 0;   // delivered, not finished
  struct Consumer {
    std::string name;
    int64_t pending = 0, idle_ms = 0;
  };
  std::vector<Consumer> consumers;
  int64_t dead = 0;
  int64_t done = 0;  // ever
  int64_t done_last_minute = 0, done_last_5_minutes = 0;
};
Result<QueueStats> Stats(queue::Stream& stream);

// The Prometheus text of `stats` (precis_queue_* gauges).
std::string StatsMetrics(const QueueStats& stats);

// A Producer for many threads (precis serve): one connection under a
// lock, made again when lost.
class SharedProducer {
 public:
  SharedProducer(std::string location, ProducerOptions options)
      : location_(std::move(location)), options_(options) {}
  Result<std::string> Submit(QueuedJob job);  // never waits: kResourceExhausted when full
  Result<JobState> State(const std::string& job);
  Result<QueueStats> Stats();

 private:
  template <typename Call>
  auto WithProducer(Call call) -> decltype(call(std::declval<Producer&>()));
  const std::string location_;
  const ProducerOptions options_;
  std::mutex mu_;
  std::unique_ptr<Producer> producer_;
};

}  // namespace precis::work

#endif  // PRECIS_WORK_JOBS_H_
