#!/usr/bin/env bash
# Builds the DocC documentation of the four libraries (Sources/*/*.docc and the `///` comments)
# with swift-docc-plugin; a warning (a broken symbol link, an unknown parameter) fails the run.
# The archives land in .build/plugins/Swift-DocC/outputs/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift package --disable-sandbox generate-documentation \
  --target Spreadsheet --target PlanModel --target BudgetRules --target PlanMapping \
  --warnings-as-errors </dev/null
