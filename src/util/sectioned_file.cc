// Copyright 2026 The precis Authors.

#include "util/sectioned_file.h"

namespace precis::util {
namespace {

constexpr size_t kNameBytes = 16;
constexpr size_t kEntryBytes = kNameBytes + 16;
constexpr size_t kHeaderBytes = 16;

size_t Align8(size_t n) { return (n + 7) & ~size_t{7}; }

template <typename T>
void PutPod(std::string* out, T value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof value);
}

template <typename T>
T GetPod(const char* p) {
  T value;
  std::memcpy(&value, p, sizeof value);
  return value;
}

}  // namespace

Status SectionWriter::Write(const std::string& path, std::string_view magic) const {
  if (magic.size() != 8) return InternalError("section file magic must be 8 bytes");
  std::string out(magic);
  PutPod<uint32_t>(&out, kSectionedFileVersion);
  PutPod<uint32_t>(&out, static_cast<uint32_t>(sections_.size()));
  size_t offset = Align8(kHeaderBytes + sections_.size() * kEntryBytes);
  for (const auto& [name, bytes] : sections_) {
    if (name.size() >= kNameBytes) return InternalError("section name too long: " + name);
    std::string padded = name;
    padded.resize(kNameBytes, '\0');
    out += padded;
    PutPod<uint64_t>(&out, offset);
    PutPod<uint64_t>(&out, bytes.size());
    offset = Align8(offset + bytes.size());
  }
  for (const auto& section : sections_) {
    out.resize(Align8(out.size()), '\0');
    out += section.second;
  }
  return WriteFileAtomic(path, out);
}

Result<SectionReader> SectionReader::Open(const std::string& path, std::string_view magic) {
  SectionReader reader;
  reader.path_ = path;
  PRECIS_ASSIGN_OR_RETURN(reader.file_, MappedFile::Open(path));
  const char* data = reader.file_.data();
  const size_t size = reader.file_.size();
  if (size < kHeaderBytes || std::string_view(data, 8) != magic) {
    return FailedPreconditionError(path + ": not a precis data file of the expected kind");
  }
  if (GetPod<uint32_t>(data + 8) != kSectionedFileVersion) {
    return FailedPreconditionError(path + ": data file version mismatch; rebuild precis");
  }
  const uint32_t count = GetPod<uint32_t>(data + 12);
  if (kHeaderBytes + size_t{count} * kEntryBytes > size) {
    return FailedPreconditionError(path + ": truncated data file");
  }
  for (uint32_t i = 0; i < count; ++i) {
    const char* e = data + kHeaderBytes + i * kEntryBytes;
    Entry entry;
    entry.name.assign(e, strnlen(e, kNameBytes));
    entry.offset = GetPod<uint64_t>(e + kNameBytes);
    entry.size = GetPod<uint64_t>(e + kNameBytes + 8);
    if (entry.offset % 8 != 0 || entry.offset > size || entry.size > size - entry.offset) {
      return FailedPreconditionError(path + ": truncated data file");
    }
    reader.entries_.push_back(std::move(entry));
  }
  return reader;
}

Result<std::string_view> SectionReader::Section(std::string_view name) const {
  for (const Entry& entry : entries_) {
    if (entry.name == name) {
      return std::string_view(file_.data() + entry.offset, entry.size);
    }
  }
  return FailedPreconditionError(path_ + ": data file lacks section '" + std::string(name) + "'");
}

}  // namespace precis::util
