// Copyright 2026 The precis Authors.
//
// check_eval [SUMMARIZATION_DIR]: how well `precis check` catches faults
// planted in precis' own briefs of the development sets, and how often it
// raises a false alarm on the briefs as written (tests/check_faults.h says
// how faults are planted; tests/readme_figures_test.cc holds the README's
// table to the same computation).

#include <cstdio>
#include <string>

#include "check_faults.h"
#include "load_text.h"

int main(int argc, char** argv) {
  const std::string dir = argc > 1 ? argv[1] : PRECIS_SHARED_DATA "/summarization";
  const precis::testing::CheckFaultReport r =
      precis::testing::MeasureCheckFaults(dir, precis::testing::LoadedText());
  if (r.briefs == 0) {
    std::fprintf(stderr, "check_eval: %s: no development-set articles found\n", dir.c_str());
    return 2;
  }
  for (const std::string& miss : r.misses) std::fprintf(stderr, "%s\n", miss.c_str());
  for (const auto& [kind, t] : r.by_kind) {
    std::printf("%-9s planted %5d  caught %5d  (%.1f%%)\n", kind.c_str(), t.planted, t.caught, t.rate());
  }
  std::printf("all       planted %5d  caught %5d  (%.1f%%)\n", r.all.planted, r.all.caught, r.all.rate());
  std::printf("false alarms on unaltered briefs: %zu of %zu statements (%.2f%%), %zu of %zu briefs\n",
              r.false_alarms, r.statements, r.statements ? 100.0 * r.false_alarms / r.statements : 0.0,
              r.briefs_with_alarm, r.briefs);
  return 0;
}
