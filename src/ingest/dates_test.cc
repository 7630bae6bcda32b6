// Copyright 2026 The precis Authors.

#include "ingest/dates.h"

#include <gtest/gtest.h>

namespace precis::ingest {
namespace {

TEST(DatesTest, FindsDatesInEachWrittenForm) {
  struct Row {
    const char* text;
    const char* normalized;  // "" when no date is expected
  };
  const Row rows[] = {
      {"新浪财经·2026-01-09 23:52", "2026-01-09 23:52"},
      {"2026年01月09日 23:52 来源：新华社", "2026-01-09 23:52"},
      {"2026年1月9日", "2026-01-09"},
      {"发布时间：2026/1/9 08:05:30", "2026-01-09 08:05"},
      {"2026.03.18", "2026-03-18"},
      {"By Jane Doe, March 18, 2026", "March 18, 2026"},
      {"18 March 2026 | Reuters", "18 March 2026"},
      {"Updated Sept. 17, 2026", "Sept. 17, 2026"},
      {"增长了2026个百分点", ""},  // a number, not a date
      {"2026-13-45", ""},          // impossible month and day
      {"no date here", ""},
  };
  for (const Row& row : rows) {
    auto date = FindDate(row.text);
    if (*row.normalized == '\0') {
      EXPECT_FALSE(date.has_value()) << row.text;
    } else {
      ASSERT_TRUE(date.has_value()) << row.text;
      EXPECT_EQ(date->normalized, row.normalized) << row.text;
    }
  }
}

}  // namespace
}  // namespace precis::ingest
