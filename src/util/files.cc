// Copyright 2026 The precis Authors.

#include "util/files.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

namespace precis::util {
namespace {

std::string ErrnoText(int err) { return std::strerror(err); }

// Reads straight into the string, sized by `expected` (a regular file's
// size) so that a large file is neither copied through a buffer nor
// regrown; pipes grow it as they go.
Result<std::string> ReadAll(int fd, const std::string& name, size_t max_bytes, size_t expected = 0) {
  std::string out;
  size_t used = 0;
  out.resize(std::min(max_bytes, expected) + 1);  // +1: a read of 0 ends it without regrowing
  for (;;) {
    if (used == out.size()) {
      if (used > max_bytes) break;
      out.resize(std::min(std::max<size_t>(2 * used, size_t{1} << 16), max_bytes + 1));
    }
    ssize_t n = ::read(fd, out.data() + used, out.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      return InvalidArgumentError(name + ": cannot read: " + ErrnoText(errno));
    }
    if (n == 0) break;
    used += static_cast<size_t>(n);
  }
  if (used > max_bytes) {
    return ResourceExhaustedError(name + ": larger than the limit of " + std::to_string(max_bytes) +
                                  " bytes");
  }
  out.resize(used);
  return out;
}

}  // namespace

Result<std::string> ReadFile(const std::string& path, size_t max_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) {
      return NotFoundError(path + ": no such file");
    }
    return InvalidArgumentError(path + ": cannot open: " + ErrnoText(errno));
  }
  if (S_ISDIR(st.st_mode)) {
    return InvalidArgumentError(path + ": is a directory, not a file");
  }
  if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > max_bytes) {
    return ResourceExhaustedError(path + ": " + std::to_string(st.st_size) +
                                  " bytes is larger than the limit of " + std::to_string(max_bytes) +
                                  " bytes");
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return InvalidArgumentError(path + ": cannot open: " + ErrnoText(errno));
  }
  auto result = ReadAll(fd, path, max_bytes, S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) : 0);
  ::close(fd);
  return result;
}

Result<std::string> ReadStdin(size_t max_bytes) { return ReadAll(STDIN_FILENO, "<stdin>", max_bytes); }

std::string ExecutableDir() {
  char buf[4096];
  const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  const std::string path(buf, static_cast<size_t>(n));
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

Status WriteFileAtomic(const std::string& path, std::string_view contents) {
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return InvalidArgumentError(path + ": cannot write: " + ErrnoText(errno));
  }
  size_t done = 0;
  while (done < contents.size()) {
    ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      return InvalidArgumentError(path + ": cannot write: " + ErrnoText(err));
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return InvalidArgumentError(path + ": cannot write: " + ErrnoText(err));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return InvalidArgumentError(path + ": cannot write: " + ErrnoText(err));
  }
  return Status::Ok();
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(data_, size_);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) ::munmap(data_, size_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

void MappedFile::ReleasePages() const {
  // The mapping is private and read-only, never written: dropping its pages
  // loses nothing. A failure only leaves them resident.
  if (data_ != nullptr) ::madvise(data_, size_, MADV_DONTNEED);
}

Result<MappedFile> MappedFile::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return FailedPreconditionError(path + ": cannot open data file: " + ErrnoText(errno));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0) {
    ::close(fd);
    return FailedPreconditionError(path + ": not a usable data file");
  }
  void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) {
    return FailedPreconditionError(path + ": cannot map data file: " + ErrnoText(errno));
  }
  MappedFile file;
  file.data_ = p;
  file.size_ = static_cast<size_t>(st.st_size);
  return file;
}

}  // namespace precis::util
