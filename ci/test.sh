#!/usr/bin/env bash
# Builds konform with its tests (preset: release unless given) and runs the whole suite with CTest.
# Tests that need the shared corpus find it through KONFORM_CORPUS (default ../shared/corpus)
# and fail when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
bash ci/build.sh "$preset"
ctest --preset "$preset" -j "$(nproc)"
