#!/usr/bin/env bash
# The Expo big screen: Chromium in kiosk mode on /present, all day, on a PC nobody watches.
#
#   bash scripts/kiosk.sh                                   # http://localhost:${PORT:-8501}/present
#   bash scripts/kiosk.sh "http://10.0.0.5:8600/present?lang=en&province=KR-46&interval=15"
#
# It waits until the server answers, then starts Chromium full screen with the flags signage players use: no
# error dialogs, infobars, session-restore or translate prompts, permission bubbles or keyring prompts, autoplay
# allowed, a fresh profile each start. If Chromium ever exits or crashes, it starts again. Inside the page,
# static/js/kiosk.js does the rest (reconnecting card, reloads, screen wake lock, hidden cursor).
# Installs Debian's chromium if no Chromium is found. Run it in the kiosk user's graphical session (autostart).
#
# Environment: KIOSK_URL (instead of the argument), CHROMIUM (the browser binary), KIOSK_FLAGS (extra flags),
# KIOSK_ONCE=1 (do not restart Chromium when it exits), KIOSK_DRY_RUN=1 (print the command and exit).
set -euo pipefail
URL=${1:-${KIOSK_URL:-http://localhost:${PORT:-8501}/present}}
ORIGIN=$(printf '%s' "$URL" | sed -E 's#^(https?://[^/?#]+).*#\1#')

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "need root for: $*" >&2; return 1; fi; }

BROWSER=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$BROWSER" ] && [ "${KIOSK_DRY_RUN:-}" != 1 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  BROWSER=$(command -v chromium)
fi

# shellcheck disable=SC2054 # the commas are inside one flag's value
flags=(
  --kiosk                              # full screen, no browser UI, no way out by mouse
  --noerrdialogs                       # no error dialogs
  --disable-infobars                   # no infobars ("Chrome is being controlled...", etc.)
  --disable-session-crashed-bubble     # no "Restore pages?" after a power cut ...
  --hide-crash-restore-bubble          # ... (the newer name of the same bubble)
  --disable-features=Translate,TranslateUI  # no translate prompt (the page is Korean, its <html lang> English)
  --autoplay-policy=no-user-gesture-required
  --no-first-run
  --no-default-browser-check
  --deny-permission-prompts            # no permission bubbles on the big screen
  --password-store=basic               # no desktop keyring prompt at start
  --check-for-update-interval=31536000 # no "update Chromium" nags during the Expo
  --disable-pinch                      # a touch screen cannot zoom the slides ...
  --overscroll-history-navigation=0    # ... or swipe back out of the show
  --disable-renderer-backgrounding     # keep the slide timer at full speed even if the window loses focus
)
# The Screen Wake Lock needs a secure context; a plain-http server on the network is one only when named here.
case "$ORIGIN" in
  http://localhost* | http://127.* | http://\[::1\]* | https://*) ;;
  *) flags+=("--unsafely-treat-insecure-origin-as-secure=$ORIGIN") ;;
esac
# shellcheck disable=SC2206 # KIOSK_FLAGS is a list of flags
flags+=(${KIOSK_FLAGS:-})

if [ "${KIOSK_DRY_RUN:-}" = 1 ]; then
  printf '%q ' "${BROWSER:-chromium}" "${flags[@]}" --user-data-dir=PROFILE "$URL"
  echo
  exit 0
fi

server_answers() {
  if command -v curl >/dev/null; then
    curl -fsS --max-time 3 -o /dev/null "$ORIGIN/_stcore/health"
  else
    python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=3)" "$ORIGIN/_stcore/health"
  fi
}

profile=""
cleanup() { if [ -n "$profile" ]; then rm -rf "$profile"; fi; }
trap cleanup EXIT
trap 'exit 0' INT TERM
while true; do
  until server_answers 2>/dev/null; do
    echo "waiting for $ORIGIN ..." >&2
    sleep 3
  done
  cleanup
  profile=$(mktemp -d -t bnd-kiosk-profile.XXXXXX)  # fresh each start: no restore prompts, no stale state
  "$BROWSER" "${flags[@]}" --user-data-dir="$profile" "$URL" || true
  [ "${KIOSK_ONCE:-}" = 1 ] && break
  echo "Chromium exited; starting it again in 3 s" >&2
  sleep 3
done
