// Copyright 2026 The precis Authors.

#include "work/jobs.h"

#include <cstdio>
#include <ctime>
#include <random>
#include <thread>

#include "store/store.h"

namespace precis::work {

QueueKeys::QueueKeys(std::string stream_name)
    : stream(std::move(stream_name)), dead(stream + ":dead"), done(stream + ":done") {}

std::vector<std::pair<std::string, std::string>> ToFields(const QueuedJob& job) {
  std::vector<std::pair<std::string, std::string>> f = {{"job", job.job}, {"name", job.name}};
  if (!job.article.empty()) f.emplace_back("article", job.article);
  if (!job.url.empty()) f.emplace_back("url", job.url);
  if (!job.lang.empty()) f.emplace_back("lang", job.lang);
  if (job.groups > 0) f.emplace_back("groups", std::to_string(job.groups));
  if (job.attempts > 0) f.emplace_back("attempts", std::to_string(job.attempts));
  if (!job.error.empty()) f.emplace_back("error", job.error);
  if (!job.via.empty()) f.emplace_back("via", job.via);
  f.emplace_back("submitted", job.submitted);
  return f;
}

void AppendFields(const QueuedJob& job, std::vector<std::string>* args) {
  for (auto& [k, v] : ToFields(job)) {
    args->push_back(std::move(k));
    args->push_back(std::move(v));
  }
}

namespace {

bool SmallNumber(const std::string& s, int* out) {
  if (s.empty() || s.size() > 4) return false;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  *out = n;
  return true;
}

}  // namespace

Result<QueuedJob> FromFields(const queue::Job& entry) {
  QueuedJob job;
  job.job = entry.Field("job");
  job.name = entry.Field("name");
  job.article = entry.Field("article");
  job.url = entry.Field("url");
  job.lang = entry.Field("lang");
  job.error = entry.Field("error");
  job.submitted = entry.Field("submitted");
  job.via = entry.Field("via");
  auto bad = [&](const std::string& why) {
    return InvalidArgumentError("queue entry " + entry.id + ": not a brief job: " + why);
  };
  if (job.job.empty()) return bad("no job id");
  if (job.article.empty() == job.url.empty()) return bad("give one of article and url");
  const std::string groups = entry.Field("groups"), attempts = entry.Field("attempts");
  if (!groups.empty() && !SmallNumber(groups, &job.groups)) return bad("groups is not a number");
  if (!attempts.empty() && !SmallNumber(attempts, &job.attempts)) return bad("attempts is not a number");
  return job;
}

std::string NewJobId() {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(rng()));
  return buf;
}

Producer::Producer(std::unique_ptr<queue::Stream> stream, ProducerOptions options)
    : stream_(std::move(stream)), options_(options), keys_(stream_->name()) {}

Result<std::unique_ptr<Producer>> Producer::Connect(const std::string& location, ProducerOptions options) {
  PRECIS_ASSIGN_OR_RETURN(std::unique_ptr<queue::Stream> stream, queue::Stream::Connect(location));
  PRECIS_RETURN_IF_ERROR(stream->EnsureGroup(kGroup));
  return std::unique_ptr<Producer>(new Producer(std::move(stream), options));
}

namespace {

// Adds the job unless the stream holds ARGV[1] (> 0) entries or more
// already ("" then), and records its state; the entry's id.
constexpr char kSubmitScript[] = R"lua(
local max = tonumber(ARGV[1])
if max > 0 and redis.call('XLEN', KEYS[1]) >= max then return '' end
local fields = {}
for i = 5, #ARGV do fields[#fields + 1] = ARGV[i] end
local id = redis.call('XADD', KEYS[1], '*', unpack(fields))
redis.call('HSET', KEYS[2], 'state', 'queued', 'name', ARGV[2], 'submitted', ARGV[3], 'entry', id)
redis.call('EXPIRE', KEYS[2], ARGV[4])
return id
)lua";

}  // namespace

Result<std::string> AddJob(queue::Stream& stream, QueuedJob* job, int64_t max_backlog) {
  if (job->job.empty()) job->job = NewJobId();
  if (job->submitted.empty()) job->submitted = store::NowRfc3339();
  const QueueKeys keys(stream.name());
  std::vector<std::string> args = {std::to_string(max_backlog), job->name, job->submitted,
                                   std::to_string(kStateTtlSeconds)};
  AppendFields(*job, &args);
  PRECIS_ASSIGN_OR_RETURN(std::string entry,
                          stream.Eval(kSubmitScript, {keys.stream, keys.State(job->job)}, args));
  return entry.empty() ? std::string() : job->job;
}

Result<std::string> Producer::Submit(QueuedJob job, bool wait) {
  for (;;) {
    PRECIS_ASSIGN_OR_RETURN(std::string id, AddJob(*stream_, &job, options_.max_backlog));
    if (!id.empty()) return job.job;
    if (!wait) {
      return ResourceExhaustedError("queue " + keys_.stream + ": the backlog is full (" +
                                    std::to_string(options_.max_backlog) + " jobs)");
    }
    if (options_.stop != nullptr && options_.stop->load()) {
      return UnavailableError("queue " + keys_.stream + ": stopped while waiting for room in the backlog");
    }
    std::this_thread::sleep_for(options_.poll);
  }
}

Result<JobState> Producer::State(const std::string& job) {
  PRECIS_ASSIGN_OR_RETURN(auto fields, stream_->HashGetAll(keys_.State(job)));
  JobState s;
  for (const auto& [k, v] : fields) {
    if (k == "state") s.state = v;
    if (k == "brief") s.brief = v;
    if (k == "error") s.error = v;
    if (k == "name") s.name = v;
    if (k == "submitted") s.submitted = v;
    if (k == "finished") s.finished = v;
    if (k == "consumer") s.consumer = v;
  }
  return s;
}

template <typename Call>
auto SharedProducer::WithProducer(Call call) -> decltype(call(std::declval<Producer&>())) {
  std::lock_guard<std::mutex> lock(mu_);
  // A connection found lost is made again once, and the call tried again.
  for (int attempt = 0;; ++attempt) {
    if (producer_ == nullptr) {
      auto connected = Producer::Connect(location_, options_);
      if (!connected.ok()) return connected.status();
      producer_ = std::move(*connected);
    }
    auto r = call(*producer_);
    if (r.ok() || r.status().code() != StatusCode::kUnavailable) return r;
    producer_.reset();
    if (attempt == 1) return r;
  }
}

Result<std::string> SharedProducer::Submit(QueuedJob job) {
  return WithProducer([&](Producer& p) { return p.Submit(job, /*wait=*/false); });
}

Result<JobState> SharedProducer::State(const std::string& job) {
  return WithProducer([&](Producer& p) { return p.State(job); });
}

Result<QueueStats> SharedProducer::Stats() {
  return WithProducer([&](Producer& p) { return work::Stats(p.stream()); });
}

Result<QueueStats> Stats(queue::Stream& stream) {
  const QueueKeys keys(stream.name());
  QueueStats stats;
  PRECIS_ASSIGN_OR_RETURN(stats.backlog, stream.Length());
  auto group = stream.Group(kGroup);
  if (group.ok()) {
    stats.pending = group->pending;
    stats.waiting = group->lag;
    for (const auto& c : group->consumers) stats.consumers.push_back({c.name, c.pending, c.idle_ms});
  } else if (group.status().code() != StatusCode::kNotFound) {
    return group.status();
  }
  PRECIS_ASSIGN_OR_RETURN(stats.dead, stream.LengthOf(keys.dead));
  PRECIS_ASSIGN_OR_RETURN(stats.done, stream.Integer(keys.done));
  const int64_t minute = static_cast<int64_t>(std::time(nullptr)) / 60;
  for (int64_t m = minute - 5; m < minute; ++m) {
    PRECIS_ASSIGN_OR_RETURN(int64_t n, stream.Integer(keys.DoneIn(m)));
    stats.done_last_5_minutes += n;
    if (m == minute - 1) stats.done_last_minute = n;
  }
  return stats;
}

std::string StatsMetrics(const QueueStats& s) {
  std::string out;
  auto gauge = [&](const char* name, const char* help, int64_t value) {
    out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " gauge\n" + name + " " +
           std::to_string(value) + "\n";
  };
  gauge("precis_queue_backlog", "Jobs not finished (waiting or in hand).", s.backlog);
  if (s.waiting >= 0) gauge("precis_queue_waiting", "Jobs never delivered to a worker.", s.waiting);
  gauge("precis_queue_pending", "Jobs delivered to a worker and not finished.", s.pending);
  gauge("precis_queue_dead_letters", "Jobs that failed for good.", s.dead);
  out += "# HELP precis_queue_done_total Jobs finished.\n# TYPE precis_queue_done_total counter\n";
  out += "precis_queue_done_total " + std::to_string(s.done) + "\n";
  out += "# HELP precis_queue_consumer_pending Jobs in hand, by worker.\n";
  out += "# TYPE precis_queue_consumer_pending gauge\n";
  for (const auto& c : s.consumers) {
    std::string name;
    for (char ch : c.name) {
      if (ch == '"' || ch == '\\') name.push_back('\\');
      if (ch != '\n') name.push_back(ch);
    }
    out += "precis_queue_consumer_pending{consumer=\"" + name + "\"} " + std::to_string(c.pending) + "\n";
  }
  return out;
}

}  // namespace precis::work
