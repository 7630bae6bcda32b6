// Copyright 2026 The precis Authors.

#include "util/utf8.h"

#include <gtest/gtest.h>

namespace precis::util {
namespace {

TEST(Utf8Test, ValidatesWellFormedAndRejectsMalformed) {
  struct Row {
    std::string input;
    bool valid;
    size_t error_offset;
    const char* intent;
  };
  const Row rows[] = {
      {"", true, 0, "empty is valid"},
      {"plain ASCII", true, 0, "ASCII"},
      {"新浪财经", true, 0, "three-byte Han"},
      {"\xF0\x9F\x98\x80", true, 0, "four-byte emoji"},
      {"\xEF\xBF\xBD", true, 0, "an encoded U+FFFD is valid"},
      {"ab\xFF", false, 2, "0xFF never occurs in UTF-8"},
      {"a\xC0\xAF", false, 1, "overlong slash"},
      {"\xED\xA0\x80", false, 0, "UTF-16 surrogate"},
      {"中\xE6\x96", false, 3, "truncated sequence at the end"},
      {"\xC4\xE3\xBA\xC3", false, 0, "GBK bytes of 你好"},
  };
  for (const Row& row : rows) {
    size_t offset = 999;
    EXPECT_EQ(IsValidUtf8(row.input, &offset), row.valid) << row.intent;
    if (!row.valid) {
      EXPECT_EQ(offset, row.error_offset) << row.intent;
    }
  }
}

// The eight-bytes-at-a-time ASCII path reports the first bad byte wherever
// it falls in or after a run of ASCII.
TEST(Utf8Test, ValidationFindsTheFirstBadByteAtAnyOffset) {
  for (size_t at = 0; at < 40; ++at) {
    std::string s(40, 'a');
    s[at] = '\xFF';
    size_t offset = 999;
    EXPECT_FALSE(IsValidUtf8(s, &offset));
    EXPECT_EQ(offset, at);
    s[at] = 'b';
    s.insert(at, "中");
    EXPECT_TRUE(IsValidUtf8(s)) << at;
  }
}

TEST(Utf8Test, AsciiRunEndStopsAtTheFirstNonAsciiByte) {
  for (size_t at = 0; at < 20; ++at) {
    std::string s(20, 'x');
    EXPECT_EQ(AsciiRunEnd(s), 20u);
    s[at] = '\xE4';
    EXPECT_EQ(AsciiRunEnd(s), at);
    EXPECT_EQ(AsciiRunEnd(s, at + 1), 20u);
  }
  EXPECT_EQ(AsciiRunEnd(""), 0u);
}

TEST(Utf8Test, DecodeAndEncodeRoundTrip) {
  const std::u32string cps = {U'a', U'é', U'中', U'😀', U'〇'};
  std::string s;
  for (char32_t cp : cps) AppendUtf8(cp, &s);
  size_t pos = 0;
  for (char32_t cp : cps) EXPECT_EQ(DecodeUtf8(s, &pos), cp);
  EXPECT_EQ(pos, s.size());
  EXPECT_EQ(CountCodePoints(s), cps.size());
  // Backwards, the same code points in reverse, ending at the start.
  for (auto it = cps.rbegin(); it != cps.rend(); ++it) EXPECT_EQ(DecodeUtf8Before(s, &pos), *it);
  EXPECT_EQ(pos, 0u);
}

TEST(Utf8Test, InvalidBytesDecodeAsReplacementOneByteAtATime) {
  std::string s = "\xFF\xFEx";
  size_t pos = 0;
  EXPECT_EQ(DecodeUtf8(s, &pos), kReplacementChar);
  EXPECT_EQ(pos, 1u);
  EXPECT_EQ(DecodeUtf8(s, &pos), kReplacementChar);
  EXPECT_EQ(DecodeUtf8(s, &pos), U'x');
}

// The inline three-byte decoder and the U+4000..U+9FFF shortcut answer as
// the general decoder does: every lead byte E0..EF with every pair of
// following bytes.
TEST(Utf8Test, InlineThreeByteDecodingIsTheGeneralDecoders) {
  std::string s(3, '\0');
  for (int b0 = 0xE0; b0 <= 0xEF; ++b0) {
    for (int b1 = 0; b1 < 256; ++b1) {
      for (int b2 = 0; b2 < 256; ++b2) {
        s[0] = static_cast<char>(b0);
        s[1] = static_cast<char>(b1);
        s[2] = static_cast<char>(b2);
        size_t fast = 0, general = 0;
        const char32_t got = DecodeUtf8(s, &fast);
        const char32_t want = DecodeUtf8Multibyte(s, &general);
        ASSERT_EQ(got, want) << std::hex << b0 << ' ' << b1 << ' ' << b2;
        ASSERT_EQ(fast, general) << std::hex << b0 << ' ' << b1 << ' ' << b2;
        // The U+4000..U+9FFF shortcut: exactly the sequences that decode to
        // a character of that block, of which only the hexagrams are no Han.
        const bool in_block = general == 3 && want >= 0x4000 && want <= 0x9FFF;
        ASSERT_EQ(IsCjkBlockAt(s, 0), in_block) << std::hex << b0 << ' ' << b1 << ' ' << b2;
        if (in_block) {
          ASSERT_EQ(CjkBlockAt(s, 0), want);
          ASSERT_EQ(IsHan(want), !IsYijingHexagram(want)) << std::hex << static_cast<uint32_t>(want);
        }
      }
    }
  }
  EXPECT_FALSE(IsCjkBlockAt("\xE4\xB8", 0));  // cut short
  EXPECT_TRUE(IsCjkBlockAt("a\xE4\xB8\xAD", 1));
}

TEST(Utf8Test, CharacterClasses) {
  EXPECT_TRUE(IsHan(U'中'));
  EXPECT_TRUE(IsHan(U'〇'));
  EXPECT_TRUE(IsHan(0x20000));  // Extension B
  EXPECT_FALSE(IsHan(U'。'));
  EXPECT_FALSE(IsHan(U'a'));
  EXPECT_EQ(FoldWidth(U'５'), U'5');
  EXPECT_EQ(FoldWidth(U'Ａ'), U'A');
  EXPECT_EQ(FoldWidth(U'％'), U'%');
  EXPECT_EQ(FoldWidth(0x3000), U' ');
  EXPECT_EQ(FoldWidth(U'。'), U'。');  // not a width variant
  EXPECT_TRUE(IsSpace(0x3000));
  EXPECT_TRUE(IsSpace(0xA0));
  EXPECT_FALSE(IsSpace(U'x'));
  EXPECT_TRUE(IsPunctOrSymbol(U'，'));
  EXPECT_TRUE(IsPunctOrSymbol(U'$'));
  EXPECT_FALSE(IsPunctOrSymbol(U'中'));
}

TEST(Utf8Test, SnippetQuotesTheStartAndMarksTruncation) {
  EXPECT_EQ(Snippet("abc", 5), "abc");
  EXPECT_EQ(Snippet("新浪财经新闻", 4), "新浪财经...");
  EXPECT_EQ(Snippet("a\nb", 5), "a b");
}

}  // namespace
}  // namespace precis::util
