// Copyright 2026 The precis Authors.
//
// precis batch end to end: mixed inputs, the error report, resuming,
// --force, JSONL output with a torn line, interruption, and --jobs.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  int status = -1;
  std::string err;
};

Outcome RunPrecis(const std::string& args) {
  const std::string err = (fs::temp_directory_path() / ("batch_err_" + std::to_string(::getpid()))).string();
  int raw = std::system((std::string(PRECIS_BINARY) + " " + args + " 2>" + err + " </dev/null >/dev/null").c_str());
  Outcome o;
  o.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  o.err = testing::ReadWholeFile(err);
  fs::remove(err);
  return o;
}

class BatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = (fs::temp_directory_path() / ("precis_batch_" + std::to_string(::getpid()))).string();
    fs::remove_all(dir_);
    fs::create_directories(dir_ + "/in/sub");
    fs::copy(PRECIS_SOURCE_DIR "/examples", dir_ + "/in", fs::copy_options::recursive);
    std::ofstream(dir_ + "/in/sub/bad.txt", std::ios::binary) << std::string("\0\x01\x02binary", 9);
    std::ofstream(dir_ + "/in/.hidden.txt") << "ignored";
    std::ofstream jsonl(dir_ + "/in/set.jsonl");
    jsonl << R"({"title":"A","paragraphs":["央行周一宣布下调存款准备金率0.5个百分点。","市场普遍认为此举有助于稳定预期。"]})" << "\n";
    jsonl << R"({"title":"B","paragraphs":"not an array"})" << "\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  size_t Count(const std::string& ext) {
    size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir_ + "/out")) n += e.path().extension() == ext;
    return n;
  }
  std::string dir_;
};

TEST_F(BatchTest, BriefsEverythingRecordsFailuresAndResumes) {
  Outcome first = RunPrecis("batch " + dir_ + "/in --out " + dir_ + "/out --quiet");
  EXPECT_EQ(first.status, 1) << first.err;  // some items failed
  // 4 examples + 1 good JSONL line briefed; the binary file and the bad line failed.
  EXPECT_NE(first.err.find("7 items: 5 briefed, 0 skipped (already briefed), 2 failed"), std::string::npos)
      << first.err;
  EXPECT_EQ(Count(".md"), 5u);
  std::ifstream report(dir_ + "/out/errors.jsonl");
  std::string line;
  std::vector<std::string> reasons;
  while (std::getline(report, line)) reasons.push_back(nlohmann::json::parse(line)["error"]);
  ASSERT_EQ(reasons.size(), 2u);
  EXPECT_TRUE((reasons[0].find("binary") != std::string::npos) || (reasons[1].find("binary") != std::string::npos));

  Outcome again = RunPrecis("batch " + dir_ + "/in --out " + dir_ + "/out --quiet");
  EXPECT_NE(again.err.find("0 briefed, 5 skipped (already briefed), 2 failed"), std::string::npos) << again.err;
  Outcome forced = RunPrecis("batch " + dir_ + "/in --out " + dir_ + "/out --quiet --force --jobs 2");
  EXPECT_NE(forced.err.find("5 briefed, 0 skipped"), std::string::npos) << forced.err;
  EXPECT_EQ(Count(".md"), 5u);  // same names: rewritten, not duplicated
}

TEST_F(BatchTest, JsonlOutputRepairsATornLine) {
  const std::string out = dir_ + "/out.jsonl";
  Outcome first = RunPrecis("batch " + dir_ + "/in/zh-markets.json " + dir_ + "/in/en-rate-decision.txt --out " + out);
  EXPECT_EQ(first.status, 0) << first.err;
  // Simulate a run killed mid-write.
  std::ofstream(out, std::ios::app) << "{\"id\":\"torn";
  Outcome second = RunPrecis("batch " + dir_ + "/in/zh-markets.json " + dir_ + "/in/en-rate-decision.txt " +
                       dir_ + "/in/zh-tw-typhoon.txt --out " + out);
  EXPECT_EQ(second.status, 0) << second.err;
  EXPECT_NE(second.err.find("1 briefed, 2 skipped"), std::string::npos) << second.err;
  std::ifstream in(out);
  std::string line;
  size_t lines = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);  // every line whole
    EXPECT_TRUE(j["brief"]["groups"].is_array());
    ++lines;
  }
  EXPECT_EQ(lines, 3u);
}

TEST_F(BatchTest, InterruptedRunKeepsWhatItFinished) {
  // A large set, interrupted early: every written file is whole, and a rerun
  // completes the rest without redoing any.
  const std::string set = testing::SharedData("summarization/en_bbc_dev.jsonl");
  const std::string cmd = std::string(PRECIS_BINARY) + " batch " + set + " --out " + dir_ + "/out --quiet";
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", ("exec " + cmd + " 2>/dev/null").c_str(), nullptr);
    _exit(127);
  }
  // Interrupt as soon as the first brief is on disk.
  for (int i = 0; i < 1000; ++i) {
    std::error_code ec;
    bool any = false;
    if (fs::exists(dir_ + "/out", ec)) {
      for (const auto& e : fs::directory_iterator(dir_ + "/out", ec)) any |= e.path().extension() == ".md";
    }
    if (any) break;
    usleep(10 * 1000);
  }
  kill(pid, SIGINT);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 130);
  size_t done = 0;
  for (const auto& e : fs::directory_iterator(dir_ + "/out")) {
    ASSERT_EQ(e.path().extension(), ".md") << e.path();  // no temporary files left
    std::string md = testing::ReadWholeFile(e.path().string());
    EXPECT_NE(md.find("**Core Viewpoint** - "), std::string::npos) << e.path();
    ++done;
  }
  EXPECT_GT(done, 0u);
  EXPECT_LT(done, 1112u);
  Outcome rest = RunPrecis("batch " + set + " --out " + dir_ + "/out --quiet --jobs 2");
  EXPECT_EQ(rest.status, 0) << rest.err;
  EXPECT_NE(rest.err.find(std::to_string(done) + " skipped"), std::string::npos) << rest.err;
  EXPECT_EQ(Count(".md"), 1112u);
}

TEST_F(BatchTest, BadUsage) {
  Outcome no_out = RunPrecis("batch " + dir_ + "/in");
  EXPECT_EQ(no_out.status, 2);
  Outcome bad_dir = RunPrecis("batch " + dir_ + "/in --out /nonexistent-dir/x.jsonl");
  EXPECT_EQ(bad_dir.status, 2);
  EXPECT_NE(bad_dir.err.find("/nonexistent-dir/x.jsonl"), std::string::npos) << bad_dir.err;
}

}  // namespace
}  // namespace precis
