#!/bin/sh
# Installs a built precis into a temporary prefix, then configures, builds and
# runs the consumer project beside this script against that prefix alone:
# find_package(precis) must find precis and every library it needs, and the
# installed data files must load.
#
# Then the installed command must find its data in the install's
# share/precis, before the build tree's.
#
# Usage: install_test.sh CMAKE BUILD_DIR WORK_DIR CXX_COMPILER
set -eu

cmake=$1
build_dir=$2
work=$3
cxx=$4
here=$(cd "$(dirname "$0")" && pwd)
prefix=$work/prefix

rm -rf "$work"
mkdir -p "$work"

echo "== cmake --install $build_dir --prefix $prefix"
"$cmake" --install "$build_dir" --prefix "$prefix" >"$work/install.log"

# No package registry and no other prefix: precis must come from $prefix.
echo "== configure the consumer"
"$cmake" -S "$here" -B "$work/consumer" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF \
  -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF >"$work/configure.log"
found=$(sed -n 's/^precis_DIR:PATH=//p' "$work/consumer/CMakeCache.txt")
if [ "$found" != "$prefix/lib/cmake/precis" ]; then
  echo "FAIL: precis found at '$found', not in $prefix" >&2
  exit 1
fi

echo "== build the consumer"
"$cmake" --build "$work/consumer" >"$work/build.log"

echo "== run it on the installed data"
out=$("$work/consumer/precis_consumer" "$prefix/share/precis" "库什纳会见泽连斯基，美联储维持利率不变")
expected="库什纳 会见 泽连斯基 ， 美联储 维持 利率 不变"
if [ "$out" != "$expected" ]; then
  echo "FAIL: segmentation '$out', expected '$expected'" >&2
  exit 1
fi
echo "$out"

echo "== the installed precis reads its own share/precis"
out=$(echo "库什纳会见泽连斯基" | env -u PRECIS_DATA_DIR "$prefix/bin/precis" segment -)
if [ "$out" != "库什纳 会见 泽连斯基" ]; then
  echo "FAIL: installed precis segment printed '$out'" >&2
  exit 1
fi
# A copy of the install whose dictionary is broken: the command must fail on
# that file (exit 3), not fall back to the build tree's good one.
mkdir -p "$work/broken"
cp -R "$prefix/bin" "$prefix/share" "$work/broken/"
echo "not a dictionary" >"$work/broken/share/precis/zh_words.bin"
status=0
echo "库什纳" | env -u PRECIS_DATA_DIR "$work/broken/bin/precis" segment - >/dev/null 2>"$work/broken.err" ||
  status=$?
if [ "$status" != 3 ] || ! grep -qF "$work/broken/bin/../share/precis/zh_words.bin" "$work/broken.err"; then
  echo "FAIL: broken install: exit $status, stderr: $(cat "$work/broken.err")" >&2
  exit 1
fi
echo "PASS"
