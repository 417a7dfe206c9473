#!/usr/bin/env bash
# The main job on the shipped samples: builds plansheet (release) and runs it over samples/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
scripts/setup.sh
swift build -c release --product plansheet </dev/null >&2
bin="$(swift build -c release --show-bin-path)/plansheet"
"$bin" inspect samples/
