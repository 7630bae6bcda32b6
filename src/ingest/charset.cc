// Copyright 2026 The precis Authors.

#include "ingest/charset.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "util/strings.h"
#include "util/utf8.h"

namespace precis::ingest {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Replaces *out with the UTF-8 of `utf16`; unpaired surrogates become
// U+FFFD. Returns how many U+FFFD the result holds.
size_t Utf16ToUtf8(const std::u16string& utf16, std::string* out) {
  out->clear();
  out->reserve(utf16.size() * 3);
  size_t replaced = 0;
  for (size_t i = 0; i < utf16.size(); ++i) {
    char32_t cp = utf16[i];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < utf16.size() && utf16[i + 1] >= 0xDC00 &&
        utf16[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
      ++i;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = util::kReplacementChar;
    }
    replaced += cp == util::kReplacementChar;
    util::AppendUtf8(cp, out);
  }
  return replaced;
}

// Control characters other than tab, newline, carriage return and form feed
// do not occur in text; a few in a large file are tolerated (stray bytes in
// real pages), many mean binary data.
bool LooksBinary(std::string_view utf8) {
  // Well-formed UTF-8 (what DecodeToUtf8 holds by then): a NUL or a control
  // character is its own byte, and a character is a byte that is no
  // continuation byte (10xxxxxx).
  size_t controls = 0;
  size_t chars = 0;
  for (const char c : utf8) {
    const auto b = static_cast<unsigned char>(c);
    if (b == 0) return true;
    chars += (b & 0xC0) != 0x80;
    controls += (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
  }
  return controls > 8 && controls * 100 > chars;
}

// A GB18030 decode of bytes that were never Chinese (Latin-1 accents, say)
// yields rare ideographs and symbols mixed into ASCII; real Chinese text is
// mostly common Han characters and CJK punctuation.
bool LooksChinese(std::string_view utf8) {
  size_t non_ascii = 0;
  size_t cjk = 0;
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = util::DecodeUtf8(utf8, &i);
    if (cp < 0x80) continue;
    ++non_ascii;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
        (cp >= 0x2010 && cp <= 0x2027)) {
      ++cjk;
    }
  }
  return non_ascii > 0 && cjk * 10 >= non_ascii * 8;
}

// uchardet's guess at the charset of `bytes`, lower-cased ("gb18030",
// "big5", "ascii"...), or "" if it has none.
std::string DetectCharset(std::string_view bytes) {
  uchardet_t detector = uchardet_new();
  uchardet_handle_data(detector, bytes.data(), bytes.size());
  uchardet_data_end(detector);
  std::string guess = util::AsciiLower(uchardet_get_charset(detector));
  uchardet_delete(detector);
  return guess;
}

}  // namespace

const char* EncodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf8:
      return "UTF-8";
    case Encoding::kUtf16Le:
      return "UTF-16LE";
    case Encoding::kUtf16Be:
      return "UTF-16BE";
    case Encoding::kGb18030:
      return "GB18030";
    case Encoding::kBig5:
      return "Big5";
    case Encoding::kOther:
      return "other";
  }
  return "?";
}

Result<std::string> ConvertStrict(std::string_view bytes, const char* charset, size_t* error_offset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return InternalError(std::string("no ICU converter for ") + charset);
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string utf16(bytes.size() + 1, u'\0');
  const char* src = bytes.data();
  UChar* dst = reinterpret_cast<UChar*>(utf16.data());
  ucnv_toUnicode(conv.get(), &dst, dst + utf16.size(), &src, bytes.data() + bytes.size(), nullptr, true,
                 &status);
  if (U_FAILURE(status)) {
    if (error_offset != nullptr) *error_offset = static_cast<size_t>(src - bytes.data());
    return DataLossError(std::string("not valid ") + charset);
  }
  utf16.resize(static_cast<size_t>(dst - reinterpret_cast<UChar*>(utf16.data())));
  std::string out;
  Utf16ToUtf8(utf16, &out);
  return out;
}

Result<Decoded> DecodeToUtf8(std::string_view bytes, const std::string& name) {
  Decoded decoded;
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    const bool le = bytes[0] == '\xFF';
    decoded.encoding = le ? Encoding::kUtf16Le : Encoding::kUtf16Be;
    size_t bad = 0;
    auto text = ConvertStrict(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE", &bad);
    if (!text.ok()) {
      return DataLossError(name + ": invalid " + EncodingName(decoded.encoding) + " at byte " +
                           std::to_string(bad + 2));
    }
    decoded.text = std::move(*text);
  } else {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    size_t bad = 0;
    if (util::IsValidUtf8(bytes, &bad)) {
      decoded.text.assign(bytes);
    } else {
      // Embedded NULs and other binary make GB18030 pointless to try.
      if (bytes.find('\0') != std::string_view::npos) {
        return DataLossError(name + ": binary data, not text");
      }
      size_t gb_bad = 0;  // where GB18030 decoding stopped, if it did
      auto text = ConvertStrict(bytes, "GB18030", &gb_bad);
      decoded.encoding = Encoding::kGb18030;
      // Big5 (Traditional Chinese) does not pass for GB18030 Chinese (none of
      // the 1,965 LCSTS articles that OpenCC's s2tw and Big5 can encode did):
      // when GB18030 fails, Big5 is tried if uchardet takes the bytes for it.
      if ((!text.ok() || !LooksChinese(*text)) && DetectCharset(bytes) == "big5") {
        text = ConvertStrict(bytes, "Big5-HKSCS", &gb_bad);
        decoded.encoding = Encoding::kBig5;
      }
      if (!text.ok() || !LooksChinese(*text)) {
        return DataLossError(name + ": invalid UTF-8 at byte " + std::to_string(bad) +
                             " and not GB18030 either");
      }
      decoded.text = std::move(*text);
    }
  }
  if (LooksBinary(decoded.text)) return DataLossError(name + ": binary data, not text");
  return decoded;
}

}  // namespace precis::ingest

namespace precis::ingest {
namespace {

// ICU's name for a charset a page declares; GB2312 and GBK pages are decoded
// as GB18030, their superset (pages labelled gb2312 routinely use GBK
// characters).
std::string IcuCharset(const std::string& declared) {
  if (declared == "gb2312" || declared == "gbk" || declared == "gb18030" || declared == "x-gbk" ||
      declared == "cp936" || declared == "euc-cn") {
    return "GB18030";
  }
  if (declared == "big5" || declared == "big5-hkscs" || declared == "x-x-big5") return "Big5-HKSCS";
  if (declared == "iso-8859-1" || declared == "latin1" || declared == "us-ascii") return "windows-1252";
  return declared;
}

// Lenient conversion: bad sequences become U+FFFD. Returns false if the
// converter is unknown.
bool ConvertLenient(std::string_view bytes, const std::string& charset, std::string* out, size_t* bad) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status)) return false;
  std::u16string utf16(bytes.size() + 1, u'\0');
  int32_t n =
      ucnv_toUChars(conv.get(), reinterpret_cast<UChar*>(utf16.data()), static_cast<int32_t>(utf16.size()),
                    bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  utf16.resize(static_cast<size_t>(n));
  *bad = Utf16ToUtf8(utf16, out);
  return true;
}

bool HasMultibyte(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

}  // namespace

std::string DeclaredHtmlCharset(std::string_view bytes) {
  std::string head = util::AsciiLower(bytes.substr(0, 4096));
  size_t at = 0;
  while ((at = head.find("charset", at)) != std::string::npos) {
    size_t i = at + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
    size_t j = i;
    while (j < head.size() &&
           (std::isalnum(static_cast<unsigned char>(head[j])) || head[j] == '-' || head[j] == '_')) {
      ++j;
    }
    // Only inside a tag: the nearest '<' before is closer than the nearest '>'.
    size_t lt = head.rfind('<', at), gt = head.rfind('>', at);
    if (j > i && lt != std::string::npos && (gt == std::string::npos || lt > gt)) {
      return head.substr(i, j - i);
    }
    at = j;
  }
  return "";
}

Result<Decoded> DecodeHtmlToUtf8(std::string_view bytes, const std::string& name,
                                 const std::string& declared_header) {
  Decoded decoded;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
  } else if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    return DecodeToUtf8(bytes, name);
  }
  // NUL bytes: a few strays in a page (a CMS's, 22 in 90 KB) are dropped;
  // more than one a kilobyte is binary data (an image, UTF-16 without its
  // byte-order mark).
  std::string without_nuls;
  if (const auto nuls = static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\0')); nuls > 0) {
    if (nuls * 1000 > bytes.size()) return DataLossError(name + ": binary data, not an HTML page");
    without_nuls.reserve(bytes.size() - nuls);
    for (char c : bytes) {
      if (c != '\0') without_nuls.push_back(c);
    }
    bytes = without_nuls;
  }
  if (util::IsValidUtf8(bytes) && (HasMultibyte(bytes) || declared_header.empty())) {
    decoded.text.assign(bytes);
    return decoded;
  }
  std::string declared = util::AsciiLower(declared_header);
  if (declared.empty()) declared = DeclaredHtmlCharset(bytes);
  std::string charset =
      declared.empty() || declared == "utf-8" || declared == "utf8" ? "" : IcuCharset(declared);
  if (charset.empty()) {
    const std::string guess = DetectCharset(bytes);
    charset = guess.empty() || guess == "ascii" ? "windows-1252" : IcuCharset(guess);
  }
  size_t bad = 0;
  if (!ConvertLenient(bytes, charset, &decoded.text, &bad)) {
    if (!ConvertLenient(bytes, "GB18030", &decoded.text, &bad)) {
      return DataLossError(name + ": unknown charset " + charset);
    }
  }
  if (bad * 20 > util::CountCodePoints(decoded.text) + 20) {
    return DataLossError(name + ": undecodable bytes (charset " + charset + ")");
  }
  decoded.encoding = charset == "GB18030" ? Encoding::kGb18030 : Encoding::kOther;
  return decoded;
}

}  // namespace precis::ingest
