#!/usr/bin/env bash
# Builds konform_<version>_amd64.deb from the release build (CPack; dependencies from
# dpkg-shlibdeps) and checks it with lintian; every tag lintian still reports is explained in
# packaging/lintian-explained.txt. ci/package.sh and ci/image.sh install what this writes.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release

rm -f "$build"/konform_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(echo "$build"/konform_*_amd64.deb)
dpkg-deb --field "$deb" Package Version Depends Installed-Size
# dpkg-shlibdeps finds the allocator the konform program links (-DKONFORM_JEMALLOC=ON,
# cmake/allocator.cmake); apt-get then installs it with the package, in the image too.
if objdump -p "$build/konform" | grep -q 'NEEDED *libjemalloc'; then
  dpkg-deb --field "$deb" Depends | grep -q libjemalloc2 ||
    { echo "ci/deb.sh: konform links jemalloc, but the package does not depend on it" >&2; exit 1; }
fi
lintian --fail-on error,warning \
  --suppress-tags "$(grep -v '^#' packaging/lintian-explained.txt | cut -d' ' -f1 | paste -sd,)" \
  "$deb"
