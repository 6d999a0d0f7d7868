#!/usr/bin/env bash
# Installs konform_<version>_amd64.deb (ci/deb.sh builds it when the release build has none) with
# apt-get into a fresh Debian 12 root made by mmdebstrap from Debian's archive and runs
# packaging/installed_check.sh there. Nothing is cached between runs; each step says how long it took.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release
mirror=${KONFORM_DEBIAN_MIRROR:-http://deb.debian.org/debian}

step() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  echo "ci/package.sh: $name took $((SECONDS - start)) s"
}

[[ -n $(compgen -G "$build/konform_*_amd64.deb") ]] || step "deb" bash ci/deb.sh
deb=$(echo "$build"/konform_*_amd64.deb)

root=$(mktemp -d "${TMPDIR:-/tmp}/konform-root.XXXXXX")
trap 'rm -rf "$root"' EXIT
# Quick rather than durable: no fsync while unpacking, no documentation or translations except
# konform's own (the root is thrown away at the end).
step "fresh Debian 12 root with the package" mmdebstrap --quiet --variant=apt --mode=root \
  --dpkgopt=force-unsafe-io --dpkgopt='path-exclude=/usr/share/locale/*' \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/konform/*' \
  --aptopt='Acquire::Languages "none"' --include=g++,cmake,make,pkg-config \
  --customize-hook="copy-in '$deb' packaging/installed_check.sh packaging/system_store_check.sh /tmp" \
  --customize-hook="mkdir -p \"\$1/tmp/embed\"" \
  --customize-hook="copy-in examples/embed/main.cpp examples/embed/CMakeLists.txt examples/embed/Makefile /tmp/embed" \
  --customize-hook="chroot \"\$1\" apt-get install -y -qq /tmp/$(basename "$deb") >/dev/null" \
  --customize-hook="chroot \"\$1\" sh /tmp/installed_check.sh /tmp/embed" \
  bookworm "$root" "$mirror"
