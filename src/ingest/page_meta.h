// Copyright 2026 The precis Authors.
//
// Metadata of a news page read from its text: the headline inside a <title>
// that carries site and section names, the site's name in what is left,
// "来源：" labels, the name in a byline, the owner named in a footer, and a
// table of well-known news hosts. Strings in, strings out: the HTML reader
// decides which of them to ask and in what order.

#ifndef PRECIS_INGEST_PAGE_META_H_
#define PRECIS_INGEST_PAGE_META_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis::ingest {

// The title without a site suffix or prefix ("…_新浪财经_新浪网",
// "… - BBC News", "… | Reuters"): the longest part when split at such
// separators, or the part that matches `h1`. Ideographic spaces next to Han
// characters (typesetting, "2007　年末") are dropped.
std::string CleanTitle(std::string_view title, std::string_view h1);

// True if `title` opens with `headline` and goes on with a separator
// ("Die Minze als Mutmacher – Deniz Yücels Bericht | hessenschau.de"
// opened by "Die Minze als Mutmacher – Deniz Yücels Bericht").
bool TitleOpensWith(std::string_view title, std::string_view headline);

// The longest of `candidates` (texts of the page's elements) that <title>
// holds whole, between separators or at its ends: the headline of a page
// whose <title> appends a section and site name with "-", " " or "_". "" if
// none is at least 6 characters long.
std::string HeadlineInTitle(std::string_view title, const std::vector<std::string>& candidates);

// The site's name in <title> once `headline` is taken out: the outermost
// part on the far side of the separators ("…_东区办事处_中山网" -> 中山网,
// "Reuters | …" -> Reuters). "" if nothing that short is left.
std::string SiteNameFromTitle(std::string_view title, std::string_view headline);

// The name after the earliest "来源：" (来源于：, 稿源：) in `text` that is not
// a picture credit (图片来源：); "" if none.
std::string VisibleSource(std::string_view text);

// True for the names a page gives itself as a source (本站, 本站原创, 本网):
// the site is the source.
bool IsSelfReference(std::string_view source);

// The publishing name in a byline such as "原创 南方都市报 2019-09-09 16:01"
// or "2019-09-05 11:10 游民星空[整理]": the word just before its date, else
// the first just after it, labels, counts and brackets left out. "" if the
// byline holds no date or no such word.
std::string BylineName(std::string_view byline);

// The owner a page's footer names: "主办单位：X", "Copyright © 2010-2016 X",
// "X 版权所有". "" if none.
std::string FooterOwner(std::string_view text);

// True if `name` is a Chinese outlet's, all Han and ending like one: 云南网,
// 新京报, 新华社, 电视台, 参考消息, 澎湃新闻, 新浪财经.
bool IsChineseOutletName(std::string_view name);

// The persons (or named desk) an author line names, in order: "By", "Von",
// "记者", "文/" and the like dropped, split at commas, semicolons, slashes,
// ampersands, 、 and "and"/"und"/"et"; never an id (105092, L_104485), a
// URL, an e-mail address, a domain (mdr.de), a date, or a line too long to
// be a name.
std::vector<std::string> SplitAuthors(std::string_view line);

// A well-known news site's name for a host (finance.sina.com.cn -> 新浪财经,
// www.reuters.com -> Reuters); "" if unknown.
std::string SourceForHost(std::string_view host);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_PAGE_META_H_
