// Copyright 2026 The precis Authors.
//
// Quality floor of the Chinese segmenter on the SIGHAN 2005 PKU test set.
// Reference points: jieba 0.42 (no HMM) F1 0.836; ICU's dictionary word
// break F1 0.795. precis must stay at or above jieba.

#include <gtest/gtest.h>

#include <fstream>

#include "cws_score.h"
#include "test_util.h"

namespace precis {
namespace {

TEST(CwsQualityTest, PkuF1AtLeastJieba) {
  std::ifstream raw(testing::SharedData("cws/pku_test.utf8"));
  std::ifstream gold(testing::SharedData("cws/pku_test_gold.utf8"));
  std::ifstream vocab(testing::SharedData("cws/pku_training_words.utf8"));
  ASSERT_TRUE(raw && gold && vocab);
  std::unordered_set<std::string> training;
  std::string line;
  while (std::getline(vocab, line)) {
    for (auto& w : cws::SplitWords(line)) training.insert(w);
  }
  cws::Score score;
  std::string gold_line;
  while (std::getline(raw, line) && std::getline(gold, gold_line)) {
    std::string predicted;
    for (std::string_view w : testing::Text().SegmentWords(line)) {
      predicted.append(w);
      predicted.push_back(' ');
    }
    cws::ScoreLine(gold_line, predicted, training, &score);
  }
  EXPECT_EQ(score.mismatched_lines, 0u);
  EXPECT_GT(score.gold_words, 100000u);
  EXPECT_GE(score.f1(), 0.836) << "P " << score.precision() << " R " << score.recall();
  EXPECT_GE(score.oov_recall(), 0.70);
  std::cout << "PKU: P " << score.precision() << " R " << score.recall() << " F1 " << score.f1() << " OOV-R "
            << score.oov_recall() << "\n";
}

}  // namespace
}  // namespace precis
