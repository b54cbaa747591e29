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

if ! command -v npm >/dev/null 2>&1; then
  echo "npm not on PATH: the SARIF Multitool consumer test will be skipped"
  exit 0
fi

tool="$cache/node_modules/.bin/sarif-multitool"
mkdir -p "$cache"

if [[ -x "$tool" ]] && cmp -s "$here/package-lock.json" "$cache/package-lock.json" \
    && cmp -s "$here/package.json" "$cache/package.json"; then
  echo "SARIF Multitool already installed in $cache (lock file unchanged)"
else
  echo "Installing the pinned SARIF Multitool into $cache ..."
  cp "$here/package.json" "$here/package-lock.json" "$cache/"
  (cd "$cache" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "SARIF Multitool ready: $tool"
