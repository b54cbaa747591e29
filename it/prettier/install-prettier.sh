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
status=0
bash "$here/../../build-tools/npm-pinned-install.sh" "$here" "$cache" prettier "prettier" "the prettier IT will be skipped" || status=$?
if [[ $status -eq 3 ]]; then exit 0; elif [[ $status -ne 0 ]]; then exit $status; fi
prettier="$cache/node_modules/.bin/prettier"
echo "prettier ready: $prettier $("$prettier" --version)"
