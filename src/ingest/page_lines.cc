// Copyright 2026 The precis Authors.

#include "ingest/page_lines.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "ingest/dates.h"
#include "ingest/text_reader.h"
#include "precis/article.h"
#include "util/utf8.h"

namespace precis::ingest {
namespace {

using util::DecodeUtf8;

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool Contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

bool HasSentencePunct(std::string_view p) {
  for (std::string_view mark : {"。", "，", "！", "？", "；", "：", ",", ";"}) {
    if (Contains(p, mark)) return true;
  }
  return false;
}

// Equal but for white space (titles lose or gain spaces between copies).
std::string Squeeze(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    if (!util::IsSpace(DecodeUtf8(s, &i))) out.append(s.substr(start, i - start));
  }
  return out;
}

// Photo captions and credits: 图为……（刘通摄）, ▲图片来自视频截图,
// “救命啊SOS”纸团。沙坪坝区公安分局供图.
bool IsCaption(std::string_view p) {
  if (util::CountCodePoints(p) >= 80) return false;
  for (std::string_view lead :
       {"图为", "（图", "▲", "△", "↑", "图片来自", "图片来源", "图源", "图/", "图："}) {
    if (StartsWith(p, lead)) return true;
  }
  for (std::string_view tail : {"摄）", "摄)", "摄）。", "截图", "截图。"}) {
    if (EndsWith(p, tail)) return true;
  }
  return util::CountCodePoints(p) < 60 && (Contains(p, "供图") || Contains(p, "视频截图"));
}

// A photo's credit in a Latin-script page: "Mike Marsland/Getty Images",
// "Shutterstock", "iStock/Gargonia", "Foto: dahancoo / Pixabay": a short
// line, no sentence, that a picture agency's name ends or opens before a
// slash, or that a photo label opens.
bool IsPhotoCredit(std::string_view p) {
  std::string_view t = p;
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  if (t.empty() || util::CountCodePoints(t) > 80 || t.back() == '.' || util::CountHan(t) > 0) return false;
  for (std::string_view label : {"Foto: ", "Fotos: ", "Photo: ", "Photos: ", "Bild: ", "Titelbild: ",
                                 "Image: ", "Credit: ", "Photo credit: ", "Bildquelle: "}) {
    if (StartsWith(t, label)) return true;
  }
  if (util::CountCodePoints(t) > 60) return false;
  static constexpr std::string_view kAgencies[] = {
      "Getty Images", "Shutterstock", "iStock", "iStockphoto",      "Reuters",         "AFP",
      "EPA",          "dpa",          "IMAGO",  "imago images",     "Alamy",           "Keystone",
      "Pixabay",      "Unsplash",     "Pexels", "picture-alliance", "picture alliance"};
  for (std::string_view agency : kAgencies) {
    if (t == agency) return true;
    // Last, after a separator: "Name/Getty Images", "Name | Getty Images".
    // (Right after the separator: "Life after 9/11 for the EPA" is a heading.)
    if (t.size() > agency.size() + 1 && t.ends_with(agency)) {
      const size_t at = t.size() - agency.size();
      const char before = t[at - 1];
      if (before == '/' || before == '|') return true;
      if (before == ' ' && at >= 2 && (t[at - 2] == '/' || t[at - 2] == '|' || t[at - 2] == '-')) return true;
    }
    // First, before a slash: "iStock/Gargonia".
    if (t.size() > agency.size() + 1 && t.starts_with(agency) && t[agency.size()] == '/') return true;
  }
  return false;
}

// 昨天, 3小时前, 刚刚: a relative time shown instead of a date.
bool IsRelativeTime(std::string_view p) {
  for (std::string_view word : {"刚刚", "今天", "昨天", "前天"}) {
    if (StartsWith(p, word) && util::CountCodePoints(p) <= 8) return true;
  }
  size_t i = 0;
  while (i < p.size() && std::isdigit(static_cast<unsigned char>(p[i]))) ++i;
  if (i == 0) return false;
  std::string_view unit = p.substr(i);
  return unit == "分钟前" || unit == "小时前" || unit == "天前" || unit == "秒前";
}

// A scrap at the edge of a body: an icon's counter, a column's name, a tag
// list ("20190926|国贸|增长率").
bool IsEdgeScrap(std::string_view p) {
  size_t bars = 0;
  for (size_t i = 0; i < p.size();) {
    const char32_t cp = DecodeUtf8(p, &i);
    bars += cp == '|' || cp == U'｜';
  }
  if (bars >= 2 && !Contains(p, "。")) return true;
  if (util::CountCodePoints(p) > 10) return false;
  for (size_t i = 0; i < p.size();) {
    if (util::IsPunctOrSymbol(DecodeUtf8(p, &i))) return false;
  }
  return true;
}

// The headline again, reworded: short, no sentence end, and made mostly of
// the title's characters.
bool IsHeadlineVariant(std::string_view p, std::string_view title) {
  const size_t chars = util::CountCodePoints(p);
  if (title.empty() || chars >= 50 || Contains(p, "。")) return false;
  std::unordered_map<char32_t, int> pool;
  for (size_t i = 0; i < title.size();) ++pool[DecodeUtf8(title, &i)];
  size_t shared = 0, counted = 0;
  for (size_t i = 0; i < p.size();) {
    const char32_t cp = DecodeUtf8(p, &i);
    if (util::IsSpace(cp)) continue;
    ++counted;
    auto it = pool.find(cp);
    if (it != pool.end() && it->second > 0) {
      --it->second;
      ++shared;
    }
  }
  return counted >= 6 && shared * 10 >= counted * 7;
}

// A byline line at the top of a body: short, dated, and labelled or shaped
// like one ("2019-09-07 09:25:09 字号：A- A A+ 来源：观察者网").
bool IsBylineLine(std::string_view p, Article* parsed) {
  if (util::CountCodePoints(p) >= 60 || !FindDate(p)) return false;
  const bool parsed_ok = ParseByline(p, parsed);
  for (std::string_view label :
       {"来源", "字号", "更新", "发布", "时间", "作者", "阅读", "浏览", "编辑", "记者"}) {
    if (Contains(p, label)) return true;
  }
  return parsed_ok;
}

// Credits of who wrote or edited the piece; what follows one near the end
// of a body is another page's.
bool IsAuthorshipCredit(std::string_view p) {
  if (util::CountCodePoints(p) > 40) return false;
  for (std::string_view lead :
       {"采写", "作者：", "作者:", "责编", "编辑：", "编辑:", "责任编辑", "校对", "撰文"}) {
    if (StartsWith(p, lead)) return true;
  }
  return false;
}

// A line about the reader's consent or privacy: "Externer Inhalt nicht
// verfügbar", "Deine Privatsphäre-Einstellungen verhindern …", "Ein Klick
// für den Datenschutz", a cookie notice.
bool IsConsentNotice(std::string_view p) {
  if (p.size() > 400) return false;
  static constexpr std::string_view kWords[] = {
      "Datenschutz",    "Privatsphäre",    "privacy",   "Privacy",      "cookie",
      "Cookie",         "consent",         "Consent",   "Einwilligung", "xterne Inhalte",
      "xterner Inhalt", "confidentialité", "privacidad"};
  for (std::string_view w : kWords) {
    if (Contains(p, w)) return true;
  }
  return false;
}

// A picture gallery's counter before its first caption: "1/10 当全世界…".
void StripGalleryCounter(std::string* p) {
  size_t i = 0;
  while (i < p->size() && std::isdigit(static_cast<unsigned char>((*p)[i]))) ++i;
  if (i == 0 || i >= p->size()) return;
  size_t j = i;
  while (j < p->size() && (*p)[j] == ' ') ++j;
  if (j >= p->size() || (*p)[j] != '/') return;
  ++j;
  while (j < p->size() && (*p)[j] == ' ') ++j;
  const size_t digits = j;
  while (j < p->size() && std::isdigit(static_cast<unsigned char>((*p)[j]))) ++j;
  if (j == digits || j >= p->size() || (*p)[j] != ' ') return;
  p->erase(0, j + 1);
}

// Does the paragraph end a sentence (. ! ? 。 ！ ？ …, a closing quote or
// bracket after one)?
bool EndsSentence(std::string_view p) {
  size_t at = p.size();
  while (at > 0) {
    const char32_t cp = util::DecodeUtf8Before(p, &at);
    if (cp == ' ' || cp == '"' || cp == U'”' || cp == U'’' || cp == '\'' || cp == ')' || cp == U'）' ||
        cp == U'」' || cp == U'»' || cp == U'“') {
      continue;
    }
    return cp == '.' || cp == '!' || cp == '?' || cp == U'。' || cp == U'！' || cp == U'？' || cp == U'…';
  }
  return false;
}

// What a last line of the body is: text; a heading (a short line no
// punctuation closes, or a short question to the reader); or a label, a
// line ending in a colon. Lines with Han are text.
enum class Tail { kText, kHeading, kLabel };
Tail TailKind(std::string_view p) {
  std::string_view t = p;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
  if (t.empty() || util::CountHan(t) > 0) return Tail::kText;
  const size_t chars = util::CountCodePoints(t);
  const size_t words = static_cast<size_t>(std::count(t.begin(), t.end(), ' ')) + 1;
  if (t.back() == ':') return chars <= 80 ? Tail::kLabel : Tail::kText;
  if (t.back() == '?') return chars <= 40 ? Tail::kHeading : Tail::kText;
  size_t at = t.size();
  const char32_t last = util::DecodeUtf8Before(t, &at);
  const bool open = util::IsAsciiLetter(last) || util::IsNonHanLetter(last);
  return chars <= 40 && words <= 6 && open ? Tail::kHeading : Tail::kText;
}

void TrimEdges(std::vector<std::string>* paragraphs) {
  auto drop = [](std::string_view p) { return IsCreditLine(p) || IsEdgeScrap(p); };
  while (paragraphs->size() > 1 && drop(paragraphs->back())) paragraphs->pop_back();
  while (paragraphs->size() > 1 && drop(paragraphs->front())) paragraphs->erase(paragraphs->begin());
}

}  // namespace

bool IsFurnitureLine(std::string_view p) {
  static constexpr std::array<std::string_view, 28> kPrefixes = {
      "（原标题",      "(原标题",    "原标题：",  "责任编辑",   "编辑：",
      "编辑:",         "校对",       "审核：",    "免责声明",   "版权声明",
      "声明：",        "Copyright",  "copyright", "©",          "All rights reserved",
      "本文来源",      "来源：",     "来源:",     "扫描二维码", "Advertisement",
      "ADVERTISEMENT", "Share this", "Sign up",   "Follow us",  "Read more",
      "Related:",      "相关阅读",   "推荐阅读"};
  for (auto prefix : kPrefixes) {
    if (StartsWith(p, prefix)) return true;
  }
  // Calls to action, only as short lines (关注度 opens sentences too).
  if (util::CountCodePoints(p) < 40 && !Contains(p, "，") && !Contains(p, "。")) {
    for (std::string_view prefix : {"点击", "扫码", "关注", "长按", "更多精彩", "分享到"}) {
      if (StartsWith(p, prefix)) return true;
    }
  }
  if (IsCaption(p) || IsRelativeTime(p) || IsPhotoCredit(p)) return true;
  if (Contains(p, "All rights reserved") || Contains(p, "版权所有")) return true;
  // A date and time alone (every form FindDate knows opens with a digit or
  // a month's name).
  // (Or with its time after a separator: "22.04.2024 | 15:54", "… · 10.45 Uhr".)
  if (!p.empty() && std::isalnum(static_cast<unsigned char>(p[0])) != 0) {
    if (auto date = FindDate(p); date && date->begin == 0) {
      if (date->end == p.size()) return true;
      std::string_view rest = p.substr(date->end);
      while (!rest.empty() &&
             (rest.front() == ' ' || rest.front() == '|' || rest.front() == ',' || rest.front() == '-')) {
        rest.remove_prefix(1);
      }
      if (rest.ends_with(" Uhr")) rest.remove_suffix(4);
      const bool clock = (rest.size() == 5 || rest.size() == 4) &&
                         std::isdigit(static_cast<unsigned char>(rest[0])) &&
                         (rest[rest.size() - 3] == ':' || rest[rest.size() - 3] == '.') &&
                         std::all_of(rest.begin(), rest.end(), [](char c) {
                           return std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.';
                         });
      if (clock) return true;
    }
  }
  // Separators alone ("|", "* * *", "———", "◇"): marks between inline items
  // or sections, no text. Not a line that ends another's sentence
  // ("。”", ")", "…": broken lines, joined later), nor CJK punctuation.
  bool separators = !p.empty();
  for (size_t i = 0; i < p.size() && separators;) {
    const char32_t cp = DecodeUtf8(p, &i);
    separators = cp == ' ' || cp == '|' || cp == '*' || cp == '_' || cp == '-' || cp == '=' || cp == '~' ||
                 cp == '^' || cp == '#' || cp == '+' || cp == U'—' || cp == U'–' || cp == U'―' ||
                 cp == U'•' || cp == U'·' || cp == U'×' || cp == U'∼' ||
                 (cp >= 0x2500 && cp <= 0x25FF);  // box drawing, shapes
  }
  if (separators) return true;
  // A note that the text was taken from the web, with no one named.
  if (util::CountCodePoints(p) <= 20 && (Contains(p, "来源于网络") || Contains(p, "来自网络"))) return true;
  // A bare URL, timestamp or number is markup leaking through.
  if (p.find(' ') == std::string_view::npos &&
      (StartsWith(p, "http") || std::all_of(p.begin(), p.end(), [](char c) {
         return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == '+' || c == 'T' ||
                c == '.' || c == '/';
       }))) {
    return true;
  }
  return false;
}

bool IsCreditLine(std::string_view p) {
  const size_t chars = util::CountCodePoints(p);
  if (chars > 40) return false;
  std::string_view inner = p;
  for (std::string_view open : {"【", "（", "(", "["}) {
    if (StartsWith(inner, open)) inner.remove_prefix(open.size());
  }
  static constexpr std::array<std::string_view, 18> kLeads = {
      "编辑", "校对", "采写", "摄影",     "供稿", "责编",   "审核",  "撰文",      "作者",
      "文/",  "文｜", "图/",  "相关资讯", "标签", "关键词", "Tags:", "Edited by", "Photo:"};
  // Credits name people; they make no sentences (作者认为，…。 does).
  for (auto w : kLeads) {
    if (StartsWith(inner, w) && !Contains(p, "。")) return true;
  }
  // Credits run together in one short line (…供稿摄影/张艳编辑/苏芳).
  static constexpr std::array<std::string_view, 7> kInside = {"编辑", "校对",     "采写",  "摄影",
                                                              "供稿", "重新编排", "总篇数"};
  if (chars <= 30 && !Contains(p, "。")) {
    for (auto w : kInside) {
      if (Contains(p, w)) return true;
    }
  }
  // A reporter's sign-off: 新京报记者 陆一夫.
  if (chars <= 20 && Contains(p, "记者") && !HasSentencePunct(p)) return true;
  // A dangling teaser: cut with "..." and no sentence end.
  return Contains(p, "...") && !Contains(p, "。");
}

std::string ChineseCreditNames(std::string_view p) {
  // Han characters from `at` on, up to the first other one.
  auto han_run = [&](size_t at) {
    size_t end = at;
    while (end < p.size()) {
      size_t next = end;
      if (!util::IsHan(util::DecodeUtf8(p, &next))) break;
      end = next;
    }
    return p.substr(at, end - at);
  };
  auto skip_blank = [&](size_t at) {
    for (;;) {
      if (at < p.size() && (p[at] == ' ' || p[at] == ':')) {
        ++at;
      } else if (p.substr(at).starts_with("：") || p.substr(at).starts_with("　")) {
        at += 3;
      } else {
        return at;
      }
    }
  };
  // What ends the names of a lead's credit: where it was filed from, the
  // verb, another credit.
  static constexpr std::string_view kAfterNames[] = {"发自",   "报道",   "摄影", "摄",
                                                     "通讯员", "实习生", "整理"};
  std::vector<std::string> names;
  // Adds the names a run of Han characters holds; true if a filing word
  // ended them.
  auto add_run = [&](std::string_view run) {
    bool filed = false;
    for (std::string_view end : kAfterNames) {
      const size_t at = run.find(end);
      if (at != std::string_view::npos) {
        run = run.substr(0, at);
        filed = true;
      }
    }
    const size_t chars = util::CountCodePoints(run);
    if (chars >= 2 && chars <= 4) {
      names.emplace_back(run);
    } else if (chars == 6) {  // two names of three run together
      size_t half = 0;        // past the third character (some take four bytes)
      for (int k = 0; k < 3; ++k) util::DecodeUtf8(run, &half);
      names.emplace_back(run.substr(0, half));
      names.emplace_back(run.substr(half));
    }
    return filed;
  };
  // A credit line (short, no sentence) names its people after the role; a
  // lead's opening only a reporter, whose names end where it was filed.
  const bool line = util::CountCodePoints(p) <= 30 && p.find("。") == std::string_view::npos;
  static constexpr std::string_view kRoles[] = {"记者", "编辑", "作者", "撰文", "采写", "文/", "文／"};
  for (std::string_view role : kRoles) {
    const size_t at = p.find(role);
    if (at == std::string_view::npos) continue;
    if (!line && !(role == "记者" && at < 40)) continue;
    // A label's colon (作者：, 编辑: ; 作者单位 is no credit); a reporter's
    // name may follow the word at once.
    size_t next = skip_blank(at + role.size());
    if (next == at + role.size() && role != "记者" && !role.ends_with("/") && !role.ends_with("／")) continue;
    bool filed = false;  // a run held a filing word, or a bracket closed the names
    for (int k = 0; k < 3 && next < p.size() && !filed; ++k) {
      const std::string_view run = han_run(next);
      if (run.empty()) break;
      filed |= add_run(run);
      next += run.size();
      const std::string_view rest = p.substr(next);
      filed |= rest.starts_with("）") || rest.starts_with(")");
      if (rest.starts_with(" ") || rest.starts_with("、") || rest.starts_with("　")) {
        next = skip_blank(rest.starts_with(" ") ? next + 1 : next + 3);
      } else {
        break;
      }
    }
    // In a sentence (新华社北京1月5日电（记者张三）, 本报记者罗科苏盈发自北京)
    // only names closed so are names: 记者了解到 is none.
    if (!line && !filed) names.clear();
    if (!names.empty()) break;
  }
  // A sign-off in brackets closing the text: （姚峰 上海报道）.
  if (names.empty()) {
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
      if (!p.ends_with(close)) continue;
      const size_t at = p.rfind(open);
      if (at == std::string_view::npos) continue;
      const std::string_view inner = p.substr(at + open.size(), p.size() - close.size() - at - open.size());
      const size_t space = inner.find(' ');
      if (!inner.ends_with("报道") || space == std::string_view::npos) continue;
      const std::string_view name = inner.substr(0, space);
      const size_t n = util::CountCodePoints(name);
      if (n >= 2 && n <= 4 && han_run(at + open.size()).size() == name.size()) names.emplace_back(name);
    }
  }
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

std::vector<std::string> CleanBody(std::vector<std::string> paragraphs,
                                   const std::vector<std::string>& headlines, BodyByline* byline) {
  // A Chinese credit near the top, else near the end, names the authors.
  if (byline != nullptr) {
    const size_t n = paragraphs.size();
    for (size_t i = 0; i < n && byline->author.empty(); ++i) {
      if (i >= 4 && i + 6 < n) i = n - 6;
      if (util::CountHan(paragraphs[i]) > 0) byline->author = ChineseCreditNames(paragraphs[i]);
    }
  }
  std::vector<std::string> squeezed;
  for (const auto& h : headlines) {
    if (!h.empty()) squeezed.push_back(Squeeze(h));
  }
  const std::string_view title = headlines.empty() ? std::string_view() : headlines.front();
  // What a page shows where it withheld something (an embed the reader's
  // privacy settings block, a cookie wall) says so in the same words at
  // every place: a line about consent seen twice is such a placeholder.
  // (Told apart before the paragraphs are moved: the counts are keyed by
  // views of them.)
  std::vector<char> placeholder(paragraphs.size(), 0);
  {
    std::unordered_map<std::string_view, int> seen;
    for (const auto& p : paragraphs) ++seen[p];
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      placeholder[i] = seen[paragraphs[i]] >= 2 && IsConsentNotice(paragraphs[i]);
    }
  }
  std::vector<std::string> kept;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    std::string& p = paragraphs[i];
    if (IsFurnitureLine(p) || placeholder[i]) continue;
    if (std::find(squeezed.begin(), squeezed.end(), Squeeze(p)) != squeezed.end()) continue;
    kept.push_back(std::move(p));
  }
  // The top of the body: a reworded headline, then a byline block of short
  // lines ending in a dated byline.
  if (kept.size() > 1 && IsHeadlineVariant(kept.front(), title)) kept.erase(kept.begin());
  size_t cut = 0;
  Article parsed;
  for (size_t i = 0; i < kept.size() && i < 6; ++i) {
    const std::string& p = kept[i];
    if (util::CountCodePoints(p) >= 60 || EndsWith(p, "。")) break;
    Article probe;
    if (IsBylineLine(p, &probe)) {
      cut = i + 1;
      parsed = probe;
    }
  }
  if (cut > 0) {
    // A body of nothing but a byline is no body.
    kept.erase(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(cut));
    if (byline != nullptr) {
      byline->published = parsed.published;
      if (!parsed.author.empty()) byline->author = parsed.author;
    }
  }
  if (!kept.empty()) StripGalleryCounter(&kept.front());
  TrimEdges(&kept);
  // Near the end, an authorship credit closes the article: what follows it
  // (other stories, the site's notes) is not the article's.
  for (size_t i = std::max<size_t>(1, kept.size() * 3 / 5); i < kept.size(); ++i) {
    if (IsAuthorshipCredit(kept[i]) && kept.size() - i <= 6) {
      kept.resize(i);
      break;
    }
  }
  TrimEdges(&kept);
  // The last lines of the body that introduce what is not there: a label
  // or a heading after the text, whose list, map, gallery or related
  // stories the page did not give as text ("Auch interessant:", "Verwandte
  // Themen", "Über den Autor"). Latin-script lines only: a Chinese article
  // ends with its credit, （完） or （记者 姚峰）.
  // A short line after a list's item (a short line that ends no sentence)
  // is the list's last item, not a heading: it stays, and the lines before it.
  while (kept.size() > 1) {
    const Tail tail = TailKind(kept.back());
    const std::string& before = kept[kept.size() - 2];
    const bool list_item = !EndsSentence(before) && util::CountCodePoints(before) <= 100;
    if (tail == Tail::kText || (tail == Tail::kHeading && list_item)) break;
    kept.pop_back();
  }
  return kept;
}

namespace {

// Ends with a letter, digit or Han character: no punctuation closes it.
bool EndsOpen(std::string_view p) {
  size_t at = p.size();
  while (at > 0 && (p[at - 1] == ' ' || p[at - 1] == '\n')) --at;
  if (at == 0) return false;
  const char32_t cp = util::DecodeUtf8Before(p, &at);
  return util::IsHan(cp) || util::IsAsciiLetter(cp) || util::IsAsciiDigit(cp);
}

// Ends in a comma, or in a word that cannot end a Chinese sentence or
// heading (a connective or a preposition: 因为, 就是, 的, 和, 把, 对): the
// page broke the line inside a sentence (下周一， / 京沪高速施工…).
bool EndsUnfinishedChinese(std::string_view p) {
  size_t at = p.size();
  while (at > 0 && (p[at - 1] == ' ' || p[at - 1] == '\n')) --at;
  const std::string_view t = p.substr(0, at);
  if (t.ends_with("，") || t.ends_with("、")) return true;
  static constexpr std::string_view kOpenEnds[] = {"因为", "但是", "就是", "而且", "并且", "以及", "或者",
                                                   "所以", "的",   "和",   "与",   "及",   "把",   "被",
                                                   "对",   "从",   "将",   "向",   "让",   "为了"};
  for (std::string_view w : kOpenEnds) {
    if (t.ends_with(w)) return true;
  }
  return false;
}

bool StartsWithListMarker(std::string_view p) {
  static constexpr std::u32string_view kHanDigits = U"一二三四五六七八九十";
  size_t i = 0;
  const char32_t c0 = util::DecodeUtf8(p, &i);
  const char32_t c1 = i < p.size() ? util::DecodeUtf8(p, &i) : 0;
  const char32_t c2 = i < p.size() ? util::DecodeUtf8(p, &i) : 0;
  // 第一，第二、 (not 第二阶段)
  if (c0 == U'第' && kHanDigits.find(c1) != std::u32string_view::npos)
    return c2 == U'，' || c2 == U'、' || c2 == U'：' || c2 == U'是' || c2 == ',';
  if (c0 == U'（' || c0 == '(') return true;
  if (kHanDigits.find(c0) != std::u32string_view::npos && (c1 == U'是' || c1 == U'、' || c1 == U'：'))
    return true;
  // 1、 1) 1. — not 5.8%.
  return util::IsAsciiDigit(c0) && (c1 == U'、' || c1 == ')' || (c1 == '.' && !util::IsAsciiDigit(c2)));
}

}  // namespace

std::vector<std::string> JoinBrokenLines(std::vector<std::string> paragraphs) {
  // What the rules ask of the paragraph before: its Han characters, spaces
  // and whether it has a Chinese comma, kept up to date as lines join it
  // (counting it again at each join made a text of many broken lines cost
  // the square of its length).
  struct Counts {
    size_t han = 0, spaces = 0;
    bool comma = false;
    void Add(std::string_view s) {
      for (size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII: only spaces count
          spaces += s[i] == ' ';
          ++i;
          continue;
        }
        const char32_t cp = util::DecodeUtf8(s, &i);
        han += util::IsHan(cp);
        comma |= cp == U'，' || cp == U'、';
      }
    }
  };
  std::vector<std::string> out;
  Counts prev_counts;
  for (std::string& p : paragraphs) {
    if (!out.empty()) {
      std::string& prev = out.back();
      const size_t han = prev_counts.han, words = prev_counts.spaces + 1;
      const bool comma = prev_counts.comma;
      size_t first = 0;
      const char32_t next = p.empty() ? 0 : util::DecodeUtf8(p, &first);
      const bool chinese = han >= 12 && comma && (util::IsHan(next) || (next >= '0' && next <= '9'));
      const bool english = han == 0 && words >= 8 && next >= 'a' && next <= 'z';
      const bool unfinished = EndsUnfinishedChinese(prev) && han > 0 &&
                              (util::IsHan(next) || (next >= '0' && next <= '9') || next == U'“');
      if (((EndsOpen(prev) && (chinese || english)) || unfinished) && !StartsWithListMarker(p)) {
        while (!prev.empty() && (prev.back() == ' ' || prev.back() == '\n')) {
          prev_counts.spaces -= prev.back() == ' ';
          prev.pop_back();
        }
        if (english) {
          prev.push_back(' ');
          ++prev_counts.spaces;
        }
        prev += p;
        prev_counts.Add(p);
        continue;
      }
    }
    out.push_back(std::move(p));
    prev_counts = Counts{};
    prev_counts.Add(out.back());
  }
  return out;
}

}  // namespace precis::ingest
