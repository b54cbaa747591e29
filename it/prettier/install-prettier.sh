#!/usr/bin/env bash
# Installs the pinned prettier with the plugins that the .prettierrc of `sf project generate` names
# (package.json + package-lock.json next to this script) into a cache directory, for the IT that reformats a
# generated tree as the sf template's pre-commit hook does.
#
#   it/prettier/install-prettier.sh CACHE_DIR
#
# Idempotent: when CACHE_DIR/node_modules/.bin/prettier exists and the lock file there equals ours, npm is not run.
# Without npm on PATH it only prints a notice and exits 0; the IT then skips itself.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="$1"

if ! command -v npm >/dev/null 2>&1; then
  echo "npm not on PATH: the prettier IT will be skipped"
  exit 0
fi

prettier="$cache/node_modules/.bin/prettier"
mkdir -p "$cache"
if [[ -x "$prettier" ]] && cmp -s "$here/package-lock.json" "$cache/package-lock.json" \
    && cmp -s "$here/package.json" "$cache/package.json"; then
  echo "prettier already installed in $cache (lock file unchanged)"
else
  echo "Installing the pinned prettier into $cache ..."
  cp "$here/package.json" "$here/package-lock.json" "$cache/"
  (cd "$cache" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "prettier ready: $prettier $("$prettier" --version)"
