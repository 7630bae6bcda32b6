// Copyright 2026 The precis Authors.
//
// Reading inputs with a size limit, and memory-mapping precis' data files.

#ifndef PRECIS_UTIL_FILES_H_
#define PRECIS_UTIL_FILES_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "precis/status.h"

namespace precis::util {

// Reads a whole file. Errors name the path: missing (kNotFound), a directory,
// unreadable, or larger than `max_bytes` (kResourceExhausted; the file is not
// read past the limit).
Result<std::string> ReadFile(const std::string& path, size_t max_bytes);

// Reads standard input to the end, failing once more than `max_bytes` arrive.
Result<std::string> ReadStdin(size_t max_bytes);

// Writes `contents` to `path` atomically: a temporary file in the same folder
// renamed over the target, so readers never see half a file.
Status WriteFileAtomic(const std::string& path, std::string_view contents);

// The directory of the running program ("" if /proc does not say).
std::string ExecutableDir();

// A read-only memory mapping of a whole file. Move-only.
class MappedFile {
 public:
  MappedFile() = default;
  ~MappedFile();
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  static Result<MappedFile> Open(const std::string& path);

  const char* data() const { return static_cast<const char*>(data_); }
  size_t size() const { return size_; }
  std::string_view view() const { return {data(), size_}; }
  // Lets go of the pages read so far (the data stay readable: a page is read
  // again from the file when next used). Loading checks a few of a file's
  // bytes, and the kernel may map a whole large folio (2 MB on ext4) for
  // each: a file an article never uses would stay resident for nothing.
  void ReleasePages() const;

 private:
  void* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace precis::util

#endif  // PRECIS_UTIL_FILES_H_
