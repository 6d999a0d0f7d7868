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
lintian --fail-on error,warning \
  --suppress-tags "$(grep -v '^#' packaging/lintian-explained.txt | cut -d' ' -f1 | paste -sd,)" \
  "$deb"
