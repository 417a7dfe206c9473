#!/usr/bin/env bash
# Installs what PlanSheets needs on Debian when it is missing:
#   libzip-dev libxml2-dev libsqlite3-dev pkg-config  (to build; SQLite for `plansheet serve`)
#   --checks: LibreOffice (headless), xmllint, poppler-utils (pdftotext), openpyxl, python-calamine (for the tests'
#             independent checks of the workbooks we write), chromium and chromium-driver (the browser test of
#             `plansheet serve`)
# Safe to run again: it installs nothing that is already there.
set -euo pipefail

want_checks=0
[[ "${1:-}" == "--checks" ]] && want_checks=1

need=()
for pkg in libzip-dev libxml2-dev libsqlite3-dev pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if (( want_checks )); then
  for pkg in libreoffice-calc-nogui libxml2-utils poppler-utils chromium chromium-driver; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
fi
if (( ${#need[@]} )); then
  echo "setup: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null >&2
  apt-get install -y -qq --no-install-recommends "${need[@]}" </dev/null >&2
fi
if (( want_checks )); then
  python3 -c 'import openpyxl, python_calamine, defusedxml' 2>/dev/null \
    || python3 -m pip install -q openpyxl python-calamine defusedxml </dev/null >&2
  # jsonschema: Tests/PlanModelTests/SchemaTests.swift validates plans against schema/plan.schema.json.
  python3 -c 'import jsonschema' 2>/dev/null \
    || python3 -m pip install -q 'jsonschema>=4.18' </dev/null >&2
fi

if ! command -v swift >/dev/null 2>&1; then
  if [[ -x /opt/swift/usr/bin/swift ]]; then
    echo "setup: Swift found at /opt/swift/usr/bin" >&2
  else
    echo "setup: no Swift toolchain found (expected on PATH or at /opt/swift)" >&2
    exit 1
  fi
fi
