#!/usr/bin/env bash
# Install everything the tests need on a fresh machine (system packages, a venv with the
# project and its test extras), type-check app/, then run the whole test suite. `.ci/run` runs
# exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: Qt's offscreen platform needs EGL/GL, xkbcommon, fontconfig and a font;
# Qt Multimedia (the chime) needs libpulse even where there is no sound card.
# The referent phone page is tested in Debian's chromium.
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core libpulse0 chromium)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
# The core's types are checked before the tests run (configuration in pyproject.toml).
.venv/bin/python -m mypy
export QT_QPA_PLATFORM=offscreen
export KVADRANT_REQUIRE_BROWSER=1  # the phone page test must run, not skip
exec .venv/bin/python -m pytest -q "$@"
