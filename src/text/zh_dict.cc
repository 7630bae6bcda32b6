// Copyright 2026 The precis Authors.

#include "text/zh_dict.h"

#include <algorithm>
#include <cmath>

#include "util/utf8.h"

namespace precis::text {

Status ZhDictionary::Load(const std::string& path) {
  PRECIS_ASSIGN_OR_RETURN(file_, util::SectionReader::Open(path, "PRCZHWD2"));
  PRECIS_ASSIGN_OR_RETURN(codes_, file_.Array<char16_t>("codes"));
  PRECIS_ASSIGN_OR_RETURN(logprob_, file_.Array<float>("logprob"));
  // Word ids index the word tables: the trie gives none past them.
  PRECIS_ASSIGN_OR_RETURN(std::string_view trie, file_.Section("trie"));
  PRECIS_RETURN_IF_ERROR(trie_.Attach(trie, static_cast<uint32_t>(logprob_.size())).WithContext(path));
  PRECIS_ASSIGN_OR_RETURN(tag_, file_.Array<uint8_t>("tag"));
  PRECIS_ASSIGN_OR_RETURN(auto names, file_.Strings("tagnames"));
  tag_names_.assign(names.begin(), names.end());
  PRECIS_ASSIGN_OR_RETURN(idf_, file_.Array<float>("idf"));
  PRECIS_ASSIGN_OR_RETURN(auto idf_default, file_.Array<float>("idf_default"));
  if (idf_default.size() != 1) return FailedPreconditionError(path + ": bad IDF default");
  default_idf_ = idf_default[0];
  if (logprob_.empty() || tag_.size() != logprob_.size() || tag_names_.empty() ||
      idf_.size() != logprob_.size()) {
    return FailedPreconditionError(path + ": inconsistent dictionary sections");
  }
  // Tag indices are checked where they are read (Tag()), and the smallest
  // log-probability is stored by dictgen: loading reads nothing but the
  // section table.
  PRECIS_ASSIGN_OR_RETURN(auto unknown, file_.Array<float>("unknown_logprob"));
  if (unknown.size() != 1) return FailedPreconditionError(path + ": bad unknown-word log-probability");
  unknown_logprob_ = unknown[0];
  file_.ReleasePages();
  return Status::Ok();
}

int32_t ZhDictionary::Find(std::string_view utf8) const {
  // Dictionary words are valid UTF-8 of characters with codes: anything
  // else is no word of it.
  thread_local std::u16string codes;  // reused: asked of most tokens
  codes.clear();
  for (size_t i = 0; i < utf8.size();) {
    const size_t at = i;
    const char32_t cp = util::DecodeUtf8(utf8, &i);
    const char16_t code = Code(cp);
    // (An invalid byte decodes as U+FFFD, one byte long.)
    if (code == 0 || (cp == util::kReplacementChar && i - at != 3)) return -1;
    codes.push_back(code);
  }
  return Find(codes);
}

}  // namespace precis::text
