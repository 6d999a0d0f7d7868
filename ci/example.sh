#!/usr/bin/env bash
# Builds konform and runs it on the bundled example: the profile de.sn.musterstadt and its two
# sample messages, one conformant, one not. konform exits 1 because of the second one; this
# script checks that it did and explains it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/build.sh release
echo
echo "\$ konform validate --profile de.sn.musterstadt profiles/de/sn/musterstadt/examples/"
status=0
./build/release/konform validate --profile de.sn.musterstadt profiles/de/sn/musterstadt/examples/ || status=$?
echo
if [ "$status" -eq 1 ]; then
  echo "exit code 1: findings at error level (the second sample is non-conformant on purpose)."
else
  echo "unexpected exit code $status (expected 1)" >&2
  exit 1
fi
