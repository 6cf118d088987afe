#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser). Install it when it is
# missing and we can (root on Debian); otherwise say exactly what is needed.
set -euo pipefail
CHROME=${CHROME_PATH:-/usr/bin/chromium}
if [[ -x "$CHROME" ]]; then exit 0; fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $CHROME: installing Debian's chromium package…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $CHROME (Debian: sudo apt-get install -y chromium)," >&2
echo "or set CHROME_PATH to another Chromium binary." >&2
exit 1
