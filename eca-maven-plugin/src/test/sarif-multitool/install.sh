#!/usr/bin/env bash
# Installs the pinned Microsoft SARIF Multitool (package.json + package-lock.json next to this script) into a cache
# directory, for the report consumer tests (ReportConsumersTest runs its `validate` on our SARIF output).
#
#   src/test/sarif-multitool/install.sh [CACHE_DIR]
#
# CACHE_DIR defaults to ${ECA_SARIF_CACHE:-$HOME/.cache/eca-maven-plugin/sarif-multitool-5.7.0}.
# Idempotent: when the tool is there and the lock file there equals ours, npm is not run.
# Without npm on PATH it only prints a notice and exits 0; the test then skips itself with a message.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${1:-${ECA_SARIF_CACHE:-$HOME/.cache/eca-maven-plugin/sarif-multitool-5.7.0}}"
status=0
bash "$here/../../../../build-tools/npm-pinned-install.sh" "$here" "$cache" sarif-multitool "SARIF Multitool" "the SARIF Multitool consumer test will be skipped" || status=$?
if [[ $status -eq 3 ]]; then exit 0; elif [[ $status -ne 0 ]]; then exit $status; fi
echo "SARIF Multitool ready: $cache/node_modules/.bin/sarif-multitool"
