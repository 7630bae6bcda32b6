// Copyright 2026 The precis Authors.
//
// What both back ends share: the choice between them, search terms, ids,
// hashes and times.

#include "store/store.h"

#include <openssl/evp.h>

#include <chrono>
#include <cstdio>
#include <ctime>

#include "precis/article.h"

namespace precis::store {

Result<std::unique_ptr<Store>> Open(const std::string& location) {
  if (location.empty()) return InvalidArgumentError("--store: no location given");
  if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0) {
    return OpenPostgres(location);
  }
  return OpenSqlite(location);
}

namespace {

bool HasAsciiLetter(std::string_view s) {
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  }
  return false;
}

void AppendTerm(std::string_view term, std::string* out) {
  if (term.empty() || term.size() > kMaxTermBytes) return;
  if (!out->empty()) out->push_back(' ');
  out->append(term);
}

}  // namespace

std::string SearchTerms(std::string_view text, const TextProcessor& text_processor) {
  std::string out;
  // The Chinese rules read any script: Han by the dictionary, Latin words
  // whole; a Latin word is then read again by the English rules for its
  // stem, so an English query meets the same stems in any article.
  NormTable norms;
  NormTable latin_norms;
  for (const Token& token : text_processor.Tokenize(text, Language::kChinese, &norms)) {
    if (token.kind != TokenKind::kWord && token.kind != TokenKind::kNumber) continue;
    const std::string_view norm = norms[token.norm];
    if (!HasAsciiLetter(norm)) {
      AppendTerm(norm, &out);
      continue;
    }
    const std::string_view word = text.substr(token.span.begin, token.span.size());
    for (const Token& part : text_processor.Tokenize(word, Language::kEnglish, &latin_norms)) {
      if (part.kind == TokenKind::kWord || part.kind == TokenKind::kNumber) {
        AppendTerm(latin_norms[part.norm], &out);
      }
    }
  }
  return out;
}

std::string IndexTerms(std::string_view text, const TextProcessor& text_processor) {
  const std::string all = SearchTerms(text, text_processor);
  NormTable seen;
  std::string out;
  size_t kept = 0;
  std::string_view rest = all;
  while (!rest.empty() && kept < kMaxIndexTerms) {
    size_t end = rest.find(' ');
    if (end == std::string_view::npos) end = rest.size();
    const std::string_view term = rest.substr(0, end);
    const size_t before = seen.size();
    seen.Intern(term);
    if (seen.size() > before) {
      AppendTerm(term, &out);
      ++kept;
    }
    rest.remove_prefix(end == rest.size() ? end : end + 1);
  }
  return out;
}

std::string FtsQuery(std::string_view terms) {
  std::string out;
  size_t i = 0;
  while (i < terms.size()) {
    size_t end = terms.find(' ', i);
    if (end == std::string_view::npos) end = terms.size();
    if (end > i) {
      if (!out.empty()) out.push_back(' ');
      out.push_back('"');
      for (char c : terms.substr(i, end - i)) {
        if (c == '"') out.push_back('"');  // FTS5 strings double their quotes
        out.push_back(c);
      }
      out.push_back('"');
    }
    i = end + 1;
  }
  return out;
}

std::string NowRfc3339() {
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 15]);
  }
  return out;
}

std::string BriefId(std::string_view article_hash, std::string_view options) {
  std::string key(article_hash);
  key.push_back('\n');
  key.append(options);
  return Sha256Hex(key).substr(0, 16);
}

}  // namespace precis::store
