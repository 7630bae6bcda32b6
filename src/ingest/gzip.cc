// Copyright 2026 The precis Authors.

#include "ingest/gzip.h"

#include <zlib.h>

#include <limits>
#include <memory>

namespace precis::ingest {

bool IsGzip(std::string_view bytes) { return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b'; }

Result<std::string> Gunzip(std::string_view bytes, const std::string& name, size_t max_bytes) {
  // zlib counts its input in 32 bits.
  if (bytes.size() > std::numeric_limits<uInt>::max()) {
    return ResourceExhaustedError(name + ": too large a gzip file to read at once");
  }
  z_stream z{};
  // 16 + MAX_WBITS: a gzip header and trailer (CRC and length checked).
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return InternalError(name + ": cannot start zlib");
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&z, inflateEnd);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  std::string out;
  char chunk[64 * 1024];
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof chunk;
    const int rc = inflate(&z, Z_NO_FLUSH);
    const size_t made = sizeof chunk - z.avail_out;
    if (out.size() + made > max_bytes) {
      return ResourceExhaustedError(name + ": larger than the limit of " + std::to_string(max_bytes) +
                                    " bytes once decompressed");
    }
    out.append(chunk, made);
    if (rc == Z_STREAM_END) {
      if (z.avail_in == 0) return out;
      // Another member follows (gzip -d writes them one after another).
      const std::string_view rest(reinterpret_cast<const char*>(z.next_in), z.avail_in);
      if (!IsGzip(rest)) return DataLossError(name + ": data after the end of the gzip stream");
      if (inflateReset(&z) != Z_OK) return DataLossError(name + ": damaged gzip data");
      continue;
    }
    if (rc == Z_OK) continue;
    if (rc == Z_BUF_ERROR && z.avail_in == 0) return DataLossError(name + ": gzip data cut short");
    return DataLossError(name + ": damaged gzip data" +
                         (z.msg != nullptr ? std::string(" (") + z.msg + ")" : ""));
  }
}

}  // namespace precis::ingest
