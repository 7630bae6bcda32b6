// Copyright 2026 The precis Authors.
//
// precis batch end to end: mixed inputs, the error report, resuming,
// --force, JSONL output with a torn line, interruption, and --jobs.

#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

#include "test_util.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

using Outcome = testing::ShellRun;

// Runs `precis ARGS` with nothing on standard input.
Outcome RunPrecis(const std::string& args) {
  return testing::RunShell(std::string(PRECIS_BINARY) + " " + args);
}

// The counts of the summary line `precis batch: N items: A briefed, B
// skipped (already briefed), C failed in ...`; all -1 if stderr has none.
struct Summary {
  long items = -1, briefed = -1, skipped = -1, failed = -1;
  bool operator==(const Summary&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Summary& s) {
  return os << s.items << " items: " << s.briefed << " briefed, " << s.skipped << " skipped, " << s.failed
            << " failed";
}

Summary ParseSummary(const std::string& err) {
  static const std::regex kLine(
      R"(precis batch: (\d+) items: (\d+) briefed, (\d+) skipped \(already briefed\), (\d+) failed in )");
  std::smatch m;
  Summary s;
  if (std::regex_search(err, m, kLine)) {
    s = {std::stol(m[1]), std::stol(m[2]), std::stol(m[3]), std::stol(m[4])};
  }
  return s;
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
    jsonl
        << R"({"title":"A","paragraphs":["央行周一宣布下调存款准备金率0.5个百分点。","市场普遍认为此举有助于稳定预期。"]})"
        << "\n";
    jsonl << R"({"title":"B","paragraphs":"not an array"})"
          << "\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  size_t Count(const std::string& ext) {
    size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir_ + "/out")) n += e.path().extension() == ext;
    return n;
  }
  std::string dir_;
};

// A URL list whose URLs serve a page, a feed (two items: one with its full
// text, one to fetch by link) and an error, from a server on 127.0.0.1.
TEST_F(BatchTest, UrlListsExpandFeedsIntoTheirItems) {
  const std::string page =
      "<!DOCTYPE html><html><head><meta "
      "charset=\"utf-8\"><title>美联储按兵不动_示例财经</title></head><body>"
      "<h1>美联储按兵不动</h1><div "
      "class=\"article\"><p>美联储周三宣布将联邦基金利率目标区间维持在4.25%至4."
      "5%之间，"
      "符合市场预期。</"
      "p><p>美联储主席鲍威尔表示，通胀仍高于2%的目标，委员会并不急于降息。</"
      "p></div></body></html>";
  httplib::Server server;
  server.Get("/page.html", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(page, "text/html; charset=utf-8");
  });
  int port = server.bind_to_any_port("127.0.0.1");
  const std::string base = "http://127.0.0.1:" + std::to_string(port);
  server.Get("/feed.xml", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "<?xml version=\"1.0\"?><rss version=\"2.0\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/"
        "content/\"><channel><title>示例</title>"
        "<item><title>全文条目</"
        "title><content:encoded><![CDATA[<p>"
        "央行周一宣布下调存款准备金率0.5个百分点。"
        "</p><p>市场普遍认为此举有助于稳定预期。</p>]]></"
        "content:encoded></item>"
        "<item><title>链接条目</title><link>" +
            base + "/page.html</link></item></channel></rss>",
        "application/rss+xml");
  });
  std::thread thread([&] { server.listen_after_bind(); });
  for (int i = 0; i < 100 && !server.is_running(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  std::ofstream(dir_ + "/urls.txt") << "# today\n"
                                    << base << "/page.html\n"
                                    << base << "/feed.xml\n"
                                    << base << "/missing\n";
  Outcome run = RunPrecis("batch " + dir_ + "/urls.txt --out " + dir_ + "/out.jsonl --quiet --jobs 2");
  server.stop();
  thread.join();
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_EQ(ParseSummary(run.err), (Summary{4, 3, 0, 1})) << run.err;
  std::ifstream out(dir_ + "/out.jsonl");
  std::set<std::string> ids, titles;
  for (std::string line; std::getline(out, line);) {
    auto j = nlohmann::json::parse(line);
    ids.insert(j["id"].get<std::string>());
    titles.insert(j["brief"]["title"].get<std::string>());
  }
  EXPECT_EQ(ids, (std::set<std::string>{base + "/page.html", base + "/feed.xml#1", base + "/feed.xml#2"}));
  EXPECT_EQ(titles, (std::set<std::string>{"美联储按兵不动", "全文条目", "链接条目"}));
}

// A feed's item with only a link is briefed from a web address, never from
// a file of this machine: a local path in a feed fails as that item.
TEST_F(BatchTest, FeedItemLinksNeverReadLocalFiles) {
  const std::string local = std::string(PRECIS_SOURCE_DIR) + "/examples/zh-markets.json";
  std::ofstream(dir_ + "/local.rss")
      << "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
      << "<item><title>local</title><link>" << local << "</link></item>"
      << "</channel></rss>";
  Outcome run = RunPrecis("batch " + dir_ + "/local.rss --out " + dir_ + "/out.jsonl --quiet");
  EXPECT_EQ(run.status, 1) << run.err;
  EXPECT_EQ(ParseSummary(run.err), (Summary{1, 0, 0, 1})) << run.err;
  const std::string errors = testing::ReadWholeFile(dir_ + "/out.jsonl.errors.jsonl");
  EXPECT_NE(errors.find("not an http(s) URL"), std::string::npos) << errors;
}

TEST_F(BatchTest, BriefsEverythingRecordsFailuresAndResumes) {
  Outcome first = RunPrecis("batch " + dir_ + "/in --out " + dir_ + "/out --quiet");
  EXPECT_EQ(first.status, 1) << first.err;  // some items failed
  // 4 examples + 1 good JSONL line briefed; the binary file and the bad line
  // failed.
  EXPECT_EQ(ParseSummary(first.err), (Summary{7, 5, 0, 2})) << first.err;
  EXPECT_EQ(Count(".md"), 5u);
  std::ifstream report(dir_ + "/out/errors.jsonl");
  std::string line;
  std::vector<std::string> reasons;
  while (std::getline(report, line)) reasons.push_back(nlohmann::json::parse(line)["error"]);
  ASSERT_EQ(reasons.size(), 2u);
  EXPECT_TRUE((reasons[0].find("binary") != std::string::npos) ||
              (reasons[1].find("binary") != std::string::npos));

  Outcome again = RunPrecis("batch " + dir_ + "/in --out " + dir_ + "/out --quiet");
  EXPECT_EQ(ParseSummary(again.err), (Summary{7, 0, 5, 2})) << again.err;
  Outcome forced = RunPrecis("batch " + dir_ + "/in --out " + dir_ + "/out --quiet --force --jobs 2");
  EXPECT_EQ(ParseSummary(forced.err), (Summary{7, 5, 0, 2})) << forced.err;
  EXPECT_EQ(Count(".md"), 5u);  // same names: rewritten, not duplicated
}

TEST_F(BatchTest, JsonlOutputRepairsATornLine) {
  const std::string out = dir_ + "/out.jsonl";
  Outcome first =
      RunPrecis("batch " + dir_ + "/in/zh-markets.json " + dir_ + "/in/en-rate-decision.txt --out " + out);
  EXPECT_EQ(first.status, 0) << first.err;
  // Simulate a run killed mid-write.
  std::ofstream(out, std::ios::app) << "{\"id\":\"torn";
  Outcome second = RunPrecis("batch " + dir_ + "/in/zh-markets.json " + dir_ + "/in/en-rate-decision.txt " +
                             dir_ + "/in/zh-tw-typhoon.txt --out " + out);
  EXPECT_EQ(second.status, 0) << second.err;
  EXPECT_EQ(ParseSummary(second.err), (Summary{3, 1, 2, 0})) << second.err;
  std::ifstream in(out);
  std::string line;
  size_t lines = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);  // every line whole
    EXPECT_TRUE(j["brief"]["groups"].is_array());
    ++lines;
  }
  EXPECT_EQ(lines, 3u);

  // --force briefs everything again into a fresh file: no line twice.
  Outcome forced = RunPrecis("batch " + dir_ + "/in/zh-markets.json " + dir_ +
                             "/in/en-rate-decision.txt --out " + out + " --force");
  EXPECT_EQ(ParseSummary(forced.err), (Summary{2, 2, 0, 0})) << forced.err;
  std::ifstream again(out);
  lines = 0;
  while (std::getline(again, line)) ++lines;
  EXPECT_EQ(lines, 2u);
}

TEST_F(BatchTest, InterruptedRunKeepsWhatItFinished) {
  // A large set, interrupted early: every written file is whole, and a rerun
  // completes the rest without redoing any.
  PRECIS_REQUIRE_SHARED_DATA("summarization/en_bbc_dev.jsonl");
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
  EXPECT_EQ(ParseSummary(rest.err),
            (Summary{1112, 1112 - static_cast<long>(done), static_cast<long>(done), 0}))
      << rest.err;
  EXPECT_EQ(Count(".md"), 1112u);
}

// Every file in `dir` (not recursively): name -> bytes.
std::map<std::string, std::string> FilesIn(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    files[e.path().filename().string()] = testing::ReadWholeFile(e.path().string());
  }
  return files;
}

std::vector<std::string> SortedLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

// Generated articles, Chinese and English, each a different pick of
// sentences (so each its own brief), as text files and as JSONL lines.
void WriteGeneratedArticles(const std::string& dir) {
  const std::vector<std::string> zh = {
      "国家统计局周一公布，一季度国内生产总值同比增长5.3%。",
      "工业增加值增速加快，制造业投资保持两位数增长。",
      "消费市场继续恢复，社会消费品零售总额增长4.7%。",
      "分析人士认为，稳增长政策效果正在显现。",
      "出口增速好于预期，对东盟出口增长明显。",
      "房地产投资仍在下降，但降幅有所收窄。",
      "央行表示，将保持流动性合理充裕。",
      "财政部称，专项债发行节奏将进一步加快。",
      "城镇调查失业率为5.2%，就业形势总体稳定。",
      "居民消费价格温和上涨，核心通胀保持平稳。",
      "多家机构上调了全年经济增长预期。",
      "专家提醒，外部环境的不确定性依然较大。",
  };
  const std::vector<std::string> en = {
      "The central bank held interest rates at 5.25% on Thursday.",
      "Officials said inflation had eased but remained above the 2% target.",
      "Markets had expected the decision, and shares rose modestly.",
      "The bank's governor warned that rate cuts were not imminent.",
      "Unemployment rose slightly to 4.3% in the latest figures.",
      "Wage growth slowed for a third month in a row.",
      "Economists now expect the first cut in the autumn.",
      "Housing activity remained weak as mortgage costs stayed high.",
      "Exporters welcomed a weaker currency after the announcement.",
      "The government said its spending plans would not change.",
      "Business surveys pointed to a slow recovery in services.",
      "Consumer confidence improved for the second month running.",
  };
  std::ofstream jsonl(dir + "/generated.jsonl");
  for (int i = 0; i < 30; ++i) {
    const bool chinese = i % 2 == 0;
    const std::vector<std::string>& pool = chinese ? zh : en;
    std::vector<std::string> paragraphs;
    for (int p = 0; p < 3 + i % 4; ++p) {
      const std::string& a = pool[static_cast<size_t>(i * 5 + p * 7) % pool.size()];
      const std::string& b = pool[static_cast<size_t>(i * 3 + p * 5 + 1) % pool.size()];
      paragraphs.push_back(a + (chinese ? "" : " ") + b);
    }
    const std::string title =
        chinese ? "经济观察第" + std::to_string(i) + "期" : "Economy watch " + std::to_string(i);
    if (i < 24) {
      std::ofstream out(dir + "/gen-" + std::to_string(i) + ".md");
      out << "# " << title << "\n\n";
      for (const auto& p : paragraphs) out << p << "\n\n";
    } else {
      jsonl << nlohmann::json{{"title", title}, {"paragraphs", paragraphs}}.dump() << "\n";
    }
  }
}

// --jobs N writes what --jobs 1 writes, byte for byte: the examples, the
// golden inputs, a JSONL set, generated articles and two bad items (43 in
// all), into a directory (Markdown and JSON) and into a JSONL file.
TEST_F(BatchTest, ManyJobsWriteWhatOneJobWrites) {
  fs::copy(PRECIS_SOURCE_DIR "/tests/golden", dir_ + "/in/golden");
  fs::create_directories(dir_ + "/in/gen");
  WriteGeneratedArticles(dir_ + "/in/gen");
  const Summary expected{43, 41, 0, 2};
  for (const char* format : {"md", "json"}) {
    std::map<std::string, std::string> first;
    for (int jobs : {1, 2, 4}) {
      const std::string out = dir_ + "/out-" + format + "-" + std::to_string(jobs);
      Outcome run = RunPrecis("batch " + dir_ + "/in --out " + out + " --format " + format +
                              " --quiet --jobs " + std::to_string(jobs));
      EXPECT_EQ(run.status, 1) << run.err;  // the two bad items
      EXPECT_EQ(ParseSummary(run.err), expected) << format << " --jobs " << jobs << ": " << run.err;
      std::map<std::string, std::string> files = FilesIn(out);
      EXPECT_EQ(files.size(), 42u) << format << " --jobs " << jobs;  // 41 briefs and errors.jsonl
      if (jobs == 1) {
        first = std::move(files);
        continue;
      }
      EXPECT_EQ(files.size(), first.size()) << format << " --jobs " << jobs;
      for (const auto& [name, bytes] : first) {
        auto it = files.find(name);
        ASSERT_NE(it, files.end()) << name << " missing with --jobs " << jobs;
        EXPECT_EQ(it->second, bytes) << name << " differs with --jobs " << jobs;
      }
    }
  }
  // JSONL: each worker appends its lines as it finishes them (up to 16 at a
  // time), so the order of lines does differ between job counts; the lines
  // themselves, and the error report (sorted by id), do not.
  const std::string one = dir_ + "/one.jsonl";
  Outcome run1 = RunPrecis("batch " + dir_ + "/in --out " + one + " --quiet --jobs 1");
  EXPECT_EQ(ParseSummary(run1.err), expected) << run1.err;
  const std::vector<std::string> lines = SortedLines(one);
  EXPECT_EQ(lines.size(), 41u);
  for (int jobs : {2, 4}) {
    const std::string many = dir_ + "/many-" + std::to_string(jobs) + ".jsonl";
    Outcome run =
        RunPrecis("batch " + dir_ + "/in --out " + many + " --quiet --jobs " + std::to_string(jobs));
    EXPECT_EQ(ParseSummary(run.err), expected) << "--jobs " << jobs << ": " << run.err;
    EXPECT_EQ(SortedLines(many), lines) << "--jobs " << jobs;
    EXPECT_EQ(testing::ReadWholeFile(many + ".errors.jsonl"), testing::ReadWholeFile(one + ".errors.jsonl"))
        << "--jobs " << jobs;
  }
}

// README: exit status 3 for missing data files; the run stops before it
// writes anything.
TEST_F(BatchTest, MissingDataFilesExitThreeAndWriteNothing) {
  fs::create_directories(dir_ + "/no-data");
  for (const std::string& out : {dir_ + "/out", dir_ + "/out.jsonl"}) {
    Outcome run =
        RunPrecis("--data-dir " + dir_ + "/no-data batch " + dir_ + "/in --out " + out + " --quiet");
    EXPECT_EQ(run.status, 3) << out << ": " << run.err;
    EXPECT_EQ(run.err.rfind("precis: " + dir_ + "/no-data/zh_words.bin: ", 0), 0u) << run.err;
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << "one line: " << run.err;
    EXPECT_EQ(ParseSummary(run.err), Summary{}) << "no summary: " << run.err;
    EXPECT_FALSE(fs::exists(out)) << out;
    EXPECT_FALSE(fs::exists(out + ".errors.jsonl")) << out;
  }
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
