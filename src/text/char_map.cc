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
  bmp_.resize(0x10000);
  for (char32_t cp = 0; cp < 0x10000; ++cp) bmp_[cp] = cp;
  astral_.clear();
  for (size_t i = 0; i < from.size(); ++i) {
    if (from[i] < 0x10000) {
      bmp_[from[i]] = to[i];
    } else {
      astral_.emplace_back(from[i], to[i]);
    }
  }
  std::sort(astral_.begin(), astral_.end());
  return Status::Ok();
}

char32_t SimplifiedMap::MapSlow(char32_t cp) const {
  auto it = std::lower_bound(astral_.begin(), astral_.end(), std::make_pair(cp, char32_t{0}));
  return it != astral_.end() && it->first == cp ? it->second : cp;
}

}  // namespace precis::text
