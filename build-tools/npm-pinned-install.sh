#!/usr/bin/env bash
# Installs the npm packages pinned by PACKAGE_DIR/package.json + package-lock.json into CACHE_DIR (kept between
# builds) with `npm ci`, so tests drive exactly the locked versions. Shared by the installers of the pinned tools
# (it/sf/install-sf.sh, it/prettier/install-prettier.sh, eca-maven-plugin/src/test/sarif-multitool/install.sh).
#
#   build-tools/npm-pinned-install.sh PACKAGE_DIR CACHE_DIR BIN LABEL SKIP_NOTICE
#
# Idempotent: when CACHE_DIR/node_modules/.bin/BIN exists and the package files there equal PACKAGE_DIR's, npm is not
# run. Without npm on PATH it prints "npm not on PATH: SKIP_NOTICE" and exits 3, so the caller can stop quietly.
set -euo pipefail

pkg="$1"; cache="$2"; bin="$3"; label="$4"; notice="$5"

if ! command -v npm >/dev/null 2>&1; then
  echo "npm not on PATH: $notice"
  exit 3
fi

tool="$cache/node_modules/.bin/$bin"
mkdir -p "$cache"
if [[ -x "$tool" ]] && cmp -s "$pkg/package-lock.json" "$cache/package-lock.json" \
    && cmp -s "$pkg/package.json" "$cache/package.json"; then
  echo "$label already installed in $cache (lock file unchanged)"
else
  echo "Installing the pinned $label into $cache ..."
  cp "$pkg/package.json" "$pkg/package-lock.json" "$cache/"
  # npm ci removes node_modules itself; a half-finished earlier install is therefore harmless.
  (cd "$cache" && npm ci --no-audit --no-fund --loglevel=error)
fi
