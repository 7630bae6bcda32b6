// Copyright 2026 The precis Authors.
//
// The container format of precis' generated data files (dictionaries, HMM
// tables, pinyin, character maps): a small header, a table of named sections
// and the sections themselves, each 8-byte aligned so that arrays can be used
// in place from a memory mapping. Files are written by tools/dictgen at build
// time and read here at run time; a truncated or foreign file is reported as
// kFailedPrecondition, never trusted.
//
// Layout (little-endian):
//   char     magic[8]
//   uint32_t version, section_count
//   section_count x { char name[16]; uint64_t offset; uint64_t size; }
//   section bytes...

#ifndef PRECIS_UTIL_SECTIONED_FILE_H_
#define PRECIS_UTIL_SECTIONED_FILE_H_

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/status.h"
#include "util/files.h"

namespace precis::util {

inline constexpr uint32_t kSectionedFileVersion = 1;

class SectionWriter {
 public:
  void Add(std::string name, std::string bytes) { sections_.emplace_back(std::move(name), std::move(bytes)); }
  template <typename T>
  void AddArray(std::string name, const std::vector<T>& values) {
    std::string bytes(values.size() * sizeof(T), '\0');
    if (!values.empty()) std::memcpy(bytes.data(), values.data(), bytes.size());
    Add(std::move(name), std::move(bytes));
  }
  // A list of strings (none containing a newline), one per line.
  void AddStrings(std::string name, const std::vector<std::string>& strings) {
    std::string bytes;
    for (const auto& str : strings) bytes += str + "\n";
    Add(std::move(name), std::move(bytes));
  }
  // `magic` must be exactly 8 characters.
  Status Write(const std::string& path, std::string_view magic) const;

 private:
  std::vector<std::pair<std::string, std::string>> sections_;
};

class SectionReader {
 public:
  static Result<SectionReader> Open(const std::string& path, std::string_view magic);

  Result<std::string_view> Section(std::string_view name) const;

  // A section viewed as an array of T; fails if its size is not a multiple.
  template <typename T>
  Result<std::span<const T>> Array(std::string_view name) const {
    auto bytes = Section(name);
    if (!bytes.ok()) return bytes.status();
    if (bytes->size() % sizeof(T) != 0) {
      return FailedPreconditionError(path_ + ": section '" + std::string(name) + "' has a bad size");
    }
    return std::span<const T>(reinterpret_cast<const T*>(bytes->data()), bytes->size() / sizeof(T));
  }

  // A section written by SectionWriter::AddStrings.
  Result<std::vector<std::string_view>> Strings(std::string_view name) const {
    auto bytes = Section(name);
    if (!bytes.ok()) return bytes.status();
    std::vector<std::string_view> out;
    size_t start = 0;
    for (size_t i = 0; i < bytes->size(); ++i) {
      if ((*bytes)[i] == '\n') {
        out.push_back(bytes->substr(start, i - start));
        start = i + 1;
      }
    }
    return out;
  }

  const std::string& path() const { return path_; }
  size_t size() const { return file_.size(); }
  // MappedFile::ReleasePages: what a loader read to check the file.
  void ReleasePages() const { file_.ReleasePages(); }

 private:
  struct Entry {
    std::string name;
    uint64_t offset;
    uint64_t size;
  };
  std::string path_;
  MappedFile file_;
  std::vector<Entry> entries_;
};

}  // namespace precis::util

#endif  // PRECIS_UTIL_SECTIONED_FILE_H_
