// Copyright 2026 The precis Authors.
//
// A precis worker: takes brief jobs (jobs.h) from a Redis Stream's consumer
// group, briefs them, commits each brief to the store and only then
// acknowledges the job. Workers hold no state of their own: start as many
// as wanted, on as many machines as reach Redis and the store.
//
// - A job delivered twice (a worker died after its commit, before its
//   acknowledgement) is stored once: the store is keyed by the article's
//   hash and the options, and a stored brief is not made again.
// - Jobs a worker left pending (it died, or stalled) are claimed by the
//   others after `claim_after`; a job delivered more than `max_attempts`
//   times goes to the dead-letter stream, as does one that failed for good
//   (an article precis cannot read or brief) or failed `max_attempts` times
//   for a passing reason (a page or a model that could not be reached).
// - Redis or the store going away is waited out: connections are made
//   again with backoff, commits retried; a job is never acknowledged before
//   its brief is committed.

#ifndef PRECIS_WORK_WORKER_H_
#define PRECIS_WORK_WORKER_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "precis/engine.h"
#include "precis/reader.h"
#include "precis/status.h"
#include "precis/text.h"
#include "store/store.h"
#include "work/brief_job.h"

namespace precis::work {

struct WorkerOptions {
  std::string queue;     // the stream's location (queue/stream.h)
  std::string consumer;  // this worker's name in the group; "": HOST-PID
  int jobs = 1;          // threads, each taking jobs on its own connection
  std::chrono::milliseconds claim_after{60000};
  int max_attempts = 3;
  BriefChoice defaults;  // the engine, and the options a job does not give
  LmBriefOptions lm;     // for engine "lm"
  // Model briefs in flight at once in this worker (0: one per thread), and
  // across every worker of the queue, per second (a token bucket in Redis
  // holding one second's worth; 0: no global limit).
  int lm_parallel = 0;
  double lm_rate = 0;
  ReadOptions read;  // the readers' limits (jobs with a URL: the fetch's too)
  // A job's URL may reach loopback, private and link-local addresses only
  // with this.
  bool allow_private_urls = false;
  // Stop after the jobs in hand once this is set.
  const std::atomic<bool>* stop = nullptr;
  // Stop, too, once the queue is empty: nothing waiting, nothing in hand
  // anywhere (a run that drains a backlog, from cron or a script).
  bool until_empty = false;
  // Longest wait between reconnection attempts.
  std::chrono::milliseconds max_backoff{5000};
  // One line per notable event (a job retried or dead, a connection lost).
  std::function<void(const std::string&)> log;
};

struct WorkerSummary {
  int64_t done = 0;     // jobs acknowledged with their brief stored
  int64_t stored = 0;   // of which briefed and stored by this worker
  int64_t retried = 0;  // put back on the queue after a passing failure
  int64_t dead = 0;     // sent to the dead-letter stream
  int64_t claimed = 0;  // taken over from a worker that died or stalled
};

// Runs until `stop`. Errors only for options that cannot work (a bad queue
// location); everything else is retried or reported through `log`.
Result<WorkerSummary> RunWorker(const TextProcessor& text, store::Store& store, const WorkerOptions& options);

// The consumer name of this process: HOST-PID.
std::string DefaultConsumerName();

}  // namespace precis::work

#endif  // PRECIS_WORK_WORKER_H_
