// Copyright 2026 The precis Authors.
//
// gzip-compressed inputs (a saved page.html.gz, a feed.xml.gz), read as
// what they hold, with zlib.

#ifndef PRECIS_INGEST_GZIP_H_
#define PRECIS_INGEST_GZIP_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis::ingest {

// True if `bytes` opens with gzip's magic number (1f 8b).
bool IsGzip(std::string_view bytes);

// The bytes a gzip file holds (every member of it, as gzip -d writes them).
// Errors name `name`: damaged or cut-short data, or data after the last
// member (kDataLoss); more than `max_bytes` once decompressed
// (kResourceExhausted, found without writing past the limit).
Result<std::string> Gunzip(std::string_view bytes, const std::string& name, size_t max_bytes);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_GZIP_H_
