#!/usr/bin/env bash
# Installs dependencies, builds precis and runs it on the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
for f in examples/*; do
  echo "==> precis extract $f"
  build/precis extract "$f"
  echo
done
echo "==> precis segment (first paragraph of examples/zh-ukraine-force.md)"
build/precis extract --format json examples/zh-ukraine-force.md |
  sed -n 's/.*"paragraphs":\["\([^"]*\)".*/\1/p' | build/precis segment -
echo "==> precis pinyin 新浪财经 库什纳 长沙 银行"
build/precis pinyin 新浪财经 库什纳 长沙 银行
