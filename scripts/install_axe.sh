#!/usr/bin/env bash
# axe-core (pinned in devtools/axe/package-lock.json) for the accessibility check
# (tests/browser/test_accessibility_axe.py). Safe to run again: it skips what is done.
# Installs Debian's nodejs and npm if npm is missing (as root, or with sudo).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "need root for: $*" >&2; return 1; fi; }

if [ ! -f devtools/axe/node_modules/axe-core/axe.min.js ]; then
  if ! command -v npm >/dev/null; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
  fi
  (cd devtools/axe && npm ci --no-audit --no-fund --loglevel=error)
fi
