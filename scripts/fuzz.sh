#!/usr/bin/env bash
# Builds and runs the libFuzzer targets in fuzz/ (Linux, Swift toolchain with -sanitize=fuzzer).
#
#   scripts/fuzz.sh all 20                       # each target for 20 s (what scripts/test.sh does)
#   scripts/fuzz.sh xlsx 3600                    # fuzz the XLSX reader for an hour
#   scripts/fuzz.sh csv 3600 -jobs=2 -workers=2  # extra flags go to libFuzzer
#   scripts/fuzz.sh replay xlsx FILE...          # run the given inputs once (to reproduce a crash)
#   FUZZ_XLSX_PACKAGE=/tmp/find.xlsx scripts/fuzz.sh replay xlsx FILE   # also save the .xlsx it stands for
#
# Targets:
#   xlsx    bytes -> XLSXWorkbook (small zip limits) -> every sheet, streamed and as a grid.
#           Input starting with "PK" is a zip; anything else is XML parts separated by
#           "\x01PART\x01" (sheet1, sharedStrings, styles, workbook, workbook rels, sheet2)
#           that the target packs into a zip, so mutations reach the XML handlers.
#   csv     bytes -> CSVReader with detection (two chunk sizes must agree) and with a dialect
#           forced by the first byte; what was read is written and read back unchanged.
#   amount  bytes as UTF-8 lines -> AmountParser.parse and AmountColumnLocale.decide, with
#           invariants (a parsed amount re-formatted in Danish/English parses to the same value).
#
# Each target is built with -sanitize=fuzzer,address from Sources/Spreadsheet/**/*.swift plus
# fuzz/<target>.swift as one module, into .build-fuzz/fuzz-<target> (rebuilt when a source
# changes). The corpus grows in fuzz/corpus-<target>/ (not committed), seeded from fuzz/seeds/,
# the project's own samples and tests, the regression inputs under
# Tests/SpreadsheetTests/Fixtures/regressions/<target>/ and ../shared/corpus when present.
# A crash, sanitizer report, leak, timeout (-timeout, default 10 s per input) or running out of
# memory (-rss_limit_mb, default 2048) writes the input to fuzz/out/<target>/ and makes the
# script exit non-zero. Leaks are detected (ASAN_OPTIONS=detect_leaks=1; FUZZ_DETECT_LEAKS=0
# turns that off): every corpus input is replayed with a leak check before fuzzing starts,
# so even the shortest smoke run (scripts/test.sh) fails on memory an input leaves behind. The last lines of each run, with the executions and coverage, are
# printed; the whole log is in fuzz/out/<target>/log.txt. A find goes, as a real input file,
# into Tests/SpreadsheetTests/Fixtures/regressions/<target>/ with its expected outcome listed in
# HostileRegressionTests (or becomes a test that builds the input).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

usage="usage: scripts/fuzz.sh xlsx|csv|amount|all [SECONDS] [libFuzzer flags...] | replay TARGET FILE..."
target="${1:?$usage}"
shift

build_dir=.build-fuzz
shared=../shared
regressions=Tests/SpreadsheetTests/Fixtures/regressions
all_targets=(xlsx csv amount)
mkdir -p "$build_dir"
# LeakSanitizer is part of the toolchain's AddressSanitizer runtime on Linux.
asan_options="detect_leaks=${FUZZ_DETECT_LEAKS:-1}:allocator_may_return_null=1"

build() {  # $1 = target name
  local name="$1" bin="$build_dir/fuzz-$1"
  local sources=()
  mapfile -t sources < <(find Sources/Spreadsheet -name '*.swift' | sort)
  if [[ ! -x "$bin" || -n "$(find Sources/Spreadsheet "fuzz/$name.swift" scripts/fuzz.sh -newer "$bin" -print -quit)" ]]; then
    echo "fuzz: building $name" >&2
    local includes
    includes=$(pkg-config --cflags-only-I libxml-2.0 libzip | sed 's/-I/-Xcc -I/g')
    # shellcheck disable=SC2086
    if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
      -module-name Spreadsheet "${sources[@]}" "fuzz/$name.swift" \
      -I Sources/CLibZip -I Sources/CLibXML2 $includes \
      $(pkg-config --libs libzip libxml-2.0) -lm \
      -o "$bin.new" 2> >(grep -v 'Cannot export local symbol' >&2); then
      echo "fuzz: building $name failed" >&2
      rm -f "$bin.new"
      return 1
    fi
    mv "$bin.new" "$bin"
  fi
}

# XML parts of small workbooks, joined with the separator fuzz/xlsx.swift splits at.
structured_xlsx_seeds() {  # $1 = destination folder, then workbook paths
  command -v python3 >/dev/null || return 0
  python3 - "$@" <<'PY'
import os, sys, zipfile
dest, files = sys.argv[1], sys.argv[2:]
sep = b"\x01PART\x01"
for path in files:
    try:
        z = zipfile.ZipFile(path)
        names = {n.lower(): n for n in z.namelist()}
        def part(name):
            n = names.get(name)
            if n is None: return b""
            data = z.read(n)
            return data if len(data) <= 100_000 else b""
        sheet = part("xl/worksheets/sheet1.xml")
        if not sheet: continue
        seed = sep.join([sheet, part("xl/sharedstrings.xml"), part("xl/styles.xml")])
        out = os.path.join(dest, "parts-" + os.path.basename(path))
        if not os.path.exists(out):
            open(out, "wb").write(seed)
    except Exception:
        pass
PY
}

seed() {  # $1 = target name -> fills fuzz/corpus-<name>
  local name="$1" dir="fuzz/corpus-$1"
  mkdir -p "$dir"
  [[ -d fuzz/seeds/$name ]] && find "fuzz/seeds/$name" -type f -exec cp -n {} "$dir/" \;
  [[ -d $regressions/$name ]] && find "$regressions/$name" -type f -exec cp -n {} "$dir/" \;
  case "$name" in
    xlsx)
      local workbooks=()
      [[ -d $shared/corpus/xlsx ]] && mapfile -t -O "${#workbooks[@]}" workbooks < <(find "$shared/corpus/xlsx" -name '*.xls[xm]' -size -200k)
      [[ -d $shared/corpus/bad ]] && mapfile -t -O "${#workbooks[@]}" workbooks < <(find "$shared/corpus/bad" -name '*.xlsx' -size -200k)
      mapfile -t -O "${#workbooks[@]}" workbooks < <(find samples Tests -name '*.xlsx' -size -200k)
      if (( ${#workbooks[@]} )); then
        cp -n "${workbooks[@]}" "$dir/"
        structured_xlsx_seeds "$dir" "${workbooks[@]}"
      fi ;;
    csv)
      find samples Tests -name '*.csv' -size -200k -exec cp -n {} "$dir/" \; ;;
  esac
}

# Runs one target; returns libFuzzer's status (non-zero: it found something).
run() {  # $1 = target name, $2 = seconds, rest: libFuzzer flags
  local name="$1" seconds="$2" out="fuzz/out/$1"
  shift 2
  build "$name" || return 1
  seed "$name"
  mkdir -p "$out"
  local flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024
    -artifact_prefix="$out/" -print_final_stats=1)
  case "$name" in
    amount) flags+=(-max_len=512) ;;
    *) flags+=(-max_len=1048576) ;;
  esac
  [[ -f fuzz/$name.dict ]] && flags+=(-dict="fuzz/$name.dict")
  echo "fuzz: running $name for ${seconds}s" >&2
  local status=0
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="$asan_options" \
    "$build_dir/fuzz-$name" "fuzz/corpus-$name" "${flags[@]}" "$@" >"$out/log.txt" 2>&1 || status=$?
  if (( status != 0 )); then
    echo "fuzz: $name FAILED (status $status); input saved in $out/, log in $out/log.txt" >&2
    grep -v '^#[0-9]' "$out/log.txt" | tail -n 60 >&2
  else
    grep -E '^#[0-9]+[[:space:]]+(DONE|INITED)|^stat::|^Done [0-9]+ runs' "$out/log.txt" | sed "s/^/fuzz: $name: /" >&2
  fi
  return "$status"
}

case "$target" in
  replay)
    name="${1:?$usage}"
    shift
    build "$name" || exit 1
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="$asan_options" "$build_dir/fuzz-$name" -rss_limit_mb=2048 "$@" ;;
  all|xlsx|csv|amount)
    seconds="${1:-60}"
    (( $# )) && shift
    targets=("$target")
    [[ $target == all ]] && targets=("${all_targets[@]}")
    failed=()
    for t in "${targets[@]}"; do run "$t" "$seconds" "$@" || failed+=("$t"); done
    if (( ${#failed[@]} )); then
      echo "fuzz: failed: ${failed[*]}" >&2
      exit 1
    fi ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
