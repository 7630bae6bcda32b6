// Copyright 2026 The precis Authors.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/article.h"

namespace precis {
namespace {

TEST(NormTableTest, NumbersEachNormOnceAndZeroIsEmpty) {
  NormTable norms;
  EXPECT_EQ(norms.size(), 1u);
  EXPECT_EQ(norms[0], "");
  EXPECT_EQ(norms.Intern(""), 0u);
  const uint32_t rate = norms.Intern("rate");
  const uint32_t han = norms.Intern("乌克兰");
  EXPECT_NE(rate, han);
  EXPECT_NE(rate, 0u);
  EXPECT_EQ(norms.Intern(std::string("rate")), rate);
  EXPECT_EQ(norms[rate], "rate");
  EXPECT_EQ(norms[han], "乌克兰");
  EXPECT_EQ(norms.Find("rate"), rate);
  EXPECT_EQ(norms.Find("rates"), NormTable::kNone);
  EXPECT_EQ(norms.size(), 3u);
}

TEST(NormTableTest, KeepsEveryNormAsItGrows) {
  NormTable norms;
  std::vector<uint32_t> ids;
  auto word_of = [](int i) { return std::to_string(i).append("w"); };
  for (int i = 0; i < 5000; ++i) ids.push_back(norms.Intern(word_of(i)));
  for (int i = 0; i < 5000; ++i) {
    const std::string word = word_of(i);
    ASSERT_EQ(ids[static_cast<size_t>(i)], static_cast<uint32_t>(i + 1)) << "numbered in order of arrival";
    ASSERT_EQ(norms[ids[static_cast<size_t>(i)]], word);
    ASSERT_EQ(norms.Intern(word), ids[static_cast<size_t>(i)]);
  }
  EXPECT_EQ(norms.size(), 5001u);
}

TEST(NormTableTest, ReservingKeepsWhatIsHeld) {
  NormTable norms;
  const uint32_t a = norms.Intern("a");
  norms.Reserve(10000);
  EXPECT_EQ(norms.Find("a"), a);
  EXPECT_EQ(norms.Intern("b"), a + 1);
  EXPECT_EQ(norms.Find(""), 0u);
}

TEST(NormTableTest, CopiesAreIndependent) {
  NormTable a;
  const uint32_t x = a.Intern("x");
  NormTable b = a;
  const uint32_t y = b.Intern("y");
  EXPECT_EQ(b[x], "x");
  EXPECT_EQ(a.Find("y"), NormTable::kNone);
  EXPECT_EQ(b[y], "y");
  EXPECT_EQ(a.Intern("z"), y) << "each copy numbers on from where they parted";
  EXPECT_EQ(a[y], "z");
}

TEST(NormTableTest, ClearedTablesNumberAfreshUnderANewSerial) {
  for (const size_t held : {3, 20000}) {  // kept room, and room let go
    for (const size_t room : {0, 100, 50000}) {
      NormTable norms;
      for (size_t i = 0; i < held; ++i) norms.Intern("w" + std::to_string(i));
      const uint64_t before = norms.serial();
      norms.Clear(room);
      EXPECT_NE(norms.serial(), before);
      EXPECT_EQ(norms.size(), 1u);
      EXPECT_EQ(norms.Find(""), 0u);
      EXPECT_EQ(norms.Find("w0"), NormTable::kNone);
      EXPECT_EQ(norms.Intern("b"), 1u);
      EXPECT_EQ(norms.Intern("w1"), 2u);
      EXPECT_EQ(norms[1], "b");
      EXPECT_EQ(norms.Intern("b"), 1u);
      for (size_t i = 0; i < 1000; ++i) ASSERT_EQ(norms.Intern("x" + std::to_string(i)), 3 + i);
      EXPECT_EQ(norms.Find("w1"), 2u);
    }
  }
}

TEST(NormTableTest, EveryTableCopyAndMoveHasItsOwnSerial) {
  NormTable a, b;
  EXPECT_NE(a.serial(), 0u);
  EXPECT_NE(a.serial(), b.serial());
  const uint64_t before = a.serial();
  NormTable copy = a;
  EXPECT_NE(copy.serial(), before);
  NormTable moved = std::move(a);
  EXPECT_NE(moved.serial(), before);
  EXPECT_NE(a.serial(), before)
      << "a moved-from table may be filled anew";  // NOLINT(bugprone-use-after-move)
  b = copy;
  EXPECT_NE(b.serial(), copy.serial());
}

}  // namespace
}  // namespace precis
