#!/usr/bin/env bash
# Set everything up (venv, pinned packages, Debian's chromium, Korean fonts, haproxy, axe-core), check lint and format, run
# the tests. Arguments go to pytest: `bash scripts/test.sh -m "not browser"` is the fast loop (unit + AppTest tiers).
source "$(dirname "$0")/setup.sh" requirements-test.txt
if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || ! command -v haproxy >/dev/null; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk haproxy
fi
bash "$(dirname "$0")/install_axe.sh"   # axe-core, pinned, for the accessibility tier
.venv/bin/ruff check --quiet .
.venv/bin/ruff format --check --quiet .
exec .venv/bin/python -m pytest "$@"
