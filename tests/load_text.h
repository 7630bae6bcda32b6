// Copyright 2026 The precis Authors.
//
// One TextProcessor per process for tests, benchmarks and fuzz targets,
// which cannot run without precis' data files: a load failure ends the
// process with the reason.

#ifndef PRECIS_TESTS_LOAD_TEXT_H_
#define PRECIS_TESTS_LOAD_TEXT_H_

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "precis/text.h"

namespace precis::testing {

inline const TextProcessor& LoadedText() {
  static const std::unique_ptr<TextProcessor> text = [] {
    auto loaded = TextProcessor::Load();
    if (!loaded.ok()) {
      std::fprintf(stderr, "cannot load precis data: %s\n", loaded.status().ToString().c_str());
      std::abort();
    }
    return std::move(*loaded);
  }();
  return *text;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_LOAD_TEXT_H_
