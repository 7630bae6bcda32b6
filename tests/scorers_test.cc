// Copyright 2026 The precis Authors.
//
// The scorers behind the README's quality figures, on inputs small enough to
// score by hand: the article-extraction-benchmark metric (shingle_score.h:
// Python's \w+ tokens, 4-token shingles, per-page normalised TP/FP/FN,
// precision and recall averaged over pages) and the SIGHAN 2005 word
// segmentation score (cws_score.h: P, R, F1, OOV recall).

#include <gtest/gtest.h>

#include <initializer_list>
#include <map>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "cws_score.h"
#include "shingle_score.h"

namespace precis {
namespace {

TEST(ShingleScoreTest, TokensAreThoseOfPythonsWordRegex) {
  struct Row {
    const char* intent;
    std::string text;
    std::vector<std::string> tokens;  // re.findall(r'\w+', text)
  };
  const Row rows[] = {
      {"ASCII words; an apostrophe and punctuation split",
       "Hello, world! It's 9am.",
       {"Hello", "world", "It", "s", "9am"}},
      {"an underscore is a word character, a hyphen is not",
       "snake_case __init__ a-b",
       {"snake_case", "__init__", "a", "b"}},
      {"digits of any script are word characters; '.' and ',' split numbers",
       "3.14 1,000 ٣٤ １２３",
       {"3", "14", "1", "000", "٣٤", "１２３"}},
      {"numeric characters that are not digits (No, Nl) are word characters", "x² Ⅻ ½", {"x²", "Ⅻ", "½"}},
      {"CJK runs are one token up to punctuation, digits included",
       "中文，分词。北京2024年",
       {"中文", "分词", "北京2024年"}},
      {"a combining acute accent (Mn) is no word character", "cafe\u0301 noir", {"cafe", "noir"}},
      {"e + combining acute alone", "e\u0301", {"e"}},
      {"Devanagari vowel signs (Mc) split the word: क ि त ा ब", "किताब", {"क", "त", "ब"}},
      {"symbols and typographic punctuation split",
       "—«quoted»… (yes) $5 + 3% = @user #tag",
       {"quoted", "yes", "5", "3", "user", "tag"}},
      {"any whitespace splits, a no-break space too", "a\u00a0b\tc\nd", {"a", "b", "c", "d"}},
      {"nothing but punctuation", "... !?", {}},
      {"empty text", "", {}},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(shingle::WordTokens(row.text), row.tokens) << row.intent;
  }
}

// A shingle's key: its tokens, each followed by U+001F.
std::string Key(std::initializer_list<const char*> tokens) {
  std::string key;
  for (const char* t : tokens) key += std::string(t) + "\x1f";
  return key;
}

TEST(ShingleScoreTest, ShinglesAreRunsOfFourTokensWithCounts) {
  struct Row {
    const char* intent;
    std::string text;
    std::map<std::string, int> shingles;
  };
  const Row rows[] = {
      {"no tokens, no shingle", "", {}},
      {"punctuation alone has no tokens either", "— …", {}},
      {"one token is one shingle", "one", {{Key({"one"}), 1}}},
      {"three tokens are one shingle of all three", "one, two; three", {{Key({"one", "two", "three"}), 1}}},
      {"four tokens are exactly one shingle", "a b c d", {{Key({"a", "b", "c", "d"}), 1}}},
      {"five tokens: two overlapping shingles",
       "a b c d e",
       {{Key({"a", "b", "c", "d"}), 1}, {Key({"b", "c", "d", "e"}), 1}}},
      {"a repeated run is counted, not merged",
       "a b a b a b",
       {{Key({"a", "b", "a", "b"}), 2}, {Key({"b", "a", "b", "a"}), 1}}},
      {"case is kept: The and the differ", "The the the the", {{Key({"The", "the", "the", "the"}), 1}}},
  };
  for (const Row& row : rows) EXPECT_EQ(shingle::Shingles(row.text), row.shingles) << row.intent;
}

TEST(ShingleScoreTest, ScorerAveragesNormalisedPagesByHand) {
  struct Page {
    std::string gold, predicted;
    double tp;  // the page's normalised true-positive share, Add()'s result
  };
  // Shingles {abab: 2, baba: 1} against {abab: 1, baba: 1}: TP 2, FP 0,
  // FN 1, normalised by 3. Page precision 1, recall 2/3.
  const Page repeated = {"a b a b a b", "a b a b a", 2.0 / 3};
  // {xyzw, yzwv} against {xyzw, yzwq, zwqr}: TP 1, FP 2, FN 1, over 4.
  // Page precision 1/3, recall 1/2.
  const Page partial = {"x y z w v", "x y z w q r", 1.0 / 4};
  // Nothing predicted: FN 1 alone. The page has no precision (TP + FP = 0)
  // and recall 0.
  const Page empty_prediction = {"one two three four", "", 0};
  // Both sides empty: TP = FP = FN = 0; the page counts in neither average.
  const Page both_empty = {"", "", 0};
  // Equal texts: precision and recall 1.
  const Page perfect = {"the same four words", "the same four words", 1};

  struct Row {
    const char* intent;
    std::vector<Page> pages;
    double precision, recall, f1;
  };
  const Row rows[] = {
      // Precision (1 + 1/3) / 2, recall (2/3 + 1/2) / 2; F1 of the averages,
      // 2 * 2/3 * 7/12 / (2/3 + 7/12) = 28/45.
      {"page scores are averaged, then F1 taken", {repeated, partial}, 2.0 / 3, 7.0 / 12, 28.0 / 45},
      // Precision over the one page that predicted anything; recall
      // (2/3 + 0) / 2; F1 2 * 1 * 1/3 / (4/3).
      {"an empty prediction lowers recall only", {repeated, empty_prediction}, 1, 1.0 / 3, 1.0 / 2},
      // The same as `repeated` alone: F1 2 * 2/3 / (5/3) = 4/5.
      {"a page empty on both sides is left out", {repeated, both_empty}, 1, 2.0 / 3, 4.0 / 5},
      {"a perfect page", {perfect}, 1, 1, 1},
      {"no pages", {}, 0, 0, 0},
  };
  for (const Row& row : rows) {
    SCOPED_TRACE(row.intent);
    shingle::Scorer scorer;
    for (const Page& page : row.pages) EXPECT_NEAR(scorer.Add(page.gold, page.predicted), page.tp, 1e-12);
    EXPECT_NEAR(scorer.precision(), row.precision, 1e-12);
    EXPECT_NEAR(scorer.recall(), row.recall, 1e-12);
    EXPECT_NEAR(scorer.f1(), row.f1, 1e-12);
  }
}

// Words of the training vocabulary: a gold word outside it is OOV.
const std::unordered_set<std::string> kTraining = {"我们", "喜欢", "北京", "天安门", "研究",
                                                   "生命", "起源", "访问", "了"};

struct CwsLine {
  const char* intent;
  std::string gold, predicted;
  cws::Score counts;  // what the line adds to a fresh Score
  double precision, recall, f1, oov_recall;
};

// {gold_words, predicted_words, correct, oov_words, oov_correct,
// mismatched_lines} per line; P = correct / predicted, R = correct / gold,
// F1 = 2 * correct / (predicted + gold).
const CwsLine kCwsLines[] = {
    {"a perfect line (no OOV word, so OOV recall is 0)",
     "我们 喜欢 北京",
     "我们 喜欢 北京",
     {3, 3, 3, 0, 0, 0},
     1,
     1,
     1,
     0},
    {"over-split: 天安门 as 天安 门 costs one gold word, adds a wrong one",
     "我们 喜欢 天安门",
     "我们 喜欢 天安 门",
     {3, 4, 2, 0, 0, 0},
     2.0 / 4,
     2.0 / 3,
     4.0 / 7,
     0},
    {"under-split: 研究生命 joins two gold words",
     "研究 生命 起源",
     "研究生命 起源",
     {3, 2, 1, 0, 0, 0},
     1.0 / 2,
     1.0 / 3,
     2.0 / 5,
     0},
    {"OOV words: 张三 found, 故宫 split and missed",
     "张三 访问 了 故宫",
     "张三 访问 了 故 宫",
     {4, 5, 3, 2, 1, 0},
     3.0 / 5,
     3.0 / 4,
     2.0 / 3,
     1.0 / 2},
    {"characters differ (南 for 北): words counted, none correct, no OOV",
     "我们 喜欢 北京",
     "我们 喜欢 南京",
     {3, 3, 0, 0, 0, 1},
     0,
     0,
     0,
     0},
};

void ExpectCounts(const cws::Score& got, const cws::Score& want) {
  EXPECT_EQ(got.gold_words, want.gold_words);
  EXPECT_EQ(got.predicted_words, want.predicted_words);
  EXPECT_EQ(got.correct, want.correct);
  EXPECT_EQ(got.oov_words, want.oov_words);
  EXPECT_EQ(got.oov_correct, want.oov_correct);
  EXPECT_EQ(got.mismatched_lines, want.mismatched_lines);
}

TEST(CwsScoreTest, ScoresEachKindOfLineByHand) {
  for (const CwsLine& line : kCwsLines) {
    SCOPED_TRACE(line.intent);
    cws::Score score;
    cws::ScoreLine(line.gold, line.predicted, kTraining, &score);
    ExpectCounts(score, line.counts);
    EXPECT_NEAR(score.precision(), line.precision, 1e-12);
    EXPECT_NEAR(score.recall(), line.recall, 1e-12);
    EXPECT_NEAR(score.f1(), line.f1, 1e-12);
    EXPECT_NEAR(score.oov_recall(), line.oov_recall, 1e-12);
  }
}

TEST(CwsScoreTest, ScoresAFileAsTheSumOfItsLines) {
  cws::Score score;
  for (const CwsLine& line : kCwsLines) cws::ScoreLine(line.gold, line.predicted, kTraining, &score);
  // Gold 3+3+3+4+3 = 16 words, predicted 3+4+2+5+3 = 17, correct
  // 3+2+1+3+0 = 9; the mismatched line's words count against both.
  ExpectCounts(score, {16, 17, 9, 2, 1, 1});
  EXPECT_NEAR(score.precision(), 9.0 / 17, 1e-12);
  EXPECT_NEAR(score.recall(), 9.0 / 16, 1e-12);
  EXPECT_NEAR(score.f1(), 18.0 / 33, 1e-12);
  EXPECT_NEAR(score.oov_recall(), 1.0 / 2, 1e-12);
}

}  // namespace
}  // namespace precis
