// Copyright 2026 The precis Authors.

#include "text/lexicon.h"

#include <algorithm>
#include <optional>

namespace precis::text {
namespace {

// The string at `i` of a blob, or nullopt where the offsets are damaged:
// every look-up checks what it reads, so that loading reads nothing.
std::optional<std::string_view> At(std::string_view blob, std::span<const uint32_t> offsets, size_t i) {
  if (i + 1 >= offsets.size() || offsets[i] > offsets[i + 1] || offsets[i + 1] > blob.size())
    return std::nullopt;
  return blob.substr(offsets[i], offsets[i + 1] - offsets[i]);
}

// The index of `s` among the sorted strings of `blob`, or -1.
int64_t Find(std::string_view blob, std::span<const uint32_t> offsets, std::string_view s) {
  if (offsets.size() < 2) return -1;
  size_t lo = 0, hi = offsets.size() - 1;
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    const auto at = At(blob, offsets, mid);
    if (!at) return -1;
    if (*at < s) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  const auto at = At(blob, offsets, lo);
  return at && *at == s ? static_cast<int64_t>(lo) : -1;
}

// Posting list `i`, or empty where it is damaged.
std::span<const uint32_t> Postings(std::span<const uint32_t> offsets, std::span<const uint32_t> posts,
                                   size_t i) {
  if (i + 1 >= offsets.size() || offsets[i] > offsets[i + 1] || offsets[i + 1] > posts.size()) return {};
  return posts.subspan(offsets[i], offsets[i + 1] - offsets[i]);
}

}  // namespace

Status Lexicon::Load(const std::string& path) {
  PRECIS_ASSIGN_OR_RETURN(file_, util::SectionReader::Open(path, "PRCCEDIC"));
  PRECIS_ASSIGN_OR_RETURN(version_, file_.Section("version"));
  PRECIS_ASSIGN_OR_RETURN(heads_, file_.Section("heads"));
  PRECIS_ASSIGN_OR_RETURN(keys_, file_.Section("keys"));
  PRECIS_ASSIGN_OR_RETURN(head_offsets_, file_.Array<uint32_t>("head_offsets"));
  PRECIS_ASSIGN_OR_RETURN(key_offsets_, file_.Array<uint32_t>("key_offsets"));
  PRECIS_ASSIGN_OR_RETURN(head_keys_off_, file_.Array<uint32_t>("head_keys_off"));
  PRECIS_ASSIGN_OR_RETURN(head_keys_, file_.Array<uint32_t>("head_keys"));
  PRECIS_ASSIGN_OR_RETURN(key_heads_off_, file_.Array<uint32_t>("key_heads_off"));
  PRECIS_ASSIGN_OR_RETURN(key_heads_, file_.Array<uint32_t>("key_heads"));
  PRECIS_ASSIGN_OR_RETURN(key_common_, file_.Array<uint8_t>("key_common"));
  PRECIS_ASSIGN_OR_RETURN(antonym_off_, file_.Array<uint32_t>("antonym_off"));
  PRECIS_ASSIGN_OR_RETURN(antonyms_, file_.Array<uint32_t>("antonyms"));
  // Sizes only: the tables' contents are checked where they are read.
  if (head_offsets_.empty() || key_offsets_.empty() || head_keys_off_.size() != head_offsets_.size() ||
      key_heads_off_.size() != key_offsets_.size() || key_common_.size() + 1 != key_offsets_.size() ||
      antonym_off_.size() != key_offsets_.size()) {
    return FailedPreconditionError(path + ": inconsistent lexicon");
  }
  file_.ReleasePages();
  return Status::Ok();
}

std::span<const uint32_t> Lexicon::HeadsFor(std::string_view key) const {
  if (key_offsets_.empty()) return {};
  const int64_t i = Find(keys_, key_offsets_, key);
  if (i < 0) return {};
  return Postings(key_heads_off_, key_heads_, static_cast<size_t>(i));
}

std::span<const uint32_t> Lexicon::AntonymsOf(std::string_view key) const {
  if (key_offsets_.empty()) return {};
  const int64_t i = Find(keys_, key_offsets_, key);
  if (i < 0) return {};
  return Postings(antonym_off_, antonyms_, static_cast<size_t>(i));
}

bool Lexicon::IsCommon(std::string_view key) const {
  const int64_t i = Find(keys_, key_offsets_, key);
  return i >= 0 && (key_common_[static_cast<size_t>(i)] & 1) != 0;
}

bool Lexicon::IsProper(std::string_view key) const {
  const int64_t i = Find(keys_, key_offsets_, key);
  return i >= 0 && (key_common_[static_cast<size_t>(i)] & 2) != 0;
}

std::span<const uint32_t> Lexicon::KeysOf(std::string_view head) const {
  if (head_offsets_.empty()) return {};
  const int64_t i = Find(heads_, head_offsets_, head);
  if (i < 0) return {};
  return Postings(head_keys_off_, head_keys_, static_cast<size_t>(i));
}

std::string_view Lexicon::Head(uint32_t id) const { return At(heads_, head_offsets_, id).value_or(""); }

std::string_view Lexicon::Key(uint32_t id) const { return At(keys_, key_offsets_, id).value_or(""); }

}  // namespace precis::text
