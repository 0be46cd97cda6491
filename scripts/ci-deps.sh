#!/usr/bin/env bash
# Installs what the browser end-to-end test needs (tests/spec/seats_browser.rs): Debian's
# chromium and chromium-driver. Does nothing when both are there; quiet otherwise.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq chromium chromium-driver >/dev/null
$sudo apt-get clean
command -v chromium >/dev/null && command -v chromedriver >/dev/null
