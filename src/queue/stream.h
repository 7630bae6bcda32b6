// Copyright 2026 The precis Authors.
//
// A Redis Stream as a work queue (hiredis): producers add jobs, workers in
// a consumer group read them, acknowledge each once its result is stored,
// and claim the ones a dead worker left pending. The first piece of issue
// 16's workers; nothing here briefs anything.
//
// Locations: redis://HOST:PORT/STREAM, or unix:///PATH/TO/redis.sock?stream=STREAM.
// A Stream is one connection: use one per thread.

#ifndef PRECIS_QUEUE_STREAM_H_
#define PRECIS_QUEUE_STREAM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "precis/status.h"

namespace precis::queue {

// Where a stream lives, parsed from its location.
struct StreamAddress {
  std::string host;  // empty for a Unix socket
  int port = 6379;
  std::string socket_path;
  std::string stream;
};

// kInvalidArgument naming the location when it is not one of the forms
// above.
Result<StreamAddress> ParseStreamAddress(const std::string& location);

// One entry of the stream.
struct Job {
  std::string id;  // the stream's entry id ("1733234567890-0")
  std::vector<std::pair<std::string, std::string>> fields;
  // The value of field `name`, "" if absent.
  std::string Field(const std::string& name) const;
};

class Stream {
 public:
  // Connects (timeout `timeout_ms`); kUnavailable naming the location when
  // the server cannot be reached.
  static Result<std::unique_ptr<Stream>> Connect(const std::string& location, int timeout_ms = 5000);
  ~Stream();
  Stream(const Stream&) = delete;
  Stream& operator=(const Stream&) = delete;

  const std::string& name() const { return address_.stream; }

  // Creates consumer group `group` (reading from the stream's start, the
  // stream made if missing); an existing group is fine.
  Status EnsureGroup(const std::string& group);

  // Appends a job; its id.
  Result<std::string> Add(const std::vector<std::pair<std::string, std::string>>& fields);

  // Up to `count` jobs never delivered to the group, waiting up to
  // `block_ms` for one (0: do not wait). They stay pending for `consumer`
  // until acknowledged.
  Result<std::vector<Job>> Read(const std::string& group, const std::string& consumer, int count,
                                int block_ms);

  // Acknowledges job `id`: it leaves the group's pending list.
  Status Ack(const std::string& group, const std::string& id);

  // Takes over up to `count` jobs pending for longer than `min_idle_ms` on
  // any consumer of the group (a worker that died or stalled): they are
  // pending for `consumer` now.
  Result<std::vector<Job>> Claim(const std::string& group, const std::string& consumer, int64_t min_idle_ms,
                                 int count);

  // Entries in the stream, and those delivered but not acknowledged.
  Result<int64_t> Length();
  Result<int64_t> Pending(const std::string& group);

 private:
  struct Connection;
  Stream(StreamAddress address, std::unique_ptr<Connection> connection);
  StreamAddress address_;
  std::unique_ptr<Connection> connection_;
};

}  // namespace precis::queue

#endif  // PRECIS_QUEUE_STREAM_H_
