// Copyright 2026 The precis Authors.

#include "precis/check.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "check/across.h"
#include "check/claims.h"
#include "check/facts.h"
#include "check/names.h"
#include "text/en_words.h"
#include "text/lexicon.h"
#include "text/stopwords.h"
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
  std::unordered_set<std::string> words;  // content-word norms
  std::unordered_map<std::string, std::string>
      name_keys;                              // pinyin of its Chinese names (letters only) -> name
  std::string pinyin;                         // pinyin of the whole paragraph, letters only
  std::unordered_set<std::string> syllables;  // its syllables, lower case
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

// The lower-case word `word` is once its prefix un- is taken off, stemmed
// (unclear: clear), where it has one; "" where it has none.
std::string StemAfterUn(std::string_view word) {
  if (word.size() <= 4 || !(word.starts_with("un") || word.starts_with("Un"))) return "";
  return text::EnglishTokenizer::Stem(word.substr(2));
}

// True if an English statement denies something: no, not, never, n't,
// without, neither/nor, fail(ed) to.
bool SaysNo(std::string_view text) {
  std::string lower;
  for (char c : text) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  lower = " " + lower + " ";
  for (std::string_view w :
       {" no ", " not ", " never ", "n't ", " cannot ", " without ", " neither ", " nor ", " fail", " none ",
        " nothing ", " nobody ", " lack", " refus", " deni", " reject"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

// Stems that are no claim's content across languages: quantities (a
// number's scale, checked as a number) and the verbs that report speech.
bool IsQuantityOrReportingWord(std::string_view stem) {
  static const std::unordered_set<std::string_view> kWords = {
      "hundr", "hundred", "thousand", "million", "billion", "trillion", "percent", "percentag", "per",
      "cent",  "dozen",   "one",      "two",     "three",   "four",     "five",    "six",       "seven",
      "eight", "nine",    "ten",      "second",  "third",   "fourth",   "fifth",   "say",       "said",
      "tell",  "told",    "ad",       "add",     "note",    "accord",   "point"};
  return kWords.count(stem) > 0;
}

bool IsContentWord(const Token& t) {
  return t.kind == TokenKind::kWord && !(t.flags & kStopword) && t.norm != 0;
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
          if (IsContentWord(t)) index.words.emplace(article.Norm(t));
          if ((t.flags & kNameFlags) && article.article.language == Language::kChinese) {
            index.name_keys.emplace(LetterKey(text.Pinyin(SpanText(p.text, t.span))),
                                    SpanText(p.text, t.span));
          }
        }
      }
      if (article.article.language == Language::kChinese) {
        const std::string spaced = text.Pinyin(p.text);
        index.pinyin = LetterKey(spaced);
        for (size_t start = 0; start < spaced.size();) {
          size_t end = spaced.find(' ', start);
          if (end == std::string::npos) end = spaced.size();
          const std::string key = LetterKey(std::string_view(spaced).substr(start, end - start));
          if (!key.empty()) index.syllables.insert(key);
          start = end + 1;
        }
      }
      paragraphs_.push_back(std::move(index));
    }
    // "That year" (那一年, 当年, 同年) is the year the article last named
    // before it: a paragraph saying so holds that year too.
    int last_year = 0;
    for (auto& index : paragraphs_) {
      size_t said = std::string::npos;
      for (std::string_view that : {"那一年", "这一年", "那年", "当年", "同年", "该年"}) {
        said = std::min(said, index.text.find(that));
      }
      int before = last_year, latest = last_year;
      for (const auto& n : index.facts.numbers) {
        const bool is_year = !n.percent && n.value >= 1900 && n.value <= 2100 &&
                             n.value == std::floor(n.value) && index.text.compare(n.end, 3, "年") == 0;
        if (!is_year) continue;
        if (n.end <= said) before = static_cast<int>(n.value);
        latest = static_cast<int>(n.value);
      }
      for (const auto& d : index.facts.dates) {
        if (d.year != 0) latest = d.year;
      }
      if (said != std::string::npos && before != 0) {
        check::NumberFact year;
        year.value = before;
        year.text = std::to_string(before);
        index.facts.numbers.push_back(std::move(year));
      }
      last_year = latest;
    }
    // A day alone (8日) is in the month the article last named, from its
    // dateline on (12月5日 … 8日).
    int year = 0, month = 0;
    for (auto& index : paragraphs_) {
      for (auto& d : index.facts.dates) {
        if (d.month != 0) {
          month = d.month;
          if (d.year != 0) year = d.year;
        } else if (month != 0) {
          d.month = month;
          d.year = year;
        }
      }
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
    bool uncheckable_name = false;

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
      // A year is also in a paragraph's date (2016 in 2016年3月).
      const bool year = !n.percent && n.value >= 1900 && n.value <= 2100 && n.value == std::floor(n.value);
      judge("number " + n.text, ParagraphsWhere([&](const ParagraphIndex& index) {
              const auto& numbers = index.facts.numbers;
              const auto& dates = index.facts.dates;
              return std::any_of(numbers.begin(), numbers.end(),
                                 [&](const auto& m) { return check::SameNumber(n, m); }) ||
                     (year && std::any_of(dates.begin(), dates.end(), [&](const auto& d) {
                        return d.year == static_cast<int>(n.value);
                      }));
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
      auto found_at = ParagraphsWhere(
          [&](const ParagraphIndex& index) { return index.lower.find(Lower(code)) != std::string::npos; });
      // Across languages a name with a number (Tiangong-1, Shenzhou-9 —
      // 天宫一号) is checked as its name and its number, each on its own.
      const size_t dash = code.find('-');
      if (found_at.empty() && !same_language && dash != std::string::npos && dash > 0 &&
          std::isalpha(static_cast<unsigned char>(code[0])) &&
          std::all_of(code.begin() + static_cast<std::ptrdiff_t>(dash) + 1, code.end(),
                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
        continue;
      }
      judge("code " + code, found_at);
    }

    NormTable claim_norms;
    const std::vector<Token> tokens =
        text_.Tokenize(claim.text, same_language ? article_language : claim_language, &claim_norms);
    auto norm = [&claim_norms](const Token& t) { return std::string(claim_norms[t.norm]); };
    // Where a name is, and by what route (as written, through the name
    // list, its pinyin or the lexicon): for each paragraph holding it, what
    // the report shows ("" as written, " ↔ 马克龙 (pinyin)").
    // `weak_route` is set for a name found only through the lexicon's
    // pieces: a character alone, or each word of the name on its own.
    auto name_route = [&](const std::string& name, size_t p, bool* weak_route) -> std::optional<std::string> {
      const ParagraphIndex& index = paragraphs_[p];
      if (claim_language == Language::kChinese) {
        if (index.text.find(name) != std::string::npos) return std::string();
        return std::nullopt;
      }
      const std::string lower = Lower(name);
      if (index.lower.find(lower) != std::string::npos) return std::string();
      // An acronym's plural (GPUs, FPGAs) is its singular.
      if (name.size() >= 3 && name.back() == 's' &&
          std::all_of(name.begin(), name.end() - 1,
                      [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) &&
          index.lower.find(lower.substr(0, lower.size() - 1)) != std::string::npos) {
        return std::string();
      }
      if (article_language != Language::kChinese) {
        if (index.acronyms.count(name) > 0) return std::string();
        return std::nullopt;
      }
      // An English name in a Chinese article: the curated list, the pinyin
      // of the article's names and text, or the lexicon. China is where a
      // Chinese article's every paragraph stands unless it says otherwise
      // (国内, 我国, or nothing at all).
      if (LetterKey(name) == "china" || LetterKey(name) == "chinese") return " (the article's country)";
      for (std::string_view form : check::ChineseNamesFor(name)) {
        if (index.text.find(form) != std::string::npos)
          return " \u2194 " + std::string(form) + " (name list)";
      }
      // A country in a compound of abbreviations (Germany and France:
      // 德法, China-US: 中美) or with 方/股 (Russia: 俄方, Hong Kong: 港股).
      if (const std::string_view abbr = check::AbbreviationFor(name); !abbr.empty()) {
        if (const std::string_view w = across()->AbbreviationIn(p, abbr); !w.empty())
          return " \u2194 " + std::string(w) + " (abbreviation)";
      }
      const std::string key = LetterKey(name);
      if (auto it = index.name_keys.find(key); it != index.name_keys.end())
        return " \u2194 " + it->second + " (pinyin)";
      if (IsPinyinName(name) && index.pinyin.find(key) != std::string::npos) return " (pinyin)";
      // A surname alone (Director Qu, Fei): one of the paragraph's syllables.
      if (key.size() >= 2 && key.size() < 4 && name.find(' ') == std::string::npos && IsPinyinWord(key) &&
          index.syllables.count(key) > 0) {
        return " (pinyin)";
      }
      bool weak = false;
      if (const std::string glossed = NameInLexicon(name, p, &weak); !glossed.empty()) {
        if (weak && weak_route) *weak_route = true;
        return " \u2194 " + glossed + " (lexicon)";
      }
      return std::nullopt;
    };
    struct NameFound {
      std::vector<int> where;
      std::vector<std::string> shown;
      bool weak_only = true;  // found only through the lexicon's pieces (团 of Group)
    };
    auto find_name = [&](const std::string& name) {
      NameFound found;
      for (size_t p = 0; p < paragraphs_.size(); ++p) {
        bool weak = false;
        if (auto route = name_route(name, p, &weak)) {
          found.where.push_back(static_cast<int>(p) + 1);
          found.shown.push_back(std::move(*route));
          found.weak_only &= weak;
        }
      }
      return found;
    };
    // How a name was found: its route in the first cited paragraph holding
    // it, else in the first holding it.
    auto shown_for = [&](const NameFound& found) {
      for (size_t i = 0; i < found.where.size(); ++i) {
        if (std::find(cited.begin(), cited.end(), found.where[i]) != cited.end()) return found.shown[i];
      }
      return found.shown.empty() ? std::string() : found.shown.front();
    };
    // A capitalised common word not found as a name (the Lab of Xuanwu Lab,
    // Expo, the Willing of the Coalition of the Willing) is checked as the
    // claim's content, not as a name of its own.
    std::unordered_set<std::string> demoted;
    for (const std::string& name : Names(claim.text, tokens, claim_language)) {
      // A run the article does not hold whole ("Premier Li Qiang", two
      // sentences joined: "GMT Eddie Girvan") is read as its longest parts
      // that are names of their own: found, or wholly pinyin.
      std::vector<std::pair<std::string, NameFound>> parts;
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
        NameFound best_found;
        bool matched = false;
        for (size_t j = words.size(); j > i && !matched; --j) {
          const std::string sub = join(i, j);
          auto found = find_name(sub);
          // A run wholly in pinyin that the article lacks is one person's
          // name (Wu Yajun: a surname of one syllable) and wrong as a
          // whole; a run of longer words (Dongguan Siyuan) is read by its
          // parts.
          // A name of several words the lexicon has whole as a name (Las
          // Vegas: 拉斯维加斯, Chongqing University: 重庆大学) is judged whole.
          const bool named_whole = j - i > 1 && article_language == Language::kChinese &&
                                   claim_language == Language::kEnglish && LexiconNamesWhole(sub);
          if (!found.where.empty() || (claim_language == Language::kChinese) || named_whole ||
              (j - i > 1 && article_language == Language::kChinese && IsPinyinName(sub) &&
               std::any_of(words.begin() + static_cast<std::ptrdiff_t>(i),
                           words.begin() + static_cast<std::ptrdiff_t>(j),
                           [&](const std::string& w) { return Syllables().count(LetterKey(w)) > 0; }))) {
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
        // A letter alone (the T of T-Head, R&D) names nothing.
        if (part.size() == 1) continue;
        if (found.where.empty() && part.find(' ') == std::string::npos &&
            article_language == Language::kChinese && claim_language == Language::kEnglish &&
            !IsPinyinName(part)) {
          const std::string stem = text::EnglishTokenizer::Stem(part);
          if (across()->IsCommon(stem) || (across()->Knows(stem) && !across()->IsProper(stem))) {
            demoted.insert(stem);
            continue;
          }
        }
        if (found.where.empty() && claim_language != Language::kChinese &&
            article_language == Language::kChinese && check::ChineseNamesFor(part).empty() &&
            !IsPinyinName(part) && !LexiconKnowsName(part)) {
          // Not in the list nor the lexicon, no pinyin match: this cannot say.
          out.partial = true;
          uncheckable_name = true;
          out.problems.push_back(
              "name " + part +
              " could not be checked (no pinyin match, not in the name list or the lexicon)");
          continue;
        }
        // What the lexicon's pieces find outside the cited paragraphs says
        // too little to call the statement mis-cited: its words are then
        // checked as the claim's content.
        if (found.weak_only && !found.where.empty() &&
            std::none_of(found.where.begin(), found.where.end(),
                         [&](int p) { return std::find(cited.begin(), cited.end(), p) != cited.end(); })) {
          for (const std::string& stem : NameStems(part)) demoted.insert(stem);
          continue;
        }
        judge("name " + part + shown_for(found), found.where);
      }
    }

    // Content words: in the article's own language its words; across
    // languages through the lexicon (phrases first: "prime minister"),
    // each unit weighted by the words it covers. Words the lexicon does not
    // know are left out: they can be neither found nor missed.
    double coverage = 1;
    bool content_elsewhere = false, content_missing = false;
    bool content_checked = false;
    std::vector<int> better;
    struct Unit {
      std::vector<char> held;  // per paragraph
      double weight = 1;
      std::string text;  // the claim's words it stands for
      std::string key;   // its stem (across languages)
    };
    std::vector<Unit> units;
    auto held_in_cited = [&](const Unit& u) {
      return std::any_of(cited.begin(), cited.end(),
                         [&](int p) { return u.held[static_cast<size_t>(p - 1)] != 0; });
    };
    if (same_language) {
      for (const Token& t : tokens) {
        if (!IsContentWord(t)) continue;
        Unit u;
        const std::string word = norm(t);
        for (const auto& index : paragraphs_) u.held.push_back(index.words.count(word) > 0);
        units.push_back(std::move(u));
      }
    } else if (claim_language == Language::kEnglish && !claim.announces && util::CountHan(claim.text) == 0) {
      // (An English statement quoting Chinese, or a Chinese one of a word or
      // two, is checked on its facts only.)
      // (Across languages an announcing sentence, "Three main challenges
      // were identified:", is checked on its count; its items on their
      // content.)
      const auto names = Names(claim.text, tokens, claim_language);
      std::unordered_set<std::string> name_words;
      for (const auto& n : names) {
        for (const auto& w : NameStems(n)) name_words.insert(w);
      }
      std::vector<std::string> stems, shown;
      for (const Token& t : tokens) {
        if (!IsContentWord(t)) continue;
        const std::string stem = norm(t);
        if (name_words.count(stem) && !demoted.count(stem)) continue;
        const std::string_view surface = SpanText(claim.text, t.span);
        // Dates and numbers are facts of their own; reporting verbs say
        // who said it, which any paraphrase may put another way.
        if (IsCalendarWord(surface) || IsQuantityOrReportingWord(stem)) continue;
        stems.push_back(stem);
        shown.push_back(std::string(surface));
      }
      // A word is in a paragraph when the lexicon finds it there, alone or
      // in a phrase of the claim ("prime minister" -> 总理).
      std::vector<Unit> words(stems.size());
      std::vector<char> known(stems.size(), 0);
      for (size_t i = 0; i < stems.size(); ++i) {
        words[i].held.assign(paragraphs_.size(), 0);
        words[i].text = shown[i];
        words[i].key = stems[i];
        // A word negated by its prefix (unclear) is also its stem negated
        // ("not clear" -> 不明).
        const std::string after_un = StemAfterUn(shown[i]);
        const std::string negated = after_un.empty() ? std::string() : "not " + after_un;
        // Its synonyms' glosses too ("~" keys: founded -> establish -> 成立).
        for (const std::string& key : {stems[i], negated, "~" + stems[i]}) {
          if (key.size() < 2 || !across()->Knows(key)) continue;
          known[i] = 1;
          const auto& found = across()->Find(key);
          for (size_t p = 0; p < found.size(); ++p) words[i].held[p] |= !found[p].empty();
        }
      }
      for (size_t i = 0; i + 1 < stems.size(); ++i) {
        for (size_t len = std::min<size_t>(4, stems.size() - i); len >= 2; --len) {
          const std::string key = Join(stems, i, i + len);
          if (!across()->Knows(key)) continue;
          const auto& found = across()->Find(key);
          for (size_t k = i; k < i + len; ++k) {
            known[k] = 1;
            for (size_t p = 0; p < found.size(); ++p) words[k].held[p] |= !found[p].empty();
          }
          break;
        }
      }
      for (size_t i = 0; i < stems.size(); ++i) {
        if (known[i]) units.push_back(std::move(words[i]));
      }
    } else if (claim_language == Language::kChinese && util::CountHan(claim.text) >= 4) {
      for (const Token& t : tokens) {
        if (!IsContentWord(t)) continue;
        Unit u;
        const std::string word = norm(t);
        for (const auto& index : paragraphs_) u.held.push_back(across()->GlossedIn(word, index.words));
        if (std::any_of(u.held.begin(), u.held.end(), [](char c) { return c != 0; }) ||
            across()->KnowsHead(word)) {
          units.push_back(std::move(u));
        }
      }
    }
    if (!cited.empty() && !units.empty()) {
      content_checked = true;
      auto cover = [&](const std::vector<int>& ps) {
        double hit = 0, total = 0;
        for (const Unit& u : units) {
          total += u.weight;
          if (std::any_of(ps.begin(), ps.end(),
                          [&](int p) { return u.held[static_cast<size_t>(p - 1)] != 0; }))
            hit += u.weight;
        }
        return total > 0 ? hit / total : 1.0;
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
      // Across languages the words not found are named: the reader sees
      // what the lexicon could not match.
      std::string missing;
      for (const Unit& u : units) {
        if (u.text.empty() || held_in_cited(u)) continue;
        missing += (missing.empty() ? "; not there: " : ", ") + u.text;
      }
      char buf[96];
      std::snprintf(buf, sizeof buf, "content words: %.0f%% in %s", coverage * 100, Cites(cited).c_str());
      out.evidence.push_back(buf + (same_language ? std::string() : " (lexicon" + missing + ")"));
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
    // An announcing sentence is checked whole on its count: its items
    // carry its content.
    if (!same_language && (content_checked || claim.announces) && !uncheckable_name) out.partial = false;
    // A word the cited paragraphs lack whose opposite they hold (denied
    // where they say 承认, fell where they say 上升): the statement says the
    // contrary of its source.
    bool contrary = false;
    if (claim_language == Language::kEnglish && article_language == Language::kChinese) {
      for (const Unit& u : units) {
        if (u.key.empty() || held_in_cited(u)) continue;
        for (std::string_view opposite : across()->Opposites(u.key)) {
          // A word that chiefly means the opposite, as the same part of
          // speech (the lexicon's "^v", "^n" keys): 保持 "to keep; to
          // maintain" is no opposite of fresh for its "to preserve".
          const auto& found = across()->Find(std::string(opposite));
          for (int p : cited) {
            // Only a word of its own: a single character says too little;
            // and not where the paragraph negates it (并不明朗: unclear).
            const std::string_view w = found[static_cast<size_t>(p - 1)];
            if (util::CountCodePoints(w) < 2 || across()->Negated(static_cast<size_t>(p - 1), w)) continue;
            out.problems.push_back("it says \"" + u.text + "\" where " + Cites({p}) + " says the opposite (" +
                                   std::string(opposite.substr(2)) + " \u2194 " + std::string(w) + ")");
            contrary = true;
            break;
          }
          if (contrary) break;
        }
        if (contrary) break;
      }
      // A statement saying what its paragraph says did not happen: most of
      // its words found there stand in clauses that deny (并没有给出…数据),
      // and it denies nothing itself.
      bool denies = SaysNo(claim.text);
      for (const Unit& u : units) {
        const std::string after_un = StemAfterUn(u.text);
        denies |= !after_un.empty() && across()->Knows(after_un);
      }
      if (!contrary && !denies) {
        size_t held = 0, negated = 0;
        std::string shown;
        for (const Unit& u : units) {
          if (u.key.empty()) continue;
          const auto& found = across()->Find(u.key);
          for (int p : cited) {
            const std::string_view w = found[static_cast<size_t>(p - 1)];
            if (util::CountCodePoints(w) < 2) continue;
            ++held;
            if (across()->InNegatedClause(static_cast<size_t>(p - 1), w)) {
              ++negated;
              if (shown.empty()) shown = std::string(w);
            }
            break;
          }
        }
        if (held >= 2 && 2 * negated > held) {
          out.problems.push_back("it says so where the cited paragraphs say not (" + shown +
                                 ", in a clause that denies it)");
          contrary = true;
        }
        // Or a word of it stands in the cited paragraphs only where a
        // negation just before denies it (并没有发现可疑人员: "detained a
        // suspicious person").
        for (size_t k = 0; !contrary && k < units.size(); ++k) {
          const Unit& u = units[k];
          if (u.key.empty() || !held_in_cited(u)) continue;
          bool denied = false, affirmed = false;
          std::string_view shown_word;
          // The Chinese words that chiefly mean it (可疑 "suspicious"; not
          // 教案 "lesson plan" for "lessons").
          std::vector<std::string_view> meaning = across()->HeadsOf("^v" + u.key);
          for (std::string_view w : across()->HeadsOf("^n" + u.key)) meaning.push_back(w);
          for (int p : cited) {
            for (std::string_view w : meaning) {
              if (util::CountCodePoints(w) < 2) continue;
              switch (across()->WordIn(static_cast<size_t>(p - 1), w)) {
                case check::Across::Stands::kAbsent:
                  break;
                case check::Across::Stands::kAffirmed:
                  affirmed = true;
                  break;
                case check::Across::Stands::kDenied:
                  denied = true;
                  shown_word = w;
                  break;
              }
            }
          }
          if (denied && !affirmed) {
            out.problems.push_back("it says \"" + u.text + "\" where the cited paragraphs deny it (" +
                                   std::string(shown_word) + ", right after a negation)");
            contrary = true;
          }
        }
      }
    }

    {
      std::set<int> found(elsewhere_at.begin(), elsewhere_at.end());
      found.insert(better.begin(), better.end());
      out.found_in.assign(found.begin(), found.end());
    }
    const double fact_score = facts == 0 ? 1.0 : static_cast<double>(facts_in_cited) / facts;
    if (claim.citations.empty()) {
      out.verdict = Verdict::kUncited;
      out.support = 0;
      out.problems.insert(out.problems.begin(), "cites no paragraph");
      return out;
    }
    out.support = cited.empty() ? 0 : content_checked ? 0.5 * fact_score + 0.5 * coverage : fact_score;
    if (nowhere || content_missing || contrary) {
      out.verdict = Verdict::kUnsupported;
    } else if (elsewhere || content_elsewhere || cited.size() < claim.citations.size()) {
      out.verdict = Verdict::kMisCited;
    } else {
      out.verdict = Verdict::kSupported;
    }
    if (out.partial)
      out.evidence.push_back(content_checked ? "a name could not be checked"
                                             : "checked on numbers, dates and names only (another language)");
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

  // An English statement of a Chinese article reaches its words through
  // the lexicon; the paragraphs' words in their Simplified forms. Built on
  // first use: a brief in the article's language never needs it.
  const check::Across* across() const {
    if (across_) return across_.get();
    std::vector<check::Across::Paragraph> paragraphs;
    for (const Paragraph& p : article_.paragraphs) {
      if (article_.article.language != Language::kChinese) break;
      check::Across::Paragraph a;
      uint32_t shown = 0;  // p.text up to here is in a.text
      for (const Sentence& s : p.sentences) {
        for (const Token& t : s.tokens) {
          a.text.append(p.text, shown, t.span.begin - shown);  // white space
          shown = t.span.end;
          const std::string form(t.norm == 0 ? SpanText(p.text, t.span) : article_.Norm(t));
          a.text += form;
          if (t.kind == TokenKind::kPunct) a.sequence.push_back(form);  // clause ends
          if (t.kind != TokenKind::kWord) continue;
          a.sequence.push_back(form);
          a.words.insert(form);
          size_t last = form.size();
          util::DecodeUtf8Before(form, &last);
          if (last > 0) a.heads.insert(form.substr(last));
        }
      }
      a.text.append(p.text, shown);
      paragraphs.push_back(std::move(a));
    }
    across_ = std::make_unique<check::Across>(text_.lexicon(), std::move(paragraphs));
    return across_.get();
  }

  // The content words of an English name, stemmed: "the Volunteer
  // Alliance" -> volunt, allianc.
  static std::vector<std::string> NameStems(std::string_view name) {
    std::vector<std::string> stems;
    for (size_t start = 0; start < name.size();) {
      size_t end = name.find(' ', start);
      if (end == std::string_view::npos) end = name.size();
      const std::string_view word = name.substr(start, end - start);
      if (!word.empty() && !text::IsEnglishStopword(text::EnglishTokenizer::Lower(word)))
        stems.push_back(text::EnglishTokenizer::Stem(word));
      start = end + 1;
    }
    return stems;
  }

  static std::string Join(const std::vector<std::string>& stems, size_t from, size_t to) {
    std::string key;
    for (size_t k = from; k < to; ++k) key += (key.empty() ? "" : " ") + stems[k];
    return key;
  }

  // True if the lexicon knows every word of `name`, or the whole of it.
  // True if the lexicon has `name` whole as a name's gloss (not a common
  // word's): 拉斯维加斯 "Las Vegas".
  bool LexiconNamesWhole(std::string_view name) const {
    const auto stems = NameStems(name);
    if (stems.size() < 2) return false;
    const std::string whole = Join(stems, 0, stems.size());
    return across()->Knows(whole) && !across()->IsCommon(whole);
  }

  // The headwords of three or more characters that lexicon key `whole`
  // glosses, each with its pinyin as letters (诺伊曼: nuoyiman); worked out
  // once per key, not per paragraph.
  const std::vector<std::pair<std::string, std::string>>& SoundsOf(const std::string& whole) const {
    auto it = sounds_.find(whole);
    if (it != sounds_.end()) return it->second;
    std::vector<std::pair<std::string, std::string>> out;
    for (std::string_view head : across()->HeadsOf(whole)) {
      std::string key = LetterKey(text_.Pinyin(head));
      if (util::CountCodePoints(head) >= 3 && key.size() >= 6)
        out.emplace_back(std::string(head), std::move(key));
    }
    return sounds_.emplace(whole, std::move(out)).first->second;
  }

  bool LexiconKnowsName(std::string_view name) const {
    const auto stems = NameStems(name);
    if (stems.empty()) return false;
    if (across()->Knows(Join(stems, 0, stems.size()))) return true;
    return std::all_of(stems.begin(), stems.end(), [&](const std::string& s) { return across()->Knows(s); });
  }

  // The Chinese words of paragraph `p` (0-based) that gloss an English
  // name — the whole name ("stock exchange" -> 证券交易所) or every word of
  // it (Volunteer Alliance -> 志愿…联盟) — joined as shown; "" if not all are
  // there.
  std::string NameInLexicon(std::string_view name, size_t p, bool* weak) const {
    const auto stems = NameStems(name);
    if (stems.empty()) return "";
    const std::string whole = Join(stems, 0, stems.size());
    *weak = false;
    if (across()->Knows(whole)) {
      if (std::string_view w = across()->Find(whole)[p]; !w.empty()) {
        // A character alone, or a common word (the National, Central or
        // International of a longer name), is weak evidence of a name.
        *weak = util::CountCodePoints(w) < 2 || (stems.size() == 1 && across()->IsCommon(whole));
        return std::string(w);
      }
      // A transliteration written with other characters of the same
      // sounds (诺伊曼, 诺依曼: Neumann): the headword's pinyin in the
      // paragraph's.
      for (const auto& [head, key] : SoundsOf(whole)) {
        if (paragraphs_[p].pinyin.find(key) != std::string::npos) return head + ", as it sounds";
      }
      // A name of several words the lexicon has whole (Peking University:
      // 北京大学, 北大) is there only whole.
      if (stems.size() > 1) return "";
    }
    // A word of its own through its synonyms (Lab: laboratory -> 实验室).
    if (stems.size() == 1 && across()->Knows("~" + whole)) {
      if (std::string_view w = across()->Find("~" + whole)[p]; util::CountCodePoints(w) >= 2) {
        *weak = true;
        return std::string(w);
      }
    }
    std::string shown;
    // Each word on its own: weak evidence (构 of Paper, 一家 of Group).
    *weak = true;
    for (const std::string& stem : stems) {
      const std::string_view w = across()->Find(stem)[p];
      if (w.empty()) return "";
      if (shown.find(w) == std::string::npos) shown += (shown.empty() ? "" : "\u2026") + std::string(w);
    }
    return shown;
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
      // A piece of one byte only where it ends the statement ("… H").
      if (held == 0 || (lengths[held - 1] < 2 && pos + lengths[held - 1] < quote.size())) return false;
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
        // Only syllables with a vowel: the interjections 嗯 n, 呣 m, 哼 hng
        // would make "Council" cou-n-ci-l.
        if (!key.empty() && key.size() <= 6 && key.find_first_of("aeiouv") != std::string::npos)
          out.insert(key);
        start = end + 1;
      }
      return out;
    }();
    return syllables;
  }

  const Document& article_;
  const TextProcessor& text_;
  std::vector<ParagraphIndex> paragraphs_;
  mutable std::unique_ptr<check::Across> across_;  // see across()
  mutable std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>>
      sounds_;  // SoundsOf
};

// Every statement of a brief with where it stands; an enumeration's
// introduction without citations of its own stands on its items'.
struct Placed {
  std::string where;
  Statement statement;
  bool announces = false;  // an enumeration's announcing sentence: its items follow
};

std::vector<Placed> Flatten(const Brief& brief) {
  std::vector<Placed> out;
  if (!brief.core.text.empty()) out.push_back({"core", brief.core});
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
        out.push_back({where, std::move(intro), !bullet.items.empty()});
      }
      for (size_t i = 0; i < bullet.items.size(); ++i) {
        out.push_back({where + " item " + std::to_string(i + 1), bullet.items[i]});
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
  for (const auto& [where, statement, announces] : Flatten(brief)) {
    auto claims = check::SplitClaims(statement);
    if (announces && !claims.empty()) claims.back().announces = true;
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
