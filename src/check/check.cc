// Copyright 2026 The precis Authors.

#include "precis/check.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <unordered_set>

#include "check/claims.h"
#include "check/facts.h"
#include "check/names.h"
#include "util/utf8.h"

namespace precis {
namespace {

// A claim's content words must be this fully in its cited paragraphs (a
// faithful paraphrase keeps most of them; another paragraph's content
// shares few).
constexpr double kMinCoverage = 0.5;

constexpr uint8_t kNameFlags = kPersonName | kPlaceName | kOrganization;

std::string_view SpanText(std::string_view text, const Span& span) {
  return text.substr(span.begin, span.end - span.begin);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Letters only, lower case: "Xi Jinping" and "Xi Jin Ping" -> "xijinping".
std::string LetterKey(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c)))
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

std::string Cites(const std::vector<int>& paragraphs) {
  std::string out;
  for (int p : paragraphs) {
    out.push_back('[');
    out += std::to_string(p);
    out.push_back(']');
  }
  return out;
}

// What the checker knows of one paragraph.
struct ParagraphIndex {
  std::string text;
  std::string lower;  // for English names
  check::Facts facts;
  std::unordered_set<std::string> words;      // content-word norms
  std::unordered_set<std::string> name_keys;  // pinyin of its Chinese names, letters only
  std::string pinyin;                         // pinyin of the whole paragraph, letters only
  std::unordered_set<std::string> acronyms;   // IMF for International Monetary Fund
};

// The initials of each run of capitalised words ("International Monetary
// Fund" -> IMF, "Bank of England" -> BOE), for briefs that abbreviate.
std::unordered_set<std::string> Acronyms(std::string_view text) {
  std::unordered_set<std::string> out;
  std::string initials;
  size_t i = 0;
  auto close = [&] {
    // Every stretch of the run: "The International Monetary Fund" gives IMF.
    for (size_t a = 0; a < initials.size(); ++a) {
      for (size_t b = a + 2; b <= initials.size() && b - a <= 8; ++b) out.insert(initials.substr(a, b - a));
    }
    initials.clear();
  };
  while (i < text.size()) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
      if (text[i] != ' ') close();
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    const std::string_view word = text.substr(i, end - i);
    if (std::isupper(static_cast<unsigned char>(word[0]))) {
      initials.push_back(word[0]);
    } else if (word != "of" && word != "and" && word != "for" && word != "the") {
      close();
    }
    i = end;
  }
  close();
  return out;
}

bool IsCalendarWord(std::string_view word) {
  static constexpr std::array<std::string_view, 19> kWords = {
      "January",   "February",  "March",   "April",    "May",      "June",   "July",
      "August",    "September", "October", "November", "December", "Monday", "Tuesday",
      "Wednesday", "Thursday",  "Friday",  "Saturday", "Sunday"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

bool IsContentWord(const Token& t) {
  return t.kind == TokenKind::kWord && !(t.flags & kStopword) && !t.norm.empty();
}

class Checker {
 public:
  Checker(const Document& article, const TextProcessor& text) : article_(article), text_(text) {
    for (const Paragraph& p : article.paragraphs) {
      ParagraphIndex index;
      index.text = p.text;
      index.lower = Lower(p.text);
      index.acronyms = Acronyms(p.text);
      index.facts = check::FindFacts(p.text, /*strict=*/false);
      for (const Sentence& s : p.sentences) {
        for (const Token& t : s.tokens) {
          if (IsContentWord(t)) index.words.insert(t.norm);
          if ((t.flags & kNameFlags) && article.article.language == Language::kChinese) {
            index.name_keys.insert(LetterKey(text.Pinyin(SpanText(p.text, t.span))));
          }
        }
      }
      if (article.article.language == Language::kChinese) index.pinyin = LetterKey(text.Pinyin(p.text));
      paragraphs_.push_back(std::move(index));
    }
  }

  StatementCheck Check(const std::string& where, const check::Claim& claim) const {
    StatementCheck out;
    out.where = where;
    out.text = claim.text;
    out.citations = claim.citations;
    const int count = static_cast<int>(paragraphs_.size());
    std::vector<int> cited;
    for (int c : claim.citations) {
      if (c >= 1 && c <= count) {
        cited.push_back(c);
      } else {
        out.problems.push_back("cites [" + std::to_string(c) + "], but the article has " +
                               std::to_string(count) + " paragraphs");
      }
    }
    const Language claim_language = text_.DetectLanguage(claim.text);
    const Language article_language = article_.article.language;
    const bool same_language = claim_language == article_language || claim_language == Language::kUnknown;
    out.partial = !same_language;

    int facts = 0, facts_in_cited = 0;
    bool nowhere = false, elsewhere = false;
    std::set<int> elsewhere_at;
    auto judge = [&](const std::string& what, const std::vector<int>& where_found) {
      ++facts;
      std::vector<int> in_cited, other;
      for (int p : where_found) {
        (std::find(cited.begin(), cited.end(), p) != cited.end() ? in_cited : other).push_back(p);
      }
      if (!in_cited.empty()) {
        ++facts_in_cited;
        out.evidence.push_back(what + " in " + Cites(in_cited));
      } else if (!other.empty()) {
        elsewhere = true;
        elsewhere_at.insert(other.begin(), other.end());
        out.problems.push_back(what + " is in " + Cites(other) + ", not in the cited paragraphs");
      } else {
        nowhere = true;
        out.problems.push_back(what + " is nowhere in the article");
      }
    };

    const check::Facts claim_facts = check::FindFacts(claim.text, /*strict=*/true);
    for (const auto& n : claim_facts.numbers) {
      judge("number " + n.text, ParagraphsWhere([&](const ParagraphIndex& index) {
              const auto& numbers = index.facts.numbers;
              return std::any_of(numbers.begin(), numbers.end(),
                                 [&](const auto& m) { return check::SameNumber(n, m); });
            }));
    }
    for (const auto& d : claim_facts.dates) {
      judge("date " + d.text, ParagraphsWhere([&](const ParagraphIndex& index) {
              const check::Facts& here = index.facts;
              // A year the paragraph's own date leaves out must be in the
              // paragraph some other way (2014年 … 1月).
              const bool year_here =
                  d.year == 0 ||
                  std::any_of(here.dates.begin(), here.dates.end(),
                              [&](const auto& m) { return m.year == d.year; }) ||
                  std::any_of(here.numbers.begin(), here.numbers.end(),
                              [&](const auto& m) { return !m.percent && m.value == d.year; });
              return year_here && std::any_of(here.dates.begin(), here.dates.end(),
                                              [&](const auto& m) { return check::SameDate(d, m); });
            }));
    }

    for (const auto& code : claim_facts.codes) {
      judge("code " + code, ParagraphsWhere([&](const ParagraphIndex& index) {
              return index.lower.find(Lower(code)) != std::string::npos;
            }));
    }

    const std::vector<Token> tokens =
        text_.Tokenize(claim.text, same_language ? article_language : claim_language);
    // Where a name is; an English run of capitalised words the article does
    // not hold whole (two paragraphs' sentences joined: "GMT Eddie Girvan")
    // is looked up word by word.
    auto find_name = [&](const std::string& name) {
      if (claim_language == Language::kChinese) {
        return ParagraphsWhere(
            [&](const ParagraphIndex& index) { return index.text.find(name) != std::string::npos; });
      }
      const std::string lower = Lower(name);
      if (article_language != Language::kChinese) {
        return ParagraphsWhere([&](const ParagraphIndex& index) {
          return index.lower.find(lower) != std::string::npos || index.acronyms.count(name) > 0;
        });
      }
      // An English name in a Chinese article: as written (FOMC, Apple), the
      // curated list, or the pinyin of the article's names and text.
      const auto forms = check::ChineseNamesFor(name);
      const std::string key = LetterKey(name);
      const bool pinyin = IsPinyinName(name);
      return ParagraphsWhere([&](const ParagraphIndex& index) {
        return index.lower.find(lower) != std::string::npos ||
               std::any_of(forms.begin(), forms.end(),
                           [&](std::string_view f) { return index.text.find(f) != std::string::npos; }) ||
               index.name_keys.count(key) > 0 || (pinyin && index.pinyin.find(key) != std::string::npos);
      });
    };
    for (const std::string& name : Names(claim.text, tokens, claim_language)) {
      // A run the article does not hold whole ("Premier Li Qiang", two
      // sentences joined: "GMT Eddie Girvan") is read as its longest parts
      // that are names of their own: found, or wholly pinyin.
      std::vector<std::pair<std::string, std::vector<int>>> parts;
      std::vector<std::string> words;
      for (size_t start = 0; start < name.size();) {
        size_t end = name.find(' ', start);
        if (end == std::string::npos) end = name.size();
        words.push_back(name.substr(start, end - start));
        start = end + 1;
      }
      auto join = [&](size_t i, size_t j) {
        std::string joined;
        for (size_t k = i; k < j; ++k) {
          if (k > i) joined.push_back(' ');
          joined += words[k];
        }
        return joined;
      };
      for (size_t i = 0; i < words.size();) {
        size_t best = i + 1;
        std::vector<int> best_found;
        bool matched = false;
        for (size_t j = words.size(); j > i && !matched; --j) {
          const std::string sub = join(i, j);
          auto found = find_name(sub);
          if (!found.empty() || (claim_language == Language::kChinese) ||
              (j - i > 1 && article_language == Language::kChinese && IsPinyinName(sub))) {
            best = j;
            best_found = std::move(found);
            matched = true;
          }
        }
        if (!matched) best_found = find_name(words[i]);
        parts.emplace_back(join(i, best), std::move(best_found));
        i = best;
      }
      for (const auto& [part, found] : parts) {
        if (found.empty() && claim_language != Language::kChinese && article_language == Language::kChinese &&
            check::ChineseNamesFor(part).empty() && !IsPinyinName(part)) {
          // Not in the list, no pinyin match: this cannot say.
          out.partial = true;
          out.problems.push_back("name " + part +
                                 " could not be checked (no pinyin match, not in the name list)");
          continue;
        }
        judge("name " + part, found);
      }
    }

    // Content words, in the article's own language.
    double coverage = 1;
    bool content_elsewhere = false, content_missing = false;
    std::vector<int> better;
    if (same_language && !cited.empty()) {
      std::vector<std::string> words;
      for (const Token& t : tokens) {
        if (IsContentWord(t)) words.push_back(t.norm);
      }
      if (!words.empty()) {
        auto cover = [&](const std::vector<int>& ps) {
          size_t hit = 0;
          for (const auto& w : words) {
            hit += std::any_of(ps.begin(), ps.end(), [&](int p) {
              return paragraphs_[static_cast<size_t>(p - 1)].words.count(w) > 0;
            });
          }
          return static_cast<double>(hit) / static_cast<double>(words.size());
        };
        // Words quoted verbatim from a cited paragraph are its content,
        // however the tokenizer splits them out of context.
        std::string_view quote = claim.text;
        for (std::string_view stop : {".", "。", "!", "！", "?", "？", ";", "；"}) {
          if (quote.size() > stop.size() && quote.substr(quote.size() - stop.size()) == stop) {
            quote.remove_suffix(stop.size());
          }
        }
        coverage = IsQuoted(quote, cited) ? 1.0 : cover(cited);
        char buf[96];
        std::snprintf(buf, sizeof buf, "content words: %.0f%% in %s", coverage * 100, Cites(cited).c_str());
        out.evidence.push_back(buf);
        if (coverage < kMinCoverage) {
          for (int p = 1; p <= count; ++p) {
            if (std::find(cited.begin(), cited.end(), p) == cited.end() && cover({p}) >= kMinCoverage &&
                cover({p}) > coverage + 0.2) {
              better.push_back(p);
            }
          }
          if (!better.empty()) {
            content_elsewhere = true;
            out.problems.push_back("its content is in " + Cites(better) + ", not in the cited paragraphs");
          } else {
            content_missing = true;
            std::snprintf(buf, sizeof buf, "only %.0f%% of its content words are in the cited paragraphs",
                          coverage * 100);
            out.problems.push_back(buf);
          }
        }
      }
    }

    const double fact_score = facts == 0 ? 1.0 : static_cast<double>(facts_in_cited) / facts;
    if (claim.citations.empty()) {
      out.verdict = Verdict::kUncited;
      out.support = 0;
      out.problems.insert(out.problems.begin(), "cites no paragraph");
      return out;
    }
    out.support = cited.empty() ? 0 : same_language ? 0.5 * fact_score + 0.5 * coverage : fact_score;
    if (nowhere || content_missing) {
      out.verdict = Verdict::kUnsupported;
    } else if (elsewhere || content_elsewhere || cited.size() < claim.citations.size()) {
      out.verdict = Verdict::kMisCited;
    } else {
      out.verdict = Verdict::kSupported;
    }
    if (out.partial) out.evidence.push_back("checked on numbers, dates and names only (another language)");
    return out;
  }

 private:
  // The numbers (1-based) of the paragraphs for which `holds` is true.
  template <typename Predicate>
  std::vector<int> ParagraphsWhere(Predicate holds) const {
    std::vector<int> found;
    for (size_t i = 0; i < paragraphs_.size(); ++i) {
      if (holds(paragraphs_[i])) found.push_back(static_cast<int>(i) + 1);
    }
    return found;
  }

  // Names in a claim: Chinese names by the dictionary's tags; English runs
  // of capitalised words (not opening a sentence alone).
  static std::vector<std::string> Names(std::string_view text, const std::vector<Token>& tokens,
                                        Language language) {
    std::vector<std::string> names;
    if (language == Language::kChinese) {
      for (const Token& t : tokens) {
        if (t.flags & kNameFlags) {
          std::string name(SpanText(text, t.span));
          if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        }
      }
      return names;
    }
    std::string run;
    size_t run_end = 0;
    auto flush = [&] {
      if (!run.empty() && std::find(names.begin(), names.end(), run) == names.end()) names.push_back(run);
      run.clear();
    };
    bool sentence_start = true;
    std::string opener;  // a capitalised word opening a sentence, held back
    for (const Token& t : tokens) {
      if (t.kind == TokenKind::kSpace) continue;
      const std::string_view word_text = SpanText(text, t.span);
      const bool capital = t.kind == TokenKind::kWord && !word_text.empty() &&
                           std::isupper(static_cast<unsigned char>(word_text[0])) && !(t.flags & kStopword);
      // A capitalised word opening a sentence is a name if the list knows
      // it ("Putin said") or a name follows it ("Zhang Wei said"), not
      // otherwise ("Analysts said").
      const bool opening = sentence_start && capital;
      sentence_start =
          t.kind == TokenKind::kPunct && (word_text == "." || word_text == "!" || word_text == "?");
      if (opening && check::ChineseNamesFor(word_text).empty()) {
        opener = std::string(word_text);
        continue;
      }
      // Months and weekdays are capitalised but name no one.
      const bool calendar = IsCalendarWord(word_text);
      const bool proper = !calendar && (((t.flags & kProperNoun) && t.kind == TokenKind::kWord) || opening);
      if (proper) {
        if (!run.empty() && t.span.begin > run_end + 1) flush();
        if (run.empty() && !opener.empty()) run = opener;
        if (!run.empty()) run.push_back(' ');
        run += word_text;
        run_end = t.span.end;
      } else {
        flush();
      }
      opener.clear();
    }
    flush();
    return names;
  }

  // True if `quote` is made of pieces of the `cited` paragraphs' text, in
  // order, white space between them aside (a statement joining sentences of
  // two paragraphs quotes both).
  bool IsQuoted(std::string_view quote, const std::vector<int>& cited) const {
    size_t pos = 0;
    while (pos < quote.size()) {
      if (quote[pos] == ' ') {
        ++pos;
        continue;
      }
      // lengths[k - 1]: the bytes of the first k characters from `pos`.
      std::vector<size_t> lengths;
      for (size_t i = pos; i < quote.size();) {
        util::DecodeUtf8(quote, &i);
        lengths.push_back(i - pos);
      }
      // The most characters from `pos` one cited paragraph holds (holding
      // k of them, it holds every fewer): a binary search per paragraph.
      size_t held = 0;
      for (int p : cited) {
        const std::string& text = paragraphs_[static_cast<size_t>(p - 1)].text;
        size_t lo = held, hi = lengths.size();
        while (lo < hi) {
          const size_t mid = (lo + hi + 1) / 2;
          if (text.find(quote.substr(pos, lengths[mid - 1])) != std::string::npos) {
            lo = mid;
          } else {
            hi = mid - 1;
          }
        }
        held = lo;
      }
      if (held == 0 || lengths[held - 1] < 2) return false;
      pos += lengths[held - 1];
    }
    return true;
  }

  // True for a name written wholly in pinyin syllables ("Wang Wenbin"):
  // a Chinese name, which the article's pinyin must hold if the article
  // has it.
  bool IsPinyinName(std::string_view name) const {
    if (LetterKey(name).size() < 4) return false;
    // Each word must be pinyin syllables ("Wang Wenbin", not "Van Gogh").
    for (size_t start = 0; start < name.size();) {
      size_t end = name.find(' ', start);
      if (end == std::string_view::npos) end = name.size();
      if (!IsPinyinWord(LetterKey(name.substr(start, end - start)))) return false;
      start = end + 1;
    }
    return true;
  }

  // True if `word` (lower-case letters) splits into pinyin syllables.
  bool IsPinyinWord(const std::string& word) const {
    const auto& syllables = Syllables();
    std::vector<bool> reach(word.size() + 1, false);
    reach[0] = true;
    for (size_t i = 0; i < word.size(); ++i) {
      if (!reach[i]) continue;
      for (size_t len = 1; len <= 6 && i + len <= word.size(); ++len) {
        if (syllables.count(word.substr(i, len))) reach[i + len] = true;
      }
    }
    return !word.empty() && reach[word.size()];
  }

  // Every pinyin syllable, read off the readings of the common Han
  // characters (U+4E00-U+9FA5) once.
  const std::unordered_set<std::string>& Syllables() const {
    static const std::unordered_set<std::string> syllables = [this] {
      std::string han;
      for (char32_t cp = 0x4E00; cp <= 0x9FA5; ++cp) {
        han += util::EncodeUtf8(cp);
        han.push_back(' ');
      }
      std::unordered_set<std::string> out;
      const std::string pinyin = text_.Pinyin(han);
      size_t start = 0;
      while (start < pinyin.size()) {
        size_t end = pinyin.find(' ', start);
        if (end == std::string::npos) end = pinyin.size();
        const std::string key = LetterKey(std::string_view(pinyin).substr(start, end - start));
        if (!key.empty() && key.size() <= 6) out.insert(key);
        start = end + 1;
      }
      return out;
    }();
    return syllables;
  }

  const Document& article_;
  const TextProcessor& text_;
  std::vector<ParagraphIndex> paragraphs_;
};

// Every statement of a brief with where it stands; an enumeration's
// introduction without citations of its own stands on its items'.
std::vector<std::pair<std::string, Statement>> Flatten(const Brief& brief) {
  std::vector<std::pair<std::string, Statement>> out;
  if (!brief.core.text.empty()) out.emplace_back("core", brief.core);
  for (size_t g = 0; g < brief.groups.size(); ++g) {
    for (size_t b = 0; b < brief.groups[g].bullets.size(); ++b) {
      const Statement& bullet = brief.groups[g].bullets[b];
      const std::string where = "group " + std::to_string(g + 1) + " bullet " + std::to_string(b + 1);
      if (!bullet.text.empty()) {
        Statement intro = bullet;
        intro.items.clear();
        if (intro.citations.empty() && !bullet.items.empty() &&
            check::SplitClaims(intro).back().citations.empty()) {
          std::set<int> all;
          for (const auto& item : bullet.items) {
            for (const auto& c : check::SplitClaims(item)) all.insert(c.citations.begin(), c.citations.end());
          }
          intro.citations.assign(all.begin(), all.end());
        }
        out.emplace_back(where, intro);
      }
      for (size_t i = 0; i < bullet.items.size(); ++i) {
        out.emplace_back(where + " item " + std::to_string(i + 1), bullet.items[i]);
      }
    }
  }
  return out;
}

}  // namespace

const char* VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kSupported:
      return "supported";
    case Verdict::kMisCited:
      return "mis-cited";
    case Verdict::kUnsupported:
      return "unsupported";
    case Verdict::kUncited:
      return "uncited";
  }
  return "?";
}

bool CheckReport::all_supported() const {
  return std::all_of(statements.begin(), statements.end(),
                     [](const StatementCheck& s) { return s.verdict == Verdict::kSupported; });
}

CheckReport CheckBrief(const Brief& brief, const Document& article, const TextProcessor& text) {
  Checker checker(article, text);
  CheckReport report;
  report.paragraph_count = static_cast<int>(article.paragraphs.size());
  for (const auto& [where, statement] : Flatten(brief)) {
    const auto claims = check::SplitClaims(statement);
    for (size_t k = 0; k < claims.size(); ++k) {
      if (claims[k].text.empty()) continue;
      const std::string at = claims.size() > 1 ? where + " part " + std::to_string(k + 1) : where;
      report.statements.push_back(checker.Check(at, claims[k]));
    }
  }
  double sum = 0;
  for (const auto& s : report.statements) sum += s.support;
  report.support = report.statements.empty() ? 0 : sum / static_cast<double>(report.statements.size());
  return report;
}

std::string CheckReportToText(const CheckReport& report) {
  std::string out;
  size_t counts[4] = {0, 0, 0, 0};
  size_t partial = 0;
  for (const auto& s : report.statements) {
    ++counts[static_cast<int>(s.verdict)];
    partial += s.partial;
    char head[160];
    std::snprintf(head, sizeof head, "%s %s (support %.2f%s)\n", s.where.c_str(), VerdictName(s.verdict),
                  s.support, s.partial ? ", partly checked" : "");
    out += head;
    out += "  ";
    out += s.text;
    if (!s.citations.empty()) {
      out.push_back(' ');
      out += Cites(s.citations);
    }
    out.push_back('\n');
    for (const auto& p : s.problems) out += "  ! " + p + "\n";
    for (const auto& e : s.evidence) out += "  + " + e + "\n";
  }
  char tail[240];
  std::snprintf(
      tail, sizeof tail,
      "%zu statements: %zu supported, %zu mis-cited, %zu unsupported, %zu uncited; %zu partly checked; "
      "brief support %.2f\n",
      report.statements.size(), counts[0], counts[1], counts[2], counts[3], partial, report.support);
  out += tail;
  return out;
}

std::string CheckReportToJson(const CheckReport& report) {
  nlohmann::ordered_json j;
  j["support"] = std::round(report.support * 1000) / 1000;
  j["all_supported"] = report.all_supported();
  j["paragraph_count"] = report.paragraph_count;
  j["statements"] = nlohmann::ordered_json::array();
  for (const auto& s : report.statements) {
    nlohmann::ordered_json e;
    e["where"] = s.where;
    e["text"] = s.text;
    e["citations"] = s.citations;
    e["verdict"] = VerdictName(s.verdict);
    e["support"] = std::round(s.support * 1000) / 1000;
    e["partial"] = s.partial;
    e["problems"] = s.problems;
    e["evidence"] = s.evidence;
    j["statements"].push_back(std::move(e));
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace precis
