// Copyright 2026 The precis Authors.
//
// Bytes as gzip writes them, for tests of the readers and fetchers that
// take gzip data (a page.html.gz, a Content-Encoding: gzip response).

#ifndef PRECIS_TESTS_GZIP_BYTES_H_
#define PRECIS_TESTS_GZIP_BYTES_H_

#include <zlib.h>

#include <string>
#include <string_view>

namespace precis::testing {

// `data` gzip-compressed (one member); "" if zlib fails.
inline std::string Gzip(std::string_view data) {
  z_stream z{};
  if (deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return "";
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const bool done = deflate(&z, Z_FINISH) == Z_STREAM_END;
  out.resize(z.total_out);
  deflateEnd(&z);
  return done ? out : "";
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_GZIP_BYTES_H_
