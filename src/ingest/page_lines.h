// Copyright 2026 The precis Authors.
//
// The paragraphs of a page's body, cleaned of what is page furniture rather
// than article: editor and photo credits, picture captions, copyright and
// "原标题" notes, the headline repeated (or reworded) at the top, the byline
// block before the first paragraph, sign-offs and whatever follows them at
// the end, and scraps at the edges (an icon's counter, a tag list).
// Strings in, strings out: the HTML reader finds the body, this decides
// which of its lines are the article.

#ifndef PRECIS_INGEST_PAGE_LINES_H_
#define PRECIS_INGEST_PAGE_LINES_H_

#include <string>
#include <string_view>
#include <vector>

namespace precis::ingest {

// A line that is never article text wherever it stands: 责任编辑…, 原标题…,
// 版权所有, 图为…（刘通摄）, ▲图片来自视频截图, 信息来源于网络, 昨天, a
// bare URL or timestamp.
bool IsFurnitureLine(std::string_view p);

// A short line that credits people or points elsewhere: 编辑刘晓阳校对李铭,
// 采写：南都见习记者林子沛, 【文/观察者网专栏作者王文】, 新京报记者 陆一夫.
bool IsCreditLine(std::string_view p);

// What the body's top said about the article, when it held a byline.
struct BodyByline {
  std::string published;
  std::string author;
};

// The people a Chinese credit names, "" if `p` is none: a reporter's or
// editor's line (光明日报记者王建宏张文攀, 编辑：山石, 作者：胡平), a lead's
// opening (本报记者罗科苏盈发自北京) or an end's sign-off (（姚峰 上海报道）),
// joined with ", ". A run of six Han characters is two names of three.
std::string ChineseCreditNames(std::string_view p);

// The article's paragraphs among `paragraphs` (in order), for a page whose
// headline is headlines[0] (further copies of it, such as the page's h1,
// may follow); a byline block dropped from the top fills `byline`, and a
// Chinese credit near either end (ChineseCreditNames) its author.
std::vector<std::string> CleanBody(std::vector<std::string> paragraphs,
                                   const std::vector<std::string>& headlines, BodyByline* byline);

// Paragraphs with the sentences a page broke across lines or elements
// joined again (华为推出了多项指标世界领先的 / 麒麟990芯片…): a paragraph of
// prose — at least 12 Han characters with a comma in it, or 8 English
// words — that ends with no punctuation runs on into the next when that one
// opens with a Han character or digit (Chinese, joined without a space) or
// a lower-case letter (English, with one); so does a Chinese line of any
// length ending in a comma or a word no sentence ends in (下周一， / 因为 /
// 就是); a heading (short, or no comma) or the next paragraph's list marker
// (一是, 第一，, 1、 — not 5.8% or 第二阶段) keeps them apart. Pages and
// plain text alike: a text copied from a page keeps its broken lines.
std::vector<std::string> JoinBrokenLines(std::vector<std::string> paragraphs);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_PAGE_LINES_H_
