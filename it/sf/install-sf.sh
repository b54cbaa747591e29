#!/usr/bin/env bash
# Installs the pinned Salesforce CLI (package.json + package-lock.json next to this script) into a cache
# directory, so the integration tests drive exactly sf 2.129.8 with undici 6.22.0.
#
#   it/sf/install-sf.sh [CACHE_DIR]
#
# CACHE_DIR defaults to ${ECA_SF_CACHE:-$HOME/.cache/eca-maven-plugin/sf-2.129.8}.
# Idempotent: when CACHE_DIR/node_modules/.bin/sf exists and the lock file there equals ours, npm is not run.
# Without npm on PATH it only prints a notice and exits 0; the ITs that need sf then skip themselves.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${1:-${ECA_SF_CACHE:-$HOME/.cache/eca-maven-plugin/sf-2.129.8}}"
status=0
bash "$here/../../build-tools/npm-pinned-install.sh" "$here" "$cache" sf "sf CLI" "ITs that need the real sf CLI will be skipped" || status=$?
if [[ $status -eq 3 ]]; then exit 0; elif [[ $status -ne 0 ]]; then exit $status; fi
sf="$cache/node_modules/.bin/sf"

# Prove it runs. sf keeps state under $HOME (~/.sf, ~/.sfdx); give it one inside the cache dir.
mkdir -p "$cache/home"
version="$(cd "$cache" && env HOME="$cache/home" SF_DISABLE_AUTOUPDATE=true SF_AUTOUPDATE_DISABLE=true \
  SF_DISABLE_TELEMETRY=true SF_SKIP_NEW_VERSION_CHECK=true FORCE_COLOR=0 TZ=UTC "$sf" --version)"
echo "sf CLI ready: $sf"
echo "$version"
