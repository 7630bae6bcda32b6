// Copyright 2026 The precis Authors.
//
// Finding a publication date and time written in a line of text:
// 2026-01-09 23:52, 2026/1/9, 2026年01月09日 23:52, January 9, 2026,
// 9 January 2026, 9. Januar 2026, 9 janvier 2026, 9 de enero de 2026,
// 09.01.2026.

#ifndef PRECIS_INGEST_DATES_H_
#define PRECIS_INGEST_DATES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace precis::ingest {

struct DateMatch {
  size_t begin = 0;  // byte range of the date (and time) in the text
  size_t end = 0;
  // "YYYY-MM-DD", or "YYYY-MM-DD hh:mm" for year-first numeric forms with a
  // time (seconds dropped).
  std::string normalized;
};

// The first date in `text` (its first 4 KB), if any. Years 1900-2099 only.
std::optional<DateMatch> FindDate(std::string_view text);

// A machine-readable timestamp (2022-05-04T00:25:56.152Z,
// 2019-01-01T08:00:00+08:00, Wed, 04 May 2022 00:25:56 GMT): the date and
// time as written, in the zone they were written in, and that zone.
struct Timestamp {
  std::string local;  // "YYYY-MM-DD" or "YYYY-MM-DD hh:mm"; "" if no date
  std::string zone;   // the UTC offset of the time, "+08:00" ("+00:00" for Z,
                      // GMT, UTC); "" if none is stated or there is no time
};
Timestamp ParseTimestamp(std::string_view value);

// The ISO date (YYYY-MM-DD, the first ten bytes of `iso`) `days` days
// later (earlier if negative); "" if `iso` does not start with a valid one.
std::string ShiftDays(std::string_view iso, int days);

// The first date written with slashes, the year last (02/10/2020), as
// YYYY-MM-DD: day first unless the day would pass 12 or `day_first` is
// false (the United States write the month first); "" if none.
std::string FindSlashDate(std::string_view text, bool day_first);

// The date a URL's path carries (/2019/11/25/, /2019-11-25/, /20191125/,
// /2019/1125/) as YYYY-MM-DD; "" if none.
std::string DateInUrl(std::string_view url);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_DATES_H_
