#!/usr/bin/env bash
# Runs every test in the solution and ends with one summary line: "N passed, N failed".
#
# The tests use real parts, not mocks, so on a fresh Debian machine this first installs the system packages
# they need: with apt-get when run as root, or through `sudo -n` when sudo works without a password.
# Otherwise it stops before building and prints the exact command that installs them.
set -uo pipefail
cd "$(dirname "$0")"

# PostgreSQL (a private cluster per test run), espeak-ng (text-to-speech), pocketsphinx (speech-to-text),
# chromium (headless browser tests of the console).
APT_PACKAGES=(postgresql espeak-ng pocketsphinx pocketsphinx-en-us chromium)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "test.sh: the tests need Debian packages that are not installed: ${missing[*]}" >&2
    echo "Install them, then run ./test.sh again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi

  echo "test.sh: installing ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq || exit 1
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" || exit 1
fi

log=$(mktemp)
dotnet test VoiceShop.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "${passed} passed, ${failed} failed"
exit "$status"
