// Copyright 2026 The precis Authors.

#include "text/char_map.h"

#include <algorithm>

#include "util/sectioned_file.h"

namespace precis::text {

Status SimplifiedMap::Load(const std::string& path) {
  PRECIS_ASSIGN_OR_RETURN(auto file, util::SectionReader::Open(path, "PRCT2S01"));
  PRECIS_ASSIGN_OR_RETURN(auto from, file.Array<uint32_t>("from"));
  PRECIS_ASSIGN_OR_RETURN(auto to, file.Array<uint32_t>("to"));
  if (from.size() != to.size()) {
    return FailedPreconditionError(path + ": inconsistent character map");
  }
  // A character the file lists twice maps as its last line says.
  pairs_.clear();
  pairs_.reserve(from.size());
  for (size_t i = 0; i < from.size(); ++i) pairs_.emplace_back(from[i], to[i]);
  std::stable_sort(pairs_.begin(), pairs_.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  size_t kept = 0;
  for (size_t i = 0; i < pairs_.size(); ++i) {
    if (i + 1 < pairs_.size() && pairs_[i + 1].first == pairs_[i].first) continue;
    if (pairs_[i].first != pairs_[i].second) pairs_[kept++] = pairs_[i];  // not to itself
  }
  pairs_.resize(kept);
  mapped_.fill(0);
  for (const auto& [cp, simplified] : pairs_) {
    if (cp < 0x10000) mapped_[cp >> 6] |= uint64_t{1} << (cp & 63);
  }
  return Status::Ok();
}

char32_t SimplifiedMap::MapSlow(char32_t cp) const {
  auto it = std::lower_bound(pairs_.begin(), pairs_.end(), std::make_pair(cp, char32_t{0}));
  return it != pairs_.end() && it->first == cp ? it->second : cp;
}

}  // namespace precis::text
