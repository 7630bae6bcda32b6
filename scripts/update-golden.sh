#!/usr/bin/env bash
# Rewrites the golden outputs (tests/golden/expected/) from what precis
# writes today, then shows what changed: review the diff, and commit it with
# a message that says why the briefs changed.
# Usage: scripts/update-golden.sh [BUILD_DIR]   (default build/)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" -j"$(nproc)" --target golden_test precis_cli
PRECIS_UPDATE_GOLDEN=1 "$build/tests/golden_test" --gtest_filter='GoldenTest.OutputsAreByteForByteTheCommittedOnes'
git status --short -- tests/golden/expected
git diff --stat -- tests/golden/expected
