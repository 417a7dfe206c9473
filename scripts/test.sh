#!/usr/bin/env bash
# Runs the whole test suite, after installing what it needs (see scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/setup.sh --checks
swift build --build-tests </dev/null
swift test --skip-build "$@" </dev/null
