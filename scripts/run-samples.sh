#!/usr/bin/env bash
# The main job on the shipped samples, as the partnership's finance officer runs it:
#   1. describe every sample file,
#   2. validate the partners' sheets against the approved plan,
#   3. import them into one plan (it must equal the approved plan exactly),
#   4. validate the faulty submissions and write annotated copies,
#   5. generate the overview workbook of the plan and every export layout.
# Installs libzip-dev, libxml2-dev and pkg-config first where they are missing.
# Outputs go to out/samples/ (or the folder given as the first argument).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/setup.sh
out="${1:-out/samples}"
mkdir -p "$out"
echo "== building plansheet (release)" >&2
# Tried twice: see scripts/test.sh on a clean build's one-off module clash.
swift build -c release --product plansheet </dev/null >&2 || swift build -c release --product plansheet </dev/null >&2
bin="$(swift build -c release --show-bin-path)/plansheet"
plan=samples/tryghedsplan-2013.json

echo "== 1. inspect samples/"
"$bin" inspect samples/

echo "== 2. validate the partners' sheets against the plan"
"$bin" validate samples/partners/* --plan "$plan" | tee "$out/partners-report.txt"

echo "== 3. import the partners' sheets"
"$bin" import samples/partners/*.xlsx samples/partners/*.csv --plan "$plan" -o "$out/plan.json"
cmp "$out/plan.json" "$plan" && echo "imported plan equals $plan"
"$bin" import samples/mappings/okonomisystem-udtraek.csv --mapping samples/mappings/okonomisystem-udtraek.yaml \
  --plan "$plan" -o "$out/plan-from-mapping.json" 2>/dev/null
cmp "$out/plan-from-mapping.json" "$plan" && echo "plan imported through the mapping file equals $plan"
"$bin" validate samples/layouts/* --plan "$plan" > "$out/layouts-report.txt"
"$bin" import samples/layouts/*.xlsx samples/layouts/*.csv --plan "$plan" -o "$out/plan-from-layouts.json" 2>/dev/null
cmp "$out/plan-from-layouts.json" "$plan" && echo "plan imported from the layout samples (samples/layouts/) equals $plan"

echo "== 4. validate the faulty submissions (exit status 1 is expected: they hold errors)"
for file in samples/submitted/*; do
  name="$(basename "${file%.*}")"
  status=0
  annotate=()
  [[ "$file" == *.xlsx ]] && annotate=(--annotate "$out/kontrol-$name.xlsx")
  "$bin" validate "$file" --plan "$plan" "${annotate[@]}" | tee "$out/report-$name.txt" || status=$?
  if [[ $status -ne 1 ]]; then echo "run-samples: $file: expected exit status 1, got $status" >&2; exit 1; fi
  "$bin" validate "$file" --plan "$plan" --format json > "$out/report-$name.json" || true
done

echo "== 5. the overview workbook and the export layouts"
"$bin" overview "$plan" -o "$out/overview-2013.xlsx"
cmp "$out/overview-2013.xlsx" samples/overview-2013.xlsx && echo "overview equals the shipped samples/overview-2013.xlsx"
"$bin" overview samples/tryghedsplan-2014.json -o "$out/overview-2014.xlsx"
cmp "$out/overview-2014.xlsx" samples/overview-2014.xlsx && echo "overview equals the shipped samples/overview-2014.xlsx"
for layout in overview areas long crime; do
  for ext in xlsx csv; do
    "$bin" export "$plan" --layout "$layout" -o "$out/export-$layout.$ext"
    "$bin" validate "$out/export-$layout.$ext" --plan "$plan" >/dev/null
    "$bin" import "$out/export-$layout.$ext" --plan "$plan" -o "$out/export-$layout-$ext.json" 2>/dev/null
    cmp "$out/export-$layout-$ext.json" "$plan"
  done
done
echo "every export layout validates and imports back to the plan"

echo "== 6. what changed from the 2013 plan to the 2014 example (exit status 1: there are changes)"
status=0
"$bin" diff "$plan" samples/tryghedsplan-2014.json --workbook "$out/aendringer-2013-2014.xlsx" | tee "$out/diff-2013-2014.txt" || status=$?
if [[ $status -ne 1 ]]; then echo "run-samples: diff: expected exit status 1, got $status" >&2; exit 1; fi
status=0
"$bin" diff "$plan" samples/overview-2014.xlsx >/dev/null || status=$?
if [[ $status -ne 1 ]]; then echo "run-samples: diff of the 2014 overview: expected exit status 1, got $status" >&2; exit 1; fi

echo
echo "Outputs in $out/:"
echo "  plan.json                imported from samples/partners/ (equals $plan)"
echo "  partners-report.txt      validation of the partners' sheets"
echo "  report-*.txt|json        findings for each faulty submission"
echo "  kontrol-*.xlsx           annotated copies: faulty cells filled, notes, a 'Kontrol' sheet"
echo "  overview-2013.xlsx       the overview workbook of the plan"
echo "  export-*.xlsx|csv        the plan in each export layout"
echo "  diff-2013-2014.txt       what changed from the 2013 plan to the 2014 example"
echo "  aendringer-2013-2014.xlsx  the change workbook for the steering group"
