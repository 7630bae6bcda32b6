#!/usr/bin/env bash
# Installs dependencies, builds precis and briefs the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
for f in examples/*; do
  echo "==> precis brief $f"
  build/precis brief "$f"
  echo
done
echo "==> precis brief --budget 60 examples/zh-ukraine-force.md"
build/precis brief --budget 60 examples/zh-ukraine-force.md
echo
echo "==> precis brief examples/zh-ukraine-force.md | precis check - --source examples/zh-ukraine-force.md"
build/precis brief examples/zh-ukraine-force.md | build/precis check - --source examples/zh-ukraine-force.md
echo
echo "==> precis extract examples/zh-markets.json"
build/precis extract examples/zh-markets.json
echo
echo "==> precis pinyin 新浪财经 库什纳 长沙 银行"
build/precis pinyin 新浪财经 库什纳 长沙 银行
