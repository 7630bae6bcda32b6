// Copyright 2026 The precis Authors.

#include "util/files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "util/sectioned_file.h"

namespace precis::util {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("precis_files_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

TEST(FilesTest, ReadFileErrorsNameThePath) {
  auto missing = ReadFile("/no/such/precis/file", 100);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("/no/such/precis/file"), std::string::npos);

  auto dir = ReadFile(std::filesystem::temp_directory_path().string(), 100);
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.status().message().find("directory"), std::string::npos);
}

TEST(FilesTest, ReadFileRefusesFilesOverTheLimit) {
  std::string path = TempPath("big");
  std::ofstream(path) << std::string(1000, 'x');
  auto big = ReadFile(path, 999);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), StatusCode::kResourceExhausted);
  auto fits = ReadFile(path, 1000);
  ASSERT_TRUE(fits.ok());
  EXPECT_EQ(fits->size(), 1000u);
  std::remove(path.c_str());
}

TEST(FilesTest, WriteFileAtomicReplacesWholeFile) {
  std::string path = TempPath("atomic");
  ASSERT_TRUE(WriteFileAtomic(path, "first").ok());
  ASSERT_TRUE(WriteFileAtomic(path, "second").ok());
  auto read = ReadFile(path, 100);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(*read, "second");
  std::remove(path.c_str());
}

TEST(SectionedFileTest, RoundTripsSectionsAndRejectsForeignFiles) {
  std::string path = TempPath("sections");
  SectionWriter writer;
  writer.Add("text", "hello");
  writer.AddArray<uint32_t>("numbers", {1, 2, 3});
  ASSERT_TRUE(writer.Write(path, "PRCTEST1").ok());

  auto reader = SectionReader::Open(path, "PRCTEST1");
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  auto text = reader->Section("text");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, "hello");
  auto numbers = reader->Array<uint32_t>("numbers");
  ASSERT_TRUE(numbers.ok());
  ASSERT_EQ(numbers->size(), 3u);
  EXPECT_EQ((*numbers)[2], 3u);
  // Numbers are 8-byte aligned in the file, so arrays can be used in place.
  EXPECT_EQ(reinterpret_cast<uintptr_t>(numbers->data()) % 8, 0u);
  EXPECT_FALSE(reader->Section("absent").ok());
  EXPECT_FALSE(reader->Array<uint64_t>("text").ok());  // 5 bytes is no uint64 array

  auto wrong_kind = SectionReader::Open(path, "PRCOTHER");
  ASSERT_FALSE(wrong_kind.ok());
  EXPECT_EQ(wrong_kind.status().code(), StatusCode::kFailedPrecondition);

  // A truncated file is refused, not trusted.
  std::string bytes = ReadFile(path, 1 << 20).value();
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes.substr(0, 40);
  EXPECT_FALSE(SectionReader::Open(path, "PRCTEST1").ok());
  std::remove(path.c_str());
}

}  // namespace
}  // namespace precis::util
