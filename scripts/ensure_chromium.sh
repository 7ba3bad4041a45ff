#!/usr/bin/env bash
# For `make test-browser`: a Chromium and its chromedriver from the system. Idempotent: does
# nothing when both are on PATH; as root with apt, installs Debian's packages; otherwise says
# what to install. Never lets a tool download a browser of its own.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }
browser_found() { have chromium || have chromium-browser || have google-chrome; }

if browser_found && have chromedriver; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && have apt-get; then
    echo "test-browser: installing chromium and chromium-driver with apt-get (a minute or two)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # fonts-dejavu-core: glyphs for Vietnamese in the screenshots
    apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null
    exit 0
fi
echo "test-browser: needs Chromium and chromedriver on PATH; install them, e.g." \
     "'sudo apt-get install chromium chromium-driver' on Debian or Ubuntu" >&2
exit 1
