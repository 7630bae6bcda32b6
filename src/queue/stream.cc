// Copyright 2026 The precis Authors.
//
// Redis Streams commands through hiredis, every argument passed binary-safe
// (redisCommandArgv): XGROUP CREATE … MKSTREAM, XADD, XREADGROUP, XACK,
// XAUTOCLAIM (Redis 6.2+), XLEN, XPENDING.

#include "queue/stream.h"

#include <hiredis/hiredis.h>

#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace precis::queue {

Result<StreamAddress> ParseStreamAddress(const std::string& location) {
  StreamAddress a;
  auto bad = [&](const std::string& why) {
    return InvalidArgumentError("queue '" + location + "': " + why +
                                " (redis://HOST:PORT/STREAM or unix:///PATH.sock?stream=STREAM)");
  };
  constexpr std::string_view kTcp = "redis://", kUnix = "unix://";
  if (location.rfind(kTcp, 0) == 0) {
    const std::string rest = location.substr(kTcp.size());
    const size_t slash = rest.find('/');
    if (slash == std::string::npos || slash + 1 == rest.size()) return bad("no stream name");
    const std::string hostport = rest.substr(0, slash);
    a.stream = rest.substr(slash + 1);
    const size_t colon = hostport.rfind(':');
    a.host = colon == std::string::npos ? hostport : hostport.substr(0, colon);
    if (colon != std::string::npos) {
      const std::string digits = hostport.substr(colon + 1);
      char* end = nullptr;
      const long port = std::strtol(digits.c_str(), &end, 10);
      if (digits.empty() || *end != '\0' || port < 1 || port > 65535) return bad("bad port");
      a.port = static_cast<int>(port);
    }
    if (a.host.empty()) return bad("no host");
  } else if (location.rfind(kUnix, 0) == 0) {
    const std::string rest = location.substr(kUnix.size());
    const size_t q = rest.find("?stream=");
    if (q == std::string::npos || q + 8 == rest.size()) return bad("no stream name");
    a.socket_path = rest.substr(0, q);
    a.stream = rest.substr(q + 8);
    if (a.socket_path.empty() || a.socket_path[0] != '/') return bad("the socket's path must be absolute");
  } else {
    return bad("not a Redis location");
  }
  if (a.stream.find_first_of(" \t\r\n") != std::string::npos) return bad("a stream name has no spaces");
  return a;
}

std::string Job::Field(const std::string& name) const {
  for (const auto& [k, v] : fields) {
    if (k == name) return v;
  }
  return "";
}

struct Stream::Connection {
  redisContext* c = nullptr;
  int timeout_ms = 5000;
  ~Connection() {
    if (c != nullptr) redisFree(c);
  }
};

namespace {

struct ReplyDeleter {
  void operator()(redisReply* r) const { freeReplyObject(r); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

std::string Where(const StreamAddress& a) {
  return a.socket_path.empty() ? a.host + ":" + std::to_string(a.port) : a.socket_path;
}

// An entry [id, [field, value, ...]]; false if it is not one.
bool ParseEntry(const redisReply* e, Job* job) {
  if (e == nullptr || e->type != REDIS_REPLY_ARRAY || e->elements != 2) return false;
  const redisReply* id = e->element[0];
  const redisReply* kv = e->element[1];
  if (id->type != REDIS_REPLY_STRING) return false;
  job->id.assign(id->str, id->len);
  if (kv->type != REDIS_REPLY_ARRAY) return true;  // a deleted entry: no fields
  for (size_t i = 0; i + 1 < kv->elements; i += 2) {
    job->fields.emplace_back(std::string(kv->element[i]->str, kv->element[i]->len),
                             std::string(kv->element[i + 1]->str, kv->element[i + 1]->len));
  }
  return true;
}

}  // namespace

Stream::Stream(StreamAddress address, std::unique_ptr<Connection> connection)
    : address_(std::move(address)), connection_(std::move(connection)) {}

Stream::~Stream() = default;

Result<std::unique_ptr<Stream>> Stream::Connect(const std::string& location, int timeout_ms) {
  PRECIS_ASSIGN_OR_RETURN(StreamAddress a, ParseStreamAddress(location));
  timeval tv{timeout_ms / 1000, (timeout_ms % 1000) * 1000};
  auto connection = std::make_unique<Connection>();
  connection->c = a.socket_path.empty() ? redisConnectWithTimeout(a.host.c_str(), a.port, tv)
                                        : redisConnectUnixWithTimeout(a.socket_path.c_str(), tv);
  if (connection->c == nullptr || connection->c->err != 0) {
    const std::string why = connection->c != nullptr ? connection->c->errstr : "cannot allocate a connection";
    return UnavailableError("queue " + Where(a) + ": cannot connect: " + why);
  }
  connection->timeout_ms = timeout_ms;
  redisSetTimeout(connection->c, tv);
  return std::unique_ptr<Stream>(new Stream(std::move(a), std::move(connection)));
}

namespace {

Result<Reply> Command(redisContext* c, const std::string& where, const std::vector<std::string>& args) {
  std::vector<const char*> argv;
  std::vector<size_t> lengths;
  for (const std::string& a : args) {
    argv.push_back(a.data());
    lengths.push_back(a.size());
  }
  Reply reply(static_cast<redisReply*>(
      redisCommandArgv(c, static_cast<int>(args.size()), argv.data(), lengths.data())));
  if (reply == nullptr)
    return UnavailableError("queue " + where + ": " + (c->err != 0 ? c->errstr : "no reply"));
  if (reply->type == REDIS_REPLY_ERROR) {
    const std::string_view error(reply->str, reply->len);
    if (error.rfind("LOADING", 0) == 0 || error.rfind("BUSY ", 0) == 0 || error.rfind("TRYAGAIN", 0) == 0) {
      return UnavailableError("queue " + where + ": " + std::string(error));  // try again shortly
    }
    return InternalError("queue " + where + ": " + args[0] + ": " + std::string(reply->str, reply->len));
  }
  return reply;
}

}  // namespace

Status Stream::EnsureGroup(const std::string& group) {
  auto r =
      Command(connection_->c, Where(address_), {"XGROUP", "CREATE", address_.stream, group, "0", "MKSTREAM"});
  if (!r.ok() && r.status().message().find("BUSYGROUP") != std::string::npos) return Status();
  return r.status();
}

Result<std::string> Stream::Add(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::vector<std::string> args = {"XADD", address_.stream, "*"};
  for (const auto& [k, v] : fields) {
    args.push_back(k);
    args.push_back(v);
  }
  PRECIS_ASSIGN_OR_RETURN(Reply r, Command(connection_->c, Where(address_), args));
  if (r->type != REDIS_REPLY_STRING) return InternalError("queue " + Where(address_) + ": XADD gave no id");
  return std::string(r->str, r->len);
}

Result<std::vector<Job>> Stream::Read(const std::string& group, const std::string& consumer, int count,
                                      int block_ms) {
  std::vector<std::string> args = {"XREADGROUP", "GROUP", group, consumer, "COUNT", std::to_string(count)};
  if (block_ms > 0) {
    args.push_back("BLOCK");
    args.push_back(std::to_string(block_ms));
  }
  args.insert(args.end(), {"STREAMS", address_.stream, ">"});
  // The wait is the server's; the socket's timeout covers it and then some.
  const int wait_ms = connection_->timeout_ms + std::max(0, block_ms);
  redisSetTimeout(connection_->c, timeval{wait_ms / 1000, (wait_ms % 1000) * 1000});
  auto reply = Command(connection_->c, Where(address_), args);
  redisSetTimeout(connection_->c,
                  timeval{connection_->timeout_ms / 1000, (connection_->timeout_ms % 1000) * 1000});
  PRECIS_ASSIGN_OR_RETURN(Reply r, std::move(reply));
  std::vector<Job> jobs;
  if (r->type == REDIS_REPLY_NIL) return jobs;  // nothing came in time
  if (r->type != REDIS_REPLY_ARRAY)
    return InternalError("queue " + Where(address_) + ": XREADGROUP: odd reply");
  for (size_t s = 0; s < r->elements; ++s) {
    const redisReply* stream = r->element[s];
    if (stream->type != REDIS_REPLY_ARRAY || stream->elements != 2) continue;
    const redisReply* entries = stream->element[1];
    for (size_t i = 0; i < entries->elements; ++i) {
      Job job;
      if (ParseEntry(entries->element[i], &job)) jobs.push_back(std::move(job));
    }
  }
  return jobs;
}

Status Stream::Ack(const std::string& group, const std::string& id) {
  return Command(connection_->c, Where(address_), {"XACK", address_.stream, group, id}).status();
}

Result<std::vector<Job>> Stream::Claim(const std::string& group, const std::string& consumer,
                                       int64_t min_idle_ms, int count) {
  std::vector<Job> jobs;
  std::string cursor = "0-0";
  // XAUTOCLAIM scans the pending list a page at a time; its cursor comes
  // back to 0-0 at the end.
  for (int pages = 0; pages < 1000 && static_cast<int>(jobs.size()) < count; ++pages) {
    PRECIS_ASSIGN_OR_RETURN(
        Reply r, Command(connection_->c, Where(address_),
                         {"XAUTOCLAIM", address_.stream, group, consumer, std::to_string(min_idle_ms), cursor,
                          "COUNT", std::to_string(count - static_cast<int>(jobs.size()))}));
    if (r->type != REDIS_REPLY_ARRAY || r->elements < 2) {
      return InternalError("queue " + Where(address_) + ": XAUTOCLAIM: odd reply");
    }
    cursor.assign(r->element[0]->str, r->element[0]->len);
    const redisReply* entries = r->element[1];
    for (size_t i = 0; i < entries->elements; ++i) {
      Job job;
      if (ParseEntry(entries->element[i], &job)) jobs.push_back(std::move(job));
    }
    if (cursor == "0-0") break;
  }
  return jobs;
}

Result<int64_t> Stream::Length() {
  PRECIS_ASSIGN_OR_RETURN(Reply r, Command(connection_->c, Where(address_), {"XLEN", address_.stream}));
  return static_cast<int64_t>(r->integer);
}

Result<int64_t> Stream::Pending(const std::string& group) {
  PRECIS_ASSIGN_OR_RETURN(Reply r,
                          Command(connection_->c, Where(address_), {"XPENDING", address_.stream, group}));
  if (r->type != REDIS_REPLY_ARRAY || r->elements < 1 || r->element[0]->type != REDIS_REPLY_INTEGER) {
    return InternalError("queue " + Where(address_) + ": XPENDING: odd reply");
  }
  return static_cast<int64_t>(r->element[0]->integer);
}

Result<int64_t> Stream::Deliveries(const std::string& group, const std::string& id) {
  PRECIS_ASSIGN_OR_RETURN(
      Reply r, Command(connection_->c, Where(address_), {"XPENDING", address_.stream, group, id, id, "1"}));
  if (r->type != REDIS_REPLY_ARRAY)
    return InternalError("queue " + Where(address_) + ": XPENDING: odd reply");
  if (r->elements == 0) return int64_t{0};
  const redisReply* e = r->element[0];
  if (e->type != REDIS_REPLY_ARRAY || e->elements < 4 || e->element[3]->type != REDIS_REPLY_INTEGER) {
    return InternalError("queue " + Where(address_) + ": XPENDING: odd entry");
  }
  return static_cast<int64_t>(e->element[3]->integer);
}

Result<std::vector<std::pair<std::string, std::string>>> Stream::HashGetAll(const std::string& key) {
  PRECIS_ASSIGN_OR_RETURN(Reply r, Command(connection_->c, Where(address_), {"HGETALL", key}));
  std::vector<std::pair<std::string, std::string>> fields;
  if (r->type != REDIS_REPLY_ARRAY) return InternalError("queue " + Where(address_) + ": HGETALL: odd reply");
  for (size_t i = 0; i + 1 < r->elements; i += 2) {
    fields.emplace_back(std::string(r->element[i]->str, r->element[i]->len),
                        std::string(r->element[i + 1]->str, r->element[i + 1]->len));
  }
  return fields;
}

Result<int64_t> Stream::Integer(const std::string& key) {
  PRECIS_ASSIGN_OR_RETURN(Reply r, Command(connection_->c, Where(address_), {"GET", key}));
  if (r->type == REDIS_REPLY_NIL) return int64_t{0};
  if (r->type != REDIS_REPLY_STRING) return InternalError("queue " + Where(address_) + ": GET: odd reply");
  return static_cast<int64_t>(std::strtoll(std::string(r->str, r->len).c_str(), nullptr, 10));
}

Result<int64_t> Stream::LengthOf(const std::string& stream) {
  PRECIS_ASSIGN_OR_RETURN(Reply r, Command(connection_->c, Where(address_), {"XLEN", stream}));
  return static_cast<int64_t>(r->integer);
}

Result<std::string> Stream::Eval(const std::string& script, const std::vector<std::string>& keys,
                                 const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"EVAL", script, std::to_string(keys.size())};
  argv.insert(argv.end(), keys.begin(), keys.end());
  argv.insert(argv.end(), args.begin(), args.end());
  PRECIS_ASSIGN_OR_RETURN(Reply r, Command(connection_->c, Where(address_), argv));
  if (r->type == REDIS_REPLY_INTEGER) return std::to_string(r->integer);
  if (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS) return std::string(r->str, r->len);
  if (r->type == REDIS_REPLY_NIL) return std::string();
  return InternalError("queue " + Where(address_) + ": EVAL: neither a number nor a string");
}

namespace {

// A field of a flat [name, value, name, value, …] reply (RESP2's maps).
const redisReply* MapField(const redisReply* map, std::string_view name) {
  if (map == nullptr || map->type != REDIS_REPLY_ARRAY) return nullptr;
  for (size_t i = 0; i + 1 < map->elements; i += 2) {
    const redisReply* k = map->element[i];
    if (k->type == REDIS_REPLY_STRING && std::string_view(k->str, k->len) == name) return map->element[i + 1];
  }
  return nullptr;
}

int64_t IntegerOf(const redisReply* r, int64_t otherwise) {
  return r != nullptr && r->type == REDIS_REPLY_INTEGER ? static_cast<int64_t>(r->integer) : otherwise;
}

}  // namespace

Result<Stream::GroupInfo> Stream::Group(const std::string& group) {
  auto groups = Command(connection_->c, Where(address_), {"XINFO", "GROUPS", address_.stream});
  if (!groups.ok()) {
    if (groups.status().message().find("no such key") != std::string::npos) {
      return NotFoundError("queue " + Where(address_) + ": no stream " + address_.stream);
    }
    return groups.status();
  }
  GroupInfo info;
  bool found = false;
  for (size_t i = 0; i < (*groups)->elements; ++i) {
    const redisReply* g = (*groups)->element[i];
    const redisReply* name = MapField(g, "name");
    if (name == nullptr || name->type != REDIS_REPLY_STRING ||
        std::string_view(name->str, name->len) != group) {
      continue;
    }
    found = true;
    info.pending = IntegerOf(MapField(g, "pending"), 0);
    info.lag = IntegerOf(MapField(g, "lag"), -1);
  }
  if (!found)
    return NotFoundError("queue " + Where(address_) + ": no group " + group + " on " + address_.stream);
  PRECIS_ASSIGN_OR_RETURN(Reply consumers, Command(connection_->c, Where(address_),
                                                   {"XINFO", "CONSUMERS", address_.stream, group}));
  for (size_t i = 0; i < consumers->elements; ++i) {
    const redisReply* c = consumers->element[i];
    const redisReply* name = MapField(c, "name");
    if (name == nullptr || name->type != REDIS_REPLY_STRING) continue;
    info.consumers.push_back({std::string(name->str, name->len), IntegerOf(MapField(c, "pending"), 0),
                              IntegerOf(MapField(c, "idle"), 0)});
  }
  return info;
}

Result<std::vector<Job>> Stream::Range(const std::string& stream, const std::string& start, int count) {
  PRECIS_ASSIGN_OR_RETURN(Reply r, Command(connection_->c, Where(address_),
                                           {"XRANGE", stream, start, "+", "COUNT", std::to_string(count)}));
  std::vector<Job> jobs;
  if (r->type != REDIS_REPLY_ARRAY) return InternalError("queue " + Where(address_) + ": XRANGE: odd reply");
  for (size_t i = 0; i < r->elements; ++i) {
    Job job;
    if (ParseEntry(r->element[i], &job)) jobs.push_back(std::move(job));
  }
  return jobs;
}

}  // namespace precis::queue
