// Copyright 2026 The precis Authors.
//
// The store's schema, one migration per version, for each back end. The
// stores apply the ones a store has not seen, in order, at open; a migration
// once released is never edited (a change is a new one).

#ifndef PRECIS_STORE_SCHEMA_H_
#define PRECIS_STORE_SCHEMA_H_

#include <cstdint>
#include <string>
#include <vector>

#include "precis/status.h"

namespace precis::store {

// Migration i takes a store from version i to i + 1.
const std::vector<std::string>& SqliteMigrations();
const std::vector<std::string>& PostgresMigrations();

// "YYYY-MM-DD" when `published` starts with a calendar day, else "".
std::string PublishedDay(const std::string& published);

// A search page's bounds, the same for both back ends: the sequence number
// a cursor continues before (0: the first page; kInvalidArgument for a
// cursor no store gave), and the limit brought into 1..100.
Result<int64_t> CursorBefore(const std::string& cursor);
int PageLimit(int limit);

}  // namespace precis::store

#endif  // PRECIS_STORE_SCHEMA_H_
