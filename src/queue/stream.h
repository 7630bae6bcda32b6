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
  // Connects (timeout `timeout_ms`, which also bounds every command but a
  // blocking read's wait); kUnavailable naming the location when the server
  // cannot be reached. Any command fails with kUnavailable once the
  // connection is lost: connect again (the Stream is then dead).
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

  // How many times job `id` has been delivered (read or claimed); 0 when it
  // is not pending.
  Result<int64_t> Deliveries(const std::string& group, const std::string& id);

  // A hash's fields (HGETALL); empty when the key does not exist.
  Result<std::vector<std::pair<std::string, std::string>>> HashGetAll(const std::string& key);

  // The integer at `key` (GET), 0 when absent; the length of another
  // stream (XLEN).
  Result<int64_t> Integer(const std::string& key);
  Result<int64_t> LengthOf(const std::string& stream);

  // Runs a Lua script (EVAL: atomic, all of it or none): its integer
  // answer in decimal, its string, or "" for nil.
  Result<std::string> Eval(const std::string& script, const std::vector<std::string>& keys,
                           const std::vector<std::string>& args);

  // The consumer group as XINFO reports it.
  struct ConsumerInfo {
    std::string name;
    int64_t pending = 0;
    int64_t idle_ms = 0;
  };
  struct GroupInfo {
    int64_t pending = 0;
    int64_t lag = -1;  // entries never delivered; -1 when Redis cannot tell
    std::vector<ConsumerInfo> consumers;
  };
  // kNotFound when the stream or the group does not exist.
  Result<GroupInfo> Group(const std::string& group);

  // The entries of another stream, oldest first, from `start` ("-": the
  // first), at most `count`.
  Result<std::vector<Job>> Range(const std::string& stream, const std::string& start, int count);

 private:
  struct Connection;
  Stream(StreamAddress address, std::unique_ptr<Connection> connection);
  StreamAddress address_;
  std::unique_ptr<Connection> connection_;
};

}  // namespace precis::queue

#endif  // PRECIS_QUEUE_STREAM_H_
