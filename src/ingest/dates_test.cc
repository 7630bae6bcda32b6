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
      {"By Jane Doe, March 18, 2026", "2026-03-18"},
      {"18 March 2026 | Reuters", "2026-03-18"},
      {"Updated Sept. 17, 2026", "2026-09-17"},
      {"March 18th, 2026", "2026-03-18"},
      {"Veröffentlicht am 18. Mai 2014", "2014-05-18"},
      {"18. MÄRZ 2014", "2014-03-18"},
      {"Publié le 5 décembre 2019", "2019-12-05"},
      {"5 de mayo de 2020", "2020-05-05"},
      {"3 de mayo de 202221:25 LA NACION", "2022-05-03"},  // a time set against the year
      {"May 3, 202221:25", "2022-05-03"},
      {"3 de mayo de 202221", ""},  // six digits, no time: no year
      {"Stand: 12.02.2020, 11:52 Uhr", "2020-02-12"},
      {"15 августа 2016, 13:43", "2016-08-15"},
      {"Opublikowano: 3 września 2021", "2021-09-03"},
      {"Publikováno 7. května 2023", "2023-05-07"},
      {"12 жовтня 2022", "2022-10-12"},
      {"5 Nisan 2025", "2025-04-05"},
      {"den 2 augusti 2024", "2024-08-02"},
      {"1.2.3.2020", ""},          // a version number
      {"May 2026 be good", ""},    // no day
      {"in March 40, 2026", ""},   // no such day
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

TEST(DatesTest, DateInUrl) {
  EXPECT_EQ(DateInUrl("https://example.com/2019/11/25/tram-line"), "2019-11-25");
  EXPECT_EQ(DateInUrl("https://example.com/news/2019-11-25/tram.html"), "2019-11-25");
  EXPECT_EQ(DateInUrl("http://news.example.cn/c/20191125/123456.shtml"), "2019-11-25");
  EXPECT_EQ(DateInUrl("https://example.com/2019/1125/c123.html"), "2019-11-25");
  EXPECT_EQ(DateInUrl("https://example.com/2019/11/tram"), "");             // no day
  EXPECT_EQ(DateInUrl("https://example.com/article/201911251234567"), "");  // an id
  EXPECT_EQ(DateInUrl("https://example.com/tram?date=2019-11-25"), "");     // not the path
  EXPECT_EQ(DateInUrl("https://example.com/2019/13/45/x"), "");
  EXPECT_EQ(DateInUrl(""), "");
}

TEST(DatesTest, ParseTimestampKeepsTheZone) {
  auto zone = [](std::string_view v) { return ParseTimestamp(v).zone; };
  EXPECT_EQ(ParseTimestamp("2019-01-01T08:00:00+08:00").local, "2019-01-01 08:00");
  EXPECT_EQ(zone("2019-01-01T08:00:00+08:00"), "+08:00");
  EXPECT_EQ(zone("2018-12-31T23:11+00:00"), "+00:00");
  EXPECT_EQ(zone("2022-05-04T00:53:29.274Z"), "+00:00");
  EXPECT_EQ(zone("2022-05-04T00:53:29-0300"), "-03:00");
  EXPECT_EQ(zone("2022-05-04 00:53 +05"), "+05:00");
  EXPECT_EQ(zone("2022-05-04 00:53 GMT+08:00"), "+08:00");
  EXPECT_EQ(ParseTimestamp("Tue, 03 May 2022 23:53:14 GMT").local, "2022-05-03 23:53");
  EXPECT_EQ(zone("Tue, 03 May 2022 23:53:14 GMT"), "+00:00");
  EXPECT_EQ(zone("2022-05-04"), "");                 // no time, no zone
  EXPECT_EQ(zone("2022-05-04 00:53"), "");           // none stated
  EXPECT_EQ(zone("2022-05-04 00:53 - Berlin"), "");  // a dash, not an offset
  EXPECT_EQ(zone("2022-05-04 00:53 Zurich"), "");    // a word, not Z
  EXPECT_EQ(zone("2022-05-04T00:53+25:00"), "");     // no such offset
  EXPECT_EQ(ParseTimestamp("no date").local, "");
  EXPECT_EQ(zone("2019-01-01 08:00 GMT+8"), "+08:00");  // a one-digit hour
  EXPECT_EQ(zone("2019-01-01 08:00 UTC-5"), "-05:00");
  EXPECT_EQ(zone("2019-01-01 08:00 GMT+x"), "");  // an offset that does not parse is not UTC
  EXPECT_EQ(zone("2022-05-04T24:61Z"), "");       // no such time
  EXPECT_EQ(ParseTimestamp("May 3, 2022 10:00 PM EST").local, "2022-05-03 22:00");
  EXPECT_EQ(ParseTimestamp("May 3, 2022 12:30 am").local, "2022-05-03 00:30");
  EXPECT_EQ(ParseTimestamp("Tue, 03 May 2022 10:00 PM GMT").local, "2022-05-03 22:00");
  EXPECT_EQ(zone("Tue, 03 May 2022 10:00 PM GMT"), "+00:00");
}

TEST(DatesTest, SlashDatesAreDayFirstUnlessTheMonthIsPlain) {
  EXPECT_EQ(FindSlashDate("Published 02/10/2020 18:05", true), "2020-10-02");
  EXPECT_EQ(FindSlashDate("Published 02/10/2020 18:05", false), "2020-02-10");
  EXPECT_EQ(FindSlashDate("12/25/2019", true), "2019-12-25");  // no 25th month
  EXPECT_EQ(FindSlashDate("25/12/2019", false), "2019-12-25");
  EXPECT_EQ(FindSlashDate("1/2/2019", true), "2019-02-01");
  EXPECT_EQ(FindSlashDate("page 3/4 of 2019 items", true), "");
  EXPECT_EQ(FindSlashDate("/12/10/2019/", true), "");  // a path, not a date
  EXPECT_EQ(FindSlashDate("112/10/2019", true), "");
  EXPECT_EQ(FindSlashDate("13/13/2019", true), "");
  EXPECT_EQ(FindSlashDate("", true), "");
}

TEST(DatesTest, ShiftDaysCrossesMonthsYearsAndLeapDays) {
  EXPECT_EQ(ShiftDays("2022-05-04 00:25", -1), "2022-05-03");
  EXPECT_EQ(ShiftDays("2022-03-01", -1), "2022-02-28");
  EXPECT_EQ(ShiftDays("2024-03-01", -1), "2024-02-29");
  EXPECT_EQ(ShiftDays("2018-12-31", 1), "2019-01-01");
  EXPECT_EQ(ShiftDays("2019-01-01", -1), "2018-12-31");
  EXPECT_EQ(ShiftDays("2022-5-4", 1), "");
  EXPECT_EQ(ShiftDays("", 1), "");
}

}  // namespace
}  // namespace precis::ingest
