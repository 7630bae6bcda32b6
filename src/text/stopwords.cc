// Copyright 2026 The precis Authors.

#include "text/stopwords.h"

#include <algorithm>
#include <array>

namespace precis::text {
namespace {

// Sorted, for binary search.
constexpr std::array<std::string_view, 189> kEnglish = {
    "'s",       "a",       "about",   "above",   "according", "across",   "after",   "again",   "against",
    "ago",      "all",     "almost",  "already", "also",      "although", "am",      "among",   "an",
    "and",      "another", "any",     "are",     "around",    "as",       "at",      "be",      "became",
    "because",  "been",    "before",  "being",   "below",     "between",  "both",    "but",     "by",
    "can",      "could",   "did",     "do",      "does",      "doing",    "down",    "during",  "each",
    "either",   "else",    "even",    "ever",    "every",     "few",      "fifth",   "finally", "first",
    "firstly",  "five",    "for",     "four",    "fourth",    "from",     "further", "had",     "has",
    "have",     "having",  "he",      "her",     "here",      "hers",     "herself", "him",     "himself",
    "his",      "how",     "however", "i",       "if",        "in",       "into",    "is",      "it",
    "its",      "itself",  "just",    "last",    "lastly",    "less",     "like",    "made",    "make",
    "many",     "may",     "me",      "might",   "more",      "most",     "much",    "must",    "my",
    "myself",   "never",   "no",      "nor",     "not",       "now",      "of",      "off",     "on",
    "once",     "one",     "only",    "or",      "other",     "our",      "ours",    "out",     "over",
    "own",      "per",     "rather",  "said",    "same",      "say",      "says",    "second",  "secondly",
    "she",      "should",  "since",   "so",      "some",      "still",    "such",    "than",    "that",
    "the",      "their",   "theirs",  "them",    "then",      "there",    "these",   "they",    "third",
    "thirdly",  "this",    "those",   "though",  "three",     "through",  "thus",    "to",      "today",
    "together", "told",    "too",     "two",     "under",     "until",    "up",      "upon",    "us",
    "very",     "was",     "we",      "week",    "were",      "what",     "when",    "where",   "whether",
    "which",    "while",   "who",     "whom",    "whose",     "why",      "will",    "with",    "within",
    "without",  "would",   "year",    "years",   "yesterday", "yet",      "you",     "your",    "yours"};

// Sorted in byte order, for binary search.
constexpr std::array<std::string_view, 59> kChinese = {
    "一个",     "一方面", "一是", "三是", "不",   "不过", "为",   "也",   "了",   "二是", "于",   "五是",
    "从",       "以",     "但",   "但是", "使",   "其一", "其中", "其二", "其次", "到",   "又",   "及",
    "另一方面", "可以",   "向",   "四是", "因为", "因此", "在",   "将",   "就",   "已",   "已经", "并",
    "很",       "所以",   "把",   "指出", "是",   "更",   "最后", "有",   "来",   "由",   "的",   "称",
    "等",       "而",     "表示", "被",   "认为", "说",   "还",   "这一", "这些", "那些", "首先"};

bool IsChineseStopTag(std::string_view tag) {
  if (tag.empty()) return false;
  switch (tag[0]) {
    case 'c':  // conjunction
    case 'd':  // adverb
    case 'e':  // interjection
    case 'o':  // onomatopoeia
    case 'p':  // preposition
    case 'q':  // classifier
    case 'r':  // pronoun
    case 'u':  // particle
    case 'y':  // modal particle
    case 'm':  // numeral: facts, not topics
      return true;
  }
  return tag == "f";  // locality word (上, 中, 后)
}

}  // namespace

bool IsEnglishStopword(std::string_view word) {
  return std::binary_search(kEnglish.begin(), kEnglish.end(), word);
}

bool IsChineseStopword(std::string_view word, std::string_view tag) {
  if (std::binary_search(kChinese.begin(), kChinese.end(), word)) return true;
  return IsChineseStopTag(tag);
}

}  // namespace precis::text
