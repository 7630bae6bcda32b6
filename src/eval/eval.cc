// Copyright 2026 The precis Authors.

#include "eval/eval.h"

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include "precis/engine.h"
#include "render/brief_writer.h"
#include "util/files.h"
#include "util/units.h"

namespace precis::eval {
namespace {

// Sums measures field by field; RunEval divides by the document count.
void AddTo(RougeScore* sum, const RougeScore& s) {
  sum->precision += s.precision;
  sum->recall += s.recall;
  sum->f1 += s.f1;
}

void AddTo(RougeScores* sum, const RougeScores& s) {
  AddTo(&sum->rouge1, s.rouge1);
  AddTo(&sum->rouge2, s.rouge2);
  AddTo(&sum->rougeL, s.rougeL);
}

}  // namespace

std::string LeadSummary(const Document& doc, int budget) {
  const Language language = doc.article.language;
  std::string out;
  int left = budget > 0 ? budget : 1 << 30;
  for (const Paragraph& p : doc.paragraphs) {
    for (const Sentence& s : p.sentences) {
      std::string_view sentence = std::string_view(p.text).substr(s.span.begin, s.span.size());
      const int units = util::ContentUnits(sentence, language);
      if (units <= left) {
        out.append(sentence);
        left -= units;
      } else {
        if (out.empty()) out = util::TruncateToUnits(sentence, left, language);
        return out;
      }
    }
    if (language == Language::kEnglish) out.push_back(' ');
  }
  return out;
}

namespace {

// One scored line of the data.
struct Scored {
  RougeScores precis, lead;
  size_t input_bytes = 0;
  std::string prediction_line;  // {"id","prediction"}, when predictions are written
  std::string skipped;          // the language of an article the engine does not brief
};

Result<Scored> ScoreLine(const std::string& path, size_t number, const std::string& line,
                         const TextProcessor& text, const EvalOptions& options) {
  Scored out;
  const std::string where = path + ":" + std::to_string(number);
  // simdjson: the line is read and validated an order of magnitude faster
  // than by building nlohmann's DOM, which was a tenth of eval's time.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::object j;
  if (parser.parse(line).get(j) != simdjson::SUCCESS) return InvalidArgumentError(where + ": malformed JSON");
  simdjson::dom::array paragraphs;
  std::string_view reference;
  if (j["paragraphs"].get(paragraphs) != simdjson::SUCCESS) {
    return InvalidArgumentError(where + ": \"paragraphs\" must be an array of strings");
  }
  if (j["reference"].get(reference) != simdjson::SUCCESS) {
    return InvalidArgumentError(where + ": \"reference\" must be a string");
  }
  Article article;
  for (simdjson::dom::element p : paragraphs) {
    std::string_view s;
    if (p.get(s) != simdjson::SUCCESS)
      return InvalidArgumentError(where + ": \"paragraphs\" must be strings");
    if (!s.empty()) article.paragraphs.emplace_back(s);
  }
  if (article.paragraphs.empty()) return InvalidArgumentError(where + ": no paragraphs");
  auto get = [&](const char* key) {
    std::string_view s;
    return j[key].get(s) == simdjson::SUCCESS ? std::string(s) : std::string();
  };
  article.title = get("title");
  article.source = get("source");
  article.published = get("date");
  const std::string lang = get("lang");
  if (lang == "zh") article.language = Language::kChinese;
  if (lang == "en") article.language = Language::kEnglish;
  for (const auto& p : article.paragraphs) out.input_bytes += p.size();

  Document doc = text.Analyze(std::move(article));
  const std::string& code = doc.article.language_code;
  if (options.lm == nullptr && !BuiltInEngineBriefs(code)) {
    out.skipped = code;
    return out;
  }
  const Language language = doc.article.language;
  const std::string ref(reference);
  // One vocabulary a thread, across articles: most words were seen before.
  thread_local RougeVocabulary vocabulary;
  vocabulary.NewArticle(1 << 17);
  const RougeReference ref_tokens(vocabulary.Tokens(ref, language));
  const int budget = options.budget > 0 ? options.budget : util::ContentUnits(ref, language);

  Brief brief;
  if (options.lm != nullptr) {
    auto written = BriefWithModel(doc, text, *options.lm);
    if (!written.ok()) return written.status().WithContext(where);
    brief = std::move(written->brief);  // scored as written, whatever the audit kept
  } else {
    BriefOptions brief_options;
    brief_options.budget = budget;
    PRECIS_ASSIGN_OR_RETURN(brief, BriefDocument(doc, brief_options));
  }
  std::string prediction = render::BriefToText(brief, budget, /*citations=*/false);
  while (!prediction.empty() && prediction.back() == '\n') prediction.pop_back();
  std::string lead = LeadSummary(doc, budget);

  RougeScores p = ref_tokens.Score(vocabulary.Tokens(prediction, language));
  RougeScores l = ref_tokens.Score(vocabulary.Tokens(lead, language));
  out.precis = p;
  out.lead = l;
  if (!options.predictions_path.empty()) {
    nlohmann::ordered_json line_out;
    simdjson::dom::element id;
    if (j["id"].get(id) != simdjson::SUCCESS) {
      line_out["id"] = std::to_string(number);
    } else if (std::string_view s; id.get(s) == simdjson::SUCCESS) {
      line_out["id"] = s;
    } else {
      line_out["id"] = nlohmann::json::parse(simdjson::minify(id));  // a number, kept as written
    }
    line_out["prediction"] = prediction;
    out.prediction_line = line_out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return out;
}

}  // namespace

Result<EvalReport> RunEval(const std::string& path, const TextProcessor& text, const EvalOptions& options) {
  PRECIS_ASSIGN_OR_RETURN(std::string data, util::ReadFile(path, options.max_bytes));
  // The lines, then each scored on its own (by `jobs` threads), then summed
  // in line order: the report and the predictions do not depend on the
  // number of threads.
  std::vector<std::pair<size_t, std::string>> lines;
  {
    std::istringstream in(data);
    std::string line;
    size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.find_first_not_of(" \t\r") != std::string::npos) lines.emplace_back(number, std::move(line));
    }
  }
  data.clear();
  data.shrink_to_fit();
  std::vector<std::optional<Result<Scored>>> scored(lines.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t k = next++; k < lines.size(); k = next++) {
      scored[k] = ScoreLine(path, lines[k].first, lines[k].second, text, options);
    }
  };
  int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::thread::hardware_concurrency());
  // A model's briefs are asked for one at a time.
  if (options.lm != nullptr) jobs = 1;
  jobs = std::clamp(jobs, 1, 256);
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();

  EvalReport report;
  std::string predictions;
  for (auto& result : scored) {
    if (!result->ok()) return result->status();  // the first failing line
    const Scored& one = **result;
    if (!one.skipped.empty()) {
      ++report.skipped[one.skipped];
      continue;
    }
    AddTo(&report.precis, one.precis);
    AddTo(&report.lead, one.lead);
    report.input_bytes += one.input_bytes;
    ++report.documents;
    predictions += one.prediction_line;
  }
  if (report.documents == 0) return InvalidArgumentError(path + ": no articles");
  const double n = static_cast<double>(report.documents);
  for (RougeScores* s : {&report.precis, &report.lead}) {
    for (RougeScore* m : {&s->rouge1, &s->rouge2, &s->rougeL}) {
      m->precision /= n;
      m->recall /= n;
      m->f1 /= n;
    }
  }
  if (!options.predictions_path.empty()) {
    PRECIS_RETURN_IF_ERROR(util::WriteFileAtomic(options.predictions_path, predictions));
  }
  return report;
}

}  // namespace precis::eval
