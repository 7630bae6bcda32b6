// Copyright 2026 The precis Authors.
//
// How well `precis check` catches faults planted in precis' own briefs of
// the development sets, and how often it raises a false alarm on the briefs
// as written: the computation behind bench/check_eval (which prints it, for
// the README) and tests/readme_figures_test.cc (which holds the README to
// it). For every article one statement (chosen by the article's position,
// so the run is repeatable) gets each kind of fault in turn:
//   number    an Arabic number in it changed to one the article never has;
//   citation  its single citation moved two paragraphs on;
//   name      a name in it replaced by a name from another article that
//             this article never mentions;
//   uncited   its citations removed;
//   past-end  its citation set past the article's last paragraph.
// Each faulty brief is written as Markdown, read back and checked; a fault
// is caught when the statement is not "supported".

#ifndef PRECIS_TESTS_CHECK_FAULTS_H_
#define PRECIS_TESTS_CHECK_FAULTS_H_

#include <cctype>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "dev_sets.h"
#include "precis/check.h"
#include "precis/engine.h"
#include "precis/text.h"
#include "render/brief_writer.h"

namespace precis::testing {

struct FaultTally {
  int planted = 0;
  int caught = 0;
  double rate() const { return planted ? 100.0 * caught / planted : 0.0; }
};

struct CheckFaultReport {
  std::map<std::string, FaultTally> by_kind;  // "number", "citation", "name", "uncited", "past-end"
  FaultTally all;
  size_t statements = 0;  // statements of the briefs as written
  size_t false_alarms = 0;
  size_t briefs = 0;
  size_t briefs_with_alarm = 0;
  std::map<std::string, size_t> articles;  // per development set, as DevSetSizes()
  std::vector<std::string> misses;         // the first few misses of each kind, for reading
};

namespace check_faults_internal {

inline std::vector<Statement*> Statements(Brief* brief) {
  std::vector<Statement*> out;
  if (!brief->core.text.empty()) out.push_back(&brief->core);
  for (auto& g : brief->groups) {
    for (auto& b : g.bullets) {
      if (!b.text.empty()) out.push_back(&b);
      for (auto& item : b.items) out.push_back(&item);
    }
  }
  return out;
}

// The verdict of the statement at `position` (as Statements() orders them),
// with text `text`, once the brief has been written as Markdown and read
// back; *found is false when that statement was not read back.
inline Verdict VerdictAfterRoundTrip(const Brief& brief, const Document& doc, const TextProcessor& text,
                                     size_t position, const std::string& statement, bool* found) {
  auto parsed = ParseBrief(render::BriefToMarkdown(brief), "brief.md");
  *found = false;
  if (!parsed.ok()) return Verdict::kSupported;
  const CheckReport report = CheckBrief(*parsed, doc, text);
  if (position < report.statements.size() && report.statements[position].text == statement) {
    *found = true;
    return report.statements[position].verdict;
  }
  return Verdict::kSupported;
}

// Names a statement holds, as the checker would see them: tagged Chinese
// names, capitalised English runs.
inline std::vector<std::string> NamesIn(const std::string& statement, Language language,
                                        const TextProcessor& text) {
  std::vector<std::string> names;
  NormTable norms;
  const auto tokens = text.Tokenize(statement, language, &norms);
  std::string run;
  for (const auto& t : tokens) {
    const std::string word = statement.substr(t.span.begin, t.span.end - t.span.begin);
    const bool name = language == Language::kChinese
                          ? (t.flags & (kPersonName | kOrganization)) != 0
                          : (t.flags & kProperNoun) != 0 && t.kind == TokenKind::kWord;
    if (name && language == Language::kChinese) {
      names.push_back(word);
    } else if (name) {
      run += (run.empty() ? "" : " ") + word;
    } else {
      if (!run.empty()) names.push_back(run);
      run.clear();
    }
  }
  if (!run.empty()) names.push_back(run);
  return names;
}

}  // namespace check_faults_internal

// Plants and checks every fault over the development sets in `dir`
// (../shared/data/summarization). Deterministic: the sets are read in file
// name order and the statement to alter follows the article's position.
inline CheckFaultReport MeasureCheckFaults(const std::string& dir, const TextProcessor& text) {
  using namespace check_faults_internal;
  CheckFaultReport out;
  // Names seen in other articles, by language, to plant as inventions.
  std::map<Language, std::vector<std::string>> pool;
  std::map<std::string, int> shown;
  size_t index = 0;
  out.articles = ForEachDevArticle(dir, [&](const DevArticle& dev) {
    const Document doc = text.Analyze(dev.article);
    auto written = BriefDocument(doc, {});
    if (!written.ok()) return;
    const Language language = dev.article.language;
    const int paragraphs = static_cast<int>(doc.paragraphs.size());
    std::string all_text;
    for (const auto& p : doc.paragraphs) all_text += p.text + "\n";
    ++index;

    // False alarms: the brief as precis wrote it.
    {
      auto parsed = ParseBrief(render::BriefToMarkdown(*written), "brief.md");
      if (parsed.ok()) {
        const auto report = CheckBrief(*parsed, doc, text);
        size_t alarms = 0;
        for (const auto& s : report.statements) alarms += s.verdict != Verdict::kSupported;
        out.statements += report.statements.size();
        out.false_alarms += alarms;
        ++out.briefs;
        out.briefs_with_alarm += alarms > 0;
      }
    }

    auto plant = [&](const std::string& kind, auto&& modify) {
      Brief brief = *written;
      auto targets = Statements(&brief);
      if (targets.empty()) return;
      // Try statements from a position that moves with the article.
      for (size_t k = 0; k < targets.size(); ++k) {
        const size_t position = (index + k) % targets.size();
        Statement* s = targets[position];
        if (!modify(s)) continue;
        bool found = false;
        const Verdict v = VerdictAfterRoundTrip(brief, doc, text, position, s->text, &found);
        FaultTally& t = out.by_kind[kind];
        ++t.planted;
        const bool caught = found && v != Verdict::kSupported;
        t.caught += caught;
        if (!caught && ++shown[kind] <= 3) {
          out.misses.push_back("missed " + kind + " at " + dev.where +
                               (found ? "" : " (statement not read back)") + ": " + s->text.substr(0, 200));
        }
        return;
      }
    };

    plant("number", [&](Statement* s) {
      for (size_t i = 0; i < s->text.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s->text[i]))) continue;
        size_t j = i;
        while (j < s->text.size() && std::isdigit(static_cast<unsigned char>(s->text[j]))) ++j;
        const bool part_of_larger = (i > 0 && (s->text[i - 1] == '.' || s->text[i - 1] == ',')) ||
                                    (j < s->text.size() && (s->text[j] == '.' || s->text[j] == ','));
        if (!part_of_larger && j - i <= 6) {
          const long value = std::stol(s->text.substr(i, j - i));
          for (long delta = 1; delta < 10; ++delta) {
            const std::string changed = std::to_string(value + delta * 7);
            if (all_text.find(changed) != std::string::npos) continue;
            s->text.replace(i, j - i, changed);
            return true;
          }
        }
        i = j;
      }
      return false;
    });
    plant("citation", [&](Statement* s) {
      if (s->citations.size() != 1 || paragraphs < 3) return false;
      s->citations = {(s->citations[0] + 1) % paragraphs + 1};
      return true;
    });
    plant("name", [&](Statement* s) {
      const auto names = NamesIn(s->text, language, text);
      if (names.empty()) return false;
      for (const std::string& other : pool[language]) {
        if (all_text.find(other) != std::string::npos || other.size() < 4) continue;
        const size_t at = s->text.find(names.front());
        if (at == std::string::npos) return false;
        s->text.replace(at, names.front().size(), other);
        return true;
      }
      return false;
    });
    plant("uncited", [&](Statement* s) {
      if (s->citations.empty()) return false;
      s->citations.clear();
      return true;
    });
    plant("past-end", [&](Statement* s) {
      s->citations = {paragraphs + 1 + static_cast<int>(index % 3)};
      return true;
    });

    // This article's names join the pool for later articles.
    for (auto* s : Statements(&*written)) {
      for (const auto& n : NamesIn(s->text, language, text)) {
        // Name-like inventions: a full name ("Steve McClaren"), a Chinese
        // person's or organisation's name.
        const bool full = language == Language::kChinese || n.find(' ') != std::string::npos;
        if (full && pool[language].size() < 500) pool[language].push_back(n);
      }
    }
  });
  for (const auto& [kind, t] : out.by_kind) {
    out.all.planted += t.planted;
    out.all.caught += t.caught;
  }
  return out;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_CHECK_FAULTS_H_
