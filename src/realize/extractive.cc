// Copyright 2026 The precis Authors.

#include "realize/extractive.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "text/point_marker.h"
#include "util/units.h"
#include "util/utf8.h"

namespace precis::realize {
namespace {

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}

std::string_view Trim(std::string_view s) {
  auto space_at = [](std::string_view v, bool front, size_t* len) {
    size_t i = front ? 0 : v.size();
    size_t j = i;
    const char32_t cp = front ? util::DecodeUtf8(v, &j) : util::DecodeUtf8Before(v, &j);
    *len = front ? j : i - j;
    return util::IsSpace(cp);
  };
  size_t len = 0;
  while (!s.empty() && space_at(s, true, &len)) s.remove_prefix(len);
  while (!s.empty() && space_at(s, false, &len)) s.remove_suffix(len);
  return s;
}

// Leading connectives: they tie a sentence to the one before it, which a
// brief may not quote.
constexpr std::array<std::string_view, 24> kChineseConnectives = {
    "此外，", "另外，", "同时，", "与此同时，", "据悉，", "据了解，", "据介绍，",       "另据",
    "不过，", "但是，", "然而，", "因此，",     "所以，", "对此，",   "事实上，",       "总的来看，",
    "总之，", "其中，", "而且，", "并且，",     "此前，", "对于此，", "值得注意的是，", "值得一提的是，"};
constexpr std::array<std::string_view, 12> kChineseVagueTime = {
    "近日，", "日前，", "近期，",     "最近，",   "目前，",     "如今，",
    "眼下，", "当前，", "今年以来，", "近年来，", "近些年来，", "近来，"};
constexpr std::array<std::string_view, 16> kEnglishConnectives = {
    "However, ",    "Meanwhile, ", "In addition, ",  "Additionally, ",
    "Also, ",       "Moreover, ",  "Furthermore, ",  "But ",
    "And ",         "So ",         "Still, ",        "Yet ",
    "Separately, ", "Indeed, ",    "Nevertheless, ", "In fact, "};

// A news agency's dateline opening a story says where and when it was
// filed, not what happened: 新华社北京2月29日电, 新京报讯（记者 陆一夫）,
// IT之家9月30日消息, "BEIJING, Jan 6 (Reuters) - ". The brief's byline has
// the source and time.
std::string_view StripDateline(std::string_view s, Language language) {
  auto skip_spaces = [](std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.substr(0, 3) == "\u3000"))
      t.remove_prefix(t.front() == ' ' ? 1 : 3);
    return t;
  };
  if (language == Language::kChinese) {
    // The mark must come early, with no punctuation before it.
    const size_t limit = std::min<size_t>(s.size(), 90);  // ~30 Han characters
    const std::string_view head = s.substr(0, limit);
    // Every mark ends in 电, 息 or 讯: most sentences are passed at once.
    if (head.find("电") == std::string_view::npos && head.find("息") == std::string_view::npos &&
        head.find("讯") == std::string_view::npos) {
      return s;
    }
    size_t end = std::string_view::npos;
    for (std::string_view mark : {"日电", "日消息", "报讯", "网讯", "端讯", "社讯", "台讯", "站讯"}) {
      const size_t at = head.find(mark);
      if (at != std::string_view::npos && (end == std::string_view::npos || at + mark.size() < end)) {
        end = at + mark.size();
      }
    }
    if (end == std::string_view::npos) return s;
    for (std::string_view punct : {"，", "。", "、", "：", "；", "“"}) {
      if (s.substr(0, end).find(punct) != std::string_view::npos) return s;
    }
    std::string_view rest = skip_spaces(s.substr(end));
    // "…讯" names a paper only when a credit, a date or a space follows it
    // (电报讯号 is a word).
    if (s.substr(end - 3, 3) == "讯" && rest.size() == s.size() - end) {
      const bool dated = !rest.empty() && (std::isdigit(static_cast<unsigned char>(rest.front())) ||
                                           rest.substr(0, 3) == "今" || rest.substr(0, 3) == "昨" ||
                                           rest.substr(0, 3) == "近" || rest.substr(0, 3) == "日");
      const bool credit = rest.substr(0, 3) == "（" || rest.front() == '(';
      if (!dated && !credit) return s;
    }
    // A reporter's credit right after it: （记者 陆一夫）.
    for (auto [open, close] :
         {std::pair<std::string_view, std::string_view>{"（记者", "）"}, {"(记者", ")"}}) {
      if (rest.substr(0, open.size()) == open) {
        const size_t shut = rest.find(close);
        if (shut != std::string_view::npos && shut < 60) rest = skip_spaces(rest.substr(shut + close.size()));
      }
    }
    return rest.empty() ? s : rest;
  }
  // English: CITY[, Mon D] [(Agency)] - …
  size_t i = 0, capitals = 0;
  while (i < s.size() && (std::isupper(static_cast<unsigned char>(s[i])) || s[i] == ' ' || s[i] == '.' ||
                          s[i] == '\'' || s[i] == '-')) {
    capitals += std::isupper(static_cast<unsigned char>(s[i])) != 0;
    if (s[i] == '-' && i > 0 && s[i - 1] == ' ') break;  // the dash that ends it
    ++i;
  }
  if (capitals < 3) return s;
  std::string_view rest = s.substr(i);
  if (!rest.empty() && rest.front() == ',') {  // ", Jan 6"
    size_t j = 1;
    while (j < rest.size() && j < 16 && rest[j] != '(' && rest[j] != '-' && rest.substr(j, 3) != "—") ++j;
    rest = rest.substr(j);
  }
  rest = skip_spaces(rest);
  if (!rest.empty() && rest.front() == '(') {
    const size_t shut = rest.find(')');
    if (shut == std::string_view::npos || shut > 30) return s;
    rest = skip_spaces(rest.substr(shut + 1));
  }
  for (std::string_view dash : {"-", "—", "–"}) {
    if (rest.substr(0, dash.size()) == dash) {
      rest = skip_spaces(rest.substr(dash.size()));
      // What follows must read as a sentence.
      if (!rest.empty() && std::isupper(static_cast<unsigned char>(rest.front()))) return rest;
    }
  }
  return s;
}

// Words that mark a parenthetical as editorial rather than content.
constexpr std::array<std::string_view, 14> kEditorialMarks = {
    "原题", "原标题", "来源：", "图片来源", "资料图", "摄",    "记者",
    "编辑", "完",     "图",     "视频",     "Photo",  "Getty", "Credit"};

bool IsEditorial(std::string_view inside, bool trailing) {
  if (inside.empty()) return true;
  if (util::CountCodePoints(inside) > 40) return false;
  for (auto mark : kEditorialMarks) {
    if (inside.find(mark) == std::string_view::npos) continue;
    // "完" and "图" alone are notes; inside longer text they are words.
    if ((mark == "完" || mark == "图") && inside != mark && inside != "资料图" && inside != "图文") {
      continue;
    }
    if (mark == "记者" && !trailing) continue;
    return true;
  }
  return false;
}

// Removes （…） / (…) / 【…】 parentheticals judged editorial.
std::string DropParentheticals(std::string_view s) {
  std::string out;
  size_t kept = 0;  // s[kept, at) is kept and not yet copied
  size_t i = 0;
  while (i < s.size()) {
    size_t at = i;
    char32_t cp = util::DecodeUtf8(s, &i);
    char32_t close = cp == U'（' ? U'）' : cp == '(' ? ')' : cp == U'【' ? U'】' : 0;
    if (close == 0) continue;
    const size_t open_size = i - at;
    size_t j = i;
    size_t end = std::string_view::npos;
    while (j < s.size()) {
      size_t k = j;
      char32_t c = util::DecodeUtf8(s, &k);
      if (c == close) {
        end = j;
        i = k;
        break;
      }
      j = k;
    }
    if (end == std::string_view::npos) {
      i = at + open_size;  // an opening never closed is kept as text
      continue;
    }
    std::string_view inside = s.substr(at + open_size, end - at - open_size);
    const bool trailing = Trim(s.substr(i)).empty() || Trim(s.substr(i)) == "。" || Trim(s.substr(i)) == ".";
    if (IsEditorial(inside, trailing) && !(cp == U'【' && at == 0)) {
      out.append(s.substr(kept, at - kept));
      kept = i;
    }
  }
  out.append(s.substr(kept));
  return out;
}

// A sentence a paragraph holds over several lines, as one line: each line
// break, with the spaces around it, becomes one space (a statement is one
// line of a brief).
std::string OneLine(std::string_view s) {
  if (std::none_of(s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r'; })) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\n' && s[i] != '\r') {
      out.push_back(s[i]);
      continue;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    while (i + 1 < s.size() && (s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '\r')) ++i;
    if (!out.empty() && i + 1 < s.size()) out.push_back(' ');
  }
  return out;
}

// An enumerated item the splitter cut at ； ends there: as a statement of its
// own it takes a full stop instead (一是…；-> 一是…。).
void EndItem(Statement* item, Language language) {
  std::string& t = item->text;
  // A point marked inside an English sentence (…; and third, the housing
  // market…) opens its item without the conjunction, capitalised.
  if (language == Language::kEnglish) {
    const text::PointMarker m = text::DetectPointMarker(t);
    if (m.family == text::PointFamily::kEnglish && m.begin > 0 && t.compare(m.begin - 4, 4, "and ") == 0) {
      t.erase(0, m.begin);
      for (size_t& end : item->sentence_ends) end = end > m.begin ? end - m.begin : 0;
    }
    if (!t.empty() && std::islower(static_cast<unsigned char>(t[0]))) {
      t[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[0])));
    }
  }
  // The separator between points gives way to an end mark.
  const std::string_view semicolon = language == Language::kEnglish ? ";" : "；";
  const std::string_view full_stop = language == Language::kEnglish ? "." : "。";
  size_t end = t.size();
  while (end > 0 && t[end - 1] == ' ') --end;
  if (end >= semicolon.size() &&
      std::string_view(t).substr(end - semicolon.size(), semicolon.size()) == semicolon) {
    t.replace(end - semicolon.size(), semicolon.size(), full_stop);
    t.resize(end - semicolon.size() + full_stop.size());
    if (!item->sentence_ends.empty()) item->sentence_ends.back() = t.size();
  }
}

}  // namespace

void JoinSentences(const std::vector<std::string>& parts, Language language, Statement* st) {
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    const bool latin_meets_latin = !st->text.empty() && static_cast<unsigned char>(st->text.back()) < 0x80 &&
                                   st->text.back() != ' ' &&
                                   (util::IsAsciiLetter(static_cast<unsigned char>(p.front())) ||
                                    util::IsAsciiDigit(static_cast<unsigned char>(p.front())));
    if (!st->text.empty() && (language == Language::kEnglish || latin_meets_latin)) st->text.push_back(' ');
    st->text += p;
    st->sentence_ends.push_back(st->text.size());
  }
}

std::vector<int> CitationsOf(const std::vector<plan::Evidence>& evidence) {
  std::vector<int> numbers;
  numbers.reserve(evidence.size());
  for (const auto& e : evidence) numbers.push_back(e.paragraph + 1);
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  return numbers;
}

std::string TidySentence(std::string_view sentence, Language language) {
  std::string_view original = Trim(sentence);
  std::string_view s = StripDateline(original, language);
  bool dropped_connective = false;
  if (language == Language::kEnglish) {
    for (auto c : kEnglishConnectives) {
      if (StartsWith(s, c)) {
        s.remove_prefix(c.size());
        dropped_connective = true;
        break;
      }
    }
  } else {
    for (auto c : kChineseConnectives) {
      if (StartsWith(s, c)) {
        s.remove_prefix(c.size());
        break;
      }
    }
    // Vague time framing (近日，) says nothing a reader needs; specific
    // dates and days (昨天, 1月6日) are never dropped.
    for (auto c : kChineseVagueTime) {
      if (StartsWith(s, c)) {
        s.remove_prefix(c.size());
        break;
      }
    }
  }
  std::string out(Trim(DropParentheticals(s)));
  if (dropped_connective && !out.empty() && std::islower(static_cast<unsigned char>(out[0]))) {
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  }
  // Tidying must leave a statement, not a fragment (untouched, it is one).
  if (out.size() != original.size() && util::CountCodePoints(out) * 3 < util::CountCodePoints(original)) {
    return std::string(original);
  }
  return out;
}

// A later clause must hold this much more weight than the best earlier one
// to be preferred: news puts the subject first.
constexpr float kLaterClauseMargin = 1.2f;

std::string BestClauses(const Document& doc, const analyze::Analysis& analysis, const plan::Evidence& e,
                        int budget) {
  const Language language = doc.article.language;
  const Paragraph& p = doc.paragraphs[static_cast<size_t>(e.paragraph)];
  const Sentence& sentence = p.sentences[static_cast<size_t>(e.sentence)];
  std::string_view text = std::string_view(p.text).substr(sentence.span.begin, sentence.span.size());
  if (util::ContentUnits(text, language) <= budget) return TidySentence(text, language);
  // Clause starts: the sentence start and each point after a separator.
  std::vector<uint32_t> clause_starts{sentence.span.begin};
  for (const Token& t : sentence.tokens) {
    std::string_view piece = std::string_view(p.text).substr(t.span.begin, t.span.size());
    if ((piece == "，" || piece == "；" || piece == "：" || piece == "," || piece == ";" || piece == ":") &&
        t.span.end < sentence.span.end) {
      clause_starts.push_back(t.span.end);
    }
  }
  // The best starting clause: the one whose budget-long stretch holds the
  // most term weight (a stretch may run on past clause ends; the writer cuts
  // it at the budget). Ties go to the earlier clause.
  float best = -1;
  size_t best_i = 0;
  for (size_t i = 0; i < clause_starts.size(); ++i) {
    const uint32_t begin = clause_starts[i];
    std::string_view rest = std::string_view(p.text).substr(begin, sentence.span.end - begin);
    const auto stretch_end =
        static_cast<uint32_t>(begin + util::TruncateToUnits(rest, budget, language).size());
    float w = 0;
    for (const Token& t : sentence.tokens) {
      if (t.span.begin < begin || t.span.end > stretch_end) continue;
      const int term = analysis.TermOf(t);
      if (term >= 0) w += analysis.terms[static_cast<size_t>(term)].weight;
    }
    if (i == 0 ? w > best : w > best * kLaterClauseMargin) {
      best = w;
      best_i = i;
    }
  }
  const uint32_t begin = clause_starts[best_i];
  std::string_view window = std::string_view(p.text).substr(begin, sentence.span.end - begin);
  return TidySentence(window, language);
}

Brief RealizeExtractive(const Document& doc, const analyze::Analysis& analysis, const plan::Plan& plan,
                        int budget) {
  const Language language = doc.article.language;
  Brief brief;
  brief.title = doc.article.title;
  brief.source = doc.article.source;
  brief.source_latin = doc.article.source_latin;
  brief.published = doc.article.published;
  brief.language = language;
  brief.script = doc.article.script;
  brief.paragraph_count = static_cast<int>(doc.paragraphs.size());

  // The whole sentence each piece belongs to (Analysis::SentenceInfo's
  // unit_first), found by index: Analysis::sentences are in article order,
  // a paragraph's pieces following its first one.
  std::vector<int> first_piece(doc.paragraphs.size() + 1, -1);
  for (size_t i = analysis.sentences.size(); i-- > 0;) {
    first_piece[static_cast<size_t>(analysis.sentences[i].paragraph)] = static_cast<int>(i);
  }
  auto unit = [&](const plan::Evidence& e) {
    const int first = first_piece[static_cast<size_t>(e.paragraph)];
    const size_t i = static_cast<size_t>(first + e.sentence);
    if (first < 0 || i >= analysis.sentences.size() || analysis.sentences[i].paragraph != e.paragraph)
      return -1;
    return analysis.sentences[i].unit_first;
  };
  auto realize = [&](const plan::PlannedStatement& planned, auto&& self) -> Statement {
    Statement st;
    // Pieces of one sentence are tidied together, as the sentence they are.
    std::vector<std::string> parts;
    for (size_t k = 0; k < planned.evidence.size();) {
      const plan::Evidence& first = planned.evidence[k];
      size_t last = k;
      while (last + 1 < planned.evidence.size() && planned.evidence[last + 1].paragraph == first.paragraph &&
             planned.evidence[last + 1].sentence == planned.evidence[last].sentence + 1 &&
             unit(planned.evidence[last + 1]) == unit(first) && unit(first) >= 0) {
        ++last;
      }
      const Paragraph& p = doc.paragraphs[static_cast<size_t>(first.paragraph)];
      const uint32_t begin = p.sentences[static_cast<size_t>(first.sentence)].span.begin;
      const uint32_t end = p.sentences[static_cast<size_t>(planned.evidence[last].sentence)].span.end;
      // On one line already, as nearly every sentence is: tidied in place.
      const std::string_view raw = std::string_view(p.text).substr(begin, end - begin);
      const bool one_line =
          raw.find('\n') == std::string_view::npos && raw.find('\r') == std::string_view::npos;
      parts.push_back(TidySentence(one_line ? raw : std::string_view(OneLine(raw)), language));
      k = last + 1;
    }
    JoinSentences(parts, language, &st);
    st.citations = CitationsOf(planned.evidence);
    st.importance = planned.importance;
    for (const auto& item : planned.items) {
      st.items.push_back(self(item, self));
      EndItem(&st.items.back(), language);
    }
    return st;
  };
  brief.core = realize(plan.core, realize);
  if (budget > 0 && !plan.core.evidence.empty()) {
    const auto& first = plan.core.evidence.front();
    const Paragraph& p = doc.paragraphs[static_cast<size_t>(first.paragraph)];
    const Span& span = p.sentences[static_cast<size_t>(first.sentence)].span;
    if (util::ContentUnits(std::string_view(p.text).substr(span.begin, span.size()), language) > budget) {
      brief.core.text = BestClauses(doc, analysis, first, budget);
      brief.core.sentence_ends = {brief.core.text.size()};
      brief.core.citations = CitationsOf({first});
    }
  }
  for (const auto& group : plan.groups) {
    BriefGroup g;
    if (group.title.paragraph >= 0) {
      // The article's own words: a subheading or a phrase of the group.
      const std::string& text = doc.paragraphs[static_cast<size_t>(group.title.paragraph)].text;
      g.title =
          OneLine(std::string_view(text).substr(group.title.begin, group.title.end - group.title.begin));
    } else if (!group.key_terms.empty()) {
      g.title = analysis.terms[static_cast<size_t>(group.key_terms.front())].surface;
    }
    // A group whose sentences hold no content terms (a caption, a dateline)
    // still needs a heading.
    if (g.title.empty()) g.title = language == Language::kChinese ? "其他" : "Other points";
    for (const auto& bullet : group.bullets) g.bullets.push_back(realize(bullet, realize));
    brief.groups.push_back(std::move(g));
  }
  return brief;
}

}  // namespace precis::realize
