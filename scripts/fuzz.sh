#!/usr/bin/env bash
# Builds and runs the libFuzzer targets in fuzz/ (Linux, Swift toolchain with -sanitize=fuzzer).
#
#   scripts/fuzz.sh xlsx 600        # fuzz the XLSX reader for ten minutes
#   scripts/fuzz.sh all 20          # each target for 20 s (what CI does)
#   scripts/fuzz.sh csv 3600 -jobs=2 -workers=2   # extra flags go to libFuzzer
#
# Targets: xlsx (bytes -> workbook -> every sheet, every cell), csv (bytes -> every row),
# amount (text -> amount). Seeds come from ../shared/corpus (when present) and the
# project's own test fixtures; crashes land in fuzz/out/<target>/ and make the script fail.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

target="${1:?usage: scripts/fuzz.sh xlsx|csv|amount|all [SECONDS] [libFuzzer flags...]}"
seconds="${2:-60}"
shift $(( $# >= 2 ? 2 : 1 ))

build_dir=.build-fuzz
mkdir -p "$build_dir"
shared=../shared

build() {  # $1 = target name
  local name="$1" bin="$build_dir/fuzz-$1"
  local sources
  sources=$(find Sources/Spreadsheet -name '*.swift' | sort)
  if [[ ! -x "$bin" || -n "$(find Sources/Spreadsheet "fuzz/$name.swift" -newer "$bin" -print -quit)" ]]; then
    echo "fuzz: building $name" >&2
    # shellcheck disable=SC2086
    swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
      -module-name Spreadsheet $sources "fuzz/$name.swift" \
      -I Sources/CLibZip -I Sources/CLibXML2 $(pkg-config --cflags-only-I libxml-2.0 libzip | sed 's/-I/-Xcc -I/g') \
      $(pkg-config --libs libzip libxml-2.0) -lm \
      -o "$bin" 2> >(grep -v 'Cannot export local symbol' >&2)
  fi
}

seed() {  # $1 = target name -> fills fuzz/corpus-<name>
  local name="$1" dir="fuzz/corpus-$1"
  mkdir -p "$dir"
  case "$name" in
    xlsx)
      [[ -d $shared/corpus/xlsx ]] && find "$shared/corpus/xlsx" -name '*.xls[xm]' -size -200k -exec cp -n {} "$dir/" \;
      [[ -d $shared/corpus/bad ]] && find "$shared/corpus/bad" -name '*.xlsx' -size -200k -exec cp -n {} "$dir/" \;
      find samples Tests -name '*.xlsx' -size -200k -exec cp -n {} "$dir/" \; ;;
    csv)
      find samples Tests -name '*.csv' -size -200k -exec cp -n {} "$dir/" \; ;;
    amount)
      cp -n fuzz/seeds/amount/* "$dir/" 2>/dev/null || true ;;
  esac
}

run() {  # $1 = target name
  local name="$1" out="fuzz/out/$1"
  build "$name"
  seed "$name"
  mkdir -p "$out"
  echo "fuzz: running $name for ${seconds}s" >&2
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
  "$build_dir/fuzz-$name" "fuzz/corpus-$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=1048576 -artifact_prefix="$out/" -print_final_stats=1 "$@" 2>&1 | tail -n 20
  return "${PIPESTATUS[0]}"
}

case "$target" in
  all) for t in xlsx csv amount; do run "$t" "$@"; done ;;
  xlsx|csv|amount) run "$target" "$@" ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
