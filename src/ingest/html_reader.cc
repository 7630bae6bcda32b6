// Copyright 2026 The precis Authors.
//
// Design. Three passes over the gumbo tree, all iterative (a page nested
// 10,000 deep must not overflow the stack):
//  1. statistics: for every element, the length of its text, of its link
//     text, and its count of punctuation, bottom-up;
//  2. scoring (after Readability, https://github.com/mozilla/readability):
//     each text block adds a score to its parent, half to its grandparent,
//     a third to the great-grandparent; a container's final score is scaled
//     by its class/id hints and by one minus its link density;
//  3. emission: the best container and its qualifying siblings are walked
//     in order; boilerplate subtrees are skipped and every block boundary
//     closes a paragraph.
// Metadata comes from <meta> and JSON-LD first, visible text second, a table
// of known news hosts last.

#include "ingest/html_reader.h"

#include <gumbo.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/charset.h"
#include "ingest/dates.h"
#include "ingest/page_lines.h"
#include "ingest/page_meta.h"
#include "ingest/text_reader.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace precis::ingest {
namespace {

using util::DecodeUtf8;

struct OutputDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

bool IsElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }

GumboTag TagOf(const GumboNode* n) { return IsElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

std::string_view Attr(const GumboNode* n, const char* name) {
  if (!IsElement(n)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

// The names a page gives an element's box: its class and id, lower-cased,
// joined by a space. A heading's id is left out: it is an anchor named
// after its words for a table of contents ("nav_nur_die_folie"), not a box.
std::string BoxNames(const GumboNode* n) {
  const GumboTag tag = n->type == GUMBO_NODE_ELEMENT ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
  if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6)
    return util::AsciiLower(std::string(Attr(n, "class")) + " ");
  return util::AsciiLower(std::string(Attr(n, "class")) + " " + std::string(Attr(n, "id")));
}

// <body> and <html>: their classes name the page's features and templates
// (f_comment_annotation_on, single-post), not a region of it.
bool IsPageRoot(const GumboNode* n) { return TagOf(n) == GUMBO_TAG_BODY || TagOf(n) == GUMBO_TAG_HTML; }

const GumboVector& Children(const GumboNode* n) {
  static const GumboVector kEmpty = {nullptr, 0, 0};
  if (n->type == GUMBO_NODE_DOCUMENT) return n->v.document.children;
  return IsElement(n) ? n->v.element.children : kEmpty;
}

// Never article text.
bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

// A <noscript> holding the page: one a block left open inside it (its
// </noscript> is then ignored, as HTML5 says) swallows everything after it.
// Told by its text: 200 bytes and more is no "enable JavaScript" notice.
bool IsSwallowingNoscript(const GumboNode* n) {
  size_t chars = 0;
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty() && chars < 200) {
    const GumboNode* k = stack.back();
    stack.pop_back();
    if (k->type == GUMBO_NODE_TEXT) chars += std::strlen(k->v.text.text);
    if (!IsElement(k) || (k != n && IsSkippedTag(TagOf(k)))) continue;
    const GumboVector& kids = k->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  return chars >= 200;
}

// A form to log in, sign up or subscribe: one with a password or e-mail
// field and no headline or article inside (a form some sites wrap the
// whole page in holds the h1, the <article> or the <main>). Its messages ("Das Passwort muss mindestens 8
// Zeichen lang sein.") read like prose.
bool IsAccountForm(const GumboNode* form) {
  bool credential = false;
  std::vector<const GumboNode*> stack{form};
  while (!stack.empty()) {
    const GumboNode* k = stack.back();
    stack.pop_back();
    if (!IsElement(k)) continue;
    const GumboTag t = TagOf(k);
    if (t == GUMBO_TAG_H1 || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN) return false;
    if (t == GUMBO_TAG_INPUT) {
      const GumboAttribute* type = gumbo_get_attribute(&k->v.element.attributes, "type");
      credential |= type != nullptr && (util::AsciiLowerEquals(type->value, "password") ||
                                        util::AsciiLowerEquals(type->value, "email"));
    }
    const GumboVector& kids = k->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  return credential;
}

// Never article text: a skipped tag, but for a <noscript> that holds the
// page; an account form.
bool IsSkipped(const GumboNode* n) {
  if (!IsElement(n)) return false;
  if (TagOf(n) == GUMBO_TAG_FORM) return IsAccountForm(n);
  if (!IsSkippedTag(TagOf(n))) return false;
  return TagOf(n) != GUMBO_TAG_NOSCRIPT || !IsSwallowingNoscript(n);
}

// Elements that end a paragraph.
bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

// Text blocks whose score feeds their ancestors.
bool IsTextBlock(const GumboNode* n) {
  switch (TagOf(n)) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_LI:
      return true;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: {
      // A div used as a paragraph: no block children.
      const GumboVector& kids = Children(n);
      for (unsigned i = 0; i < kids.length; ++i) {
        const auto* k = static_cast<const GumboNode*>(kids.data[i]);
        if (IsElement(k) && IsBlockTag(TagOf(k)) && TagOf(k) != GUMBO_TAG_BR) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

constexpr std::array<std::string_view, 41> kNegativeHints = {
    "cookie",    "consent",  "gdpr",       "comment", "share",     "social",     "related",
    "recommend", "footer",   "nav",        "menu",    "sidebar",   "breadcrumb", "advert",
    "sponsor",   "promo",    "banner",     "widget",  "copyright", "subscribe",  "newsletter",
    "popup",     "modal",    "login",      "toolbar", "hotnews",   "rank",       "byline",
    "caption",   "masthead", "disclaimer", "tags",    "keyword",   "pager",      "pagination",
    "author",    "topbar",   "bottom",     "qrcode",  "reward",    "hidden"};
constexpr std::array<std::string_view, 16> kPositiveHints = {
    "article", "content", "body", "entry",    "main", "post", "story", "text",
    "detail",  "artical", "news", "zhengwen", "正文", "txt",  "blog",  "page"};

constexpr std::array<std::string_view, 10> kBodyHints = {
    "article-body",  "articlebody", "article_body", "article-content", "post-content",
    "entry-content", "story-body",  "main-content", "article-text",    "content-article"};

int ClassWeight(const GumboNode* n) {
  if (IsPageRoot(n)) return 0;
  const std::string hints = BoxNames(n);
  if (hints.size() <= 1) return 0;
  int weight = 0;
  for (auto h : kNegativeHints) {
    if (hints.find(h) != std::string::npos) {
      weight -= 25;
      break;
    }
  }
  // "ad" as a whole word: ad, ads, ad-box, adsbygoogle.
  for (size_t at = hints.find("ad"); at != std::string::npos; at = hints.find("ad", at + 2)) {
    const bool start = at == 0 || !std::isalpha(static_cast<unsigned char>(hints[at - 1]));
    const size_t end = at + 2 < hints.size() && hints[at + 2] == 's' ? at + 3 : at + 2;
    const bool stop = end >= hints.size() || !std::isalpha(static_cast<unsigned char>(hints[end]));
    if (start && stop) {
      weight -= 25;
      break;
    }
  }
  // Many of them is a list of other stories (list-articles, more-posts,
  // top-stories), not the article: no credit for the word inside.
  // (Where a word ends: "relatedposts" lists posts, "articlestyle" does
  // not list articles.)
  bool many = false;
  for (std::string_view h : {"articles", "posts", "stories", "teaser", "teasers"}) {
    for (size_t at = hints.find(h); at != std::string::npos && !many; at = hints.find(h, at + 1)) {
      const size_t end = at + h.size();
      many = end >= hints.size() || !std::isalpha(static_cast<unsigned char>(hints[end]));
    }
  }
  if (many) {
    weight -= 25;
  } else {
    for (auto h : kPositiveHints) {
      if (hints.find(h) != std::string::npos) {
        weight += 25;
        break;
      }
    }
  }
  // Names that leave no doubt.
  for (auto h : kBodyHints) {
    if (hints.find(h) != std::string::npos) {
      weight += 25;
      break;
    }
  }
  return weight;
}

bool IsPunctuation(char32_t cp) {
  return cp == ',' || cp == U'，' || cp == U'。' || cp == U'、' || cp == U'；' || cp == '.' || cp == U'！' ||
         cp == U'？' || cp == U'：';
}

struct Stats {
  int chars = 0;  // text code points, white space excluded
  int link_chars = 0;
  int punct = 0;
  int sentence_ends = 0;  // 。！？. — prose has them, teaser lists do not
  double score = 0;
  bool scored = false;
};

// Pass 1: bottom-up statistics, iteratively.
void ComputeStats(const GumboNode* root, std::unordered_map<const GumboNode*, Stats>* stats) {
  struct Frame {
    const GumboNode* node;
    bool expanded;
  };
  std::vector<Frame> stack{{root, false}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboNode* n = f.node;
    if (!f.expanded) {
      f.expanded = true;
      if (IsSkipped(n)) {
        stack.pop_back();
        continue;
      }
      const GumboVector& kids = Children(n);
      for (unsigned i = kids.length; i-- > 0;) {
        stack.push_back({static_cast<const GumboNode*>(kids.data[i]), false});
      }
      continue;
    }
    stack.pop_back();
    Stats s;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      std::string_view t = n->v.text.text;
      for (size_t i = 0; i < t.size();) {
        char32_t cp = DecodeUtf8(t, &i);
        if (util::IsSpace(cp)) continue;
        ++s.chars;
        // An ASCII period or comma counts only where prose puts one: before
        // a space or the end (not inside www.example.gov.cn or 3,000).
        const bool ascii_inside =
            (cp == '.' || cp == ',') && i < t.size() && !util::IsSpace(static_cast<unsigned char>(t[i]));
        if (IsPunctuation(cp) && !ascii_inside) ++s.punct;
        if ((cp == U'。' || cp == U'！' || cp == U'？' || cp == '.' || cp == '!' || cp == '?') &&
            !ascii_inside) {
          ++s.sentence_ends;
        }
      }
    } else {
      const GumboVector& kids = Children(n);
      for (unsigned i = 0; i < kids.length; ++i) {
        auto it = stats->find(static_cast<const GumboNode*>(kids.data[i]));
        if (it == stats->end()) continue;
        s.chars += it->second.chars;
        s.link_chars += it->second.link_chars;
        s.punct += it->second.punct;
        s.sentence_ends += it->second.sentence_ends;
      }
      if (TagOf(n) == GUMBO_TAG_A) s.link_chars = s.chars;
    }
    (*stats)[n] = s;
  }
}

// Not shown to readers: hidden attribute, display:none, aria-hidden.
bool IsHidden(const GumboNode* n) {
  if (!IsElement(n)) return false;
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden") != nullptr) return true;
  if (Attr(n, "aria-hidden") == "true") return true;
  // A dialog over the page (cookie consent, login) is no part of it.
  const std::string role = util::AsciiLower(Attr(n, "role"));
  if (role == "dialog" || role == "alertdialog" || Attr(n, "aria-modal") == "true") return true;
  std::string style = util::AsciiLower(Attr(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos)
    return true;
  // The classes the common style sheets hide a box by (Bootstrap's d-none,
  // Tailwind's and most sites' hidden), as whole class names; not where
  // another class shows it again at some width ("d-none d-md-block",
  // "hidden lg:block": hidden on phones only).
  const std::string classes = util::AsciiLower(Attr(n, "class"));
  bool hidden = false, shown_at_some_width = false;
  for (size_t at = 0; at < classes.size();) {
    const size_t end = std::min(classes.find_first_of(" \t\n", at), classes.size());
    const std::string_view name = std::string_view(classes).substr(at, end - at);
    hidden |= name == "hidden" || name == "d-none" || name == "is-hidden";
    for (std::string_view width : {"sm", "md", "lg", "xl", "xxl", "2xl"}) {
      // Bootstrap's d-md-block, Tailwind's md:block (not d-print-block).
      shown_at_some_width |= (name.size() > width.size() + 2 && name.starts_with("d-") &&
                              name.substr(2, width.size()) == width && name[2 + width.size()] == '-' &&
                              !name.ends_with("-none")) ||
                             (name.size() > width.size() + 1 && name.starts_with(width) &&
                              name[width.size()] == ':' && !name.ends_with(":hidden"));
    }
    at = end + 1;
  }
  return hidden && !shown_at_some_width;
}

int ChildBlocks(const GumboNode* n) {
  int blocks = 0;
  const GumboVector& kids = Children(n);
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (IsElement(k) && IsBlockTag(TagOf(k)) && TagOf(k) != GUMBO_TAG_BR) ++blocks;
  }
  return blocks;
}

// A box of at least three short blocks, most of them holding a link: a list
// of story cards, whatever their headlines' punctuation.
bool IsTeaserBox(const GumboNode* n, const std::unordered_map<const GumboNode*, Stats>& stats) {
  int blocks = 0, linked = 0, chars = 0;
  const GumboVector& kids = Children(n);
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (!IsElement(k) || !IsBlockTag(TagOf(k)) || TagOf(k) == GUMBO_TAG_BR) continue;
    auto it = stats.find(k);
    if (it == stats.end() || it->second.chars == 0) continue;
    ++blocks;
    linked += it->second.link_chars > 0;
    chars += it->second.chars;
  }
  return blocks >= 3 && linked * 3 >= blocks * 2 && chars < blocks * 40;
}

// Readers' comments, by the names pages give their boxes.
bool IsCommentBox(const GumboNode* n) {
  if (IsPageRoot(n)) return false;
  const std::string hints = BoxNames(n);
  return hints.find("comment") != std::string::npos || hints.find("reply") != std::string::npos;
}

// True if one of `from` and the `levels` - 1 elements above it is
// `is_it`: the walk up to what a node sits in.
template <typename Pred>
bool WithinLevels(const GumboNode* from, int levels, Pred is_it) {
  int level = 0;
  for (const GumboNode* a = from; a != nullptr && IsElement(a) && level < levels; a = a->parent, ++level) {
    if (is_it(a)) return true;
  }
  return false;
}

// Inside readers' comments: a block there never wins, whatever its own
// class says ("c-content" in a comment list).
bool InCommentRegion(const GumboNode* n) { return WithinLevels(n->parent, 8, IsCommentBox); }

// True if `n` sits in a box of other pages' links: a sidebar's widget, a
// teaser of another story, a list of related ones.
bool InAsideRegion(const GumboNode* n) {
  return WithinLevels(n, 8, [](const GumboNode* a) {
    const GumboTag t = TagOf(a);
    if (t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_NAV || t == GUMBO_TAG_FOOTER) return true;
    const std::string names = BoxNames(a);
    for (std::string_view hint : {"widget", "sidebar", "teaser", "related", "recommend"}) {
      if (names.find(hint) != std::string::npos) return true;
    }
    return false;
  });
}

double LinkDensity(const Stats& s) { return s.chars > 0 ? static_cast<double>(s.link_chars) / s.chars : 0.0; }

double TagPrior(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ARTICLE:
      return 10;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_MAIN:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

// All elements in document order (iterative pre-order), skipping skipped tags.
std::vector<const GumboNode*> Elements(const GumboNode* root) {
  std::vector<const GumboNode*> out;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!IsElement(n) || IsSkipped(n)) continue;
    out.push_back(n);
    const GumboVector& kids = Children(n);
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  return out;
}

// A <title>'s text with ASCII white space collapsed; ideographic spaces
// stay for CleanTitle to judge.
std::string TitleText(const GumboNode* title) {
  std::string out;
  const GumboVector& kids = Children(title);
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type != GUMBO_NODE_TEXT && k->type != GUMBO_NODE_WHITESPACE) continue;
    for (char c : std::string_view(k->v.text.text)) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (!space) {
        out.push_back(c);
      } else if (!out.empty() && out.back() != ' ') {
        out.push_back(' ');
      }
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The text of a subtree, white space collapsed (for metadata).
std::string TextOf(const GumboNode* root, size_t max_bytes = 4096) {
  std::string out;
  std::vector<const GumboNode*> stack{root};
  bool space = false;
  while (!stack.empty() && out.size() < max_bytes) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      std::string_view t = n->v.text.text;
      for (size_t i = 0; i < t.size();) {
        size_t start = i;
        char32_t cp = DecodeUtf8(t, &i);
        if (util::IsSpace(cp)) {
          space = !out.empty();
          continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.append(t.substr(start, i - start));
      }
      continue;
    }
    // Metadata text includes asides and headers (a headline and its byline
    // often sit in one); only code and invisible containers are left out.
    if (IsElement(n)) {
      const GumboTag t = TagOf(n);
      if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT ||
          t == GUMBO_TAG_TEMPLATE || t == GUMBO_TAG_SVG || t == GUMBO_TAG_SELECT) {
        continue;
      }
    }
    if (IsElement(n) && IsBlockTag(TagOf(n))) space = !out.empty();
    const GumboVector& kids = Children(n);
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  return out;
}

struct Meta {
  std::string title, og_title, h1, site_name, published, updated, url, description;
  std::string ld_headline, ld_published, ld_publisher;
  std::string
      ld_body;  // an article-typed object's articleBody, references decoded; a HowTo's or Recipe's steps
  std::string app_name;         // <meta name=application-name>: the site's name, like og:site_name
  bool app_name_first = false;  // it came before og:site_name
  std::vector<std::string> ld_authors, meta_authors;  // JSON-LD's author names; <meta name=author>s
  bool ld_article_authors = false;                    // ld_authors are an article-typed object's
  std::vector<std::string> marked_authors;            // itemprop="author", rel="author", class="author"
  std::vector<std::string> typed_persons;  // authors declared as a schema.org Person (JSON-LD, microdata)
  std::map<std::string, std::string> twitter_labels, twitter_data;  // twitter:labelN / twitter:dataN by N
  std::string script_published;                                     // from a platform's script variable
  bool published_generic = false;              // `published` is a <meta name="date">: any date of the page
  std::string lang, content_language, locale;  // <html lang>, http-equiv, og:locale
  std::vector<std::string> h1s;                // every h1, in order
};

// WeChat article pages set the publish time only in a script, as Unix
// seconds (var ct = "1581517074"); shown in Beijing time like the page does.
std::string WeChatPublished(std::string_view script) {
  const size_t at = script.find("var ct = \"");
  if (at == std::string_view::npos) return "";
  long long seconds = 0;
  size_t i = at + 10, digits = 0;
  for (; i < script.size() && digits < 12 && std::isdigit(static_cast<unsigned char>(script[i]));
       ++i, ++digits) {
    seconds = seconds * 10 + (script[i] - '0');
  }
  if (digits < 9 || digits > 11 || i >= script.size() || script[i] != '"') return "";
  const std::time_t local = static_cast<std::time_t>(seconds + 8 * 3600);
  std::tm tm{};
  if (gmtime_r(&local, &tm) == nullptr) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min);
  return buf;
}

// The publication date a page's own script data holds, as JSON a shop or
// an app state writes it ("published_at":"2019-03-02T06:22:28+01:00",
// "publishDate":"2022-02-08T14:00:00"), keys of creation or update not
// read. A key is believed only where all its values are one time: a list
// of items, each with its own date (an aggregator's stories, an
// encyclopaedia's references), holds none that is the page's.
std::string ScriptDataPublished(std::string_view script) {
  static constexpr std::string_view kKeys[] = {
      "\"datePublished\"", "\"published_at\"",   "\"publishedAt\"",   "\"publishDate\"",
      "\"publish_date\"",  "\"date_published\"", "\"publishedDate\"", "\"firstPublishedAt\""};
  for (std::string_view key : kKeys) {
    std::string found, local;  // the fullest value (with its zone), its time
    std::string_view last;     // the value read last
    bool agree = true;
    for (size_t at = script.find(key); agree && at != std::string_view::npos; at = script.find(key, at + 1)) {
      size_t i = at + key.size();
      while (i < script.size() && (script[i] == ' ' || script[i] == ':')) ++i;
      if (i >= script.size() || script[i] != '"') continue;
      const size_t end = script.find('"', i + 1);
      if (end == std::string_view::npos || end - i > 40) continue;
      const std::string_view value = script.substr(i + 1, end - i - 1);
      // A date written out: 2019-03-02, with or without its time.
      if (value.size() < 10 || !util::IsAsciiDigit(value[0])) continue;
      if (value == last) continue;  // the same value again: no need to read it twice
      last = value;
      const std::string time = ParseTimestamp(value).local;
      if (time.empty()) continue;
      // One day, and one time where both give one ("2022-02-08" and
      // "2022-02-08T14:00:00" agree).
      agree = local.empty() || (local.compare(0, 10, time, 0, 10) == 0 &&
                                (local.size() == 10 || time.size() == 10 || local == time));
      if (time.size() > local.size()) local = time;
      if (value.size() > found.size()) found = std::string(value);
    }
    if (agree && !found.empty()) return found;
  }
  return "";
}

// JSON-LD strings as some sites write them, HTML-escaped (zur&#252;ck,
// &quot;): numeric references and the common named ones decoded.
std::string DecodeCharacterReferences(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"&amp;", "&"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", "\u00A0"}};
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '&') {
      out.push_back(s[i++]);
      continue;
    }
    bool done = false;
    for (const auto& [name, text] : kNamed) {
      if (s.substr(i, name.size()) == name) {
        out.append(text);
        i += name.size();
        done = true;
        break;
      }
    }
    if (!done && i + 3 < s.size() && s[i + 1] == '#') {
      const bool hex = s[i + 2] == 'x' || s[i + 2] == 'X';
      size_t k = i + (hex ? 3 : 2);
      uint32_t cp = 0;
      const size_t start = k;
      while (k < s.size() && k - start < 7 && std::isxdigit(static_cast<unsigned char>(s[k])) &&
             (hex || std::isdigit(static_cast<unsigned char>(s[k])))) {
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(std::isdigit(static_cast<unsigned char>(s[k]))
                                                              ? s[k] - '0'
                                                              : (s[k] | 0x20) - 'a' + 10);
        ++k;
      }
      if (k > start && k < s.size() && s[k] == ';' && cp > 0 && cp <= 0x10FFFF &&
          (cp < 0xD800 || cp > 0xDFFF)) {
        util::AppendUtf8(static_cast<char32_t>(cp), &out);
        i = k + 1;
        done = true;
      }
    }
    if (!done) out.push_back(s[i++]);
  }
  return out;
}

// The names of a JSON-LD author value: a string, a Person or Organization
// (name, or givenName and familyName), or an array of them; a Person's
// also in `persons`.
void LdNames(const nlohmann::json& v, std::vector<std::string>* out, std::vector<std::string>* persons) {
  if (v.is_string()) {
    out->push_back(DecodeCharacterReferences(v.get<std::string>()));
  } else if (v.is_object()) {
    auto field = [&](const char* key) {
      return v.contains(key) && v[key].is_string() ? v[key].get<std::string>() : std::string();
    };
    std::string name = field("name");
    if (name.empty()) {
      const std::string given = field("givenName"), family = field("familyName");
      name = given.empty() ? family : family.empty() ? given : given + " " + family;
    }
    if (!name.empty()) {
      out->push_back(DecodeCharacterReferences(name));
      if (v.contains("@type") && v["@type"].is_string() && v["@type"].get<std::string>() == "Person") {
        persons->push_back(out->back());
      }
    }
  } else if (v.is_array()) {
    for (const auto& e : v) {
      if (out->size() >= 20) break;
      if (!e.is_array()) LdNames(e, out, persons);
    }
  }
}

// An object of an article type (NewsArticle, ReportageNewsArticle,
// BlogPosting...): its author is the article's, not the page's or a
// comment's.
bool IsArticleType(const nlohmann::json& j) {
  if (!j.contains("@type")) return false;
  auto is_article = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    const std::string type = t.get<std::string>();
    return type.find("Article") != std::string::npos || type == "BlogPosting" || type == "Report";
  };
  const auto& t = j["@type"];
  if (t.is_array()) return std::any_of(t.begin(), t.end(), is_article);
  return is_article(t);
}

// A HowTo's or a Recipe's own text, as HTML: its description, then its
// steps (HowToStep's text, or its directions'), a section's name heading
// its steps. Recipes write their steps as strings, lists of strings or of
// HowToSteps (schema.org's recipeInstructions); "" if none.
void AppendSteps(const nlohmann::json& v, int depth, std::string* html) {
  if (depth > 6) return;
  if (v.is_string()) {
    *html += "<p>" + v.get<std::string>() + "</p>";
    return;
  }
  if (v.is_array()) {
    for (const auto& item : v) AppendSteps(item, depth + 1, html);
    return;
  }
  if (!v.is_object()) return;
  const bool section = v.contains("@type") && v["@type"] == "HowToSection";
  if (section && v.contains("name") && v["name"].is_string())
    *html += "<h2>" + v["name"].get<std::string>() + "</h2>";
  if (!section && v.contains("text") && v["text"].is_string()) {
    const std::string text = v["text"].get<std::string>();
    *html += text.find('<') != std::string::npos ? text : "<p>" + text + "</p>";
  } else if (v.contains("itemListElement")) {
    AppendSteps(v["itemListElement"], depth + 1, html);
  } else if (!section && v.contains("name") && v["name"].is_string()) {
    *html += "<p>" + v["name"].get<std::string>() + "</p>";
  }
}

std::string HowToBody(const nlohmann::json& j) {
  if (!j.contains("@type") || !(j["@type"] == "HowTo" || j["@type"] == "Recipe")) return "";
  std::string html;
  for (const char* key : {"step", "recipeInstructions"}) {
    if (j.contains(key)) AppendSteps(j[key], 0, &html);
  }
  if (html.empty()) return "";
  if (j.contains("description") && j["description"].is_string())
    html = "<p>" + j["description"].get<std::string>() + "</p>" + html;
  return html;
}

void ReadJsonLd(std::string_view text, Meta* meta) {
  // Some pages wrap the JSON as XHTML taught: <![CDATA[ … ]]>, <!-- … -->.
  text = TrimText(text);
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"<![CDATA[", "]]>"},
                             std::pair<std::string_view, std::string_view>{"<!--", "-->"}}) {
    if (text.starts_with(open) && text.ends_with(close)) {
      text = TrimText(text.substr(open.size(), text.size() - open.size() - close.size()));
    }
  }
  auto doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) {
    // Line breaks and tabs written raw inside its strings (a CMS pasting an
    // article's text) are the one fault worth forgiving: read as spaces.
    std::string spaced(text);
    std::replace_if(
        spaced.begin(), spaced.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }, ' ');
    doc = nlohmann::json::parse(spaced.begin(), spaced.end(), nullptr, false);
    if (doc.is_discarded()) return;
  }
  std::vector<const nlohmann::json*> stack{&doc};
  size_t visited = 0;
  while (!stack.empty() && ++visited < 2000) {
    const nlohmann::json* j = stack.back();
    stack.pop_back();
    if (j->is_array()) {
      for (auto it = j->rbegin(); it != j->rend(); ++it) stack.push_back(&*it);
      continue;
    }
    if (!j->is_object()) continue;
    auto str = [](const nlohmann::json& v) -> std::string {
      if (v.is_string()) return v.get<std::string>();
      if (v.is_object() && v.contains("name") && v["name"].is_string()) return v["name"].get<std::string>();
      if (v.is_array() && !v.empty()) {
        const auto& f = v.front();
        if (f.is_string()) return f.get<std::string>();
        if (f.is_object() && f.contains("name") && f["name"].is_string()) return f["name"].get<std::string>();
      }
      return "";
    };
    if (j->contains("headline") && meta->ld_headline.empty()) {
      meta->ld_headline = DecodeCharacterReferences(str((*j)["headline"]));
    }
    if (j->contains("datePublished") && meta->ld_published.empty()) {
      meta->ld_published = str((*j)["datePublished"]);
    }
    const bool article = IsArticleType(*j);
    if (article && meta->ld_body.empty() && j->contains("articleBody") && (*j)["articleBody"].is_string()) {
      meta->ld_body = DecodeCharacterReferences((*j)["articleBody"].get<std::string>());
    }
    if (meta->ld_body.empty()) meta->ld_body = HowToBody(*j);
    if (j->contains("author") && (meta->ld_authors.empty() || (article && !meta->ld_article_authors))) {
      std::vector<std::string> names;
      LdNames((*j)["author"], &names, &meta->typed_persons);
      if (!names.empty()) {
        meta->ld_authors = std::move(names);
        meta->ld_article_authors = article;
      }
    }
    if (j->contains("publisher") && meta->ld_publisher.empty()) meta->ld_publisher = str((*j)["publisher"]);
    if (j->contains("@graph")) stack.push_back(&(*j)["@graph"]);
  }
}

// An h1 that the <title> or og:title contains (a logo h1 in the header
// says the site name instead); "" if none.
std::string H1InTitle(const Meta& meta) {
  // The longest such: a logo h1 (the site's name) is in the <title> too.
  std::string best;
  for (const auto& h1 : meta.h1s) {
    if (util::CountCodePoints(h1) < 4 || h1.size() <= best.size()) continue;
    if (meta.title.find(h1) != std::string::npos || meta.og_title.find(h1) != std::string::npos ||
        h1.find(meta.og_title.empty() ? "\x01" : meta.og_title) != std::string::npos) {
      best = h1;
    }
  }
  return best;
}

// The headline among the page's h1s when none matches the <title>.
std::string PickH1(const Meta& meta) {
  for (const auto& h1 : meta.h1s) {
    // A site name repeated in <title> after a separator is no headline.
    if (meta.title.rfind(h1, 0) != 0 || meta.title.size() == h1.size()) return h1;
  }
  return meta.h1s.empty() ? "" : meta.h1s.front();
}

void ReadMeta(const GumboNode* root, Meta* meta) {
  std::vector<const GumboNode*> stack{root};
  // <head> content is skipped by Elements(); walk the whole tree for it.
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!IsElement(n)) continue;
    const GumboTag tag = TagOf(n);
    if (tag == GUMBO_TAG_TITLE && meta->title.empty()) meta->title = TitleText(n);
    if (tag != GUMBO_TAG_META && meta->marked_authors.size() < 20) {
      // Microdata's author (its name inside it, or its text) and links to
      // an author's page.
      const std::string itemprop = util::AsciiLower(Attr(n, "itemprop"));
      const std::string rel = util::AsciiLower(Attr(n, "rel"));
      // A link to the author's page (/author/jane-doe, /autoren/…, /staff/…).
      const std::string href = tag == GUMBO_TAG_A ? util::AsciiLower(Attr(n, "href")) : "";
      // (Or a writer's page in the page's language, /auteur/5631-…, or the
      // newsroom's, /newsteam/alex-bozarjian; a name must follow the folder.
      // Not /profil/, readers' and players' pages too, nor /redaktion/, a
      // desk's sections as well as its people, nor /journalisten/, a press
      // service's pages for journalists.)
      bool author_page = false;
      for (std::string_view folder : {"/author/", "/authors/", "/autor/", "/autoren/", "/staff/", "/auteur/",
                                      "/autore/", "/journalist/", "/newsteam/"}) {
        const size_t at = href.find(folder);
        if (at != std::string::npos && href.size() >= at + folder.size() + 3) author_page = true;
      }
      if (itemprop == "author" || itemprop == "creator" || rel == "author" || author_page) {
        std::string name;
        std::vector<const GumboNode*> inner{n};
        while (!inner.empty() && name.empty()) {
          const GumboNode* k = inner.back();
          inner.pop_back();
          if (!IsElement(k)) continue;
          if (k != n && util::AsciiLower(Attr(k, "itemprop")) == "name") {
            name = TagOf(k) == GUMBO_TAG_META ? std::string(Attr(k, "content")) : TextOf(k, 256);
          }
          const GumboVector& kids = Children(k);
          for (unsigned i = kids.length; i-- > 0;)
            inner.push_back(static_cast<const GumboNode*>(kids.data[i]));
        }
        if (name.empty()) name = TextOf(n, 256);
        if (!name.empty() && util::CountCodePoints(name) <= 120) {
          meta->marked_authors.push_back(name);
          if (util::AsciiLower(Attr(n, "itemtype")).find("schema.org/person") != std::string::npos) {
            meta->typed_persons.push_back(name);
          }
        }
      }
    }
    if (tag == GUMBO_TAG_HTML && meta->lang.empty()) {
      meta->lang = Attr(n, "lang");
      if (meta->lang.empty()) meta->lang = Attr(n, "xml:lang");
    }
    if (tag == GUMBO_TAG_H1) {
      std::string h1 = TextOf(n, 1024);
      // An h1 that is all link is the site's logo, not a headline.
      const GumboVector& kids = Children(n);
      bool logo = false;
      for (unsigned i = 0; i < kids.length && !logo; ++i) {
        const auto* k = static_cast<const GumboNode*>(kids.data[i]);
        logo = TagOf(k) == GUMBO_TAG_A && TextOf(k, 1024) == h1;
      }
      if (!h1.empty() && !logo) meta->h1s.push_back(std::move(h1));
    }
    if (tag == GUMBO_TAG_META) {
      std::string key = util::AsciiLower(Attr(n, "property"));
      if (key.empty()) key = util::AsciiLower(Attr(n, "name"));
      if (key.empty()) key = util::AsciiLower(Attr(n, "itemprop"));
      std::string content(TrimText(Attr(n, "content")));
      if (!content.empty()) {
        if (util::AsciiLower(Attr(n, "http-equiv")) == "content-language") {
          if (meta->content_language.empty()) meta->content_language = content;
        } else if (key == "og:locale") {
          if (meta->locale.empty()) meta->locale = content;
        } else if (key == "og:title" || key == "twitter:title") {
          if (meta->og_title.empty()) meta->og_title = content;
        } else if (key == "og:site_name") {
          if (meta->site_name.empty()) meta->site_name = content;
        } else if (key == "application-name") {
          if (meta->app_name.empty()) {
            meta->app_name = content;
            meta->app_name_first = meta->site_name.empty();
          }
        } else if (key == "article:published_time" || key == "og:article:published_time" ||
                   key == "pubdate" || key == "publishdate" || key == "publish_date" ||
                   key == "datepublished" || key == "og:release_date" || key == "og:time" || key == "ptime" ||
                   key == "dc.date" || key == "dc.date.issued" || key == "sailthru.date" ||
                   key == "parsely-pub-date" || key == "date" || key == "firstpublishedtime") {
          if (meta->published.empty()) {
            meta->published = content;
            meta->published_generic = key == "date";
          }
        } else if (key == "dateupdate" || key == "datemodified" || key == "article:modified_time" ||
                   key == "og:updated_time") {
          if (meta->updated.empty()) meta->updated = content;
        } else if (key == "author" || key == "article:author" || key == "dc.creator" ||
                   key == "sailthru.author" || key == "parsely-author" || key == "byl" ||
                   key == "article:byline" || key == "dcterms.creator" || key == "citation_author") {
          // Every one of them: some pages give one tag a name.
          if (content.find("://") == std::string::npos && meta->meta_authors.size() < 20) {
            meta->meta_authors.push_back(content);
          }
        } else if (key.starts_with("twitter:label")) {
          meta->twitter_labels[key.substr(13)] = util::AsciiLower(content);
        } else if (key.starts_with("twitter:data")) {
          meta->twitter_data[key.substr(12)] = content;
        } else if (key == "og:url") {
          if (meta->url.empty()) meta->url = content;
        } else if (key == "description" || key == "og:description") {
          if (meta->description.empty()) meta->description = content;
        }
      }
    }
    if (tag == GUMBO_TAG_LINK && util::AsciiLower(Attr(n, "rel")) == "canonical" && meta->url.empty()) {
      meta->url = std::string(Attr(n, "href"));
    }
    if (tag == GUMBO_TAG_SCRIPT) {
      const bool ld = util::AsciiLower(Attr(n, "type")) == "application/ld+json";
      const GumboVector& kids = Children(n);
      for (unsigned i = 0; i < kids.length; ++i) {
        const auto* k = static_cast<const GumboNode*>(kids.data[i]);
        if (k->type != GUMBO_NODE_TEXT && k->type != GUMBO_NODE_CDATA) continue;
        if (ld) {
          ReadJsonLd(k->v.text.text, meta);
        } else if (meta->script_published.empty()) {
          meta->script_published = WeChatPublished(k->v.text.text);
          if (meta->script_published.empty()) meta->script_published = ScriptDataPublished(k->v.text.text);
        }
      }
    }
    if (tag == GUMBO_TAG_TIME && meta->published.empty()) {
      std::string dt(Attr(n, "datetime"));
      if (!dt.empty() && FindDate(dt)) meta->published = dt;
    }
    const GumboVector& kids = Children(n);
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  // application-name names the site as og:site_name does, whichever the
  // page gives first (og:site_name is a section's on some sites: "Security"
  // on heise.de), unless the page put its headline there (msn.com's).
  if ((meta->site_name.empty() || meta->app_name_first) && !meta->app_name.empty() &&
      meta->app_name != meta->title) {
    meta->site_name = meta->app_name;
  }
}

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  size_t end = rest.find_first_of("/?#:");
  return util::AsciiLower(rest.substr(0, end));
}

// True if `text` is the site's name: its host (without "www."), the
// host's first label, or the og:site_name, case and spaces aside.
bool NamesTheSite(std::string_view text, std::string_view host, std::string_view site_name) {
  auto squash = [](std::string_view s) {
    std::string out;
    for (char c : TrimText(s)) {
      if (c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
  };
  const std::string key = squash(text);
  if (key.empty()) return false;
  std::string_view h = host;
  if (h.substr(0, 4) == "www.") h.remove_prefix(4);
  if (!h.empty() && (key == h || key == h.substr(0, h.find('.')))) return true;
  // The site's name, or its name as a domain (MODEPILOT.de for Modepilot).
  const std::string site = squash(site_name);
  return !site.empty() &&
         (key == site || (key.find('.') != std::string::npos && key.substr(0, key.find('.')) == site));
}

// The publishing account on platform pages (WeChat 公众号, 百家号, 头条号):
// an element named for it holding a short name.
std::string AccountName(const std::vector<const GumboNode*>& all) {
  static constexpr std::array<std::string_view, 8> kHints = {"js_name",      "nickname",   "author-name",
                                                             "account-name", "media-name", "media-user",
                                                             "source-name",  "mediaName"};
  for (const GumboNode* n : all) {
    std::string hints = std::string(Attr(n, "class")) + " " + std::string(Attr(n, "id"));
    bool named = false;
    for (auto h : kHints) named |= hints.find(h) != std::string::npos;
    if (!named) continue;
    std::string name(TrimText(TextOf(n, 256)));
    const size_t chars = util::CountCodePoints(name);
    if (chars >= 2 && chars <= 20 && !FindDate(name)) return name;
  }
  return "";
}

// True if `text` is shaped like a person's name in Latin script: two to
// four words, each opening with a capital letter, of letters and . - '
// only ("Mohloai Mpesi", "Lê Phương", "J. R. Smith").
bool IsLatinNameShape(std::string_view text) {
  if (text.empty() || text.size() > 48) return false;
  // Words that a bold line at an article's edge holds and a name does not.
  static const util::AsciiWordSet kNotNameWords = {
      "read",  "more",  "note",      "editor's", "editors", "editor", "share",   "follow",       "comments",
      "video", "photo", "photos",    "watch",    "related", "update", "updated", "live",         "breaking",
      "news",  "sign",  "subscribe", "the",      "and",     "of",     "by",      "advertisement"};
  size_t words = 0;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (word.empty() || kNotNameWords.Contains(word)) return false;
    size_t at = 0;
    if (!u_isupper(static_cast<UChar32>(DecodeUtf8(word, &at)))) return false;  // Đ, Ł, Š too
    for (size_t k = 0; k < word.size();) {
      const char32_t c = DecodeUtf8(word, &k);
      if (!u_isalpha(static_cast<UChar32>(c)) && c != '.' && c != '-' && c != '\'') return false;
      if (util::IsHan(c)) return false;
    }
    ++words;
    start = end + 1;
  }
  // In capitals throughout it is a label (ELECCIONES EN COLOMBIA), not a
  // signature.
  return words >= 2 && words <= 4 &&
         std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A name signed in bold as a paragraph of its own at the top or the foot of
// the text ("<p><strong>Mohloai Mpesi</strong></p>"); "" if none.
// `paragraphs` are the text's as read, before the credits and scraps at
// its edges are trimmed.
// Names joined by a slash ("Mathatisi Sebusi/Mohalenyane Phakela"), each a
// name's shape, or one name.
bool IsLatinNamesShape(std::string_view text) {
  size_t names = 0;
  for (size_t start = 0; start <= text.size(); ++names) {
    size_t end = text.find('/', start);
    if (end == std::string_view::npos) end = text.size();
    if (!IsLatinNameShape(TrimText(text.substr(start, end - start)))) return false;
    start = end + 1;
  }
  return names >= 1 && names <= 3;
}

std::string SignedName(const std::vector<const GumboNode*>& all, const std::vector<std::string>& paragraphs) {
  if (paragraphs.size() < 3) return "";
  const size_t n = paragraphs.size();
  // The first three (after a kicker's lines), the last two.
  const std::string_view edges[] = {paragraphs[0], paragraphs[1], n >= 6 ? paragraphs[2] : paragraphs[0],
                                    paragraphs[n - 2], paragraphs[n - 1]};
  for (const GumboNode* node : all) {
    const GumboTag tag = TagOf(node);
    if (tag != GUMBO_TAG_STRONG && tag != GUMBO_TAG_B) continue;
    const std::string text(TrimText(TextOf(node, 128)));
    if (!IsLatinNamesShape(text) || std::find(std::begin(edges), std::end(edges), text) == std::end(edges))
      continue;
    const GumboNode* parent = node->parent;
    const GumboTag up = parent != nullptr ? TagOf(parent) : GUMBO_TAG_UNKNOWN;
    if ((up == GUMBO_TAG_P || up == GUMBO_TAG_DIV) && TrimText(TextOf(parent, 256)) == text) return text;
  }
  return "";
}

// The byline an element named for it shows (class or id "author",
// "byline", "autor"): the first such element in the page whose text is
// short enough to be names, not a biography, a comment's author or a photo
// credit. "" if none.
std::string NamedBylineText(const std::vector<const GumboNode*>& all) {
  for (const GumboNode* n : all) {
    const std::string hints = BoxNames(n);
    if (hints.find("author") == std::string::npos && hints.find("byline") == std::string::npos &&
        hints.find("autor") == std::string::npos && hints.find("contributor") == std::string::npos) {
      continue;
    }
    if (hints.find("comment") != std::string::npos || hints.find("avatar") != std::string::npos ||
        hints.find("bio") != std::string::npos || hints.find("about") != std::string::npos ||
        hints.find("image") != std::string::npos || hints.find("photo") != std::string::npos ||
        InCommentRegion(n)) {
      continue;
    }
    std::string text(TrimText(TextOf(n, 512)));
    const size_t chars = util::CountCodePoints(text);
    if (chars < 2 || chars > 80) continue;
    const std::string lower = util::AsciiLower(text);
    if (lower.starts_with("foto") || lower.starts_with("photo") || lower.starts_with("bild") ||
        lower.starts_with("image")) {
      continue;
    }
    return text;
  }
  return "";
}

// No word in lower case (but a particle: von, van, de, der, di, da, du,
// la, le, zu): a name, not a role or a note.
bool IsCapitalisedName(std::string_view name) {
  static const util::AsciiWordSet kParticles = {"von", "van", "de", "der", "den", "di",
                                                "da",  "du",  "la", "le",  "zu"};
  for (size_t start = 0; start < name.size();) {
    size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(start, end - start);
    if (!kParticles.Contains(word) && util::StartsWithLowerCaseWord(word)) return false;
    start = end + 1;
  }
  return !name.empty();
}

// True if `names`, after a "By"/"von"/"par" label, are a person's: one to
// five capitalised words (name particles between them), one word only when
// `dated` (a date before the label: "06.11.2023 13:30 von Olga").
bool IsNameAfterWeakLabel(std::string_view names, bool dated) {
  static constexpr std::string_view kParticles[] = {"van", "von", "de", "der", "den", "da",  "di",
                                                    "du",  "le",  "la", "ten", "ter", "bin", "al"};
  size_t words = 0;
  for (size_t i = 0; i < names.size();) {
    while (i < names.size() && names[i] == ' ') ++i;
    if (i >= names.size()) break;
    size_t j = names.find(' ', i);
    if (j == std::string_view::npos) j = names.size();
    const std::string_view word = names.substr(i, j - i);
    ++words;
    const bool particle =
        std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
    if (!particle && util::StartsWithLowerCaseWord(word)) return false;
    if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    i = j;
  }
  return words >= (dated ? 1u : 2u) && words <= 5;
}

// The element after `n` among its parent's children, past white space; none
// if text comes first.
const GumboNode* NextElementSibling(const GumboNode* n) {
  if (n->parent == nullptr) return nullptr;
  const GumboVector& kids = Children(n->parent);
  for (unsigned i = n->index_within_parent + 1; i < kids.length; ++i) {
    const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
    if (IsElement(kid)) return kid;
    if (kid->type == GUMBO_NODE_TEXT && !TrimText(kid->v.text.text).empty()) return nullptr;
  }
  return nullptr;
}

// Bylines a label introduces in a short element ("Autorin: Uta
// Staschewski", "05.02.2020 - Redaktion: Eberhard Fuhr", "Written by Jane
// Doe"), each from its label on, or in the element after a label alone:
// the first few in page order, none in comments.
std::vector<std::string> LabelledBylineTexts(const std::vector<const GumboNode*>& all) {
  constexpr size_t kMost = 8;
  std::vector<std::string> out;
  static constexpr std::string_view kLabels[] = {"autor:",        "autorin:",      "author:",
                                                 "redaktion:",    "written by:",   "written by ",
                                                 "verfasst von:", "verfasst von ", "geschrieben von ",
                                                 "texte :",       "auteur :",      "autore:",
                                                 "von ",          "by ",           "par "};
  // Words that label a byline standing alone in their element, the names
  // in the element after it (<h4>Autor</h4><p>Nikolai Huke</p>, or a
  // screen reader's "By" before a <span> with the name).
  static constexpr std::string_view kAloneLabels[] = {"autor",   "autorin",     "autoren", "author",
                                                      "authors", "by",          "von",     "written by",
                                                      "auteur",  "verfasst von"};
  for (const GumboNode* n : all) {
    if (out.size() >= kMost) break;
    if (IsElement(n) && Children(n).length > 0 && !InCommentRegion(n)) {
      std::string word(TrimText(TextOf(n, 32)));
      while (!word.empty() && (word.back() == ':' || word.back() == ' ')) word.pop_back();
      while (!word.empty() && (word.front() == '|' || word.front() == ' ')) word.erase(0, 1);
      const std::string lower = util::AsciiLower(word);
      if (!lower.empty() && lower.size() <= 12 &&
          std::find(std::begin(kAloneLabels), std::end(kAloneLabels), lower) != std::end(kAloneLabels)) {
        const GumboNode* next = NextElementSibling(n);
        const GumboTag next_tag = next != nullptr ? TagOf(next) : GUMBO_TAG_UNKNOWN;
        if (next != nullptr && next_tag != GUMBO_TAG_UL && next_tag != GUMBO_TAG_OL && !InAsideRegion(n)) {
          std::string names(TrimText(TextOf(next, 256)));
          while (!names.empty() && (names.back() == ',' || names.back() == '|')) names.pop_back();
          const size_t chars = util::CountCodePoints(names);
          if (chars >= 3 && chars <= 60 && !FindDate(names)) out.push_back(std::move(names));
        }
      }
    }
    // Only an element that holds its text itself, not a box around it.
    bool own_text = false;
    const GumboVector& kids = Children(n);
    for (unsigned i = 0; i < kids.length && !own_text; ++i) {
      const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
      own_text = kid->type == GUMBO_NODE_TEXT && !TrimText(kid->v.text.text).empty();
    }
    if (!own_text) continue;
    std::string text(TrimText(TextOf(n, 256)));
    const size_t chars = util::CountCodePoints(text);
    if (chars < 6 || chars > 80) continue;
    const std::string lower = util::AsciiLower(text);
    for (std::string_view label : kLabels) {
      const size_t at = lower.find(label);
      if (at == std::string::npos || at > 30) continue;
      // Before the label a date at most ("Achtung Redaktion:" is a note).
      if (std::any_of(lower.begin(), lower.begin() + static_cast<std::ptrdiff_t>(at),
                      [](char c) { return c >= 'a' && c <= 'z'; }) ||
          InCommentRegion(n)) {
        continue;
      }
      // Up to the next label (Autor: Fritz Imhof Quelle: Livenet).
      size_t end = text.size();
      for (std::string_view next : {"quelle:", "source:", "foto:", "fotos:", "photo:", "bild:"}) {
        end = std::min(end, lower.find(next, at + label.size()));
      }
      // A label alone in its element: its names are the parent's text.
      if (TrimText(std::string_view(text).substr(at + label.size(), end - at - label.size())).size() < 2)
        break;
      // "By", "von", "par" also begin phrases ("Von Atemschutzmaske über
      // Exit-Strategie bis Zoonose"): after them, one name up to a comma
      // (the desk and the place follow: "By Nada Tawfik, BBC News, New
      // York"), in capitalised words; a first name alone only after a date.
      if (label == "von " || label == "by " || label == "par ") {
        std::string_view names = std::string_view(text).substr(at + label.size(), end - at - label.size());
        names = TrimText(names.substr(0, std::min(names.find(','), names.find(" | "))));
        if (!IsNameAfterWeakLabel(names, /*dated=*/at > 0)) break;
        out.push_back(std::string(label) + std::string(names));
        break;
      }
      out.push_back(text.substr(at, end - at));
      break;
    }
  }
  return out;
}

// The date an element named for it shows (class, id or itemprop "date",
// "datum", "time", "publish", "posted"; not an update): the first such
// element in the page with a short text holding a date. "" if none.
std::string DateInNamedElement(const std::vector<const GumboNode*>& all) {
  for (const GumboNode* n : all) {
    const std::string hints = BoxNames(n) + " " + util::AsciiLower(Attr(n, "itemprop"));
    if (hints.size() < 4) continue;
    const bool named = hints.find("date") != std::string::npos || hints.find("datum") != std::string::npos ||
                       hints.find("time") != std::string::npos ||
                       hints.find("publish") != std::string::npos ||
                       hints.find("posted") != std::string::npos;
    if (!named || hints.find("update") != std::string::npos || hints.find("modif") != std::string::npos ||
        InCommentRegion(n)) {
      continue;
    }
    const std::string text = TextOf(n, 256);
    if (text.empty() || util::CountCodePoints(text) > 80) continue;
    if (auto date = FindDate(text)) return date->normalized;
  }
  return "";
}

// Paragraph builder for pass 3.
class ParagraphSink {
 public:
  void Text(std::string_view t) {
    for (size_t i = 0; i < t.size();) {
      size_t start = i;
      char32_t cp = DecodeUtf8(t, &i);
      if (util::IsSpace(cp)) {
        if (!pending_space_) line_break_ = false;
        pending_space_ = !current_.empty();
        line_break_ |= cp == '\n' || cp == '\r';
        continue;
      }
      if (cp >= 0xE000 && cp <= 0xF8FF) continue;  // an icon font's glyph
      if (pending_space_) {
        // No space between Chinese characters that a source line break split
        // (as CSS joins them); a space the text itself has stays (（姚峰 上海报道）).
        // Nor beside a full-width mark, which has its own room ("盘活了， 每天").
        char32_t last = LastChar();
        if (!(line_break_ && IsCjk(last) && IsCjk(cp)) && !IsCjkMark(last) && !IsCjkMark(cp))
          current_.push_back(' ');
      }
      pending_space_ = false;
      line_break_ = false;
      current_.append(t.substr(start, i - start));
    }
  }
  void Break() {
    std::string_view p = TrimText(current_);
    if (!p.empty()) paragraphs_.emplace_back(p);
    current_.clear();
    pending_space_ = false;
  }
  std::vector<std::string> Take() {
    Break();
    return std::move(paragraphs_);
  }

 private:
  static bool IsCjkMark(char32_t cp) {
    return (cp >= 0x3001 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
           (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
  }
  static bool IsCjk(char32_t cp) {
    return util::IsHan(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }
  char32_t LastChar() const {
    if (current_.empty()) return 0;
    size_t i = current_.size();
    return util::DecodeUtf8Before(current_, &i);
  }
  std::string current_;
  bool pending_space_ = false;
  bool line_break_ = false;  // the pending white space holds a line break
  std::vector<std::string> paragraphs_;
};

// The paragraphs of a declared articleBody: its lines, or, when a page
// pasted HTML into it (escaped or not: an embed's <iframe> and <script>),
// the text of that HTML, block by block, what no reader sees left out. A
// "<" before a space or a digit is prose (x < 5).
std::vector<std::string> DeclaredParagraphs(const std::string& body) {
  bool markup = false;
  for (size_t at = body.find('<'); at != std::string::npos && !markup; at = body.find('<', at + 1)) {
    const char next = at + 1 < body.size() ? body[at + 1] : ' ';
    markup = std::isalpha(static_cast<unsigned char>(next)) != 0 || next == '/' || next == '!';
  }
  if (!markup) return SplitParagraphs(body);
  std::unique_ptr<GumboOutput, OutputDeleter> out(
      gumbo_parse_with_options(&kGumboDefaultOptions, body.data(), body.size()));
  if (!out) return {};
  ParagraphSink sink;
  struct Frame {
    const GumboNode* node;
    bool closing;
  };
  std::vector<Frame> stack{{out->root, false}};
  while (!stack.empty()) {
    const auto [n, closing] = stack.back();
    stack.pop_back();
    if (closing) {
      sink.Break();
      continue;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      sink.Text(n->v.text.text);
      continue;
    }
    if (!IsElement(n) || IsSkipped(n)) continue;
    if (TagOf(n) == GUMBO_TAG_BR) {
      sink.Break();
      continue;
    }
    if (IsBlockTag(TagOf(n))) stack.push_back({n, true});
    const GumboVector& kids = Children(n);
    for (unsigned i = kids.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(kids.data[i]), false});
  }
  return sink.Take();
}

// Pass 3: paragraphs of a container, boilerplate subtrees skipped.
void EmitParagraphs(const GumboNode* root, const std::unordered_map<const GumboNode*, Stats>& stats,
                    ParagraphSink* sink) {
  struct Frame {
    const GumboNode* node;
    bool closing;
  };
  std::vector<Frame> stack{{root, false}};
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    const GumboNode* n = f.node;
    if (f.closing) {
      sink->Break();
      continue;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      sink->Text(n->v.text.text);
      continue;
    }
    if (n->type == GUMBO_NODE_WHITESPACE) {
      sink->Text(n->v.text.text);  // its line breaks count (see ParagraphSink)
      continue;
    }
    if (!IsElement(n)) continue;
    const GumboTag tag = TagOf(n);
    if (IsSkipped(n)) continue;
    const bool block = IsBlockTag(tag);
    if (n != root && IsHidden(n)) continue;
    if (n != root && block) {
      auto it = stats.find(n);
      if (it == stats.end()) continue;
      const Stats& s = it->second;
      const double density = LinkDensity(s);
      // Widgets inside the article: link lists, share bars, related items,
      // and readers' comments however long.
      if (ClassWeight(n) < 0 && (density > 0.2 || s.chars < 200 || IsCommentBox(n))) continue;
      if (density > 0.5 && s.chars < 400 && tag != GUMBO_TAG_P) continue;
      if ((tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) && density > 0.4) continue;
      // A box of linked headlines (related or member stories): text, links,
      // and not one sentence ended.
      if (tag != GUMBO_TAG_P && s.chars >= 40 && s.link_chars > 0 && s.sentence_ends == 0 &&
          ChildBlocks(n) >= 3) {
        continue;
      }
      // The same as cards: short blocks that each carry a link.
      if ((tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION) && IsTeaserBox(n, stats)) continue;
    }
    // A data table's cell (short, no blocks inside) is a piece of its row's
    // line, not a paragraph: a row reads "1 Kyle Busch 5040 5".
    bool in_line = false;
    if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && n != root && ChildBlocks(n) == 0) {
      auto it = stats.find(n);
      in_line = it != stats.end() && it->second.chars < 200;
    }
    const bool breaks = block && !in_line;
    if (in_line) sink->Text(" ");
    if (breaks) sink->Break();
    if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR) continue;
    if (breaks) stack.push_back({n, true});
    const GumboVector& kids = Children(n);
    for (unsigned i = kids.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(kids.data[i]), false});
  }
}

bool IsAncestor(const GumboNode* ancestor, const GumboNode* n) {
  for (const GumboNode* a = n->parent; a != nullptr; a = a->parent) {
    if (a == ancestor) return true;
  }
  return false;
}

// True if `n` sits in a link (a few levels up: headlines are not deep
// inside one).
bool InsideLink(const GumboNode* n) {
  return WithinLevels(n->parent, 6, [](const GumboNode* a) { return TagOf(a) == GUMBO_TAG_A; });
}

// `url` without what does not tell two pages apart: scheme, "www.", a
// fragment, a trailing slash; a path ("/2014/05/x/") is kept as it is.
std::string_view UrlKey(std::string_view url) {
  if (const size_t hash = url.find('#'); hash != std::string_view::npos) url = url.substr(0, hash);
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) url = url.substr(scheme + 3);
  if (url.substr(0, 2) == "//") url = url.substr(2);
  if (url.substr(0, 4) == "www.") url = url.substr(4);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return url;
}

// True if the link `href` leads to the page at `page_url` (absolute).
bool LinksToPage(std::string_view href, std::string_view page_url) {
  href = TrimText(href);
  if (href.empty() || page_url.empty() || href.front() == '#') return false;
  const std::string_view page = UrlKey(page_url);
  if (href.front() == '/' && href.substr(0, 2) != "//") {  // a path on this host
    const size_t path = page.find('/');
    return path != std::string_view::npos && UrlKey(href) == page.substr(path);
  }
  if (href.find("://") == std::string_view::npos && href.substr(0, 2) != "//") return false;
  return util::AsciiLower(UrlKey(href)) == util::AsciiLower(page);
}

// True if `n` is in an h1-h4, a few levels up.
bool InHeading(const GumboNode* n) {
  return WithinLevels(n->parent, 3, [](const GumboNode* a) {
    const GumboTag t = TagOf(a);
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4;
  });
}

// Texts of short, link-free elements: candidates for the headline that a
// <title> holds whole. A heading's link to the page itself counts too:
// blogs show the headline as a link to the post's own address.
std::vector<std::string> HeadlineCandidates(const std::vector<const GumboNode*>& all,
                                            const std::unordered_map<const GumboNode*, Stats>& stats,
                                            std::string_view page_url) {
  std::vector<std::string> out;
  for (const GumboNode* n : all) {
    if (TagOf(n) == GUMBO_TAG_A && InHeading(n) && LinksToPage(Attr(n, "href"), page_url)) {
      std::string text(TrimText(TextOf(n, 512)));
      const size_t chars = util::CountCodePoints(text);
      if (chars >= 6 && chars <= 100) out.push_back(std::move(text));
      continue;
    }
    auto it = stats.find(n);
    if (it == stats.end() || it->second.chars < 6 || it->second.chars > 100 || it->second.link_chars > 0) {
      continue;
    }
    // The <title> itself, where a broken page put it in the body, shows
    // nothing: the title holds it trivially.
    if (TagOf(n) == GUMBO_TAG_TITLE) continue;
    // The innermost of a chain of wrappers around the same text: one
    // candidate, not one per level (pages nest thousands deep).
    bool wrapper = false;
    const GumboVector& kids = Children(n);
    for (unsigned i = 0; i < kids.length && !wrapper; ++i) {
      auto k = stats.find(static_cast<const GumboNode*>(kids.data[i]));
      wrapper = IsElement(static_cast<const GumboNode*>(kids.data[i])) && k != stats.end() &&
                k->second.chars == it->second.chars;
    }
    if (!wrapper && !InsideLink(n)) out.push_back(TextOf(n, 512));
  }
  return out;
}

// The heading nearest above the body: an h1-h6 or an element named as a
// title, 8 to 100 characters, no link.
std::string HeadingAbove(const std::vector<const GumboNode*>& all,
                         const std::unordered_map<const GumboNode*, Stats>& stats, const GumboNode* body) {
  auto at = std::find(all.begin(), all.end(), body);
  for (int steps = 0; at != all.begin() && steps < 40; ++steps) {
    const GumboNode* n = *--at;
    const GumboTag t = TagOf(n);
    const bool heading =
        (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) || BoxNames(n).find("title") != std::string::npos;
    auto it = stats.find(n);
    if (!heading || it == stats.end() || it->second.link_chars > 0) continue;
    if (!InsideLink(n) && it->second.chars >= 8 && it->second.chars <= 100) return TextOf(n, 512);
  }
  return "";
}

// White space collapsed to one space, none at the ends.
std::string CollapseSpace(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    if (util::IsSpace(util::DecodeUtf8(s, &i))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The lead the page shows above its body (a standfirst, a teaser in an h2
// or a p.lead): the element before the body's first box whose text is the
// description the page declares, or that description cut short ("…"),
// 50 characters or more; "" if none. The innermost such element.
std::string LeadAbove(const std::vector<const GumboNode*>& all,
                      const std::unordered_map<const GumboNode*, Stats>& stats, const GumboNode* body,
                      std::string_view description) {
  std::string want = CollapseSpace(description);
  bool cut = false;
  for (std::string_view ellipsis : {"…", "..."}) {
    if (want.ends_with(ellipsis)) {
      want.resize(want.size() - ellipsis.size());
      while (!want.empty() && want.back() == ' ') want.pop_back();
      cut = true;
    }
  }
  if (util::CountCodePoints(want) < 50) return "";
  const auto end = std::find(all.begin(), all.end(), body);
  if (end == all.end()) return "";
  std::string found;
  for (auto it = all.begin(); it != end; ++it) {
    const GumboNode* n = *it;
    const GumboTag t = TagOf(n);
    if (t != GUMBO_TAG_P && t != GUMBO_TAG_DIV && t != GUMBO_TAG_H2 && t != GUMBO_TAG_H3 &&
        t != GUMBO_TAG_SPAN && t != GUMBO_TAG_STRONG && t != GUMBO_TAG_B && t != GUMBO_TAG_EM &&
        t != GUMBO_TAG_SECTION) {
      continue;
    }
    // Only a box of about the description's length has its text read (a
    // page's every ancestor of the body is passed over at once).
    const auto st = stats.find(n);
    const size_t want_chars = util::CountCodePoints(want);
    if (st == stats.end() || static_cast<size_t>(st->second.chars) * 2 < want_chars ||
        static_cast<size_t>(st->second.chars) > want_chars * 2) {
      continue;
    }
    if (InsideLink(n) || WithinLevels(n, 8, [](const GumboNode* a) { return IsHidden(a); })) continue;
    const std::string text = TextOf(n, 4096);  // white space already collapsed
    if (text.size() < want.size() || text.size() > want.size() + want.size() / 2 + 16) continue;
    if (text == want || (cut && text.starts_with(want))) found = text;
  }
  return found;
}

// The text of <body>, white space collapsed.
std::string BodyText(const GumboNode* root) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (TagOf(n) == GUMBO_TAG_BODY) return TextOf(n, 1 << 20);
    const GumboVector& kids = Children(n);
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  return "";
}

// The first `chars` characters of `s`, stopping at white space (the page
// text and the paragraphs space things differently).
std::string LeadingChars(std::string_view s, size_t chars) {
  std::string out;
  for (size_t i = 0; i < s.size() && chars > 0; --chars) {
    const size_t start = i;
    if (util::IsSpace(DecodeUtf8(s, &i))) break;
    out.append(s.substr(start, i - start));
  }
  return out;
}

}  // namespace

bool LooksLikeHtml(std::string_view text) {
  std::string head = util::AsciiLower(text.substr(0, 2048));
  return head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos ||
         head.find("<head") != std::string::npos || head.find("<body") != std::string::npos;
}

Result<Article> ParseHtmlArticle(std::string_view bytes, const std::string& name,
                                 const HtmlOptions& options) {
  PRECIS_ASSIGN_OR_RETURN(Decoded decoded, DecodeHtmlToUtf8(bytes, name, options.charset));
  GumboOptions gumbo_options = kGumboDefaultOptions;
  gumbo_options.max_errors = 1000;
  std::unique_ptr<GumboOutput, OutputDeleter> out(
      gumbo_parse_with_options(&gumbo_options, decoded.text.data(), decoded.text.size()));
  if (!out) return InvalidArgumentError(name + ": cannot parse HTML");

  const std::vector<const GumboNode*> all = Elements(out->root);
  Meta meta;
  ReadMeta(out->root, &meta);
  std::unordered_map<const GumboNode*, Stats> stats;
  stats.reserve(all.size() * 2);
  ComputeStats(out->root, &stats);

  // What readers are not shown: a hidden element and all inside it (a
  // cookie dialog's paragraphs, a folded menu). `all` lists parents first.
  std::unordered_set<const GumboNode*> concealed;
  for (const GumboNode* n : all) {
    if (IsHidden(n) || (n->parent != nullptr && concealed.count(n->parent) != 0)) concealed.insert(n);
  }
  // Pass 2: scores flow from text blocks to their ancestors. Text inside a
  // hidden element is no content; only when that leaves none does the
  // text of a hidden box's own children count (some pages fold the whole
  // article away until a script opens it).
  const GumboNode* best = nullptr;
  double best_score = 0;
  for (const bool deep : {true, false}) {
    for (auto& [node, st] : stats) {
      st.scored = false;
      st.score = 0;
    }
    for (const GumboNode* n : all) {
      if (!IsTextBlock(n)) continue;
      if (deep ? concealed.count(n) != 0 : IsHidden(n) || (n->parent != nullptr && IsHidden(n->parent)))
        continue;
      const Stats& s = stats[n];
      if (s.chars < 12) continue;
      const double score = 1.0 + s.punct + std::min(s.chars / 50.0, 3.0);
      const GumboNode* a = n->parent;
      for (int level = 0; level < 3 && a != nullptr && IsElement(a); ++level, a = a->parent) {
        Stats& as = stats[a];
        if (!as.scored) {
          as.scored = true;
          as.score = TagPrior(TagOf(a)) + ClassWeight(a);
        }
        as.score += score / (level + 1);
      }
    }
    for (const GumboNode* n : all) {
      auto it = stats.find(n);
      if (it == stats.end() || !it->second.scored || InCommentRegion(n)) continue;
      // A stream of stories (Yahoo's, a feed's) or a list of references is
      // never the article, though its summaries or citations read as prose.
      if (const std::string names = BoxNames(n);
          names.find("stream") != std::string::npos || names.find("references") != std::string::npos ||
          names.find("reflist") != std::string::npos || names.find("footnotes") != std::string::npos) {
        continue;
      }
      // A box of a line or two is no article, whatever its name says.
      const double fill = std::min(1.0, it->second.chars / 100.0);
      double final_score = it->second.score * (1.0 - LinkDensity(it->second)) * fill;
      if (best == nullptr || final_score > best_score) {
        best = n;
        best_score = final_score;
      }
    }
    if (best != nullptr) break;
  }
  if (best == nullptr) {
    for (const GumboNode* n : all) {
      if (TagOf(n) == GUMBO_TAG_BODY) best = n;
    }
  }
  if (best == nullptr) return InvalidArgumentError(name + ": no article text in the page");

  // Microdata that names the article body outright wins when it holds a
  // real article (pages sometimes keep it in a hidden block for crawlers).
  const GumboNode* marked = nullptr;
  int marked_chars = 0;
  for (const GumboNode* n : all) {
    if (util::AsciiLower(Attr(n, "itemprop")) != "articlebody") continue;
    auto it = stats.find(n);
    if (it != stats.end() && it->second.chars > marked_chars) {
      marked = n;
      marked_chars = it->second.chars;
    }
  }
  const int best_chars = stats[best].chars;
  std::vector<const GumboNode*> selected;
  const GumboNode* parent = best->parent;
  if (marked != nullptr && marked_chars >= 200 &&
      (marked_chars * 2 >= best_chars || IsAncestor(best, marked) || IsAncestor(marked, best))) {
    selected.push_back(marked);
  } else if (parent != nullptr && IsElement(parent)) {
    const double threshold = std::max(10.0, best_score * 0.2);
    const GumboVector& kids = Children(parent);
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k == best) {
        selected.push_back(k);
        continue;
      }
      if (!IsElement(k) || IsSkipped(k)) continue;
      auto it = stats.find(k);
      if (it == stats.end()) continue;
      const Stats& s = it->second;
      const double score = s.scored ? s.score * (1.0 - LinkDensity(s)) : 0.0;
      const bool paragraph = TagOf(k) == GUMBO_TAG_P && s.chars > 80 && LinkDensity(s) < 0.25;
      // A sibling joins only if it reads as prose: lists of teaser
      // headlines score on length but end no sentences.
      const bool prose = s.sentence_ends >= 2;
      if ((score >= threshold && ClassWeight(k) >= 0 && prose) || paragraph) selected.push_back(k);
    }
  } else {
    selected.push_back(best);
  }
  // An article cut into blocks around ads and pictures: boxes built like
  // the best one (its tag and names) within a few levels of it, that end a
  // sentence and are not links, are its other parts, in page order (one
  // sentence is enough: BBC gives every paragraph its own block).
  const std::string best_names = BoxNames(best);
  if ((marked == nullptr || selected.front() != marked) && best_names.size() > 1) {
    const GumboNode* top = best;
    for (int level = 0;
         level < 4 && top->parent != nullptr && IsElement(top->parent) && !IsPageRoot(top->parent); ++level) {
      top = top->parent;
    }
    std::vector<const GumboNode*> parts;
    for (const GumboNode* n : all) {
      if (n == best || TagOf(n) != TagOf(best) || !IsAncestor(top, n) || BoxNames(n) != best_names ||
          IsHidden(n) || InCommentRegion(n)) {
        continue;
      }
      if (std::any_of(selected.begin(), selected.end(),
                      [&](const GumboNode* k) { return k == n || IsAncestor(k, n) || IsAncestor(n, k); })) {
        continue;
      }
      auto it = stats.find(n);
      if (it == stats.end() || it->second.sentence_ends < 1 || LinkDensity(it->second) >= 0.25) continue;
      parts.push_back(n);
    }
    if (!parts.empty()) {
      parts.insert(parts.end(), selected.begin(), selected.end());
      // Page order: `all` is in document order.
      std::vector<const GumboNode*> ordered;
      for (const GumboNode* n : all) {
        if (std::find(parts.begin(), parts.end(), n) != parts.end()) ordered.push_back(n);
      }
      selected = std::move(ordered);
    }
  }
  ParagraphSink sink;
  for (const GumboNode* n : selected) EmitParagraphs(n, stats, &sink);
  std::vector<std::string> paragraphs = sink.Take();

  Article article;
  // The headline: an h1 the <title> holds, else any page element it holds
  // whole (a span or div the site styles as its title), else an h1, else
  // the heading just above the body.
  // The page's address: the one it declares (canonical, og:url), else the
  // one it was read from.
  const std::string page_url = !meta.url.empty() ? meta.url : options.url;
  const std::string host = HostOf(page_url);
  meta.h1 = H1InTitle(meta);
  if (meta.h1.empty()) {
    // The site's own name (a logo's text) is no headline.
    auto candidates = HeadlineCandidates(all, stats, page_url);
    std::erase_if(candidates, [&](const std::string& c) {
      return !meta.site_name.empty() &&
             util::AsciiLower(TrimText(c)) == util::AsciiLower(TrimText(meta.site_name));
    });
    meta.h1 = HeadlineInTitle(meta.title, candidates);
    if (meta.h1.empty() && !meta.og_title.empty()) meta.h1 = HeadlineInTitle(meta.og_title, candidates);
  }
  if (meta.h1.empty()) meta.h1 = PickH1(meta);
  // (Only for a <title> of names: "新闻动态--中国地理学会官网".)
  if (meta.h1.empty() && !selected.empty() && CleanTitle(meta.title, "") != TrimText(meta.title)) {
    meta.h1 = HeadingAbove(all, stats, selected.front());
  }
  // An og:title that only names the site ("Beige.de" beside a <title>
  // "Provence Travel Guide — Beige") is no headline.
  if (NamesTheSite(meta.og_title, host, meta.site_name)) {
    meta.og_title.clear();
  }
  std::string title = !meta.og_title.empty()      ? meta.og_title
                      : !meta.ld_headline.empty() ? meta.ld_headline
                                                  : meta.title;
  article.title = CleanTitle(title, meta.h1);
  // An og:title the <title> opens, the site's names after a separator, is
  // the headline whole: separators inside it are its own.
  // (Unless its own last part names the site: "… | MODEPILOT.de".)
  auto ends_with_site = [&](std::string_view t) {
    for (std::string_view sep : {" | ", " - ", " – ", " — ", " » ", " · ", "_"}) {
      const size_t at = t.rfind(sep);
      if (at != std::string_view::npos && NamesTheSite(t.substr(at + sep.size()), host, meta.site_name))
        return true;
    }
    return false;
  };
  if (!meta.og_title.empty() && title == meta.og_title && TitleOpensWith(meta.title, meta.og_title) &&
      !ends_with_site(meta.og_title) &&
      (meta.h1.empty() || meta.og_title.find(TrimText(meta.h1)) == std::string::npos)) {
    article.title = CleanTitle(meta.og_title, meta.og_title);
  }
  // An h1 the <title> holds is the headline two places agree on: a JSON-LD
  // headline that does not hold it is another text (Wikipedia puts its
  // short description there).
  if (meta.og_title.empty() && !meta.ld_headline.empty() && !meta.h1.empty() &&
      meta.title.find(meta.h1) != std::string::npos && meta.ld_headline.find(meta.h1) == std::string::npos) {
    article.title = CleanTitle(meta.title, meta.h1);
  }
  // A headline the page declares twice (JSON-LD's and og:title, or JSON-LD's
  // and an h1) is the headline whole: separators inside it are its own.
  // (Compared as shown: a no-break space is a space.)
  const std::string ld_headline = CollapseSpace(meta.ld_headline);
  // (Or the h1's last line: an h1 holding a kicker above its headline,
  // not one the headline's own colon joins: "Nutzerbasierte Abrechnung:
  // Musik-Stars …" is one headline.)
  const bool ld_shown = std::any_of(meta.h1s.begin(), meta.h1s.end(), [&](const std::string& h1) {
    const std::string shown = CollapseSpace(h1);
    if (shown == ld_headline) return true;
    if (ld_headline.size() < 12 || shown.size() < ld_headline.size() + 2 || !shown.ends_with(ld_headline))
      return false;
    const size_t at = shown.size() - ld_headline.size();
    return shown[at - 1] == ' ' && shown[at - 2] != ':';
  });
  if (!ld_headline.empty() && (ld_shown || (ld_headline.size() > article.title.size() &&
                                            ld_headline == CollapseSpace(meta.og_title)))) {
    article.title = ld_headline;
  }
  // A shortened og:title (163.com's "奖金711万元！", or one cut at a quote
  // the page left unescaped) loses to the h1 or the <title> it opens.
  if (!meta.h1.empty() && meta.h1.size() > article.title.size() &&
      meta.h1.compare(0, article.title.size(), article.title) == 0 &&
      !(article.title == TrimText(meta.og_title) && article.title == CleanTitle(meta.title, ""))) {
    article.title = meta.h1;
  }
  const std::string whole = CleanTitle(meta.title, "");
  if (!article.title.empty() && whole.size() > article.title.size() &&
      whole.compare(0, article.title.size(), article.title) == 0) {
    const size_t next = whole.find_first_not_of(' ', article.title.size());
    if (next != std::string::npos && (whole[next] == '"' || whole[next] == '\'')) article.title = whole;
  }
  // An h1 that opens with the <title>'s first part and runs on about as
  // long as the whole <title>, which names no site, is the same headline
  // with its own dash ("Minions mit Schablonen malen – mit Malerrolle und
  // bunten Farben" beside the <title>'s "… - mit Malerrolle & bunter
  // Farbe"): the headline whole, as shown, not the <title>'s longest part.
  {
    const std::string whole_title = CollapseSpace(meta.title);
    if (!whole_title.empty() && !ends_with_site(whole_title) && CollapseSpace(article.title) != whole_title) {
      for (const std::string& h1 : meta.h1s) {
        const std::string shown = CollapseSpace(h1);
        size_t common = 0;
        while (common < shown.size() && common < whole_title.size() && shown[common] == whole_title[common])
          ++common;
        while (common > 0 && whole_title[common - 1] != ' ' && common < whole_title.size()) --common;
        const std::string_view first = TrimText(std::string_view(whole_title).substr(0, common));
        if (std::count(first.begin(), first.end(), ' ') < 2 || !TitleOpensWith(whole_title, first)) continue;
        if (NamesTheSite(first, host, meta.site_name)) continue;
        if (util::CountCodePoints(shown) * 5 >= util::CountCodePoints(whole_title) * 4) {
          article.title = shown;
          break;
        }
      }
    }
  }
  // A <title> that is only a site name or a section loses to a longer h1.
  if (meta.og_title.empty() && meta.ld_headline.empty() &&
      util::CountCodePoints(meta.h1) > util::CountCodePoints(article.title)) {
    article.title = CleanTitle(meta.h1, "");
  }
  // White space as shown: a run of it is one space ("review:  A console").
  std::string squeezed;
  for (char c : article.title) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && (squeezed.empty() || squeezed.back() == ' ')) continue;
    squeezed += space ? ' ' : c;
  }
  while (!squeezed.empty() && squeezed.back() == ' ') squeezed.pop_back();
  article.title = std::move(squeezed);
  article.url = page_url;

  BodyByline byline;
  // A name signed at the top or the foot (read before the edges are trimmed).
  const std::string signed_name = SignedName(all, paragraphs);
  article.paragraphs = JoinBrokenLines(CleanBody(std::move(paragraphs), {article.title, meta.h1}, &byline));
  // The text the page declares (JSON-LD articleBody) when the page shows
  // none, or less than half of it: a page that draws its text with a
  // script, or cuts it behind a "read more", may still declare it whole.
  if (!meta.ld_body.empty()) {
    std::vector<std::string> declared =
        JoinBrokenLines(CleanBody(DeclaredParagraphs(meta.ld_body), {article.title, meta.h1}, nullptr));
    size_t shown = 0, declared_chars = 0;
    for (const auto& p : article.paragraphs) shown += util::CountCodePoints(p);
    for (const auto& p : declared) declared_chars += util::CountCodePoints(p);
    if (declared_chars > 2 * shown) article.paragraphs = std::move(declared);
  }
  if (article.paragraphs.empty()) return InvalidArgumentError(name + ": no article text in the page");
  // The lead shown above the body, which the body's box left out.
  if (!selected.empty() && !meta.description.empty()) {
    const std::string lead = LeadAbove(all, stats, selected.front(), meta.description);
    const std::string opening = lead.substr(0, std::min<size_t>(lead.size(), 60));
    const bool held = std::any_of(
        article.paragraphs.begin(), article.paragraphs.end(),
        [&](const std::string& p) { return CollapseSpace(p).find(opening) != std::string::npos; });
    if (!lead.empty() && !held && lead != CollapseSpace(article.title)) {
      article.paragraphs.insert(article.paragraphs.begin(), lead);
    }
  }

  // The body's text, asides and headers included (Elements() leaves them
  // out), and in it the header: from the headline to the first paragraph,
  // where bylines sit. A "来源：" above the headline belongs to navigation.
  const std::string page_text = BodyText(out->root);
  size_t headline_at = std::string::npos;
  size_t header_begin = std::string::npos;
  for (const std::string& anchor : {meta.h1, article.title}) {
    if (headline_at == std::string::npos && !anchor.empty()) {
      headline_at = page_text.find(anchor);
      if (headline_at != std::string::npos) header_begin = headline_at + anchor.size();
    }
  }
  std::string_view header;
  if (header_begin != std::string::npos) {
    const size_t body_at = page_text.find(LeadingChars(article.paragraphs.front(), 6), header_begin);
    const size_t end =
        body_at == std::string::npos ? std::min(page_text.size(), header_begin + 300) : body_at;
    header = std::string_view(page_text).substr(header_begin, end - header_begin);
  }
  const std::string site = SiteNameFromTitle(meta.title, !meta.h1.empty() ? meta.h1 : article.title);

  // Source: the page's own metadata, the account on a publishing platform,
  // a "来源：" or a name in the byline, then site-wide names.
  article.source = !meta.site_name.empty() ? meta.site_name : meta.ld_publisher;
  const std::string declared_source = article.source;
  static constexpr std::array<std::string_view, 6> kPlatforms = {"微信公众平台", "百家号", "今日头条",
                                                                 "网易号",       "搜狐号", "企鹅号"};
  if (std::find(kPlatforms.begin(), kPlatforms.end(), article.source) != kPlatforms.end()) {
    std::string account = AccountName(all);
    if (!account.empty()) article.source = account;
  }
  if (article.source.empty()) article.source = VisibleSource(header);
  if (article.source.empty()) article.source = BylineName(header.substr(0, 240));
  if (article.source.empty()) article.source = VisibleSource(page_text);
  if (article.source.empty()) article.source = AccountName(all);
  // An outlet the page declares as its author (参考消息, 新京报) is its source.
  for (const std::vector<std::string>* declared : {&meta.ld_authors, &meta.meta_authors}) {
    for (const std::string& line : *declared) {
      if (article.source.empty() && IsChineseOutletName(TrimText(line))) article.source = TrimText(line);
    }
  }
  // The headline is never the source, whichever field a page put it in.
  // (A declared site name equal to the title says the title is wrong.)
  const bool headline_as_source = article.source == article.title && article.source != declared_source;
  if (article.source.empty() || IsSelfReference(article.source) || headline_as_source) {
    // The site itself is the source.
    std::string own = SourceForHost(host);
    if (own.empty()) {
      // The footer's owner when it spells out the <title>'s short name
      // (纪检 -> 山西医科大学纪检监察室).
      const std::string owner = FooterOwner(page_text);
      own = !site.empty() && owner.size() > site.size() && owner.find(site) != std::string::npos ? owner
            : !site.empty()                                                                      ? site
                                                                                                 : owner;
    }
    if (!own.empty() || article.source.empty() || headline_as_source) article.source = own;
  }

  // Published time: metadata, a platform's script, a visible date near the
  // headline or after a label, the body's byline, the last update.
  // A declared stamp, read with its zone.
  auto take_stamp = [&](std::string_view value) {
    const Timestamp stamp = ParseTimestamp(value);
    article.published = stamp.local;
    article.published_zone = stamp.zone;
  };
  // The first date within `reach` bytes after the first of `labels` the
  // page shows that has one.
  auto date_after_label = [&](std::initializer_list<std::string_view> labels, size_t reach) {
    for (std::string_view label : labels) {
      const size_t at = page_text.find(label);
      if (at == std::string::npos) continue;
      if (auto date = FindDate(std::string_view(page_text).substr(at, reach))) return date->normalized;
    }
    return std::string();
  };
  take_stamp(!meta.ld_published.empty() ? meta.ld_published : meta.published);
  // A <meta name="date"> names some date of the page (often its last
  // change): the date shown between the headline and the text, or in an
  // element named for a date, wins over it when they name different days
  // within two weeks of each other.
  if (meta.ld_published.empty() && meta.published_generic && !article.published.empty()) {
    // (Within two weeks of it: a standfirst between the headline and the
    // text may name any date, "Deadline 2023-12-31 for the old scheme".)
    std::string shown;
    if (auto date = FindDate(header)) shown = ParseTimestamp(header.substr(date->begin, 40)).local;
    if (shown.empty()) shown = DateInNamedElement(all);
    bool near = false;
    for (int days = -14; days <= 14 && !near && shown.size() >= 10; ++days)
      near = ShiftDays(article.published, days).compare(0, 10, shown, 0, 10) == 0;
    if (near && shown.compare(0, 10, article.published, 0, 10) != 0) {
      article.published = shown;
      article.published_zone.clear();
    }
  }
  // A UTC stamp crossing midnight from the page's own day: the date the
  // page shows after its headline (or in an element named for a date), a
  // day before or after, is the local one — 2022-05-04T00:25Z for an
  // article dated 3 May in Buenos Aires. The day before is taken only for a
  // stamp before 10:00 UTC, the day after only from noon (offsets of -10 to
  // +12 hours: a date a day off that no common zone explains is another).
  if (article.published_zone == "+00:00" && article.published.size() > 10) {
    const int hour = std::atoi(article.published.c_str() + 11);
    const std::string before = hour < 10 ? ShiftDays(article.published, -1) : "";
    const std::string after = hour >= 12 ? ShiftDays(article.published, 1) : "";
    auto local_day = [&](const std::string& date) {
      return date.size() >= 10 && ((!before.empty() && date.compare(0, 10, before) == 0) ||
                                   (!after.empty() && date.compare(0, 10, after) == 0));
    };
    std::string shown;
    if (header_begin != std::string::npos) {
      if (auto date = FindDate(std::string_view(page_text).substr(header_begin, 3000)))
        shown = date->normalized;
    }
    // An element named for a date only when no date follows the headline
    // (the one that does may run into the next element's time: "202221:25").
    if (shown.empty()) shown = DateInNamedElement(all);
    if (local_day(shown)) {
      article.published = shown;
      article.published_zone.clear();
    }
  }
  // A date without a time (metadata often has only the day) takes the time
  // of a visible date of the same day near the headline.
  if (!article.published.empty() && article.published.size() == 10 && headline_at != std::string::npos) {
    auto visible = FindDate(std::string_view(page_text).substr(headline_at, 3000));
    if (visible && visible->normalized.size() > 10 &&
        visible->normalized.compare(0, 10, article.published) == 0) {
      article.published = visible->normalized;
    }
  }
  if (article.published.empty()) take_stamp(meta.script_published);
  // The address's own date (/2019/11/25/): the site's CMS wrote it.
  if (article.published.empty()) article.published = DateInUrl(article.url);
  if (article.published.empty()) {
    if (auto date = FindDate(header)) article.published = date->normalized;
  }
  if (article.published.empty()) {
    article.published =
        date_after_label({"发布时间", "发布日期", "发表于", "发表时间", "发布于", "时间：", "日期：",
                          "Erschienen am", "Veröffentlicht am", "Published on", "Publié le", "Publicado el",
                          "Pubblicato il", "Gepubliceerd op", "Opublikowano"},
                         120);
  }
  if (article.published.empty() && headline_at != std::string::npos) {
    if (auto date = FindDate(std::string_view(page_text).substr(headline_at, 3000))) {
      article.published = date->normalized;
    }
  }
  if (article.published.empty()) article.published = DateInNamedElement(all);
  if (article.published.empty()) article.published = byline.published;
  // A date written with slashes after the headline (02/10/2020): day first
  // but on pages in American English.
  if (article.published.empty() && header_begin != std::string::npos) {
    const std::string lang = util::AsciiLower(!meta.lang.empty() ? meta.lang : meta.locale);
    const bool american = lang == "en-us" || lang == "en_us";
    article.published = FindSlashDate(std::string_view(page_text).substr(header_begin, 3000), !american);
  }
  if (article.published.empty()) take_stamp(meta.updated);
  // Last, the update a page shows where it shows no other date.
  if (article.published.empty()) {
    article.published =
        date_after_label({"Aktualisiert am", "Zuletzt aktualisiert", "Last updated", "Updated on", "更新时间",
                          "更新日期", "Mis à jour le", "Actualizado el"},
                         80);
  }

  // The language the page declares (checked against the text later).
  for (const std::string* declared : {&meta.lang, &meta.content_language, &meta.locale}) {
    if (article.language_code.empty()) article.language_code = util::PrimaryLanguageTag(*declared);
  }

  // Authors: what the page declares (JSON-LD, <meta>), what it marks up
  // (microdata, rel=author), the body's byline; persons only, never the
  // site, the platform or a template's placeholder.
  const std::string own_name = SourceForHost(host);
  auto is_outlet = [&](const std::string& person) {
    return person == article.source || person == site || person == meta.site_name || person == own_name ||
           person == meta.ld_publisher;
  };
  // Twitter's card pairs: "Written by" and the name (Yoast writes them).
  for (const auto& [n, label] : meta.twitter_labels) {
    if (label != "written by" && label != "geschrieben von" && label != "verfasst von" && label != "autor" &&
        label != "author" && label != "écrit par" && label != "escrito por") {
      continue;
    }
    auto data = meta.twitter_data.find(n);
    if (data != meta.twitter_data.end()) meta.meta_authors.push_back(data->second);
  }
  for (const std::vector<std::string>* declared :
       {&meta.ld_authors, &meta.meta_authors, &meta.marked_authors}) {
    for (const std::string& line : *declared) {
      // A schema.org Person of two or more names is a person, though the
      // <title> or the footer names the site after them (a personal blog):
      // not the site unless the site declares that name as its own.
      const bool typed =
          std::find(meta.typed_persons.begin(), meta.typed_persons.end(), line) != meta.typed_persons.end() &&
          TrimText(line).find(' ') != std::string_view::npos;
      for (std::string& person : SplitAuthors(line)) {
        const bool outlet = typed ? person == meta.site_name || person == own_name : is_outlet(person);
        if (!outlet &&
            std::find(article.authors.begin(), article.authors.end(), person) == article.authors.end()) {
          article.authors.push_back(std::move(person));
        }
      }
    }
    if (!article.authors.empty()) break;
  }
  // Else the body's byline, else an element named for one (looked for only
  // then: it walks the page).
  auto add_shown = [&](const std::string& line) {
    for (std::string& person : SplitAuthors(line)) {
      if (!is_outlet(person)) article.authors.push_back(std::move(person));
    }
  };
  if (article.authors.empty()) add_shown(byline.author);
  if (article.authors.empty()) add_shown(NamedBylineText(all));
  // A labelled line's names are capitalised words ("Uta Staschewski,
  // Projektleiterin der HSS in Tunesien" names one person).
  if (article.authors.empty()) {
    for (const std::string& line : LabelledBylineTexts(all)) {
      for (std::string& person : SplitAuthors(line)) {
        if (!is_outlet(person) && IsCapitalisedName(person)) article.authors.push_back(std::move(person));
      }
      if (!article.authors.empty()) break;
    }
  }
  if (article.authors.empty() && !signed_name.empty() && !IsFurnitureLine(signed_name)) {
    // One name, or names a slash joins, each a name again after splitting.
    const std::vector<std::string> split = SplitAuthors(signed_name);
    const bool all_names = std::all_of(split.begin(), split.end(), [&](const std::string& one) {
      return IsLatinNameShape(one) && !is_outlet(one) && signed_name.find(one) != std::string::npos;
    });
    if (!split.empty() && all_names && (split.size() == 1 || signed_name.find('/') != std::string::npos)) {
      article.authors = split;
    }
  }
  article.author = util::Join(article.authors, ", ");
  return article;
}

}  // namespace precis::ingest
