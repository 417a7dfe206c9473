#!/usr/bin/env bash
# The main job on the shipped samples: builds plansheet (release) and runs it over samples/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/setup.sh
swift build -c release --product plansheet </dev/null >&2
bin="$(swift build -c release --show-bin-path)/plansheet"
"$bin" inspect samples/
# Partner sheets: every file validates against the plan, and together they import to it exactly.
"$bin" validate samples/partners/* --plan samples/tryghedsplan-2013.json
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$bin" import samples/partners/*.xlsx samples/partners/*.csv --plan samples/tryghedsplan-2013.json -o "$out/plan.json"
cmp "$out/plan.json" samples/tryghedsplan-2013.json
"$bin" import samples/mappings/okonomisystem-udtraek.csv --mapping samples/mappings/okonomisystem-udtraek.yaml \
  --plan samples/tryghedsplan-2013.json -o "$out/mapped.json"
cmp "$out/mapped.json" samples/tryghedsplan-2013.json
# Faulty submissions: exit status 1 (error findings) is the expected outcome.
for file in samples/submitted/*; do
  status=0
  "$bin" validate "$file" --plan samples/tryghedsplan-2013.json --annotate "$out/kontrol.xlsx" || status=$?
  if [[ $status -ne 1 ]]; then echo "run-samples: $file: expected exit status 1, got $status" >&2; exit 1; fi
done
