// Copyright 2026 The precis Authors.

#include "ingest/page_meta.h"

#include <algorithm>
#include <array>
#include <utility>

#include "ingest/dates.h"
#include "ingest/text_reader.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace precis::ingest {
namespace {

using util::DecodeUtf8;

// Separators between a headline and the site or section names around it.
constexpr std::array<std::string_view, 11> kTitleSeparators = {" - ",  " | ", "_",  " — ", " – ", "｜",
                                                               " :: ", " · ", "--", " » ", " │ "};

// Characters that may border a headline inside <title>.
bool IsTitleBoundary(char32_t cp) {
  return util::IsSpace(cp) || cp == '-' || cp == '_' || cp == '|' || cp == U'｜' || cp == U'│' ||
         cp == U'—' || cp == U'–' || cp == U'·' || cp == ':' || cp == U'：' || cp == 0x3000;
}

// Whether a headline may end at `at` of `title` (or, `backward`, begin
// there): at an end of the title, or at a separator. White space alone
// parts Chinese names and headlines (标题 网站名), not English words: the
// words after a space may be the headline's own.
bool HeadlineEdge(std::string_view title, size_t at, bool backward) {
  // One character on, away from the headline; whether any is left.
  auto step = [&](size_t* k) { return backward ? util::DecodeUtf8Before(title, k) : DecodeUtf8(title, k); };
  auto more = [&](size_t k) { return backward ? k > 0 : k < title.size(); };
  if (!more(at)) return true;
  size_t i = at;
  const char32_t next = step(&i);
  if (!IsTitleBoundary(next)) return false;
  // A colon after a name opens the headline it introduces ("Kim Jong Un:
  // Der Diktator ist zurück"): the headline does not end there.
  if (!backward && (next == ':' || next == U'：')) return false;
  if (!util::IsSpace(next) && next != 0x3000) return true;
  // Past the white space: a separator, or Han on either side.
  char32_t beyond = next;
  while ((util::IsSpace(beyond) || beyond == 0x3000) && more(i)) beyond = step(&i);
  if (IsTitleBoundary(beyond) && !util::IsSpace(beyond)) return true;
  // » between spaces parts a blog's name from its post ("Blog » Post");
  // French quotes hug their words.
  if ((beyond == U'»' || beyond == U'«') && more(i) && util::IsSpace(step(&i))) return true;
  size_t j = at;
  const char32_t inside = backward ? DecodeUtf8(title, &j) : util::DecodeUtf8Before(title, &j);
  return util::IsHan(beyond) || util::IsHan(inside);
}

char32_t CharBefore(std::string_view s, size_t at) { return at == 0 ? 0 : util::DecodeUtf8Before(s, &at); }

char32_t CharAt(std::string_view s, size_t at) {
  if (at >= s.size()) return 0;
  return DecodeUtf8(s, &at);
}

std::vector<std::string_view> SplitAll(std::string_view text, const std::vector<std::string_view>& seps) {
  std::vector<std::string_view> parts{text};
  for (auto sep : seps) {
    std::vector<std::string_view> next;
    for (auto part : parts) {
      size_t start = 0;
      for (size_t at = part.find(sep); at != std::string_view::npos; at = part.find(sep, start)) {
        next.push_back(part.substr(start, at - start));
        start = at + sep.size();
      }
      next.push_back(part.substr(start));
    }
    parts = std::move(next);
  }
  std::vector<std::string_view> kept;
  for (auto p : parts) {
    p = TrimText(p);
    if (!p.empty()) kept.push_back(p);
  }
  return kept;
}

// Ideographic spaces next to Han characters are typesetting, not words.
std::string DropIdeographicSpaces(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const char32_t cp = DecodeUtf8(s, &i);
    if (cp == 0x3000 && (util::IsHan(CharBefore(s, start)) || util::IsHan(CharAt(s, i)))) continue;
    out.append(s.substr(start, i - start));
  }
  return out;
}

// A run of name characters from the start of `text`: stops at white space,
// punctuation or a digit; at most `max_chars`.
std::string LeadingName(std::string_view text, size_t max_chars) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < text.size() && chars < max_chars;) {
    const size_t start = i;
    const char32_t cp = DecodeUtf8(text, &i);
    if (util::IsSpace(cp) || util::IsPunctOrSymbol(cp) || util::IsAsciiDigit(cp)) break;
    out.append(text.substr(start, i - start));
    ++chars;
  }
  return chars >= 2 ? out : "";
}

// Words of a byline that name no one: labels, actions, counters.
bool IsBylineLabel(std::string_view word) {
  static constexpr std::array<std::string_view, 30> kLabels = {
      "原创", "举报", "分享", "分享到", "关注", "已关注", "发布",         "发布时间", "发表于", "阅读",
      "评论", "字号", "收藏", "打印",   "来源", "作者",   "编辑",         "责任编辑", "浏览",   "浏览次数",
      "时间", "日期", "更新", "转载",   "置顶", "推荐",   "优质原创作者", "原文链接", "点击",   "次"};
  if (std::find(kLabels.begin(), kLabels.end(), word) != kLabels.end()) return true;
  const char32_t last = CharBefore(word, word.size());
  return last == ':' || last == U'：';
}

// `word` with a trailing bracketed note removed (游民星空[整理] -> 游民星空),
// or "" if what is left is no name: a label, a label with its value
// (作者：网络整理), a counter (1164次阅读), a button ([大]).
std::string BylineWord(std::string_view word) {
  for (std::string_view open : {"[", "【", "（", "("}) {
    const size_t at = word.find(open);
    if (at != std::string_view::npos) word = word.substr(0, at);
  }
  const size_t chars = util::CountCodePoints(word);
  if (chars < 2 || chars > 20 || IsBylineLabel(word)) return "";
  for (std::string_view part : {":", "：", "次", "阅读", "浏览", "评论", "参与", "点击"}) {
    if (word.find(part) != std::string_view::npos) return "";
  }
  bool letters = false;
  for (size_t i = 0; i < word.size();) {
    const char32_t cp = DecodeUtf8(word, &i);
    letters |= util::IsHan(cp) || util::IsAsciiLetter(cp) || util::IsNonHanLetter(cp);
  }
  return letters ? std::string(word) : "";
}

// True for a word of punctuation only (a "·" or "|" between fields).
bool IsSeparatorWord(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    if (!util::IsPunctOrSymbol(DecodeUtf8(word, &i))) return false;
  }
  return true;
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t start = std::string_view::npos;
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    if (util::IsSpace(DecodeUtf8(text, &i))) {
      if (start != std::string_view::npos) words.push_back(text.substr(start, at - start));
      start = std::string_view::npos;
    } else if (start == std::string_view::npos) {
      start = at;
    }
  }
  if (start != std::string_view::npos) words.push_back(text.substr(start));
  return words;
}

}  // namespace

std::string CleanTitle(std::string_view title_in, std::string_view h1) {
  const std::string cleaned = DropIdeographicSpaces(TrimText(title_in));
  std::string_view title = cleaned;
  if (!h1.empty() && title.find(TrimText(h1)) != std::string_view::npos) {
    return DropIdeographicSpaces(TrimText(h1));
  }
  const auto parts = SplitAll(title, {kTitleSeparators.begin(), kTitleSeparators.end()});
  if (parts.size() <= 1) return std::string(title);
  // The longest part is the headline; site names are short. Length as
  // shown: a Han character is as wide as two Latin letters and says more.
  auto width = [](std::string_view part) {
    size_t w = 0;
    for (size_t i = 0; i < part.size();) w += util::IsHan(DecodeUtf8(part, &i)) ? 2 : 1;
    return w;
  };
  auto best = std::max_element(parts.begin(), parts.end(),
                               [&](std::string_view a, std::string_view b) { return width(a) < width(b); });
  return std::string(*best);
}

bool TitleOpensWith(std::string_view title, std::string_view headline) {
  title = TrimText(title);
  headline = TrimText(headline);
  if (headline.empty() || headline.size() >= title.size() || !title.starts_with(headline)) return false;
  const std::string_view rest = title.substr(headline.size());
  return std::any_of(kTitleSeparators.begin(), kTitleSeparators.end(),
                     [&](std::string_view sep) { return rest.starts_with(sep); });
}

std::string HeadlineInTitle(std::string_view title, const std::vector<std::string>& candidates) {
  std::string best;
  for (const std::string& c : candidates) {
    if (c.size() <= best.size() || util::CountCodePoints(c) < 6) continue;
    for (size_t at = title.find(c); at != std::string_view::npos; at = title.find(c, at + 1)) {
      const size_t end = at + c.size();
      const bool before = HeadlineEdge(title, at, /*backward=*/true);
      const bool after = HeadlineEdge(title, end, /*backward=*/false);
      if (before && after) {
        best = c;
        break;
      }
    }
  }
  return best;
}

std::string SiteNameFromTitle(std::string_view title_in, std::string_view headline) {
  const std::string cleaned = DropIdeographicSpaces(title_in);
  const std::string_view title = cleaned;
  if (headline.empty()) return "";
  const size_t at = title.find(headline);
  if (at == std::string_view::npos) return "";
  static const std::vector<std::string_view> kSeparators = {"_",   "|", "｜",  "--", " - ", "-",
                                                            " — ", "—", " – ", "·",  " :: "};
  const auto after = SplitAll(title.substr(at + headline.size()), kSeparators);
  const auto before = SplitAll(title.substr(0, at), kSeparators);
  std::string_view name = !after.empty() ? after.back() : !before.empty() ? before.front() : "";
  const size_t chars = util::CountCodePoints(name);
  if (chars < 2 || chars > 30) return "";
  // A site's name asks and exclaims nothing and quotes no one: such a part
  // is the rest of a headline the h1 shortened (为何老外却说“了不得”？).
  for (std::string_view mark : {"？", "！", "?", "!"}) {
    if (name.ends_with(mark)) return "";  // "Yahoo! News" is a name
  }
  for (std::string_view mark : {"？", "！", "。", "“", "”", "\"", "「", "」", "，"}) {
    if (name.find(mark) != std::string_view::npos) return "";
  }
  // Nor is it a sentence of Han characters (an institution's name may run
  // to 13: 湖南省中医药研究院附属医院).
  if (util::CountHan(name) > 20) return "";
  return std::string(name);
}

std::string VisibleSource(std::string_view text) {
  size_t best_at = std::string_view::npos;
  size_t best_len = 0;
  for (std::string_view key : {"来源：", "来源:", "来源 ：", "稿源：", "来源于：", "来源于:"}) {
    for (size_t at = text.find(key); at != std::string_view::npos; at = text.find(key, at + 1)) {
      const std::string_view before = at >= 3 ? text.substr(at - 3, 3) : std::string_view();
      if (before == "图" || before == "片") continue;  // a picture credit
      if (at < best_at) {
        best_at = at;
        best_len = key.size();
      }
      break;
    }
  }
  if (best_at == std::string_view::npos) return "";
  return LeadingName(TrimText(text.substr(best_at + best_len)), 16);
}

bool IsSelfReference(std::string_view source) {
  static constexpr std::array<std::string_view, 7> kSelf = {"本站",   "本站原创", "本网",  "原创",
                                                            "本站讯", "本网讯",   "本网站"};
  return std::find(kSelf.begin(), kSelf.end(), source) != kSelf.end();
}

std::string BylineName(std::string_view byline) {
  const auto date = FindDate(byline);
  if (!date) return "";
  const auto before = Words(byline.substr(0, date->begin));
  if (!before.empty()) {
    std::string name = BylineWord(before.back());
    if (!name.empty()) return name;
  }
  // After the date: the first word that is not a separator, if a name.
  for (auto word : Words(byline.substr(date->end))) {
    if (!IsSeparatorWord(word)) return BylineWord(word);
  }
  return "";
}

std::string FooterOwner(std::string_view text) {
  for (std::string_view key : {"主办单位：", "主办单位:", "主办："}) {
    const size_t at = text.rfind(key);
    if (at != std::string_view::npos) {
      std::string name = LeadingName(TrimText(text.substr(at + key.size())), 30);
      if (!name.empty()) return name;
    }
  }
  // "… X 版权所有": the words before the mark, after any © and years.
  if (size_t at = text.rfind("版权所有"); at != std::string_view::npos) {
    const auto words = Words(text.substr(at >= 120 ? at - 120 : 0, at >= 120 ? 120 : at));
    if (!words.empty()) {
      std::string name = BylineWord(words.back());
      if (!name.empty() && name.find("©") == std::string::npos) return name;
    }
  }
  // "© 2010 - 2016 X": the first word after the mark and its years.
  if (size_t at = text.rfind("©"); at != std::string_view::npos) {
    for (auto word : Words(text.substr(at + 2, 120))) {
      std::string name = BylineWord(word);
      if (!name.empty() && util::AsciiLower(name) != "copyright") return name;
    }
  }
  return "";
}

std::string SourceForHost(std::string_view host_in) {
  static const std::array<std::pair<std::string_view, std::string_view>, 66> kHosts = {
      {{"finance.sina.com.cn", "新浪财经"},
       {"news.sina.com.cn", "新浪新闻"},
       {"sina.com.cn", "新浪网"},
       {"sina.cn", "新浪网"},
       {"money.163.com", "网易财经"},
       {"163.com", "网易"},
       {"ifeng.com", "凤凰网"},
       {"guancha.cn", "观察者网"},
       {"toutiao.com", "今日头条"},
       {"baijiahao.baidu.com", "百家号"},
       {"mp.weixin.qq.com", "微信公众号"},
       {"qq.com", "腾讯网"},
       {"sohu.com", "搜狐"},
       {"thepaper.cn", "澎湃新闻"},
       {"xinhuanet.com", "新华网"},
       {"news.cn", "新华网"},
       {"people.com.cn", "人民网"},
       {"chinanews.com.cn", "中国新闻网"},
       {"chinanews.com", "中国新闻网"},
       {"caixin.com", "财新网"},
       {"yicai.com", "第一财经"},
       {"eastmoney.com", "东方财富网"},
       {"cls.cn", "财联社"},
       {"stcn.com", "证券时报网"},
       {"cs.com.cn", "中证网"},
       {"cnstock.com", "中国证券网"},
       {"nbd.com.cn", "每日经济新闻"},
       {"21jingji.com", "21世纪经济报道"},
       {"jrj.com.cn", "金融界"},
       {"hexun.com", "和讯网"},
       {"jiemian.com", "界面新闻"},
       {"bjnews.com.cn", "新京报"},
       {"gmw.cn", "光明网"},
       {"huanqiu.com", "环球网"},
       {"chinadaily.com.cn", "China Daily"},
       {"36kr.com", "36氪"},
       {"huxiu.com", "虎嗅"},
       {"gov.cn", "中国政府网"},
       {"csdn.net", "CSDN"},
       {"readhub.cn", "Readhub"},
       {"gamersky.com", "游民星空"},
       {"wallstreetcn.com", "华尔街见闻"},
       {"cctv.com", "央视网"},
       {"cnr.cn", "央广网"},
       {"globaltimes.cn", "Global Times"},
       {"scmp.com", "South China Morning Post"},
       {"reuters.com", "Reuters"},
       {"bbc.co.uk", "BBC News"},
       {"bbc.com", "BBC News"},
       {"nytimes.com", "The New York Times"},
       {"wsj.com", "The Wall Street Journal"},
       {"ft.com", "Financial Times"},
       {"bloomberg.com", "Bloomberg"},
       {"cnn.com", "CNN"},
       {"theguardian.com", "The Guardian"},
       {"apnews.com", "AP News"},
       {"washingtonpost.com", "The Washington Post"},
       {"cnbc.com", "CNBC"},
       {"economist.com", "The Economist"},
       {"aljazeera.com", "Al Jazeera"},
       {"zaobao.com", "联合早报"},
       {"nikkei.com", "Nikkei"},
       {"dw.com", "DW"},
       {"rfi.fr", "RFI"},
       {"afp.com", "AFP"},
       {"npr.org", "NPR"}}};
  const std::string host = util::AsciiLower(host_in);
  for (const auto& [suffix, name] : kHosts) {
    if (host == suffix || (host.size() > suffix.size() &&
                           host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0 &&
                           host[host.size() - suffix.size() - 1] == '.')) {
      return std::string(name);
    }
  }
  return "";
}

bool IsChineseOutletName(std::string_view name) {
  static constexpr std::string_view kOutletEnds[] = {"网",   "报",   "社",   "台",   "集团", "消息",  "新闻",
                                                     "财经", "周刊", "杂志", "频道", "资讯", "客户端"};
  const size_t han = util::CountHan(name);
  return han >= 2 && han == util::CountCodePoints(name) &&
         std::any_of(std::begin(kOutletEnds), std::end(kOutletEnds),
                     [&](std::string_view end) { return name.ends_with(end); });
}

std::vector<std::string> SplitAuthors(std::string_view line) {
  std::vector<std::string> out;
  // Addresses go first, whole: their slashes are not separators.
  std::string text;
  char separator = 0;  // the strongest delimiter since the last word kept: ',' or ';' over ' '
  for (size_t i = 0; i <= line.size();) {
    size_t end = line.find_first_of(" ,;", i);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view word = line.substr(i, end - i);
    if (!word.empty() && word.find("://") == std::string_view::npos &&
        word.find('@') == std::string_view::npos && word.find("www.") == std::string_view::npos) {
      if (!text.empty()) text.push_back(separator == 0 ? ' ' : separator);
      text.append(word);
      separator = 0;
    }
    if (end < line.size() && (separator == 0 || separator == ' ')) separator = line[end];
    i = end + 1;
  }
  text = std::string(TrimText(text));
  // A Chinese credit's label ends with a slash: 文/王文.
  for (std::string_view label : {"文/", "文／", "图文/"}) {
    if (text.starts_with(label)) text.erase(0, label.size());
  }
  // A role in brackets after a name: "Eberhard Fuhr (Pressesprecher)".
  for (size_t open = text.find('('); open != std::string::npos; open = text.find('(')) {
    const size_t close = text.find(')', open);
    if (close == std::string::npos) break;
    text.erase(open, close - open + 1);
  }
  // Labels and the words that introduce a name, wherever a part starts.
  static constexpr std::array<std::string_view, 30> kLead = {
      "redaktion: ",  "redaktion:",  "par ",       "por ",    "door ",  "di ",
      "written by: ", "written by ", "posted by ", "by: ",    "by ",    "von ",
      "text: ",       "text:",       "author: ",   "autor: ", "autor:", "author:",
      "interview: ",  "作者：",      "作者:",      "记者：",  "记者 ",  "记者",
      "文/",          "文｜",        "撰文：",     "来源：",  "编辑：", "autorin: "};
  // Separators between names.
  static const std::vector<std::string_view> kSeparators = {
      ",", ";", "|", "/", "&", "、", "，", "；", " and ", " und ", " et ", " y ", " e ", " & "};
  for (std::string_view part : SplitAll(text, kSeparators)) {
    for (bool again = true; again;) {
      again = false;
      for (std::string_view lead : kLead) {
        if (part.size() > lead.size() && util::AsciiLowerEquals(part.substr(0, lead.size()), lead)) {
          part = TrimText(part.substr(lead.size()));
          again = true;
        }
      }
    }
    // Brackets, dashes and trailing punctuation around a name.
    for (bool trimmed = true; trimmed;) {
      const size_t before = part.size();
      while (!part.empty() && std::string_view("([{\"'-").find(part.front()) != std::string_view::npos)
        part.remove_prefix(1);
      while (!part.empty() && std::string_view(")]}\"'.:-").find(part.back()) != std::string_view::npos)
        part.remove_suffix(1);
      for (std::string_view dash : {"–", "—"}) {
        if (part.ends_with(dash)) part.remove_suffix(dash.size());
        if (part.starts_with(dash)) part.remove_prefix(dash.size());
      }
      part = TrimText(part);
      trimmed = part.size() != before;
    }
    // Buttons and labels next to a byline are no names.
    static const util::AsciiWordSet kNotNames = {"follow", "share", "more",    "mehr",    "profile", "profil",
                                                 "author", "autor", "autorin", "authors", "admin",   "by"};
    if (kNotNames.Contains(part)) continue;
    // A row of share buttons' labels ("Twitter Facebook", "E-Mail Drucken").
    static const util::AsciiWordSet kShareWords = {
        "twitter", "facebook", "whatsapp", "linkedin",  "instagram", "pinterest", "telegram", "email",
        "e-mail",  "mail",     "xing",     "reddit",    "tumblr",    "youtube",   "tiktok",   "print",
        "drucken", "teilen",   "share",    "flipboard", "messenger", "bluesky",   "mastodon", "threads"};
    bool share_row = true;
    for (size_t start = 0; start < part.size() && share_row;) {
      size_t end = part.find(' ', start);
      if (end == std::string_view::npos) end = part.size();
      share_row = end == start || kShareWords.Contains(part.substr(start, end - start));
      start = end + 1;
    }
    if (share_row) continue;
    // An organisation's legal form: the publisher, not a person.
    bool organisation = false;
    for (std::string_view form : {" GmbH", " gGmbH", " e.V", " e. V", " AG", " Ltd", " Inc", " LLC", " S.A",
                                  " KG", " GmbH & Co", " mbH", " Stiftung", " Verlag"}) {
      organisation |= part.ends_with(form) || part.find(std::string(form) + " ") != std::string_view::npos;
    }
    if (organisation) continue;
    if (part.empty() || part.size() > 80) continue;
    // (Addresses went with their words above.) An address spelled out.
    if (part.find("[at]") != std::string_view::npos) continue;
    // An id: digits, or letters and digits run together with _ (L_104485).
    const bool has_digit = std::any_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (has_digit) continue;
    // A domain: a dot between letters and no space (mdr.de, 51offer.com).
    const size_t dot = part.rfind('.');
    if (part.find(' ') == std::string_view::npos && dot != std::string_view::npos && dot > 0 &&
        dot + 2 < part.size()) {
      continue;
    }
    if (std::count(part.begin(), part.end(), ' ') >= 6) continue;  // a sentence, not a name
    // A Chinese name is two to four characters; an outlet is longer or ends
    // like one (云南网, 新京报, 新华社, 电视台, 参考消息, 澎湃新闻, 新浪财经).
    size_t han = 0, chars = 0;
    for (size_t i = 0; i < part.size(); ++chars) han += util::IsHan(DecodeUtf8(part, &i));
    if (han > 0 && han == chars && (chars > 4 || IsChineseOutletName(part))) continue;
    std::string name(part);
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
  return out;
}

}  // namespace precis::ingest
