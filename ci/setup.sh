#!/usr/bin/env bash
# Installs every build and test dependency of konform from Debian 12's packages.
# Idempotent: packages already present are left as they are. Run as root.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config git
  # engine libraries (see README, "Dependencies")
  libxerces-c-dev libxml2-dev libpugixml-dev libcli11-dev nlohmann-json3-dev
  libre2-dev libyaml-cpp-dev libssl-dev
  # tests
  libboost-test-dev python3 python3-jsonschema libxml2-utils strace clang-format chromium
  # fuzzing (tests/fuzz): clang-14 with libFuzzer and the sanitizer runtimes
  clang-14 libclang-rt-14-dev
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "ci/setup.sh: installed ${missing[*]}"
else
  echo "ci/setup.sh: all dependencies present"
fi
