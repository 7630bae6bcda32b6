// Copyright 2026 The precis Authors.

#include "text/zh_hmm.h"

#include <algorithm>

namespace precis::text {
namespace {

enum State { kB = 0, kM = 1, kE = 2, kS = 3 };
// Allowed predecessors of each state (jieba's PrevStatus).
constexpr int kPrev[4][2] = {{kE, kS}, {kM, kB}, {kB, kM}, {kS, kE}};
constexpr float kMissing = -1e9f;
constexpr uint32_t kFirstIdeograph = 0x4E00;
constexpr size_t kIdeographs = 0xA000 - 0x4E00;

}  // namespace

Status ZhHmm::Load(const std::string& path) {
  PRECIS_ASSIGN_OR_RETURN(file_, util::SectionReader::Open(path, "PRCZHMM1"));
  PRECIS_ASSIGN_OR_RETURN(auto start, file_.Array<float>("start"));
  PRECIS_ASSIGN_OR_RETURN(auto trans, file_.Array<float>("trans"));
  PRECIS_ASSIGN_OR_RETURN(emit_cp_, file_.Array<uint32_t>("emit_cp"));
  PRECIS_ASSIGN_OR_RETURN(emit_, file_.Array<float>("emit"));
  if (start.size() != 4 || trans.size() != 16 || emit_.size() != emit_cp_.size() * 4) {
    return FailedPreconditionError(path + ": inconsistent HMM sections");
  }
  std::copy(start.begin(), start.end(), start_.begin());
  std::copy(trans.begin(), trans.end(), trans_.begin());
  ideograph_row_.assign(emit_cp_.size() < 0xFFFF ? kIdeographs : 0, 0);
  for (size_t row = 0; row < emit_cp_.size() && !ideograph_row_.empty(); ++row) {
    const uint32_t cp = emit_cp_[row];
    if (cp >= kFirstIdeograph && cp - kFirstIdeograph < kIdeographs &&
        ideograph_row_[cp - kFirstIdeograph] == 0) {
      ideograph_row_[cp - kFirstIdeograph] = static_cast<uint16_t>(row + 1);
    }
  }
  file_.ReleasePages();
  return Status::Ok();
}

const float* ZhHmm::Emission(char32_t cp) const {
  if (cp >= kFirstIdeograph && cp - kFirstIdeograph < ideograph_row_.size()) {
    const uint16_t row = ideograph_row_[cp - kFirstIdeograph];
    return row == 0 ? nullptr : &emit_[static_cast<size_t>(row - 1) * 4];
  }
  auto it = std::lower_bound(emit_cp_.begin(), emit_cp_.end(), static_cast<uint32_t>(cp));
  if (it == emit_cp_.end() || *it != cp) return nullptr;
  return &emit_[static_cast<size_t>(it - emit_cp_.begin()) * 4];
}

void ZhHmm::Cut(std::span<const char32_t> chars, std::vector<uint32_t>* ends) const {
  const size_t n = chars.size();
  if (n == 0) return;
  if (n == 1) {
    ends->push_back(1);
    return;
  }
  // Reused from call to call: a run is cut in well under a microsecond, and
  // fresh buffers would cost as much.
  thread_local std::vector<std::array<float, 4>> v;
  thread_local std::vector<std::array<uint8_t, 4>> back;
  thread_local std::vector<uint8_t> path;
  v.resize(n);
  back.resize(n);
  path.resize(n);
  // Each character's emission row, looked up once.
  const float* row = nullptr;
  auto emit = [&](int s) { return row == nullptr ? kMissing : row[s]; };
  row = Emission(chars[0]);
  for (int s = 0; s < 4; ++s) v[0][s] = start_[s] + emit(s);
  for (size_t t = 1; t < n; ++t) {
    row = Emission(chars[t]);
    for (int s = 0; s < 4; ++s) {
      float best = -3e38f;
      int arg = kPrev[s][0];
      for (int p : kPrev[s]) {
        float score = v[t - 1][p] + trans_[p * 4 + s];
        if (score > best) {
          best = score;
          arg = p;
        }
      }
      v[t][s] = best + emit(s);
      back[t][s] = static_cast<uint8_t>(arg);
    }
  }
  // A word must end at the end of the run: E or S.
  int state = v[n - 1][kE] >= v[n - 1][kS] ? kE : kS;
  for (size_t t = n; t-- > 0;) {
    path[t] = static_cast<uint8_t>(state);
    state = back[t][state];
  }
  for (size_t t = 0; t < n; ++t) {
    if (path[t] == kE || path[t] == kS) ends->push_back(static_cast<uint32_t>(t + 1));
  }
  if (ends->empty() || ends->back() != n) ends->push_back(static_cast<uint32_t>(n));
}

}  // namespace precis::text
