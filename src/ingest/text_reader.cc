// Copyright 2026 The precis Authors.

#include "ingest/text_reader.h"

#include <algorithm>
#include <cctype>

#include "ingest/dates.h"
#include "ingest/page_lines.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace precis::ingest {
namespace {

using util::DecodeUtf8;

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0;;) {
    const size_t newline = text.find('\n', start);
    std::string_view line =
        text.substr(start, (newline == std::string_view::npos ? text.size() : newline) - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // A lone \r ends lines in some old files.
    size_t s = 0;
    for (size_t r; (r = line.find('\r', s)) != std::string_view::npos; s = r + 1)
      lines.push_back(line.substr(s, r - s));
    lines.push_back(line.substr(s));
    if (newline == std::string_view::npos) break;
    start = newline + 1;
  }
  return lines;
}

bool IsBlank(std::string_view line) { return TrimText(line).empty(); }

// True if a blank line separates two non-blank lines of lines[from..).
bool HasInteriorBlankLine(const std::vector<std::string_view>& lines, size_t from) {
  bool seen_text = false;
  bool blank_after_text = false;
  for (size_t i = from; i < lines.size(); ++i) {
    if (IsBlank(lines[i])) {
      blank_after_text = seen_text;
    } else {
      if (blank_after_text) return true;
      seen_text = true;
    }
  }
  return false;
}

// "key: value" with a known key; stores into the article.
bool ParseMetaLine(std::string_view line, Article* article) {
  size_t colon = line.find(':');
  size_t colon_len = 1;
  size_t wide = line.find("\xEF\xBC\x9A");  // ：
  if (wide != std::string_view::npos && (colon == std::string_view::npos || wide < colon)) {
    colon = wide;
    colon_len = 3;
  }
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return false;
  std::string key = util::AsciiLower(TrimText(line.substr(0, colon)));
  std::string value(TrimText(line.substr(colon + colon_len)));
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  if (key == "title" || key == "标题") {
    article->title = value;
  } else if (key == "source" || key == "来源" || key == "site") {
    article->source = value;
  } else if (key == "published" || key == "date" || key == "time" || key == "时间" || key == "发布时间" ||
             key == "日期") {
    article->published = value;
  } else if (key == "author" || key == "作者" || key == "by") {
    article->author = value;
  } else if (key == "url" || key == "link") {
    article->url = value;
  } else if (key == "language" || key == "lang") {
    std::string v = util::AsciiLower(value);
    if (v.rfind("zh", 0) == 0) article->language = Language::kChinese;
    if (v.rfind("en", 0) == 0) article->language = Language::kEnglish;
  } else {
    return false;
  }
  return true;
}

size_t CodePoints(std::string_view s) { return util::CountCodePoints(s); }

// The last code point of a non-empty string.
char32_t LastChar(std::string_view s) {
  size_t i = s.size();
  return util::DecodeUtf8Before(s, &i);
}

bool IsCjkChar(char32_t cp) {
  return util::IsHan(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == U'“' ||
         cp == U'”';
}

// A short line that does not end like a sentence or a clause.
bool LooksLikeTitle(std::string_view line) {
  line = TrimText(line);
  if (line.empty()) return false;
  const size_t chars = CodePoints(line);
  size_t han = 0;
  for (size_t i = 0; i < line.size();) han += util::IsHan(DecodeUtf8(line, &i)) ? 1 : 0;
  const bool chinese = han * 2 >= chars;
  if (chars > (chinese ? 64u : 160u)) return false;
  switch (LastChar(line)) {
    case U'。':
    case U'，':
    case U'；':
    case U'：':
    case U'、':
    case ',':
    case ';':
    case ':':
      return false;
    case '.':
      return line.size() >= 3 && line.substr(line.size() - 3) == "...";
    default:
      return true;
  }
}

std::string_view StripMarkdownHeading(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == '#') ++i;
  if (i == 0 || i > 6 || (i < line.size() && line[i] != ' ' && line[i] != '\t')) return line;
  return TrimText(line.substr(i));
}

bool IsHorizontalRule(std::string_view line) {
  line = TrimText(line);
  if (line.size() < 3) return false;
  char c = line[0];
  if (c != '-' && c != '*' && c != '_' && c != '=') return false;
  return std::all_of(line.begin(), line.end(), [c](char x) { return x == c || x == ' '; });
}

// Separators between the parts of a byline.
std::string_view TrimSeparators(std::string_view s) {
  static const std::string_view kSeps[] = {"·", "|",  "丨", "｜", "/", "-",  "—",           "•",
                                           ",", "，", "：", ":",  " ", "\t", "\xE3\x80\x80"};
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    for (auto sep : kSeps) {
      if (s.size() >= sep.size() && s.substr(0, sep.size()) == sep) {
        s.remove_prefix(sep.size());
        changed = true;
      }
      if (s.size() >= sep.size() && s.substr(s.size() - sep.size()) == sep) {
        s.remove_suffix(sep.size());
        changed = true;
      }
    }
  }
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::string_view TrimText(std::string_view s) {
  auto is_space_at_front = [](std::string_view v, size_t* len) {
    size_t i = 0;
    char32_t cp = DecodeUtf8(v, &i);
    *len = i;
    return util::IsSpace(cp);
  };
  size_t len = 0;
  while (!s.empty() && is_space_at_front(s, &len)) s.remove_prefix(len);
  while (!s.empty()) {
    size_t i = s.size();
    if (!util::IsSpace(util::DecodeUtf8Before(s, &i))) break;
    s.remove_suffix(s.size() - i);
  }
  return s;
}

bool ParseByline(std::string_view line, Article* article) {
  line = TrimText(line);
  if (line.empty() || CodePoints(line) > 80) return false;
  Article parsed;
  std::string_view rest = line;
  for (std::string_view prefix : {"By ", "by ", "BY ", "作者：", "作者:", "文/", "文｜", "记者"}) {
    if (StartsWith(rest, prefix)) {
      std::string_view author = TrimText(rest.substr(prefix.size()));
      size_t cut = author.find_first_of(",|");
      auto date = FindDate(author);
      if (date && date->begin < cut) cut = date->begin;
      parsed.author = std::string(TrimSeparators(TrimText(author.substr(0, cut))));
      rest = cut == std::string_view::npos ? std::string_view() : author.substr(cut);
      break;
    }
  }
  for (std::string_view prefix : {"来源：", "来源:", "Source:", "source:"}) {
    size_t at = rest.find(prefix);
    if (at != std::string_view::npos) {
      std::string_view src = rest.substr(at + prefix.size());
      auto date = FindDate(src);
      size_t cut = date ? date->begin : src.size();
      parsed.source = std::string(TrimSeparators(TrimText(src.substr(0, cut))));
      rest = rest.substr(0, at);
      if (date) parsed.published = date->normalized;
      break;
    }
  }
  auto date = FindDate(rest);
  if (date) {
    parsed.published = date->normalized;
    std::string_view before = TrimSeparators(TrimText(rest.substr(0, date->begin)));
    std::string_view after = TrimSeparators(TrimText(rest.substr(date->end)));
    if (parsed.source.empty()) {
      parsed.source = std::string(!before.empty() ? before : after);
    }
  }
  if (parsed.published.empty() && parsed.author.empty() && parsed.source.empty()) return false;
  // A byline is mostly metadata: refuse lines where what is left is prose.
  if (CodePoints(parsed.source) > 30) return false;
  if (!parsed.source.empty()) article->source = parsed.source;
  if (!parsed.published.empty()) article->published = parsed.published;
  if (!parsed.author.empty()) article->author = parsed.author;
  return true;
}

std::vector<std::string> SplitParagraphs(std::string_view body) {
  std::vector<std::string_view> lines = Lines(body);
  const bool has_blank_lines = HasInteriorBlankLine(lines, 0);
  std::vector<std::string> paragraphs;
  std::string current;
  auto flush = [&]() {
    std::string_view t = TrimText(current);
    if (!t.empty()) paragraphs.emplace_back(t);
    current.clear();
  };
  for (std::string_view raw : lines) {
    if (IsHorizontalRule(raw)) {
      flush();
      continue;
    }
    std::string_view line = TrimText(StripMarkdownHeading(TrimText(raw)));
    if (line.empty()) {
      flush();
      continue;
    }
    if (!has_blank_lines) {
      current.assign(line);
      flush();
      continue;
    }
    if (!current.empty()) {
      // Join wrapped lines: no space between Chinese, one space otherwise.
      size_t first = 0;
      const bool cjk_join = IsCjkChar(LastChar(current)) && IsCjkChar(DecodeUtf8(line, &first));
      if (!cjk_join) current.push_back(' ');
    }
    current.append(line);
  }
  flush();
  return paragraphs;
}

Article ParseTextArticle(std::string_view text) {
  Article article;
  std::vector<std::string_view> lines = Lines(text);
  size_t i = 0;
  while (i < lines.size() && IsBlank(lines[i])) ++i;

  // Front matter, fenced by --- lines or as leading key: value lines.
  if (i < lines.size() && TrimText(lines[i]) == "---") {
    size_t j = i + 1;
    while (j < lines.size() && TrimText(lines[j]) != "---") ++j;
    if (j < lines.size()) {
      for (size_t k = i + 1; k < j; ++k) ParseMetaLine(lines[k], &article);
      i = j + 1;
    }
  } else {
    while (i < lines.size() && ParseMetaLine(lines[i], &article)) ++i;
  }
  while (i < lines.size() && IsBlank(lines[i])) ++i;

  // Title: a Markdown heading, or a first line that is clearly a title and is
  // followed by more text; then an optional byline on the next line.
  if (article.title.empty() && i < lines.size()) {
    std::string_view first = TrimText(lines[i]);
    std::string_view heading = StripMarkdownHeading(first);
    size_t next = i + 1;
    while (next < lines.size() && IsBlank(lines[next])) ++next;
    const bool more = next < lines.size();
    // With blank lines between paragraphs, a title stands alone (or with its
    // byline); otherwise the first line of a wrapped paragraph could look
    // like one.
    const bool blank_lines = HasInteriorBlankLine(lines, i);
    const bool alone = !blank_lines || i + 1 >= lines.size() || IsBlank(lines[i + 1]);
    const bool with_byline = i + 1 < lines.size() && !IsBlank(lines[i + 1]) &&
                             (i + 2 >= lines.size() || IsBlank(lines[i + 2]) || !blank_lines);
    if ((heading != first && !heading.empty()) || (more && (alone || with_byline) && LooksLikeTitle(first))) {
      Article probe;
      if (!alone && !ParseByline(lines[i + 1], &probe) && heading == first) {
        // Two lines that are not title + byline: an ordinary paragraph.
      } else {
        article.title = std::string(heading);
        i = i + 1;
        while (i < lines.size() && IsBlank(lines[i])) ++i;
      }
    }
  }
  if (!article.title.empty() && i < lines.size()) {
    size_t next = i + 1;
    while (next < lines.size() && IsBlank(lines[next])) ++next;
    if (next < lines.size() && ParseByline(lines[i], &article)) i = next;
  }
  std::string body;
  for (size_t k = i; k < lines.size(); ++k) {
    body.append(lines[k]);
    body.push_back('\n');
  }
  // A text copied from a page keeps the page's broken lines: the sentences
  // they cut are joined again, as a page's are.
  article.paragraphs = JoinBrokenLines(SplitParagraphs(body));
  return article;
}

}  // namespace precis::ingest
