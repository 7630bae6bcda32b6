// Copyright 2026 The precis Authors.
//
// Bytes -> UTF-8. Order of evidence: a byte-order mark; valid UTF-8; a strict
// GB18030 decode (GB18030 is a superset of GBK and GB2312, so one decoder
// serves all three) that must also look like Chinese; else, when uchardet
// takes the bytes for Big5, a strict Big5 decode that must look like Chinese.
// Anything else is refused with the offset of the first byte that is not
// UTF-8.

#ifndef PRECIS_INGEST_CHARSET_H_
#define PRECIS_INGEST_CHARSET_H_

#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis::ingest {

enum class Encoding { kUtf8, kUtf16Le, kUtf16Be, kGb18030, kBig5, kOther };

const char* EncodingName(Encoding encoding);

struct Decoded {
  std::string text;  // UTF-8, without BOM
  Encoding encoding = Encoding::kUtf8;
};

// Errors: kDataLoss for binary data or undecodable bytes, with `name` in the
// message.
Result<Decoded> DecodeToUtf8(std::string_view bytes, const std::string& name);

// Converts from a named ICU converter ("GB18030", "Big5", "UTF-16LE"...)
// strictly: fails at the first byte sequence that does not decode.
Result<std::string> ConvertStrict(std::string_view bytes, const char* charset, size_t* error_offset);

}  // namespace precis::ingest

namespace precis::ingest {

// Bytes of an HTML page -> UTF-8. Evidence in order: a byte-order mark; bytes
// that are valid UTF-8 with multi-byte sequences (pages saved by a browser
// keep a stale <meta charset>); the charset named by `declared` (an HTTP
// header's) or by a <meta> in the first 4 KB; detection with uchardet.
// Decoding substitutes U+FFFD for the few bad bytes real pages contain; a
// page that is mostly undecodable or binary is refused (kDataLoss).
Result<Decoded> DecodeHtmlToUtf8(std::string_view bytes, const std::string& name,
                                 const std::string& declared = "");

// The charset a page declares in its first 4 KB (<meta charset=...> or
// http-equiv Content-Type), lower-cased; "" if none.
std::string DeclaredHtmlCharset(std::string_view bytes);

}  // namespace precis::ingest

#endif  // PRECIS_INGEST_CHARSET_H_
