// Copyright 2026 The precis Authors.

#include "work/enqueue.h"

#include "batch/batch.h"
#include "ingest/fetch.h"
#include "render/article_writer.h"
#include "util/files.h"

namespace precis::work {

Result<EnqueueSummary> EnqueueInputs(const std::vector<std::string>& inputs, Producer& producer,
                                     const EnqueueOptions& options) {
  EnqueueSummary summary;
  Status queue_status;
  std::vector<std::string> warnings;
  batch::ExpandInputs(inputs, options.read, &warnings, [&](batch::BatchItem item) {
    if (!queue_status.ok() || summary.interrupted) return;
    if (options.stop != nullptr && options.stop->load()) {
      summary.interrupted = true;
      return;
    }
    QueuedJob job;
    job.name = item.id;
    job.lang = options.lang;
    job.groups = options.groups;
    Status item_status;
    if (item.bytes.empty() && ingest::HasUrlScheme(item.source)) {
      if (!ingest::IsHttpUrl(item.source)) {
        item_status = InvalidArgumentError(item.id + ": not an http(s) URL: " + item.source);
      } else {
        job.url = item.source;
      }
    } else {
      // Read as precis batch reads it.
      const ReadOptions read = batch::ItemReadOptions(item, options.read);
      Result<Article> article = InternalError("not read");
      if (!item.bytes.empty()) {
        article = batch::ReadItemArticle(item, item.bytes, read);
      } else if (auto bytes = util::ReadFile(item.source, read.max_bytes); bytes.ok()) {
        article = batch::ReadItemArticle(item, *bytes, read);
      } else {
        article = bytes.status();
      }
      if (article.ok()) {
        job.article = render::ArticleToJson(*article);
      } else {
        item_status = article.status();
      }
    }
    if (item_status.ok()) {
      auto id = producer.Submit(std::move(job));
      if (!id.ok()) {
        if (options.stop != nullptr && options.stop->load()) {
          summary.interrupted = true;
        } else {
          queue_status = id.status();
        }
        return;
      }
      ++summary.queued;
    } else {
      ++summary.failed;
      std::string message = item_status.message();
      if (message.rfind(item.id, 0) != 0) message = item.id + ": " + message;
      summary.errors.push_back(message);
    }
    if (options.progress) options.progress(summary.queued, summary.failed);
  });
  if (!queue_status.ok()) return queue_status;
  for (std::string& w : warnings) summary.errors.push_back(std::move(w));
  return summary;
}

}  // namespace precis::work
