// Copyright 2026 The precis Authors.
//
// precis: the command line. Parses flags, calls the library, prints, and maps
// errors to exit codes in one place (ExitCode below). Nothing is written to
// stdout unless the whole command succeeded.

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "precis/pipeline.h"
#include "precis/reader.h"
#include "precis/text.h"
#include "render/article_writer.h"
#include "util/files.h"

namespace {

constexpr const char* kExitCodes = R"(Exit status:
  0  success
  2  bad input or usage: missing, empty, binary, undecodable, too large or
     malformed input, or bad flags (one line on stderr says which)
  3  precis' data files are missing or corrupt (rebuild, or set PRECIS_DATA_DIR)
  4  internal error (a bug: please report it)
)";

int ExitCode(const precis::Status& status) {
  switch (status.code()) {
    case precis::StatusCode::kOk: return 0;
    case precis::StatusCode::kFailedPrecondition: return 3;
    case precis::StatusCode::kInternal: return 4;
    default: return 2;
  }
}

int Fail(const precis::Status& status) {
  std::cerr << "precis: " << status.message() << "\n";
  return ExitCode(status);
}

bool WriteStdout(const std::string& text) {
  std::cout << text;
  std::cout.flush();
  return static_cast<bool>(std::cout);
}

struct Globals {
  std::string data_dir;
  size_t max_bytes = precis::ReadOptions{}.max_bytes;
};

precis::Result<std::unique_ptr<precis::TextProcessor>> LoadText(const Globals& g) {
  return precis::TextProcessor::Load(g.data_dir);
}

int RunExtract(const Globals& g, const std::string& input, const std::string& format) {
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  precis::ReadOptions options;
  options.max_bytes = g.max_bytes;
  auto article = precis::LoadArticle(input, options, **text);
  if (!article.ok()) return Fail(article.status());
  WriteStdout(format == "json" ? precis::render::ArticleToJson(*article)
                               : precis::render::ArticleToText(*article));
  return 0;
}

int RunSegment(const Globals& g, const std::string& input) {
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  const std::string name = input == "-" ? "<stdin>" : input;
  auto bytes = input == "-" ? precis::util::ReadStdin(g.max_bytes)
                            : precis::util::ReadFile(input, g.max_bytes);
  if (!bytes.ok()) return Fail(bytes.status());
  auto decoded = precis::DecodeText(*bytes, name);
  if (!decoded.ok()) return Fail(decoded.status());
  std::string out;
  out.reserve(decoded->size() * 5 / 4);
  std::string_view all = *decoded;
  size_t start = 0;
  while (start < all.size()) {
    size_t nl = all.find('\n', start);
    if (nl == std::string_view::npos) nl = all.size();
    std::string_view line = all.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    bool first = true;
    for (std::string_view word : (*text)->SegmentWords(line)) {
      if (!first) out.push_back(' ');
      out.append(word);
      first = false;
    }
    out.push_back('\n');
    start = nl + 1;
  }
  WriteStdout(out);
  return 0;
}

int RunPinyin(const Globals& g, const std::vector<std::string>& words) {
  auto text = LoadText(g);
  if (!text.ok()) return Fail(text.status());
  std::string joined;
  for (const auto& w : words) {
    if (!joined.empty()) joined.push_back(' ');
    joined += w;
  }
  auto valid = precis::DecodeText(joined, "TEXT");
  if (!valid.ok()) return Fail(valid.status());
  WriteStdout((*text)->Pinyin(*valid) + "\n");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"precis: grounded briefs of news articles, Chinese and English.", "precis"};
  app.footer(kExitCodes);
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("precis ") + PRECIS_VERSION);
  Globals g;
  app.add_option("--data-dir", g.data_dir,
                 "directory of precis' data files (default: $PRECIS_DATA_DIR, the installed "
                 "share/precis, or the build tree)");
  app.add_option("--max-bytes", g.max_bytes, "refuse inputs larger than this (default 20 MB)")
      ->check(CLI::PositiveNumber);

  std::string input;
  std::string format = "text";
  auto* extract = app.add_subcommand(
      "extract", "Print the article as precis read it: metadata and numbered paragraphs.");
  extract->add_option("input", input, "article file (text, Markdown or JSON), or - for stdin")
      ->required();
  extract->add_option("--format", format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  extract->footer(kExitCodes);

  auto* segment = app.add_subcommand(
      "segment", "Print each input line's words separated by single spaces (Chinese-aware).");
  segment->add_option("input", input, "text file (UTF-8 or GB18030), or - for stdin")->required();
  segment->footer(kExitCodes);

  std::vector<std::string> words;
  auto* pinyin = app.add_subcommand("pinyin", "Print the pinyin of Chinese text (新浪财经 -> Xin Lang Cai Jing).");
  pinyin->add_option("text", words, "Chinese text")->required();
  pinyin->footer(kExitCodes);

  // Name an unknown command plainly (CLI11 would only say one is required).
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--data-dir" || arg == "--max-bytes") {
      ++i;
      continue;
    }
    if (arg.empty() || arg[0] == '-') continue;
    bool known = false;
    for (const auto* sub : app.get_subcommands({})) known |= sub->get_name() == arg;
    if (!known) {
      std::cerr << "precis: unknown command '" << arg
                << "' (commands: extract, segment, pinyin; see precis --help)\n";
      return 2;
    }
    break;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::cerr << "precis: " << e.what() << " (see precis --help)\n";
    return 2;
  }
  if (extract->parsed()) return RunExtract(g, input, format);
  if (segment->parsed()) return RunSegment(g, input);
  if (pinyin->parsed()) return RunPinyin(g, words);
  return 2;
}
