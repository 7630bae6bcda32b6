// Copyright 2026 The precis Authors.

#include "ingest/charset.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

namespace precis::ingest {
namespace {

// Encodes UTF-8 text into `charset` with ICU, to build test inputs.
std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<size_t>(n));
  return out;
}

const std::string kChinese = "美联储宣布维持利率不变，市场反应平稳。";

TEST(CharsetTest, DecodesEachSupportedEncoding) {
  struct Row {
    std::string bytes;
    Encoding encoding;
    const char* intent;
  };
  const Row rows[] = {
      {kChinese, Encoding::kUtf8, "UTF-8 as is"},
      {"\xEF\xBB\xBF" + kChinese, Encoding::kUtf8, "UTF-8 BOM stripped"},
      {Encode(kChinese, "GB18030"), Encoding::kGb18030, "GB18030"},
      {Encode(kChinese, "GBK"), Encoding::kGb18030, "GBK is a subset of GB18030"},
      {Encode(kChinese, "GB2312"), Encoding::kGb18030, "GB2312 too"},
      {"\xFF\xFE" + Encode(kChinese, "UTF-16LE"), Encoding::kUtf16Le, "UTF-16LE with BOM"},
      {"\xFE\xFF" + Encode(kChinese, "UTF-16BE"), Encoding::kUtf16Be, "UTF-16BE with BOM"},
  };
  for (const Row& row : rows) {
    auto decoded = DecodeToUtf8(row.bytes, "in.txt");
    ASSERT_TRUE(decoded.ok()) << row.intent << ": " << decoded.status().ToString();
    EXPECT_EQ(decoded->text, kChinese) << row.intent;
    EXPECT_EQ(decoded->encoding, row.encoding) << row.intent;
  }
}

TEST(CharsetTest, RefusesBinaryAndUndecodableBytes) {
  struct Row {
    std::string bytes;
    const char* expected_fragment;
    const char* intent;
  };
  const Row rows[] = {
      {std::string("\x7F"
                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                   16),
       "binary", "an executable"},
      {std::string("PK\x03\x04\x14\0\x08\0\x08\0", 10), "binary", "a zip archive with NULs"},
      {"caf\xE9 au lait, cr\xE8me br\xFBl\xE9\x65", "not GB18030",
       "Latin-1 is neither UTF-8 nor plausible GB18030"},
      {"\x81\x30", "not GB18030", "truncated GB18030 four-byte sequence"},
      {std::string(20, '\x01') + "text", "binary", "control characters"},
  };
  for (const Row& row : rows) {
    auto decoded = DecodeToUtf8(row.bytes, "in.bin");
    ASSERT_FALSE(decoded.ok()) << row.intent;
    EXPECT_EQ(decoded.status().code(), StatusCode::kDataLoss) << row.intent;
    EXPECT_NE(decoded.status().message().find("in.bin"), std::string::npos) << row.intent;
    EXPECT_NE(decoded.status().message().find(row.expected_fragment), std::string::npos)
        << row.intent << ": " << decoded.status().message();
  }
}

}  // namespace
}  // namespace precis::ingest
