#!/usr/bin/env bash
# Set everything up (venv, pinned packages, Debian's chromium and Korean fonts) and run every test.
source "$(dirname "$0")/setup.sh" requirements-test.txt
if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk
fi
exec .venv/bin/python -m pytest "$@"
