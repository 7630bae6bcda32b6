// Copyright 2026 The precis Authors.
//
// End-to-end tests of the precis command: what a user sees on stdout and
// stderr, and the exit status, for good and bad input.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace precis {
namespace {

using Outcome = testing::ShellRun;
using testing::ShellQuote;

// Runs `precis ARGS` with `stdin_text` on standard input; `shell_prefix`
// (such as "cd DIR && env VAR=...") goes before the command.
Outcome Precis(const std::string& args, const std::string& stdin_text = "",
               const std::string& shell_prefix = "") {
  return testing::RunShell(shell_prefix + " " + std::string(PRECIS_BINARY) + " " + args, stdin_text);
}

std::string Example(const std::string& name) { return std::string(PRECIS_SOURCE_DIR) + "/examples/" + name; }

TEST(CliTest, ExtractPrintsNumberedParagraphs) {
  Outcome run = Precis("extract " + ShellQuote(Example("zh-ukraine-force.md")));
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("source: 新浪财经 (Xin Lang Cai Jing)"), std::string::npos);
  EXPECT_NE(run.out.find("\n[1] 1月6日"), std::string::npos);
  EXPECT_NE(run.out.find("\n[9] "), std::string::npos);
  EXPECT_EQ(run.out.find("\n[10] "), std::string::npos);
  EXPECT_TRUE(run.err.empty());
}

TEST(CliTest, ExtractJsonFromStdin) {
  Outcome run = Precis("extract --format json -", "标题行\n新浪财经·2026-01-09 23:52\n第一段。\n第二段。\n");
  ASSERT_EQ(run.status, 0) << run.err;
  auto j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["title"], "标题行");
  EXPECT_EQ(j["source"], "新浪财经");
  EXPECT_EQ(j["source_latin"], "Xin Lang Cai Jing");
  EXPECT_EQ(j["published"], "2026-01-09 23:52");
  EXPECT_EQ(j["language"], "zh");
  EXPECT_EQ(j["paragraphs"].size(), 2u);
}

TEST(CliTest, EveryExampleExtracts) {
  size_t examples = 0;
  for (const auto& entry : std::filesystem::directory_iterator(PRECIS_SOURCE_DIR "/examples")) {
    ++examples;
    Outcome run = Precis("extract --format json " + ShellQuote(entry.path().string()));
    EXPECT_EQ(run.status, 0) << entry.path() << ": " << run.err;
    auto j = nlohmann::json::parse(run.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << entry.path();
    EXPECT_FALSE(j["title"].get<std::string>().empty()) << entry.path();
    EXPECT_GE(j["paragraphs"].size(), 3u) << entry.path();
  }
  EXPECT_EQ(examples, 4u);
}

TEST(CliTest, BadInputGetsOneLineErrorNothingOnStdoutAndExitTwo) {
  namespace fs = std::filesystem;
  const std::string dir = (fs::temp_directory_path() / ("precis_bad_" + std::to_string(::getpid()))).string();
  fs::create_directories(dir);
  std::ofstream(dir + "/empty.txt").close();
  std::ofstream(dir + "/binary.dat", std::ios::binary) << std::string(
      "\x7F"
      "ELF\0\0\0\x01\x02",
      9);
  std::ofstream(dir + "/bad.json") << R"({"paragraphs": [1, 2]})";
  std::ofstream(dir + "/big.txt") << std::string(2000, 'x');
  struct Row {
    std::string args;
    std::string stdin_text;
    std::string fragment;
  };
  const Row rows[] = {
      {"extract " + ShellQuote(dir + "/missing.txt"), "", "missing.txt: no such file"},
      {"extract " + ShellQuote(dir), "", "is a directory"},
      {"extract " + ShellQuote(dir + "/empty.txt"), "", "empty.txt: empty input"},
      {"extract " + ShellQuote(dir + "/binary.dat"), "", "binary.dat: binary data"},
      {"extract " + ShellQuote(dir + "/bad.json"), "", "bad.json: \"paragraphs\" item 1 is a number"},
      {"--max-bytes 1000 extract " + ShellQuote(dir + "/big.txt"), "", "big.txt: 2000 bytes is larger"},
      {"extract -", "", "<stdin>: empty input"},
      {"extract -", "{\"paragraphs\": [", "<stdin>: malformed JSON"},
      {"extract -", "abc\xFF\xFE\xFD", "<stdin>: invalid UTF-8"},
      {"segment -", std::string("\0\0\0\x01", 4), "<stdin>: binary data"},
      {"extract --format xml -", "text", "--format"},
      {"frobnicate", "", "frobnicate"},
  };
  for (const Row& row : rows) {
    Outcome run = Precis(row.args, row.stdin_text);
    EXPECT_EQ(run.status, 2) << row.args << ": " << run.err;
    EXPECT_TRUE(run.out.empty()) << row.args << ": " << run.out;
    EXPECT_NE(run.err.find(row.fragment), std::string::npos) << row.args << ": " << run.err;
    ASSERT_FALSE(run.err.empty()) << row.args;
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << row.args << ": not one line: " << run.err;
  }
  fs::remove_all(dir);
}

TEST(CliTest, BuiltInEngineRefusesOtherLanguagesNamingThem) {
  const std::string german =
      "Straßenbahn wird verlängert\n\n"
      "Die Stadtverwaltung hat am Montag angekündigt, dass die Straßenbahnlinie im kommenden Jahr bis zum "
      "neuen Wohngebiet verlängert wird.\n\n"
      "Die Bauarbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, teilte die Stadt mit.\n";
  Outcome extract = Precis("extract --format json -", german);
  ASSERT_EQ(extract.status, 0) << extract.err;
  EXPECT_EQ(nlohmann::json::parse(extract.out)["language"], "de");
  Outcome brief = Precis("brief -", german);
  EXPECT_EQ(brief.status, 2);
  EXPECT_TRUE(brief.out.empty());
  EXPECT_NE(brief.err.find("German (de)"), std::string::npos) << brief.err;
  EXPECT_NE(brief.err.find("--engine lm"), std::string::npos) << brief.err;
  EXPECT_EQ(brief.err.find('\n'), brief.err.size() - 1) << brief.err;
}

TEST(CliTest, MissingDataFilesExitThree) {
  Outcome run = Precis("--data-dir /nonexistent/precis extract " + ShellQuote(Example("zh-markets.json")));
  EXPECT_EQ(run.status, 3);
  EXPECT_TRUE(run.out.empty());
  EXPECT_NE(run.err.find("/nonexistent/precis"), std::string::npos) << run.err;
}

// $PRECIS_DATA_DIR names the data files' folder for a precis run from
// anywhere; when set it is the only place looked in (a wrong one is exit 3
// naming it, not data found elsewhere), and --data-dir overrides it. Unset,
// the build tree's data is found (after <exe>/../share/precis and the
// install prefix's, neither of which a build has).
TEST(CliTest, DataDirectoryFromTheEnvironmentAndTheFlag) {
  namespace fs = std::filesystem;
  const std::string dir =
      (fs::temp_directory_path() / ("precis_data_" + std::to_string(::getpid()))).string();
  fs::remove_all(dir);
  for (const char* sub : {"/data", "/empty", "/corrupt", "/elsewhere"}) fs::create_directories(dir + sub);
  const fs::path built = fs::path(PRECIS_BINARY).parent_path() / "data";
  for (const char* file :
       {"zh_words.bin", "zh_hmm.bin", "t2s.bin", "pinyin.bin", "en_pos.bin", "cedict.bin"}) {
    ASSERT_TRUE(fs::exists(built / file)) << (built / file);
    fs::create_symlink(built / file, dir + "/data/" + file);
    if (std::string(file) != "zh_words.bin") fs::create_symlink(built / file, dir + "/corrupt/" + file);
  }
  std::ofstream(dir + "/corrupt/zh_words.bin") << "not a dictionary";
  const std::string in_elsewhere = "cd " + ShellQuote(dir + "/elsewhere") + " &&";
  struct Row {
    const char* intent;
    std::string env;  // the shell's environment for precis
    std::string flags;
    int status;
    std::string err;  // how stderr starts: it is one line
  };
  const Row rows[] = {
      {"the folder $PRECIS_DATA_DIR names", "env PRECIS_DATA_DIR=" + ShellQuote(dir + "/data"), "", 0, ""},
      {"an empty $PRECIS_DATA_DIR: exit 3 naming it, no other data",
       "env PRECIS_DATA_DIR=" + ShellQuote(dir + "/empty"), "", 3,
       "precis: precis data files (zh_words.bin...) not found in " + dir +
           "/empty; build precis or set PRECIS_DATA_DIR\n"},
      {"$PRECIS_DATA_DIR is looked in before the build tree",
       "env PRECIS_DATA_DIR=" + ShellQuote(dir + "/corrupt"), "", 3,
       "precis: " + dir + "/corrupt/zh_words.bin: not a precis data file of the expected kind\n"},
      {"--data-dir overrides an empty $PRECIS_DATA_DIR", "env PRECIS_DATA_DIR=" + ShellQuote(dir + "/empty"),
       "--data-dir " + ShellQuote(dir + "/data"), 0, ""},
      {"--data-dir overrides a good $PRECIS_DATA_DIR", "env PRECIS_DATA_DIR=" + ShellQuote(dir + "/data"),
       "--data-dir " + ShellQuote(dir + "/empty"), 3,
       "precis: " + dir + "/empty/zh_words.bin: cannot open data file: "},
      {"unset: the build tree's data", "env -u PRECIS_DATA_DIR", "", 0, ""},
      {"set but empty counts as unset", "env PRECIS_DATA_DIR=", "", 0, ""},
  };
  for (const Row& row : rows) {
    Outcome run = Precis(row.flags + " segment -", "库什纳会见泽连斯基\n", in_elsewhere + " " + row.env);
    EXPECT_EQ(run.status, row.status) << row.intent << ": " << run.err;
    EXPECT_EQ(run.err.rfind(row.err, 0), 0u) << row.intent << ": " << run.err;
    EXPECT_EQ(run.err.find('\n'), row.err.empty() ? std::string::npos : run.err.size() - 1) << row.intent;
    EXPECT_EQ(run.out, row.status == 0 ? "库什纳 会见 泽连斯基\n" : "") << row.intent;
  }
  fs::remove_all(dir);
}

// README, --format text: "Cut only at sentence boundaries, unless a single
// sentence is longer than the whole budget; then the engine starts it at its
// most informative clause and cuts." The lead here opens with attribution
// and circumstance; the news is in its last clause.
TEST(CliTest, BudgetShorterThanTheLeadStartsAtItsMostInformativeClause) {
  const std::string zh_rest =
      "\n\n会议指出，小微企业是稳就业的主力，增值税减免将直接降低小微企业的经营成本。\n\n"
      "财政部表示，此次增值税下调预计每年为小微企业减税约两千亿元。\n\n"
      "分析人士认为，减税期限延长有助于小微企业稳定预期、扩大投资。\n";
  const std::string zh_late =
      "国务院下调小微企业增值税\n\n"
      "据记者从有关方面获悉，在经过长时间的反复讨论和多轮协商之后，"
      "国务院常务会议周三决定下调小微企业增值税税率并延长减税期限。" +
      zh_rest;
  const std::string zh_first =
      "国务院下调小微企业增值税\n\n"
      "国务院常务会议周三决定下调小微企业增值税税率并延长减税期限，"
      "据记者从有关方面获悉，此前经过了长时间的反复讨论和多轮协商。" +
      zh_rest;
  const std::string en_rest =
      "\n\nOfficials said small businesses employ most workers and the tax cut would lower their costs "
      "directly.\n\n"
      "The finance ministry expects the lower value added tax to save small businesses about 200 billion a "
      "year.\n\n"
      "Analysts said the longer tax relief would help small businesses plan and invest.\n";
  const std::string en_late =
      "Government cuts small business tax\n\n"
      "According to people familiar with the discussions, and after many weeks of long and often heated "
      "negotiations between the two parties, the government on Wednesday cut the value added tax for small "
      "businesses and extended the tax relief until 2028." +
      en_rest;
  const std::string en_first =
      "Government cuts small business tax\n\n"
      "The government on Wednesday cut the value added tax for small businesses and extended the tax relief "
      "until 2028, according to people familiar with the discussions, after many weeks of long and often "
      "heated negotiations between the two parties." +
      en_rest;
  struct Row {
    const char* intent;
    const std::string* article;
    int budget;  // Chinese: characters; English: words
    const char* out;
  };
  const Row rows[] = {
      {"Chinese: two clauses of attribution skipped, cut at 20 characters", &zh_late, 20,
       "国务院常务会议周三决定下调小微企业增值税[1]\n"},
      {"Chinese: a tighter budget cuts inside the same clause", &zh_late, 15,
       "国务院常务会议周三决定下调小微[1]\n"},
      {"Chinese: the news first, so the sentence's start", &zh_first, 20,
       "国务院常务会议周三决定下调小微企业增值税[1]\n"},
      {"English: the attribution skipped, cut at 12 words", &en_late, 12,
       "the government on Wednesday cut the value added tax for small businesses [1]\n"},
      {"English: 8 words", &en_late, 8, "the government on Wednesday cut the value added [1]\n"},
      {"English: the news first, so the sentence's start", &en_first, 12,
       "The government on Wednesday cut the value added tax for small businesses [1]\n"},
  };
  for (const Row& row : rows) {
    Outcome run = Precis("brief --budget " + std::to_string(row.budget) + " -", *row.article);
    ASSERT_EQ(run.status, 0) << row.intent << ": " << run.err;
    EXPECT_EQ(run.out, row.out) << row.intent;
    EXPECT_TRUE(run.err.empty()) << row.intent;
  }
}

TEST(CliTest, SegmentAndPinyin) {
  Outcome seg = Precis("segment -", "库什纳会见泽连斯基\n增长5.2%\n");
  ASSERT_EQ(seg.status, 0) << seg.err;
  EXPECT_EQ(seg.out, "库什纳 会见 泽连斯基\n增长 5.2%\n");
  Outcome py = Precis("pinyin 新浪财经");
  ASSERT_EQ(py.status, 0) << py.err;
  EXPECT_EQ(py.out, "Xin Lang Cai Jing\n");
}

TEST(CliTest, BriefInEachFormat) {
  const std::string article = ShellQuote(Example("zh-ukraine-force.md"));
  Outcome md = Precis("brief " + article);
  ASSERT_EQ(md.status, 0) << md.err;
  EXPECT_NE(md.out.find("**核心观点** - "), std::string::npos) << md.out;
  EXPECT_NE(md.out.find("新浪财经 (Xin Lang Cai Jing) · 2026-01-09 23:52"), std::string::npos);
  EXPECT_NE(md.out.find("  1. 一是俄罗斯明确反对。"), std::string::npos) << md.out;

  Outcome json = Precis("brief --format json " + article);
  ASSERT_EQ(json.status, 0) << json.err;
  auto j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["paragraph_count"], 9);
  EXPECT_GE(j["groups"].size(), 2u);
  EXPECT_LE(j["groups"].size(), 4u);

  Outcome text = Precis("brief --budget 60 " + article);
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_EQ(text.out.find("**"), std::string::npos);
  EXPECT_NE(text.out.find("[1]"), std::string::npos);

  Outcome one_group = Precis("brief --groups 1 --format json " + article);
  ASSERT_EQ(one_group.status, 0) << one_group.err;
  EXPECT_EQ(nlohmann::json::parse(one_group.out)["groups"].size(), 1u);

  Outcome en = Precis("brief --lang en " + ShellQuote(Example("en-rate-decision.txt")));
  EXPECT_EQ(en.status, 0) << en.err;
  EXPECT_NE(en.out.find("**Core Viewpoint** - "), std::string::npos);
}

TEST(CliTest, CheckAuditsABriefAndSaysSoInItsExitStatus) {
  const std::string article = ShellQuote(Example("zh-ukraine-force.md"));
  Outcome brief = Precis("brief " + article);
  ASSERT_EQ(brief.status, 0) << brief.err;
  // precis' own brief, from stdin: every statement supported.
  Outcome ok = Precis("check - --source " + article, brief.out);
  EXPECT_EQ(ok.status, 0) << ok.out << ok.err;
  EXPECT_NE(ok.out.find("0 mis-cited, 0 unsupported, 0 uncited"), std::string::npos) << ok.out;
  // Its first citation moved past the end: mis-cited, exit 1, in JSON too.
  std::string faulty = brief.out;
  const size_t at = faulty.find("[1]");
  ASSERT_NE(at, std::string::npos);
  faulty.replace(at, 3, "[99]");
  Outcome bad = Precis("check - --format json --source " + article, faulty);
  EXPECT_EQ(bad.status, 1) << bad.err;
  auto j = nlohmann::json::parse(bad.out);
  EXPECT_FALSE(j["all_supported"].get<bool>());
  EXPECT_EQ(j["statements"][0]["verdict"], "mis-cited");
  // Bad input: exit 2, one line naming it.
  Outcome empty = Precis("check - --source " + article, "nothing that looks like a brief");
  EXPECT_EQ(empty.status, 2);
  EXPECT_NE(empty.err.find("<stdin>: no brief found"), std::string::npos) << empty.err;
  Outcome missing = Precis("check - --source /no/such/article.md", brief.out);
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("/no/such/article.md"), std::string::npos) << missing.err;
}

TEST(CliTest, BriefRefusesWhatItCannotDo) {
  struct Row {
    std::string args;
    std::string fragment;
  };
  const Row rows[] = {
      {"brief --lang en " + ShellQuote(Example("zh-markets.json")), "writes in the article's language (zh)"},
      {"brief --format md --budget 50 " + ShellQuote(Example("zh-markets.json")), "--budget applies"},
      {"brief --groups 7 " + ShellQuote(Example("zh-markets.json")), "--groups"},
      {"brief --lang fr " + ShellQuote(Example("zh-markets.json")), "--lang"},
      {"brief /no/such/article.txt", "/no/such/article.txt: no such file"},
  };
  for (const Row& row : rows) {
    Outcome run = Precis(row.args);
    EXPECT_EQ(run.status, 2) << row.args;
    EXPECT_TRUE(run.out.empty()) << row.args;
    EXPECT_NE(run.err.find(row.fragment), std::string::npos) << row.args << ": " << run.err;
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << row.args;
  }
}

TEST(CliTest, EvalScoresAndWritesPredictions) {
  namespace fs = std::filesystem;
  const std::string dir =
      (fs::temp_directory_path() / ("precis_eval_" + std::to_string(::getpid()))).string();
  fs::create_directories(dir);
  {
    std::ofstream data(dir + "/dev.jsonl");
    data
        << R"({"id":"a","lang":"en","title":"","source":"","date":"","paragraphs":["The bank cut rates by half a point on Monday. Markets rallied."],"reference":"The bank cut rates."})"
        << "\n";
    data
        << R"({"id":"b","lang":"zh","title":"","source":"","date":"","paragraphs":["央行周一宣布降息。市场大涨。"],"reference":"央行宣布降息"})"
        << "\n";
  }
  Outcome run =
      Precis("eval " + ShellQuote(dir + "/dev.jsonl") + " --predictions " + ShellQuote(dir + "/out.jsonl"));
  ASSERT_EQ(run.status, 0) << run.err;
  // Worked by hand. "a": the prediction is the reference's 4 words: 100
  // on every measure. "b": 央行周一宣布 against 央行宣布降息 (6 characters
  // each): 4 shared characters (P = R = 4/6), 2 of 5 bigrams (央行, 宣布),
  // LCS 央行宣布 = 4. Means: R-1 (100 + 66.67) / 2, R-2 (100 + 40) / 2, R-L
  // as R-1. LEAD cuts the same first sentences to the same budget.
  EXPECT_EQ(run.out, dir + "/dev.jsonl" +
                         ": 2 articles, budget reference\n"
                         "system    ROUGE-1  ROUGE-2  ROUGE-L\n"
                         "precis      83.33    70.00    83.33\n"
                         "LEAD        83.33    70.00    83.33\n");
  std::ifstream out(dir + "/out.jsonl");
  std::string line;
  std::vector<nlohmann::json> lines;
  while (std::getline(out, line)) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "a");
  EXPECT_EQ(lines[1]["id"], "b");
  // Budget = reference length: 4 words, 6 characters.
  EXPECT_EQ(lines[0]["prediction"], "The bank cut rates");
  EXPECT_EQ(lines[1]["prediction"], "央行周一宣布");
  // However many threads score, the report and the predictions are the same
  // bytes; the first failing line is the one reported.
  for (const char* jobs : {"1", "3"}) {
    Outcome again = Precis("eval --jobs " + std::string(jobs) + " " + ShellQuote(dir + "/dev.jsonl") +
                           " --predictions " + ShellQuote(dir + "/again.jsonl"));
    EXPECT_EQ(again.out, run.out) << jobs;
    std::ifstream a(dir + "/again.jsonl"), b(dir + "/out.jsonl");
    EXPECT_EQ(std::string((std::istreambuf_iterator<char>(a)), std::istreambuf_iterator<char>()),
              std::string((std::istreambuf_iterator<char>(b)), std::istreambuf_iterator<char>()))
        << jobs;
  }
  {
    std::ofstream two(dir + "/two_bad.jsonl");
    two << R"({"id":"a","lang":"en","paragraphs":["Fine."],"reference":"Fine."})"
        << "\n"
        << "{\"paragraphs\": 3}\n"
        << "not json\n";
  }
  Outcome first_bad = Precis("eval --jobs 3 " + ShellQuote(dir + "/two_bad.jsonl"));
  EXPECT_EQ(first_bad.status, 2);
  EXPECT_NE(first_bad.err.find("two_bad.jsonl:2: \"paragraphs\" must be an array"), std::string::npos)
      << first_bad.err;

  std::ofstream(dir + "/bad.jsonl") << "{\"paragraphs\": [\"x\"]}\n";
  Outcome bad =
      Precis("eval " + ShellQuote(dir + "/bad.jsonl") + " --predictions " + ShellQuote(dir + "/none.jsonl"));
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("bad.jsonl:1: \"reference\" must be a string"), std::string::npos) << bad.err;
  EXPECT_FALSE(fs::exists(dir + "/none.jsonl"));  // nothing half-written
  Outcome budget = Precis("eval --budget zero " + ShellQuote(dir + "/dev.jsonl"));
  EXPECT_EQ(budget.status, 2);
  fs::remove_all(dir);
}

TEST(CliTest, HelpListsCommandsAndExitCodes) {
  Outcome run = Precis("--help");
  EXPECT_EQ(run.status, 0);
  for (const char* word : {"brief", "eval", "extract", "segment", "pinyin", "Exit status"}) {
    EXPECT_NE(run.out.find(word), std::string::npos) << word;
  }
  Outcome sub = Precis("extract --help");
  EXPECT_EQ(sub.status, 0);
  EXPECT_NE(sub.out.find("--format"), std::string::npos);
}

// The commands that brief, score and check start without the server's
// libraries (PostgreSQL's, Redis', the HTTP server's): the program that
// serves, queues and works is precis-server, which precis hands those
// commands to, flags and all, as the same process.
TEST(CliTest, ServerCommandsRunAsPrecisServerAndTheRestLoadNoServerLibraries) {
  Outcome libs = testing::RunShell("LD_TRACE_LOADED_OBJECTS=1 " + std::string(PRECIS_BINARY));
  ASSERT_EQ(libs.status, 0) << libs.err;
  EXPECT_NE(libs.out.find("libstdc++"), std::string::npos) << libs.out;
  for (const char* lib : {"libpq", "libhiredis", "libsqlite3", "libcpp-httplib", "libssl"}) {
    EXPECT_EQ(libs.out.find(lib), std::string::npos) << lib << " loaded by precis:\n" << libs.out;
  }
  Outcome serve = Precis("serve --help");
  EXPECT_EQ(serve.status, 0) << serve.err;
  EXPECT_NE(serve.out.find("--listen"), std::string::npos) << serve.out;
  // Without precis-server beside it, such a command fails in one line
  // naming what is missing.
  const std::string dir = testing::RunShell("mktemp -d").out;
  const std::string alone = dir.substr(0, dir.find('\n')) + "/precis";
  ASSERT_EQ(testing::RunShell("cp " + ShellQuote(PRECIS_BINARY) + " " + ShellQuote(alone)).status, 0);
  Outcome orphan = testing::RunShell(ShellQuote(alone) + " queue stats --queue redis://127.0.0.1:1/jobs");
  EXPECT_EQ(orphan.status, 3);
  EXPECT_TRUE(orphan.out.empty());
  EXPECT_NE(orphan.err.find("precis: queue stats needs "), std::string::npos) << orphan.err;
  EXPECT_NE(orphan.err.find("precis-server"), std::string::npos) << orphan.err;
  EXPECT_EQ(std::count(orphan.err.begin(), orphan.err.end(), '\n'), 1) << orphan.err;
  testing::RunShell("rm -rf " + ShellQuote(alone.substr(0, alone.rfind('/'))));
}

}  // namespace
}  // namespace precis
