// Copyright 2026 The precis Authors.
//
// Runs a libFuzzer target without libFuzzer: each file named on the command
// line (or each file in a named folder) is fed to LLVMFuzzerTestOneInput,
// followed by `--mutations N` deterministic mutations of it (bit flips, byte
// insertions and deletions, truncations, splices with invalid UTF-8).
// A crash or an abort fails the run; so does a path that does not exist, a
// file that cannot be read, or a corpus with no file at all (exit 2), so a
// replay can never pass by running nothing.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

// With --save-last FILE, each input is written there before it runs, so a
// crash leaves the input that caused it.
std::string save_last;

void Feed(const std::string& input) {
  if (!save_last.empty()) std::ofstream(save_last, std::ios::binary | std::ios::trunc) << input;
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
}

std::string Mutate(std::string s, std::mt19937& rng) {
  static const std::string kPieces[] = {"\xFF", "\xE4\xB8", "\n\n", "{",  "\"", "。",          "---\n",
                                        "\0",   "U.S.",     "……",   "\r", "［", "\xEF\xBB\xBF"};
  const int ops = 1 + static_cast<int>(rng() % 4);
  for (int k = 0; k < ops; ++k) {
    const size_t at = s.empty() ? 0 : rng() % (s.size() + 1);
    switch (rng() % 5) {
      case 0:
        if (!s.empty()) s[at % s.size()] ^= static_cast<char>(1u << (rng() % 8));
        break;
      case 1:
        s.insert(at, kPieces[rng() % std::size(kPieces)]);
        break;
      case 2:
        if (!s.empty()) s.erase(at % s.size(), 1 + rng() % 16);
        break;
      case 3:
        s.resize(at);
        break;
      default: {
        const size_t from = s.empty() ? 0 : rng() % s.size();
        s.insert(at, s.substr(from, rng() % 64));
      }
    }
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  long mutations = 0;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--save-last" && i + 1 < argc) {
      save_last = argv[++i];
    } else if (arg == "--mutations") {
      char* end = nullptr;
      mutations = i + 1 < argc ? std::strtol(argv[++i], &end, 10) : -1;
      if (mutations < 0 || end == nullptr || *end != '\0') {
        std::fprintf(stderr, "replay: --mutations needs a count\n");
        return 2;
      }
    } else if (std::filesystem::is_directory(arg)) {
      std::vector<std::string> found;
      for (const auto& e : std::filesystem::recursive_directory_iterator(arg)) {
        if (e.is_regular_file()) found.push_back(e.path().string());
      }
      if (found.empty()) {
        std::fprintf(stderr, "replay: %s: no seed files in this folder\n", arg.c_str());
        return 2;
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (std::filesystem::is_regular_file(arg)) {
      files.push_back(arg);
    } else {
      std::fprintf(stderr, "replay: %s: no such file or folder\n", arg.c_str());
      return 2;
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: replay [--mutations N] [--save-last FILE] SEED_FILE_OR_FOLDER...\n");
    return 2;
  }
  std::mt19937 rng(20260109);
  size_t runs = 0;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (!in && !in.eof()) {
      std::fprintf(stderr, "replay: %s: cannot be read\n", file.c_str());
      return 2;
    }
    const std::string seed = ss.str();
    Feed(seed);
    ++runs;
    for (long m = 0; m < mutations; ++m, ++runs) Feed(Mutate(seed, rng));
  }
  std::printf("%zu runs over %zu seeds: 0 crashes\n", runs, files.size());
  return 0;
}
