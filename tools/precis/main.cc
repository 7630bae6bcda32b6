// Copyright 2026 The precis Authors.
//
// precis: the command line. Parses flags, calls the library, prints, and maps
// errors to exit codes in one place (ExitCode below). Nothing is written to
// stdout unless the whole command succeeded.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "batch/batch.h"
#include "eval/eval.h"
#include "ingest/fetch.h"
#include "lm/client.h"
#include "precis/check.h"
#include "precis/engine.h"
#include "precis/pipeline.h"
#include "precis/reader.h"
#include "precis/text.h"
#include "render/article_writer.h"
#include "render/brief_writer.h"
#include "util/files.h"

// The commands that serve, queue and work (serve, worker, watch, queue,
// batch --queue) need PostgreSQL's, Redis' and the HTTP server's libraries,
// and two dozen more they load: `precis-server` holds them; `precis` reads
// their flags and hands them on to it, so that the other commands start
// without loading those libraries.
#ifndef PRECIS_SERVER_COMMANDS
#define PRECIS_SERVER_COMMANDS 1
#endif
#if PRECIS_SERVER_COMMANDS
#include "http_server.h"
#include "service.h"
#include "store/store.h"
#include "work/enqueue.h"
#include "work/jobs.h"
#include "work/watch.h"
#include "work/worker.h"
#else
#include <cerrno>
#include <cstring>
#endif

namespace {

// The forms of a queue's location (queue/stream.h), for the flags' help.
constexpr const char* kQueueForms = "redis://HOST:PORT/STREAM or unix:///PATH.sock?stream=STREAM";

constexpr const char* kExitCodes = R"(Exit status:
  0  success
  2  bad input or usage: missing, empty, binary, undecodable, too large or
     malformed input, bad flags, or an article or brief language the
     built-in engine does not handle (one line on stderr says which)
  3  precis' data files are missing or corrupt (rebuild, or set PRECIS_DATA_DIR)
  4  internal error (a bug: please report it)
  5  a server cannot be reached or keeps failing: the language model's
     (--engine lm), or a URL's (refused, timed out, HTTP 5xx or 429)
)";

int ExitCode(const precis::Status& status) {
  switch (status.code()) {
    case precis::StatusCode::kOk:
      return 0;
    case precis::StatusCode::kFailedPrecondition:
      return 3;
    case precis::StatusCode::kInternal:
      return 4;
    case precis::StatusCode::kUnavailable:
      return 5;
    default:
      return 2;
  }
}

int Fail(const precis::Status& status) {
  std::cerr << "precis: " << status.message() << "\n";
  return ExitCode(status);
}

bool WriteStdout(const std::string& text) {
  std::cout << text;
  std::cout.flush();
  return static_cast<bool>(std::cout);
}

struct Globals {
  std::string data_dir;
  size_t max_bytes = precis::ReadOptions{}.max_bytes;
};

precis::Result<std::unique_ptr<precis::TextProcessor>> LoadText(const Globals& g) {
  return precis::TextProcessor::Load(g.data_dir);
}

int RunExtract(const Globals& g, const std::string& input, const std::string& format) {
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  precis::ReadOptions options;
  options.max_bytes = g.max_bytes;
  auto article = precis::LoadArticle(input, options, **text);
  if (!article.ok()) return Fail(article.status());
  WriteStdout(format == "json" ? precis::render::ArticleToJson(*article)
                               : precis::render::ArticleToText(*article));
  return 0;
}

int RunSegment(const Globals& g, const std::string& input) {
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  const std::string name = input == "-" ? "<stdin>" : input;
  auto bytes =
      input == "-" ? precis::util::ReadStdin(g.max_bytes) : precis::util::ReadFile(input, g.max_bytes);
  if (!bytes.ok()) return Fail(bytes.status());
  auto decoded = precis::DecodeText(*bytes, name);
  if (!decoded.ok()) return Fail(decoded.status());
  std::string out;
  out.reserve(decoded->size() * 5 / 4);
  std::string_view all = *decoded;
  size_t start = 0;
  while (start < all.size()) {
    size_t nl = all.find('\n', start);
    if (nl == std::string_view::npos) nl = all.size();
    std::string_view line = all.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    bool first = true;
    for (std::string_view word : (*text)->SegmentWords(line)) {
      if (!first) out.push_back(' ');
      out.append(word);
      first = false;
    }
    out.push_back('\n');
    start = nl + 1;
  }
  WriteStdout(out);
  return 0;
}

// precis check: 0 when every statement is supported, 1 otherwise.
int RunCheck(const Globals& g, const std::string& brief_path, const std::string& source,
             const std::string& format) {
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  const std::string name = brief_path == "-" ? "<stdin>" : brief_path;
  auto bytes = brief_path == "-" ? precis::util::ReadStdin(g.max_bytes)
                                 : precis::util::ReadFile(brief_path, g.max_bytes);
  if (!bytes.ok()) return Fail(bytes.status());
  auto decoded = precis::DecodeText(*bytes, name);
  if (!decoded.ok()) return Fail(decoded.status());
  auto brief = precis::ParseBrief(*decoded, name);
  if (!brief.ok()) return Fail(brief.status());
  precis::ReadOptions read;
  read.max_bytes = g.max_bytes;
  auto doc = precis::LoadDocument(source, read, **text);
  if (!doc.ok()) return Fail(doc.status());
  const precis::CheckReport report = precis::CheckBrief(*brief, *doc, **text);
  WriteStdout(format == "json" ? precis::CheckReportToJson(report) : precis::CheckReportToText(report));
  return report.all_supported() ? 0 : 1;
}

// The language-model engine's flags, on brief, batch and eval.
struct LmFlags {
  std::string engine = "builtin";
  std::string lang = "auto";
  std::string url, model, cache;
  int timeout = 120;  // seconds
  int context = 8192;
  int parallel = 2;
  bool no_cache = false;
  bool keep_unverified = false;
};

struct BriefFlags {
  std::string format = "md";
  int budget = 0;
  int groups = 4;
  LmFlags lm;
};

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

// The language-model engine's options from the flags and PRECIS_LM_URL,
// PRECIS_LM_MODEL, PRECIS_LM_API_KEY.
precis::LmBriefOptions LmOptionsFrom(const LmFlags& flags, int groups) {
  precis::LmBriefOptions o;
  o.url = flags.url.empty() ? Env("PRECIS_LM_URL") : flags.url;
  o.model = flags.model.empty() ? Env("PRECIS_LM_MODEL") : flags.model;
  o.api_key = Env("PRECIS_LM_API_KEY");
  o.max_groups = groups;
  o.timeout_ms = flags.timeout * 1000;
  o.context_tokens = flags.context;
  o.keep_unverified = flags.keep_unverified;
  if (!flags.no_cache) o.cache_dir = flags.cache.empty() ? precis::lm::DefaultCacheDir() : flags.cache;
  if (flags.lang == "zh") o.language = precis::Language::kChinese;
  if (flags.lang == "en") o.language = precis::Language::kEnglish;
  return o;
}

// Adds the --engine and --lm-* flags to `cmd` (--lang too, unless it has it).
void AddLmFlags(CLI::App* cmd, LmFlags* f, bool with_lang) {
  cmd->add_option("--engine", f->engine, "builtin (default) or lm (an OpenAI-compatible model)")
      ->check(CLI::IsMember({"builtin", "lm"}));
  if (with_lang) {
    cmd->add_option("--lang", f->lang, "with --engine lm: auto (the article's language), zh or en")
        ->check(CLI::IsMember({"auto", "zh", "en"}));
  }
  cmd->add_option("--lm-url", f->url,
                  "the model server's base URL, ending in /v1 (default: $PRECIS_LM_URL); the API key, "
                  "if any, is read from $PRECIS_LM_API_KEY");
  cmd->add_option("--lm-model", f->model, "the model's name (default: $PRECIS_LM_MODEL)");
  cmd->add_option("--lm-timeout", f->timeout, "seconds per request (default 120)")
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--lm-context", f->context, "the model's context in tokens (default 8192)")
      ->check(CLI::Range(1024, 10000000));
  cmd->add_option("--lm-cache", f->cache, "directory of cached answers (default: $XDG_CACHE_HOME/precis/lm)");
  cmd->add_flag("--no-cache", f->no_cache, "ask the server even when an answer is cached");
  cmd->add_flag("--keep-unverified", f->keep_unverified,
                "keep statements that fail the audit, marked [unverified], instead of dropping them");
}

int RunBrief(const Globals& g, const std::string& input, const BriefFlags& flags) {
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  precis::ReadOptions read;
  read.max_bytes = g.max_bytes;
  auto doc = precis::LoadDocument(input, read, **text);
  if (!doc.ok()) return Fail(doc.status());
  const std::string name = input == "-" ? "<stdin>" : input;
  precis::Result<precis::Brief> brief = precis::InternalError("no engine ran");
  if (flags.lm.engine == "lm") {
    auto written = precis::BriefWithModel(*doc, **text, LmOptionsFrom(flags.lm, flags.groups));
    if (!written.ok()) return Fail(written.status().WithContext(name));
    if (!written->core_verified) {
      std::cerr << "precis: " << name << ": " << written->failure << "\n";
      return 1;
    }
    brief = std::move(written->brief);
  } else {
    precis::BriefOptions options;
    options.max_groups = flags.groups;
    if (flags.format == "text") options.budget = flags.budget;
    if (flags.lm.lang == "zh") options.language = precis::Language::kChinese;
    if (flags.lm.lang == "en") options.language = precis::Language::kEnglish;
    brief = precis::BriefDocument(*doc, options);
  }
  if (!brief.ok()) return Fail(brief.status().WithContext(name));
  if (flags.format == "json") {
    WriteStdout(precis::render::BriefToJson(*brief));
  } else if (flags.format == "text") {
    WriteStdout(precis::render::BriefToText(*brief, flags.budget));
  } else {
    WriteStdout(precis::render::BriefToMarkdown(*brief));
  }
  return 0;
}

int RunEval(const Globals& g, const std::string& input, const std::string& budget,
            const std::string& predictions, int jobs, const LmFlags& lm_flags) {
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  precis::eval::EvalOptions options;
  options.predictions_path = predictions;
  options.jobs = jobs;
  const precis::LmBriefOptions lm = LmOptionsFrom(lm_flags, 4);
  if (lm_flags.engine == "lm") options.lm = &lm;
  if (budget != "reference") {
    char* end = nullptr;
    long n = std::strtol(budget.c_str(), &end, 10);
    if (end == budget.c_str() || *end != '\0' || n <= 0 || n > 1000000) {
      return Fail(precis::InvalidArgumentError("--budget must be 'reference' or a positive number, not '" +
                                               budget + "'"));
    }
    options.budget = static_cast<int>(n);
  }
  auto report = precis::eval::RunEval(input, **text, options);
  if (!report.ok()) return Fail(report.status());
  char buf[512];
  std::string out = input + ": " + std::to_string(report->documents) + " articles, budget " +
                    (options.budget > 0 ? std::to_string(options.budget) : std::string("reference")) + "\n";
  if (!report->skipped.empty()) {
    std::string langs;
    size_t n = 0;
    for (const auto& [code, count] : report->skipped) {
      langs += (langs.empty() ? "" : ", ") + code + " " + std::to_string(count);
      n += count;
    }
    out +=
        "skipped " + std::to_string(n) + " in languages the built-in engine does not brief (" + langs + ")\n";
  }
  out += "system    ROUGE-1  ROUGE-2  ROUGE-L\n";
  auto row = [&](const char* name, const precis::eval::RougeScores& s) {
    std::snprintf(buf, sizeof buf, "%-8s  %7.2f  %7.2f  %7.2f\n", name, 100 * s.rouge1.f1, 100 * s.rouge2.f1,
                  100 * s.rougeL.f1);
    out += buf;
  };
  row("precis", report->precis);
  row("LEAD", report->lead);
  WriteStdout(out);
  return 0;
}

std::atomic<bool> g_stop{false};
extern "C" void OnStopSignal(int) { g_stop.store(true); }

struct BatchFlags {
  std::vector<std::string> inputs;
  std::string out;
  std::string queue;
  int64_t max_backlog = 0;
  int groups = 0;
  std::string format = "md";
  int jobs = 0;  // every core
  bool force = false;
  bool quiet = false;
  LmFlags lm;
};

#if PRECIS_SERVER_COMMANDS
// precis batch --queue: the items become jobs for precis worker.
int RunEnqueue(const Globals& g, const BatchFlags& flags) {
  std::signal(SIGPIPE, SIG_IGN);  // a Redis connection lost is an error to handle, not a signal
  precis::work::ProducerOptions producer_options;
  producer_options.max_backlog = flags.max_backlog;
  producer_options.stop = &g_stop;
  auto producer = precis::work::Producer::Connect(flags.queue, producer_options);
  if (!producer.ok()) return Fail(producer.status());
  precis::work::EnqueueOptions options;
  options.read.max_bytes = g.max_bytes;
  options.lang = flags.lm.lang == "auto" ? "" : flags.lm.lang;
  options.groups = flags.groups;
  options.stop = &g_stop;
  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);
  const auto start = std::chrono::steady_clock::now();
  if (!flags.quiet && ::isatty(STDERR_FILENO)) {
    options.progress = [](size_t queued, size_t failed) {
      std::fprintf(stderr, "\r%zu queued, %zu failed ", queued, failed);
    };
  }
  auto summary = precis::work::EnqueueInputs(flags.inputs, **producer, options);
  if (options.progress) std::fprintf(stderr, "\n");
  if (!summary.ok()) return Fail(summary.status());
  for (size_t i = 0; i < summary->errors.size() && i < 20; ++i) {
    std::fprintf(stderr, "precis batch: %s\n", summary->errors[i].c_str());
  }
  if (summary->errors.size() > 20)
    std::fprintf(stderr, "precis batch: … and %zu more\n", summary->errors.size() - 20);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "precis batch: %zu queued on %s, %zu failed in %.1f s%s\n", summary->queued,
               (*producer)->keys().stream.c_str(), summary->failed, seconds,
               summary->interrupted ? "; interrupted" : "");
  if (summary->interrupted) return 130;
  return summary->failed > 0 ? 1 : 0;
}
#endif  // PRECIS_SERVER_COMMANDS

int RunBatch(const Globals& g, const BatchFlags& flags) {
#if PRECIS_SERVER_COMMANDS
  if (!flags.queue.empty()) return RunEnqueue(g, flags);
#endif
  if (flags.out.empty()) return Fail(precis::InvalidArgumentError("batch: give --out (or --queue)"));
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  precis::batch::BatchOptions options;
  options.out = flags.out;
  options.format = flags.format;
  options.jobs = flags.jobs;
  options.force = flags.force;
  options.read.max_bytes = g.max_bytes;
  options.stop = &g_stop;
  const precis::LmBriefOptions lm = LmOptionsFrom(flags.lm, 4);
  if (flags.lm.engine == "lm") {
    options.lm = &lm;
    options.lm_parallel = flags.lm.parallel;
  }
  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);
  const auto start = std::chrono::steady_clock::now();
  std::mutex progress_mu;
  if (!flags.quiet && ::isatty(STDERR_FILENO)) {
    options.progress = [&](size_t done, size_t total) {
      std::lock_guard<std::mutex> lock(progress_mu);
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
      const double eta = rate > 0 ? static_cast<double>(total - done) / rate : 0;
      const int width = 30;
      const int filled = total > 0 ? static_cast<int>(width * done / total) : width;
      std::string bar(static_cast<size_t>(filled), '=');
      bar.resize(width, ' ');
      std::fprintf(stderr, "\r[%s] %zu/%zu  %.1f/s  ETA %d:%02d ", bar.c_str(), done, total, rate,
                   static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
      if (done == total) std::fprintf(stderr, "\n");
    };
  }
  auto summary = precis::batch::RunBatch(flags.inputs, **text, options);
  if (!summary.ok()) return Fail(summary.status());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char line[512];
  std::snprintf(line, sizeof line,
                "precis batch: %zu items: %zu briefed, %zu skipped (already briefed), %zu failed in "
                "%.1f s%s%s%s\n",
                summary->total, summary->briefed, summary->skipped, summary->failed, seconds,
                summary->interrupted ? "; interrupted" : "",
                summary->error_report.empty() ? "" : "; errors in ", summary->error_report.c_str());
  std::fputs(line, stderr);
  if (summary->interrupted) return 130;
  return summary->failed > 0 ? 1 : 0;
}

int RunPinyin(const Globals& g, const std::vector<std::string>& words) {
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  std::string joined;
  for (const auto& w : words) {
    if (!joined.empty()) joined.push_back(' ');
    joined += w;
  }
  auto valid = precis::DecodeText(joined, "TEXT");
  if (!valid.ok()) return Fail(valid.status());
  WriteStdout((*text)->Pinyin(*valid) + "\n");
  return 0;
}

struct ServeFlags {
  std::string listen = "127.0.0.1:8080";
  std::string store = "precis.db";
  std::string token;
  int threads = 0;
  int groups = 4;
  double rate_limit = 20;
  int max_briefs = 0;
  bool allow_private_urls = false;
  bool insecure_no_token = false;
  std::string queue;
  int64_t max_backlog = 0;
  LmFlags lm;
};

#if PRECIS_SERVER_COMMANDS
// "host:port", "[v6]:port" or ":port" (loopback).
bool ParseListen(const std::string& listen, std::string* host, int* port) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos) return false;
  *host = listen.substr(0, colon);
  if (host->size() >= 2 && host->front() == '[' && host->back() == ']')
    *host = host->substr(1, host->size() - 2);
  if (host->empty()) *host = "127.0.0.1";
  const std::string digits = listen.substr(colon + 1);
  char* end = nullptr;
  const long p = std::strtol(digits.c_str(), &end, 10);
  if (digits.empty() || *end != '\0' || p < 0 || p > 65535) return false;
  *port = static_cast<int>(p);
  return true;
}

// "60s", "500ms", "10m", "1h", or seconds ("90"); -1 when it is none of these.
int64_t DurationMs(const std::string& text) {
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits > 9) return -1;
  const int64_t n = std::stoll(text.substr(0, digits));
  const std::string unit = text.substr(digits);
  if (unit == "ms") return n;
  if (unit.empty() || unit == "s") return n * 1000;
  if (unit == "m") return n * 60 * 1000;
  if (unit == "h") return n * 3600 * 1000;
  return -1;
}
#endif  // PRECIS_SERVER_COMMANDS

struct WorkerFlags {
  std::string queue;
  std::string store = "precis.db";
  std::string consumer;
  std::string claim_after = "60s";
  int jobs = 1;
  int max_attempts = 3;
  int groups = 4;
  int lm_parallel = 0;
  double lm_rate = 0;
  bool allow_private_urls = false;
  bool until_empty = false;
  LmFlags lm;
};

#if PRECIS_SERVER_COMMANDS
int RunWorker(const Globals& g, const WorkerFlags& flags) {
  std::signal(SIGPIPE, SIG_IGN);  // Redis or PostgreSQL going away is waited out, not a death
  precis::work::WorkerOptions options;
  options.queue = flags.queue;
  if (auto address = precis::queue::ParseStreamAddress(flags.queue); !address.ok())
    return Fail(address.status());
  const int64_t claim_ms = DurationMs(flags.claim_after);
  if (claim_ms <= 0) {
    return Fail(precis::InvalidArgumentError(
        "--claim-after must be a duration such as 60s, 500ms or 10m, not '" + flags.claim_after + "'"));
  }
  options.claim_after = std::chrono::milliseconds(claim_ms);
  options.consumer = flags.consumer;
  options.jobs = flags.jobs;
  options.max_attempts = flags.max_attempts;
  options.defaults.engine = flags.lm.engine;
  options.defaults.lang = flags.lm.lang;
  options.defaults.groups = flags.groups;
  options.lm = LmOptionsFrom(flags.lm, flags.groups);
  if (flags.lm.engine == "lm" && (options.lm.url.empty() || options.lm.model.empty())) {
    return Fail(precis::InvalidArgumentError(
        "--engine lm needs --lm-url and --lm-model (or $PRECIS_LM_URL, $PRECIS_LM_MODEL)"));
  }
  options.lm_parallel = flags.lm_parallel;
  options.lm_rate = flags.lm_rate;
  options.read.max_bytes = g.max_bytes;
  options.allow_private_urls = flags.allow_private_urls;
  options.until_empty = flags.until_empty;
  options.stop = &g_stop;
  std::mutex log_mu;
  options.log = [&log_mu](const std::string& line) {
    std::lock_guard<std::mutex> lock(log_mu);
    std::fprintf(stderr, "%s precis worker: %s\n", precis::store::NowRfc3339().c_str(), line.c_str());
  };
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  auto store = precis::store::Open(flags.store);
  if (!store.ok()) return Fail(store.status());
  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);
  options.log("taking jobs from " + flags.queue + " with " + std::to_string(std::max(1, flags.jobs)) +
              (flags.jobs > 1 ? " threads" : " thread") + " (store: " + std::string((*store)->kind()) + ")");
  const auto start = std::chrono::steady_clock::now();
  auto summary = precis::work::RunWorker(**text, **store, options);
  if (!summary.ok()) return Fail(summary.status());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char line[512];
  std::snprintf(
      line, sizeof line,
      "stopped: %lld jobs done (%lld briefed, %lld already stored), %lld retried, %lld dead letters, "
      "%lld claimed from other workers, in %.1f s",
      static_cast<long long>(summary->done), static_cast<long long>(summary->stored),
      static_cast<long long>(summary->done - summary->stored), static_cast<long long>(summary->retried),
      static_cast<long long>(summary->dead), static_cast<long long>(summary->claimed), seconds);
  options.log(line);
  return 0;
}
#endif  // PRECIS_SERVER_COMMANDS

struct WatchFlags {
  std::vector<std::string> feeds;
  std::string queue;
  std::string store = "precis.db";
  std::string every = "10m";
  std::string lang;
  int groups = 0;
  int64_t max_backlog = 0;
  bool once = false;
};

#if PRECIS_SERVER_COMMANDS
int RunWatch(const Globals& g, const WatchFlags& flags) {
  std::signal(SIGPIPE, SIG_IGN);
  const int64_t every = DurationMs(flags.every);
  if (every <= 0) {
    return Fail(precis::InvalidArgumentError("--every must be a duration such as 10m, 30s or 1h, not '" +
                                             flags.every + "'"));
  }
  for (const std::string& feed : flags.feeds) {
    if (!precis::ingest::IsHttpUrl(feed)) {
      return Fail(precis::InvalidArgumentError(feed + ": a feed to watch must be an http(s) URL"));
    }
  }
  precis::work::ProducerOptions producer_options;
  producer_options.max_backlog = flags.max_backlog;
  producer_options.stop = &g_stop;
  auto producer = precis::work::Producer::Connect(flags.queue, producer_options);
  if (!producer.ok()) return Fail(producer.status());
  auto store = precis::store::Open(flags.store);
  if (!store.ok()) return Fail(store.status());
  precis::work::WatchOptions options;
  options.feeds = flags.feeds;
  options.every = std::chrono::milliseconds(every);
  options.rounds = flags.once ? 1 : 0;
  options.read.max_bytes = g.max_bytes;
  options.lang = flags.lang;
  options.groups = flags.groups;
  options.stop = &g_stop;
  options.log = [](const std::string& line) {
    std::fprintf(stderr, "%s precis watch: %s\n", precis::store::NowRfc3339().c_str(), line.c_str());
  };
  std::signal(SIGINT, OnStopSignal);
  std::signal(SIGTERM, OnStopSignal);
  auto summary = precis::work::RunWatch(**store, **producer, options);
  if (!summary.ok()) return Fail(summary.status());
  options.log("stopped: " + std::to_string(summary->polls) + " polls (" +
              std::to_string(summary->not_modified) + " unchanged, " + std::to_string(summary->failed) +
              " failed), queued " + std::to_string(summary->queued));
  return flags.once && summary->failed > 0 ? 1 : 0;
}
#endif  // PRECIS_SERVER_COMMANDS

struct QueueFlags {
  std::string queue;
  std::string format = "text";
  int limit = 20;
};

#if PRECIS_SERVER_COMMANDS
int RunQueueStats(const QueueFlags& flags) {
  auto stream = precis::queue::Stream::Connect(flags.queue);
  if (!stream.ok()) return Fail(stream.status());
  auto stats = precis::work::Stats(**stream);
  if (!stats.ok()) return Fail(stats.status());
  const precis::work::QueueStats& s = *stats;
  if (flags.format == "prometheus") {
    WriteStdout(precis::work::StatsMetrics(s));
    return 0;
  }
  std::string out;
  char buf[512];
  std::snprintf(buf, sizeof buf, "queue %s\n", (*stream)->name().c_str());
  out += buf;
  std::snprintf(buf, sizeof buf, "backlog        %lld (waiting %s, in hand %lld)\n",
                static_cast<long long>(s.backlog), s.waiting >= 0 ? std::to_string(s.waiting).c_str() : "?",
                static_cast<long long>(s.pending));
  out += buf;
  std::snprintf(buf, sizeof buf, "dead letters   %lld\n", static_cast<long long>(s.dead));
  out += buf;
  std::snprintf(buf, sizeof buf, "done           %lld (last full minute %lld, last 5 minutes %lld: %.1f/s)\n",
                static_cast<long long>(s.done), static_cast<long long>(s.done_last_minute),
                static_cast<long long>(s.done_last_5_minutes),
                static_cast<double>(s.done_last_5_minutes) / 300);
  out += buf;
  std::snprintf(buf, sizeof buf, "workers        %zu\n", s.consumers.size());
  out += buf;
  for (const auto& c : s.consumers) {
    std::snprintf(buf, sizeof buf, "  %-32s in hand %lld, idle %.1f s\n", c.name.c_str(),
                  static_cast<long long>(c.pending), static_cast<double>(c.idle_ms) / 1000);
    out += buf;
  }
  WriteStdout(out);
  return 0;
}

int RunQueueDead(const QueueFlags& flags) {
  auto stream = precis::queue::Stream::Connect(flags.queue);
  if (!stream.ok()) return Fail(stream.status());
  const precis::work::QueueKeys keys((*stream)->name());
  auto entries = (*stream)->Range(keys.dead, "-", flags.limit);
  if (!entries.ok()) return Fail(entries.status());
  std::string out;
  for (const auto& e : *entries) {
    out +=
        e.Field("job") + "\t" + e.Field("name") + "\t" + e.Field("attempts") + "\t" + e.Field("error") + "\n";
  }
  WriteStdout(out);
  return 0;
}

int RunServe(const Globals& g, const ServeFlags& flags) {
  precis::server::ServerOptions server;
  if (!ParseListen(flags.listen, &server.host, &server.port)) {
    return Fail(precis::InvalidArgumentError("--listen must be HOST:PORT, not '" + flags.listen + "'"));
  }
  const std::string token = flags.token.empty() ? Env("PRECIS_SERVE_TOKEN") : flags.token;
  if (!precis::server::IsLoopbackHost(server.host) && token.empty() && !flags.insecure_no_token) {
    return Fail(precis::InvalidArgumentError(
        "--listen " + flags.listen +
        " reaches beyond this machine: give --token (or $PRECIS_SERVE_TOKEN), or --insecure-no-token"));
  }
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  auto store = precis::store::Open(flags.store);
  if (!store.ok()) return Fail(store.status());
  precis::server::ServiceOptions options;
  options.engine = flags.lm.engine;
  options.lang = flags.lm.lang;
  options.groups = flags.groups;
  options.lm = LmOptionsFrom(flags.lm, flags.groups);
  options.read.max_bytes = g.max_bytes;
  options.token = token;
  options.allow_private_urls = flags.allow_private_urls;
  options.rate_limit = flags.rate_limit;
  const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  options.max_concurrent_briefs = flags.max_briefs > 0 ? flags.max_briefs : cores;
  std::unique_ptr<precis::work::SharedProducer> queue;
  if (!flags.queue.empty()) {
    std::signal(SIGPIPE, SIG_IGN);
    precis::work::ProducerOptions producer_options;
    producer_options.max_backlog = flags.max_backlog;
    auto check = precis::work::Producer::Connect(flags.queue, producer_options);  // fail now, not per request
    if (!check.ok()) return Fail(check.status());
    queue = std::make_unique<precis::work::SharedProducer>(flags.queue, producer_options);
    options.queue = queue.get();
  }
  server.threads = flags.threads;
  server.max_body_bytes = g.max_bytes + 64 * 1024;  // the article and the request's JSON around it
  precis::server::Service service(**text, **store, options);
  std::mutex log_mu;
  auto log = [&log_mu](const std::string& line) {
    std::lock_guard<std::mutex> lock(log_mu);
    std::fprintf(stderr, "%s %s\n", precis::store::NowRfc3339().c_str(), line.c_str());
  };
  const std::string store_kind((*store)->kind());
  const precis::Status served = precis::server::Serve(
      service, server,
      [&](int port) {
        const bool v6 = server.host.find(':') != std::string::npos;
        std::fprintf(stderr, "precis serve: listening on http://%s%s%s:%d/ (store: %s, %s)\n", v6 ? "[" : "",
                     server.host.c_str(), v6 ? "]" : "", port, store_kind.c_str(),
                     store_kind == "sqlite" ? flags.store.c_str() : "postgresql");
      },
      log);
  if (!served.ok()) return Fail(served);
  std::fprintf(stderr, "precis serve: stopped\n");
  return 0;
}
#else
// Runs the command line as precis-server, found beside this program (the
// same process: its id, signals and streams stay the caller's).
int RunOnServer(const std::string& command, char** argv) {
  const std::string path = precis::util::ExecutableDir() + "/precis-server";
  ::execv(path.c_str(), argv);
  std::cerr << "precis: " << command << " needs " << path << ": " << std::strerror(errno) << "\n";
  return 3;
}
#endif  // PRECIS_SERVER_COMMANDS

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"precis: grounded briefs of news articles, Chinese and English.", "precis"};
  app.footer(kExitCodes);
  app.require_subcommand(1);
  app.fallthrough();  // --data-dir and --max-bytes after the command too
  app.set_version_flag("--version", std::string("precis ") + PRECIS_VERSION);
  Globals g;
  app.add_option("--data-dir", g.data_dir,
                 "directory of precis' data files (default: $PRECIS_DATA_DIR, the installed "
                 "share/precis, or the build tree)");
  app.add_option("--max-bytes", g.max_bytes, "refuse inputs larger than this (default 20 MB)")
      ->check(CLI::PositiveNumber);

  std::string input;
  std::string format = "text";
  auto* extract =
      app.add_subcommand("extract", "Print the article as precis read it: metadata and numbered paragraphs.");
  extract->add_option("input", input, "article file (text, Markdown or JSON), or - for stdin")->required();
  extract->add_option("--format", format, "text or json")->check(CLI::IsMember({"text", "json"}));
  extract->footer(kExitCodes);

  auto* segment = app.add_subcommand(
      "segment", "Print each input line's words separated by single spaces (Chinese-aware).");
  segment->add_option("input", input, "text file (UTF-8 or GB18030), or - for stdin")->required();
  segment->footer(kExitCodes);

  BriefFlags brief_flags;
  bool budget_given = false;
  auto* brief = app.add_subcommand(
      "brief", "Write a cited brief of an article (built-in engine, or a language model with --engine lm).");
  brief->add_option("input", input, "article file (text, Markdown or JSON), or - for stdin")->required();
  brief->add_option("--format", brief_flags.format, "md (default), json, or text")
      ->check(CLI::IsMember({"md", "json", "text"}));
  brief
      ->add_option("--budget", brief_flags.budget,
                   "length limit for --format text: Chinese characters for Chinese, words for "
                   "English (implies --format text)")
      ->check(CLI::Range(1, 1000000))
      ->each([&budget_given](const std::string&) { budget_given = true; });
  brief->add_option("--groups", brief_flags.groups, "at most this many groups, 1-4 (default 4)")
      ->check(CLI::Range(1, 4));
  brief
      ->add_option("--lang", brief_flags.lm.lang,
                   "auto (the article's language), zh or en; the built-in engine writes only in "
                   "the article's language")
      ->check(CLI::IsMember({"auto", "zh", "en"}));
  AddLmFlags(brief, &brief_flags.lm, /*with_lang=*/false);
  brief->footer(std::string(kExitCodes) +
                "  1  (--engine lm) the model's core viewpoint could not be verified\n");

  std::string check_source, check_format = "text";
  auto* check = app.add_subcommand(
      "check", "Audit a brief against its article, statement by statement (exit 1 if any is not supported).");
  check->add_option("brief", input, "the brief: precis Markdown or JSON, or the same shape pasted as text")
      ->required();
  check->add_option("--source", check_source, "the article, in any form precis reads")->required();
  check->add_option("--format", check_format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  check->footer(std::string(kExitCodes) + "  1  (check) a statement is mis-cited, unsupported or uncited\n");

  std::string eval_budget = "reference";
  std::string predictions;
  auto* eval = app.add_subcommand(
      "eval", "Score briefs against reference summaries (ROUGE-1/2/L F1, with the LEAD baseline).");
  eval->add_option(
          "data", input,
          "JSONL: {\"id\",\"lang\",\"title\",\"source\",\"date\",\"paragraphs\",\"reference\"} per line")
      ->required();
  eval->add_option("--budget", eval_budget, "reference (each reference's length, default) or N");
  eval->add_option("--predictions", predictions, "write {\"id\",\"prediction\"} lines to this file");
  int eval_jobs = 0;
  eval->add_option("--jobs", eval_jobs,
                   "threads scoring at once (default: one per core; the scores do not change)")
      ->check(CLI::Range(1, 256));
  LmFlags eval_lm;
  AddLmFlags(eval, &eval_lm, /*with_lang=*/true);
  eval->footer(kExitCodes);

  BatchFlags batch_flags;
  auto* batch =
      app.add_subcommand("batch", "Brief many articles: files, folders, JSONL, feeds, URL lists and URLs.");
  batch->add_option("inputs", batch_flags.inputs, "inputs")->required();
  batch->add_option("--out", batch_flags.out, "output directory, or a .jsonl file (or --queue)");
  batch->add_option("--format", batch_flags.format, "md (default) or json, for a directory")
      ->check(CLI::IsMember({"md", "json"}));
  batch->add_option("--jobs", batch_flags.jobs, "worker threads (default: one per core)")
      ->check(CLI::Range(1, 256));
  batch->add_flag("--force", batch_flags.force,
                  "brief again items already briefed (a JSONL output is started afresh)");
  batch->add_flag("--quiet", batch_flags.quiet, "no progress bar");
  batch->add_option(
      "--queue", batch_flags.queue,
      std::string("queue the items for precis worker instead of briefing them: ") + kQueueForms);
  batch
      ->add_option("--max-backlog", batch_flags.max_backlog,
                   "with --queue: wait while the queue holds this many jobs (default: no limit)")
      ->check(CLI::Range(int64_t{0}, int64_t{1} << 40));
  batch
      ->add_option("--groups", batch_flags.groups,
                   "with --queue: at most this many groups, 1-4 (default: the worker's)")
      ->check(CLI::Range(1, 4));
  AddLmFlags(batch, &batch_flags.lm, /*with_lang=*/true);
  batch
      ->add_option("--lm-parallel", batch_flags.lm.parallel,
                   "with --engine lm: model requests in flight at most (default 2)")
      ->check(CLI::Range(1, 256));
  batch->footer(R"(Exit status: 0 every item briefed (or already briefed); 1 some items failed (see the
error report named in the summary line); 2 bad usage; 3 missing data files; 130 interrupted
(everything finished before the interruption is kept).)");

  std::vector<std::string> words;
  auto* pinyin =
      app.add_subcommand("pinyin", "Print the pinyin of Chinese text (新浪财经 -> Xin Lang Cai Jing).");
  pinyin->add_option("text", words, "Chinese text")->required();
  pinyin->footer(kExitCodes);

  ServeFlags serve_flags;
  auto* serve = app.add_subcommand(
      "serve", "Serve briefs over HTTP: a JSON API under /v1, with a store of every brief, searchable.");
  serve->add_option("--listen", serve_flags.listen,
                    "HOST:PORT to listen on (default 127.0.0.1:8080; port 0: any free one)");
  serve->add_option("--store", serve_flags.store,
                    "a SQLite file (default precis.db in the working directory) or a postgresql:// URL");
  serve->add_option(
      "--token", serve_flags.token,
      "every /v1 request must carry Authorization: Bearer TOKEN (default: $PRECIS_SERVE_TOKEN)");
  serve
      ->add_option("--threads", serve_flags.threads,
                   "connections served at once (default: four per core, at least 8)")
      ->check(CLI::Range(1, 1024));
  serve->add_option("--groups", serve_flags.groups, "at most this many groups, 1-4 (default 4)")
      ->check(CLI::Range(1, 4));
  serve
      ->add_option("--rate-limit", serve_flags.rate_limit,
                   "requests per second and client on /v1, bursts of twice that (default 20; 0: none)")
      ->check(CLI::Range(0.0, 1e6));
  serve->add_option("--max-briefs", serve_flags.max_briefs, "briefs made at once (default: one per core)")
      ->check(CLI::Range(1, 1024));
  serve->add_flag(
      "--allow-private-urls", serve_flags.allow_private_urls,
      "let {\"url\"} requests reach loopback, private and link-local addresses (tests, intranets)");
  serve->add_flag("--insecure-no-token", serve_flags.insecure_no_token,
                  "listen beyond loopback without a token");
  serve->add_option("--queue", serve_flags.queue,
                    std::string("queue {\"url\"} and batch ({\"items\"}) requests for precis worker (202 and "
                                "a job id): ") +
                        kQueueForms);
  serve
      ->add_option("--max-backlog", serve_flags.max_backlog,
                   "with --queue: answer 503 while the queue holds this many jobs")
      ->check(CLI::Range(int64_t{0}, int64_t{1} << 40));
  AddLmFlags(serve, &serve_flags.lm, /*with_lang=*/true);
  serve->footer(R"(Exit status: 0 stopped by SIGINT or SIGTERM (requests in flight finished); 2 bad flags or
an address that cannot be bound; 3 missing data files or a store that cannot be opened.)");

  WorkerFlags worker_flags;
  auto* worker = app.add_subcommand(
      "worker", "Take brief jobs from a Redis Stream, brief them, store the briefs (PostgreSQL or SQLite).");
  worker->add_option("--queue", worker_flags.queue, kQueueForms)->required();
  worker->add_option(
      "--store", worker_flags.store,
      "a postgresql:// URL (workers on several machines) or a SQLite file (default precis.db)");
  worker->add_option("--jobs", worker_flags.jobs, "jobs briefed at once (default 1)")
      ->check(CLI::Range(1, 256));
  worker->add_option("--claim-after", worker_flags.claim_after,
                     "take over jobs another worker has held this long (default 60s)");
  worker
      ->add_option("--max-attempts", worker_flags.max_attempts,
                   "dead-letter a job after this many failures or deliveries (default 3)")
      ->check(CLI::Range(1, 100));
  worker->add_option("--consumer", worker_flags.consumer,
                     "this worker's name in the queue (default HOST-PID)");
  worker
      ->add_option("--groups", worker_flags.groups,
                   "at most this many groups, 1-4, unless a job says (default 4)")
      ->check(CLI::Range(1, 4));
  worker
      ->add_option("--lm-parallel", worker_flags.lm_parallel,
                   "with --engine lm: model briefs in flight in this worker (default: --jobs)")
      ->check(CLI::Range(1, 1024));
  worker
      ->add_option(
          "--lm-rate", worker_flags.lm_rate,
          "with --engine lm: model briefs per second across every worker of the queue (default: no limit)")
      ->check(CLI::Range(0.0, 1e6));
  worker->add_flag("--allow-private-urls", worker_flags.allow_private_urls,
                   "let jobs' URLs reach loopback, private and link-local addresses");
  worker->add_flag("--until-empty", worker_flags.until_empty,
                   "stop once the queue is empty (nothing waiting, nothing in hand)");
  AddLmFlags(worker, &worker_flags.lm, /*with_lang=*/true);
  worker->footer(
      R"(Exit status: 0 stopped (SIGINT, SIGTERM, or --until-empty); 2 bad flags; 3 missing data files
or a store that cannot be opened. Redis or the store going away is waited out, not an exit.)");

  WatchFlags watch_flags;
  auto* watch =
      app.add_subcommand("watch", "Poll RSS/Atom feeds and queue each new item once for precis worker.");
  watch->add_option("feeds", watch_flags.feeds, "feed URLs")->required();
  watch->add_option("--queue", watch_flags.queue, kQueueForms)->required();
  watch->add_option(
      "--store", watch_flags.store,
      "where the feeds' state and the items queued are kept: the workers' store (default precis.db)");
  watch->add_option("--every", watch_flags.every, "poll every feed this often (default 10m)");
  watch->add_flag("--once", watch_flags.once, "poll each feed once and exit");
  watch->add_option("--max-backlog", watch_flags.max_backlog, "wait while the queue holds this many jobs")
      ->check(CLI::Range(int64_t{0}, int64_t{1} << 40));
  watch->add_option("--lang", watch_flags.lang, "the jobs' language: zh or en (default: the workers')")
      ->check(CLI::IsMember({"auto", "zh", "en"}));
  watch->add_option("--groups", watch_flags.groups, "the jobs' groups, 1-4 (default: the workers')")
      ->check(CLI::Range(1, 4));
  watch->footer(
      R"(Exit status: 0 stopped by SIGINT or SIGTERM (or --once with every feed polled); 1 --once and
a feed failed; 2 bad flags or the queue failed; 3 a store that cannot be opened.)");

  QueueFlags queue_flags;
  auto* queue = app.add_subcommand("queue", "Look at a queue of brief jobs.");
  queue->require_subcommand(1);
  auto* queue_stats =
      queue->add_subcommand("stats", "Backlog, jobs in hand by worker, dead letters, throughput.");
  queue_stats->add_option("--queue", queue_flags.queue, kQueueForms)->required();
  queue_stats->add_option("--format", queue_flags.format, "text (default) or prometheus")
      ->check(CLI::IsMember({"text", "prometheus"}));
  auto* queue_dead =
      queue->add_subcommand("dead", "The dead letters: job, name, attempts and error, tab-separated.");
  queue_dead->add_option("--queue", queue_flags.queue, kQueueForms)->required();
  queue_dead->add_option("--limit", queue_flags.limit, "at most this many (default 20)")
      ->check(CLI::Range(1, 100000));

  // Name an unknown command plainly (CLI11 would only say one is required).
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--data-dir" || arg == "--max-bytes") {
      ++i;
      continue;
    }
    if (arg.empty() || arg[0] == '-') continue;
    bool known = false;
    for (const auto* sub : app.get_subcommands({})) known |= sub->get_name() == arg;
    if (!known) {
      std::cerr << "precis: unknown command '" << arg
                << "' (commands: brief, batch, check, eval, extract, segment, pinyin, serve, worker, queue; "
                   "see precis --help)\n";
      return 2;
    }
    break;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::cerr << "precis: " << e.what() << " (see precis --help)\n";
    return 2;
  }
#if !PRECIS_SERVER_COMMANDS
  for (const auto* sub : {serve, worker, watch}) {
    if (sub->parsed()) return RunOnServer(sub->get_name(), argv);
  }
  for (const auto* sub : {queue_stats, queue_dead}) {
    if (sub->parsed()) return RunOnServer("queue " + sub->get_name(), argv);
  }
  if (batch->parsed() && !batch_flags.queue.empty()) return RunOnServer("batch --queue", argv);
#endif
  if (extract->parsed()) return RunExtract(g, input, format);
  if (brief->parsed()) {
    if (budget_given) {
      if (brief->count("--format") > 0 && brief_flags.format != "text") {
        std::cerr << "precis: --budget applies to --format text only\n";
        return 2;
      }
      brief_flags.format = "text";
    }
    return RunBrief(g, input, brief_flags);
  }
  if (eval->parsed()) return RunEval(g, input, eval_budget, predictions, eval_jobs, eval_lm);
  if (check->parsed()) return RunCheck(g, input, check_source, check_format);
  if (batch->parsed()) return RunBatch(g, batch_flags);
  if (segment->parsed()) return RunSegment(g, input);
  if (pinyin->parsed()) return RunPinyin(g, words);
#if PRECIS_SERVER_COMMANDS
  if (serve->parsed()) return RunServe(g, serve_flags);
  if (worker->parsed()) return RunWorker(g, worker_flags);
  if (watch->parsed()) return RunWatch(g, watch_flags);
  if (queue_stats->parsed()) return RunQueueStats(queue_flags);
  if (queue_dead->parsed()) return RunQueueDead(queue_flags);
#endif
  return 2;
}
