// Copyright 2026 The precis Authors.
//
// precis batch --queue: the inputs precis batch would brief (files,
// folders, JSONL, feeds, URL lists, URLs) become jobs instead. What this
// machine can read — a file, a JSONL line, a feed item with its content —
// is read here and queued as the article's JSON form (a worker elsewhere
// has no access to this machine's files); a URL is queued as the URL, for
// the worker to fetch. An item that cannot be read is reported here, not
// queued.

#ifndef PRECIS_WORK_ENQUEUE_H_
#define PRECIS_WORK_ENQUEUE_H_

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "precis/reader.h"
#include "precis/status.h"
#include "work/jobs.h"

namespace precis::work {

struct EnqueueOptions {
  ReadOptions read;
  std::string lang;  // the jobs' options; "" and 0: the workers' defaults
  int groups = 0;
  const std::atomic<bool>* stop = nullptr;
  // After each item, with (queued, failed).
  std::function<void(size_t queued, size_t failed)> progress;
};

struct EnqueueSummary {
  size_t queued = 0;
  size_t failed = 0;
  bool interrupted = false;
  std::vector<std::string> errors;  // one line per failed item (and per unlistable input)
};

// Errors only when the queue fails (the jobs queued so far stay queued).
Result<EnqueueSummary> EnqueueInputs(const std::vector<std::string>& inputs, Producer& producer,
                                     const EnqueueOptions& options);

}  // namespace precis::work

#endif  // PRECIS_WORK_ENQUEUE_H_
