// Copyright 2026 The precis Authors.
//
// Does a brief read right? The defects a careful editor of briefs would
// strike out, counted over a set of briefs: statements that are not whole
// sentences (no end mark — a clause cut at ；，：—— — or cut from inside a
// quotation, or leaving the next one's opening quote behind), groups whose bullets are all stubs,
// enumerations shown as a bare "-", group titles that are lists of terms,
// titles repeated within a brief, announced enumerations the brief did not
// keep, and briefs whose core does not open with the article's first news
// sentence. Shared by bench/brief_hygiene (the README's table) and the
// tests that hold it.

#ifndef PRECIS_TESTS_BRIEF_HYGIENE_H_
#define PRECIS_TESTS_BRIEF_HYGIENE_H_

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dev_sets.h"
#include "precis/article.h"
#include "precis/brief.h"
#include "precis/engine.h"
#include "precis/reader.h"
#include "precis/text.h"
#include "realize/extractive.h"
#include "util/units.h"
#include "util/utf8.h"

namespace precis::testing {

struct HygieneCounts {
  size_t briefs = 0;
  size_t statements = 0;         // core, bullets and items
  size_t not_whole = 0;          // statements that are not whole sentences
  size_t stub_groups = 0;        // groups whose every bullet is a stub
  size_t bare_enumerations = 0;  // enumerations with no announcing text
  size_t groups = 0;
  size_t list_titles = 0;       // "A、B、C" / "A, B, C"
  size_t long_titles = 0;       // over 12 Chinese characters or 6 English words
  size_t duplicate_titles = 0;  // a title seen before in the same brief
  size_t announced = 0;         // articles' announced enumerations (三个困难：一是…)
  size_t announced_kept = 0;    // of those, the ones a brief keeps as items
  size_t kept = 0;              // enumerations the briefs keep as items
  size_t core_opens_with_news = 0;
  std::map<std::string, std::vector<std::string>> examples;  // defect -> first few cases
  size_t example_limit = 4;                                  // cases kept per defect

  void Note(const std::string& defect, const std::string& where, const std::string& text) {
    auto& list = examples[defect];
    if (list.size() < example_limit) list.push_back(where + ": " + text.substr(0, 360));
  }
};

namespace hygiene_internal {

inline bool IsQuoteOrBracket(char32_t cp) { return cp == U'“' || cp == U'「' || util::IsClosingMark(cp); }

inline bool IsEndMark(char32_t cp) {
  return cp == U'。' || cp == U'！' || cp == U'？' || cp == '!' || cp == '?' || cp == '.' || cp == U'…' ||
         cp == U'．';
}

// The last code points of `s`, last first.
inline std::vector<char32_t> Tail(std::string_view s, size_t n) {
  std::vector<char32_t> out;
  size_t at = s.size();
  while (at > 0 && out.size() < n) out.push_back(util::DecodeUtf8Before(s, &at));
  return out;
}

inline std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

}  // namespace hygiene_internal

// "" if `text` reads as whole sentences, else what is wrong with it.
inline std::string SentenceDefect(std::string_view text) {
  using namespace hygiene_internal;
  text = TrimSpace(text);
  if (text.empty()) return "empty";
  // The last mark that is not a quote or a closing bracket ends a sentence.
  const auto tail = Tail(text, 6);
  size_t k = 0;
  while (k < tail.size() && IsQuoteOrBracket(tail[k])) ++k;
  if (k == tail.size() || !IsEndMark(tail[k])) return "no end mark";
  // No quotation closed that the statement did not open (a sentence cut
  // from inside a quotation), and no quotation opened after the final end
  // mark (the next sentence's opening quote left behind). A quotation
  // opened and left open is the article's own: news does not close a
  // quotation that runs on into the next paragraph.
  int curly = 0, corner = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = util::DecodeUtf8(text, &i);
    curly += cp == U'“' ? 1 : cp == U'”' ? -1 : 0;
    corner += cp == U'「' ? 1 : cp == U'」' ? -1 : 0;
    if (curly < 0 || corner < 0) return "starts inside a quotation";
  }
  for (size_t j = 0; j < k; ++j) {
    if (tail[j] == U'“' || tail[j] == U'「') return "a stray opening quote at its end";
  }
  size_t first = 0;
  const char32_t c0 = util::DecodeUtf8(text, &first);
  if (c0 == U'，' || c0 == U'。' || c0 == U'、' || c0 == U'；' || c0 == U'：' || c0 == U'）') {
    return "starts with punctuation";
  }
  // An English sentence starts with a capital (or a word such as iPhone,
  // eBay).
  if (util::StartsWithLowerCaseWord(text)) return "starts in lower case";
  return "";
}

// A bullet too short to stand on its own: under 8 Chinese characters or 5
// English words.
inline bool IsStub(std::string_view text, Language language) {
  return util::ContentUnits(text, language) < (language == Language::kEnglish ? 5 : 8);
}

inline bool IsListTitle(std::string_view title) {
  return title.find("、") != std::string_view::npos || title.find(", ") != std::string_view::npos;
}

// The article's announced enumerations (a counted noun, then items marked
// 一是/二是, 第一/第二, 首先/其次, （一）, 1、, First/Second): the announcing
// sentences whose first two items follow within the next eight sentences,
// each given as the first words of its first item (what a brief that keeps
// the enumeration shows as an item).
inline std::vector<std::string> AnnouncedEnumerations(const Document& doc) {
  std::vector<std::string_view> sentences;
  for (const auto& p : doc.paragraphs) {
    for (const auto& s : p.sentences)
      sentences.push_back(std::string_view(p.text).substr(s.span.begin, s.span.size()));
  }
  static const std::vector<std::pair<std::string_view, std::string_view>> kMarkers = {
      {"一是", "二是"}, {"第一", "第二"}, {"首先", "其次"},      {"（一）", "（二）"},
      {"一、", "二、"}, {"1、", "2、"},   {"First,", "Second,"}, {"first,", "second,"}};
  static const std::vector<std::string_view> kCounts = {
      "两个", "三个", "四个", "五个", "两方面", "三方面", "两点",   "三点",  "四点",  "三项",
      "四项", "五项", "三件", "三大", "四大",   "五大",   "three ", "four ", "five ", "several "};
  std::vector<std::string> announced;
  for (size_t i = 0; i < sentences.size(); ++i) {
    bool counts = false;
    for (auto c : kCounts) {
      // A count of points, not a duration (三个月, 两个小时).
      for (size_t at = sentences[i].find(c); at != std::string_view::npos && !counts;
           at = sentences[i].find(c, at + 1)) {
        const std::string_view next = sentences[i].substr(at + c.size());
        counts = !next.starts_with("月") && !next.starts_with("小时") && !next.starts_with("星期") &&
                 !next.starts_with("months") && !next.starts_with("years") && !next.starts_with("days");
      }
    }
    if (!counts) continue;
    // The first point opens within the announcing sentence (after a colon)
    // or one of the next two; the second follows within eight sentences.
    std::string near(sentences[i]);
    for (size_t j = i + 1; j < std::min(sentences.size(), i + 3); ++j) near.append(sentences[j]);
    std::string after;
    for (size_t j = i; j < std::min(sentences.size(), i + 9); ++j) after.append(sentences[j]);
    const size_t own = sentences[i].size();
    for (const auto& [one, two] : kMarkers) {
      const size_t a = near.find(one);
      if (a == std::string::npos || a + one.size() < own / 2) continue;
      if (after.find(two, a + one.size()) != std::string::npos) {
        // The item's first words, past the marker and any comma.
        size_t at = a + one.size();
        if (after.compare(at, 3, "，") == 0) at += 3;
        if (after.compare(at, 1, " ") == 0) at += 1;
        size_t end = at;
        for (int k = 0; k < 4 && end < after.size(); ++k) util::DecodeUtf8(after, &end);
        announced.push_back(after.substr(at, end - at));
        break;
      }
    }
  }
  return announced;
}

// Counts the defects of `brief`, the brief of `doc`; `where` names it.
inline void AddBrief(const Brief& brief, const Document& doc, const std::string& where, HygieneCounts* c) {
  const Language language = doc.article.language;
  ++c->briefs;
  auto statement = [&](const Statement& s, const std::string& what) {
    if (s.text.empty()) return;
    ++c->statements;
    // An enumeration's announcing sentence may end in a colon: its points
    // follow (…履行下列职责：（一）…).
    std::string_view text = hygiene_internal::TrimSpace(s.text);
    const bool announces = !s.items.empty() && (text.ends_with("：") || text.ends_with(":"));
    const std::string defect = announces ? "" : SentenceDefect(s.text);
    if (!defect.empty()) {
      ++c->not_whole;
      c->Note("not whole: " + defect, where + " " + what, s.text);
    }
  };
  statement(brief.core, "core");
  std::set<std::string> titles;
  for (size_t g = 0; g < brief.groups.size(); ++g) {
    const auto& group = brief.groups[g];
    const std::string name = "group " + std::to_string(g + 1);
    ++c->groups;
    // The article's own subheading is its writer's title, whatever its shape.
    const bool subheading =
        std::any_of(doc.paragraphs.begin(), doc.paragraphs.end(),
                    [&](const Paragraph& p) { return hygiene_internal::TrimSpace(p.text) == group.title; });
    if (!subheading && IsListTitle(group.title)) {
      ++c->list_titles;
      c->Note("list title", where + " " + name, group.title);
    }
    const bool long_title = language == Language::kEnglish
                                ? std::count(group.title.begin(), group.title.end(), ' ') >= 6
                                : util::CountCodePoints(group.title) > 12;
    if (long_title) {
      ++c->long_titles;
      c->Note("long title", where + " " + name, group.title);
    }
    if (!titles.insert(group.title).second) {
      ++c->duplicate_titles;
      c->Note("duplicate title", where + " " + name, group.title);
    }
    bool all_stubs = !group.bullets.empty();
    for (const auto& b : group.bullets) {
      statement(b, name);
      for (const auto& item : b.items) statement(item, name + " item");
      if (!b.items.empty()) {
        ++c->kept;
        if (b.text.empty()) {
          ++c->bare_enumerations;
          c->Note("bare enumeration", where + " " + name, b.items.front().text);
        }
      }
      all_stubs &= b.items.empty() && IsStub(b.text, language);
    }
    if (all_stubs) {
      ++c->stub_groups;
      c->Note("stub group", where + " " + name, group.bullets.front().text);
    }
  }
  for (const std::string& first_words : AnnouncedEnumerations(doc)) {
    ++c->announced;
    bool kept = false;
    for (const auto& group : brief.groups) {
      for (const auto& b : group.bullets) {
        // Items, or the points as bullets of their own when the core holds
        // the announcing sentence.
        kept |= b.text.find(first_words) != std::string::npos;
        for (const auto& item : b.items) kept |= item.text.find(first_words) != std::string::npos;
      }
    }
    if (kept) {
      ++c->announced_kept;
    } else {
      c->Note("announced enumeration not kept", where, first_words);
    }
  }
  // The article's first news sentence: the first whole sentence of some
  // length that is not a question.
  for (const auto& p : doc.paragraphs) {
    bool found = false;
    for (const auto& s : p.sentences) {
      const std::string_view text = std::string_view(p.text).substr(s.span.begin, s.span.size());
      if (!SentenceDefect(text).empty() || IsStub(text, language)) continue;
      if (text.find("？") != std::string_view::npos || text.find('?') != std::string_view::npos) continue;
      const std::string lead = realize::TidySentence(text, language);
      if (brief.core.text.rfind(lead, 0) == 0) {
        ++c->core_opens_with_news;
      } else {
        c->Note("core misses the lead", where, lead + " || core: " + brief.core.text);
      }
      found = true;
      break;
    }
    if (found) break;
  }
}

// "html-zh              briefs   42  statements   393  not-whole ..." — one
// line of bench/brief_hygiene, as the README quotes it.
inline std::string HygieneLine(const std::string& set, const HygieneCounts& c) {
  char buf[512];
  std::snprintf(
      buf, sizeof buf,
      "%-20s briefs %4zu  statements %5zu  not-whole %3zu  stub-groups %3zu  bare-enums %2zu  "
      "list-titles %3zu/%zu  long-titles %2zu  dup-titles %2zu  enums kept %2zu  announced %2zu kept %2zu  "
      "core-opens-lead %.2f",
      set.c_str(), c.briefs, c.statements, c.not_whole, c.stub_groups, c.bare_enumerations, c.list_titles,
      c.groups, c.long_titles, c.duplicate_titles, c.kept, c.announced, c.announced_kept,
      c.briefs ? static_cast<double>(c.core_opens_with_news) / static_cast<double>(c.briefs) : 0.0);
  return buf;
}

// The three sets of long-form articles under `shared` (../shared/data):
// the readable html-zh pages, zh_clts_samples_dev and en_bbc_dev, each
// briefed and counted; `half` 0 or 1 takes every other article, -1 all.
inline std::vector<std::pair<std::string, HygieneCounts>> MeasureHygiene(const std::string& shared,
                                                                         const TextProcessor& text, int half,
                                                                         size_t example_limit = 4) {
  auto take = [&](size_t index) { return half < 0 || static_cast<int>(index % 2) == half; };
  std::vector<std::pair<std::string, HygieneCounts>> out;
  HygieneCounts empty;
  empty.example_limit = example_limit;
  out.emplace_back("html-zh", empty);
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(shared + "/html-zh")) {
    for (const auto& e : std::filesystem::directory_iterator(shared + "/html-zh")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (size_t i = 0; i < files.size(); ++i) {
    if (!take(i)) continue;
    auto article = ReadArticleFile(files[i].string());
    if (!article.ok()) continue;  // a page with no article text
    text.Annotate(&*article);
    const Document doc = text.Analyze(std::move(*article));
    auto brief = BriefDocument(doc, {});
    if (brief.ok()) AddBrief(*brief, doc, files[i].filename().string(), &out.back().second);
  }
  for (const char* set : {"zh_clts_samples_dev", "en_bbc_dev"}) {
    out.emplace_back(set, empty);
    size_t index = 0;
    const std::string prefix = std::string(set) + ".jsonl:";
    ForEachDevArticle(shared + "/summarization", [&](const DevArticle& dev) {
      if (dev.where.rfind(prefix, 0) != 0 || !take(index++)) return;
      const Document doc = text.Analyze(dev.article);
      auto brief = BriefDocument(doc, {});
      if (brief.ok()) AddBrief(*brief, doc, dev.where, &out.back().second);
    });
  }
  return out;
}

// The articles under `dir` (tests/articles: our own, one shaped like each
// case a careful editor watches for), each read as a file, briefed and
// counted as the set "tests/articles".
inline std::pair<std::string, HygieneCounts> MeasureHygieneOfArticles(const std::string& dir,
                                                                      const TextProcessor& text,
                                                                      size_t example_limit = 4) {
  std::pair<std::string, HygieneCounts> out{"tests/articles", HygieneCounts{}};
  out.second.example_limit = example_limit;
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(dir)) {
    for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    auto article = ReadArticleFile(file.string());
    if (!article.ok()) continue;
    text.Annotate(&*article);
    const Document doc = text.Analyze(std::move(*article));
    auto brief = BriefDocument(doc, {});
    if (brief.ok()) AddBrief(*brief, doc, file.filename().string(), &out.second);
  }
  return out;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_BRIEF_HYGIENE_H_
