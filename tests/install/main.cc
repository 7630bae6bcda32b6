// Copyright 2026 The precis Authors.
//
// An installed precis' consumer: loads the TextProcessor from the data
// directory named on the command line (the install's share/precis) and
// prints the words of a Chinese sentence separated by single spaces.
//
// Usage: precis_consumer DATA_DIR TEXT

#include <cstdio>
#include <string>

#include "precis/text.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: precis_consumer DATA_DIR TEXT\n");
    return 2;
  }
  auto text = precis::TextProcessor::Load(argv[1]);
  if (!text.ok()) {
    std::fprintf(stderr, "precis_consumer: %s\n", text.status().ToString().c_str());
    return 3;
  }
  std::string line;
  for (std::string_view word : (*text)->SegmentWords(argv[2])) {
    if (!line.empty()) line += ' ';
    line += word;
  }
  std::printf("%s\n", line.c_str());
  return 0;
}
