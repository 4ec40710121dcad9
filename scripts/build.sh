#!/usr/bin/env bash
# Build the one-folder app with PyInstaller (build.spec) and smoke-test the result:
# start it offscreen on a fresh demo, check the bundled resources, export a PDF, quit.
# Prints the build's size and its start time. Output: build/dist/kvadrant/
set -euo pipefail
cd "$(dirname "$0")/.."
# A clean environment, so that nothing else installed on this machine ends up in the build.
python3 -m venv build/venv
python=build/venv/bin/python
"$python" -m pip install -q --upgrade pip
"$python" -m pip install -q . "pyinstaller>=6,<7"
"$python" -m PyInstaller --noconfirm --clean --distpath build/dist --workpath build/work build.spec

app=build/dist/kvadrant/kvadrant
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
start=$(date +%s.%N)
output=$(QT_QPA_PLATFORM=offscreen KVADRANT_SMOKE_TEST=1 HOME="$smoke" "$app" demo "$smoke/demo.kvadrant")
end=$(date +%s.%N)
echo "$output"
if grep -q MISSING <<<"$output" || ! grep -q "^window: Kvadrant" <<<"$output"; then
  echo "smoke test FAILED: the app did not start with everything bundled" >&2
  exit 1
fi
"$app" export "$smoke/demo.kvadrant" --format pdf -o "$smoke/referat.pdf"
test -s "$smoke/referat.pdf"
echo "smoke test passed: started, opened the demo, exported a PDF, quit"
echo "size: $(du -sh build/dist/kvadrant | cut -f1)"
"$python" -c "print(f'start to window shown and quit: {$end - $start:.2f} s')"
