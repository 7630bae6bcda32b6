// Copyright 2026 The precis Authors.
//
// check_eval [SUMMARIZATION_DIR]: how well `precis check` catches faults
// planted in precis' own briefs of the development sets, and how often it
// raises a false alarm on the briefs as written. For every article one
// statement (chosen by the article's position, so the run is repeatable)
// gets each kind of fault in turn:
//   number    an Arabic number in it changed to one the article never has;
//   citation  its single citation moved two paragraphs on;
//   name      a name in it replaced by a name from another article that
//             this article never mentions;
//   uncited   its citations removed;
//   past-end  its citation set past the article's last paragraph.
// Each faulty brief is written as Markdown, read back and checked; a fault
// is caught when the statement is not "supported".

#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "check/facts.h"
#include "dev_sets.h"
#include "load_text.h"
#include "precis/check.h"
#include "precis/engine.h"
#include "render/brief_writer.h"

namespace {

using precis::Statement;

const precis::TextProcessor& Text() { return precis::testing::LoadedText(); }

std::vector<Statement*> Statements(precis::Brief* brief) {
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

// The verdict of the statement at `position` (as Statements() orders
// them), with text `text`, once the brief has been written as Markdown and
// read back.
precis::Verdict VerdictAfterRoundTrip(const precis::Brief& brief, const precis::Document& doc,
                                      size_t position, const std::string& text, bool* found) {
  auto parsed = precis::ParseBrief(precis::render::BriefToMarkdown(brief), "brief.md");
  *found = false;
  if (!parsed.ok()) return precis::Verdict::kSupported;
  const precis::CheckReport report = precis::CheckBrief(*parsed, doc, Text());
  if (position < report.statements.size() && report.statements[position].text == text) {
    *found = true;
    return report.statements[position].verdict;
  }
  return precis::Verdict::kSupported;
}

// Names a statement holds, as the checker would see them: tagged Chinese
// names, capitalised English runs.
std::vector<std::string> NamesIn(const std::string& text, precis::Language language) {
  std::vector<std::string> names;
  const auto tokens = Text().Tokenize(text, language);
  std::string run;
  for (const auto& t : tokens) {
    const std::string word = text.substr(t.span.begin, t.span.end - t.span.begin);
    const bool name = language == precis::Language::kChinese
                          ? (t.flags & (precis::kPersonName | precis::kOrganization)) != 0
                          : (t.flags & precis::kProperNoun) != 0 && t.kind == precis::TokenKind::kWord;
    if (name && language == precis::Language::kChinese) {
      names.push_back(word);
    } else if (name) {
      run += (run.empty() ? "" : " ") + word;
    } else if (t.kind != precis::TokenKind::kSpace) {
      if (!run.empty()) names.push_back(run);
      run.clear();
    }
  }
  if (!run.empty()) names.push_back(run);
  return names;
}

struct Tally {
  int planted = 0, caught = 0, shown = 0;
};

}  // namespace

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : PRECIS_SHARED_DATA "/summarization";
  // Names seen in other articles, by language, to plant as inventions.
  std::map<precis::Language, std::vector<std::string>> pool;
  std::map<std::string, Tally> tally;
  size_t statements = 0, false_alarms = 0, briefs = 0, briefs_with_alarm = 0;
  size_t index = 0;
  precis::testing::ForEachDevArticle(dir, [&](const precis::testing::DevArticle& dev) {
    const precis::Document doc = Text().Analyze(dev.article);
    auto written = precis::BriefDocument(doc, {});
    if (!written.ok()) return;
    const precis::Language language = dev.article.language;
    const int paragraphs = static_cast<int>(doc.paragraphs.size());
    std::string all_text;
    for (const auto& p : doc.paragraphs) all_text += p.text + "\n";
    ++index;

    // False alarms: the brief as precis wrote it.
    {
      auto parsed = precis::ParseBrief(precis::render::BriefToMarkdown(*written), "brief.md");
      if (parsed.ok()) {
        const auto report = precis::CheckBrief(*parsed, doc, Text());
        size_t alarms = 0;
        for (const auto& s : report.statements) alarms += s.verdict != precis::Verdict::kSupported;
        statements += report.statements.size();
        false_alarms += alarms;
        ++briefs;
        briefs_with_alarm += alarms > 0;
      }
    }

    auto plant = [&](const std::string& kind, auto&& modify) {
      precis::Brief brief = *written;
      auto targets = Statements(&brief);
      if (targets.empty()) return;
      // Try statements from a position that moves with the article.
      for (size_t k = 0; k < targets.size(); ++k) {
        const size_t position = (index + k) % targets.size();
        Statement* s = targets[position];
        if (!modify(s)) continue;
        bool found = false;
        const precis::Verdict v = VerdictAfterRoundTrip(brief, doc, position, s->text, &found);
        Tally& t = tally[kind];
        ++t.planted;
        const bool caught = found && v != precis::Verdict::kSupported;
        t.caught += caught;
        if (!caught && ++t.shown <= 3) {
          std::fprintf(stderr, "missed %s at %s%s: %s\n", kind.c_str(), dev.where.c_str(),
                       found ? "" : " (statement not read back)", s->text.substr(0, 200).c_str());
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
      const auto names = NamesIn(s->text, language);
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
      for (const auto& n : NamesIn(s->text, language)) {
        // Name-like inventions: a full name ("Steve McClaren"), a Chinese
        // person's or organisation's name.
        const bool full = language == precis::Language::kChinese || n.find(' ') != std::string::npos;
        if (full && pool[language].size() < 500) pool[language].push_back(n);
      }
    }
  });
  int planted = 0, caught = 0;
  for (const auto& [kind, t] : tally) {
    std::printf("%-9s planted %5d  caught %5d  (%.1f%%)\n", kind.c_str(), t.planted, t.caught,
                t.planted ? 100.0 * t.caught / t.planted : 0.0);
    planted += t.planted;
    caught += t.caught;
  }
  std::printf("all       planted %5d  caught %5d  (%.1f%%)\n", planted, caught,
              planted ? 100.0 * caught / planted : 0.0);
  std::printf("false alarms on unaltered briefs: %zu of %zu statements (%.2f%%), %zu of %zu briefs\n",
              false_alarms, statements, statements ? 100.0 * false_alarms / statements : 0.0,
              briefs_with_alarm, briefs);
  return 0;
}
