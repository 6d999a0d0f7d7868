#!/usr/bin/env bash
# Installs the release build into a staging tree (DESTDIR, prefix /usr), moves the tree elsewhere
# and runs, from the moved tree only: the bundled example (the product conforms: exit 0; the two
# samples: exit 1), and the embedding example built against the moved tree with find_package and
# with pkg-config. Proves that nothing in the install depends on the build folder or on where the
# tree lies (konform finds share/konform/profiles from its own location); then the CLI's e2e suite
# against the installed binary.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
build=build/release
work=$(mktemp -d "${TMPDIR:-/tmp}/konform-install.XXXXXX")
trap 'rm -rf "$work"' EXIT

DESTDIR="$work/staged" cmake --install "$build" --prefix /usr >/dev/null
mv "$work/staged" "$work/moved"
prefix=$work/moved/usr
libdir=$(dirname "$(find "$prefix" -name 'libkonform.so.*' -print -quit)")

expect() {  # expect STATUS COMMAND...: runs COMMAND, fails unless it exits with STATUS
  local want=$1 status=0
  shift
  "$@" >"$work/out" 2>&1 || status=$?
  if [[ $status -ne $want ]]; then
    cat "$work/out" >&2
    echo "ci/install_test.sh: exit $status, expected $want: $*" >&2
    exit 1
  fi
}

if grep -q "$repo" "$prefix/bin/konform" "$libdir"/libkonform.so.*; then
  echo "ci/install_test.sh: the installed binaries name the source folder $repo" >&2
  exit 1
fi
# A working folder outside the repository: no profiles/ there, no konform.lock.
cd "$work"
musterstadt=$prefix/share/konform/profiles/de/sn/musterstadt
"$prefix/bin/konform" --version
expect 0 "$prefix/bin/konform" validate --profile de.sn.musterstadt "$musterstadt/examples/servicedef"
expect 1 "$prefix/bin/konform" validate --profile de.sn.musterstadt \
  "$musterstadt/tests/gewerbe-anmeldung-konform.xml" \
  "$musterstadt/tests/gewerbe-anmeldung-fehlerhaft.xml"

cp -r "$repo/examples/embed" "$work/embed"
cmake -S "$work/embed" -B "$work/embed-cmake" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/embed-cmake" >/dev/null
# Only konform.pc on the search path: linking libkonform.so needs no other .pc file.
PKG_CONFIG_LIBDIR="$libdir/pkgconfig" make -s -C "$work/embed" 2>&1 | (! grep .)
for embed in "$work/embed-cmake/konform-embed" "$work/embed/konform-embed"; do
  export LD_LIBRARY_PATH=$libdir
  expect 0 "$embed" de.sn.musterstadt "$musterstadt/tests/gewerbe-anmeldung-konform.xml"
  expect 1 "$embed" de.sn.musterstadt "$musterstadt/tests/gewerbe-anmeldung-fehlerhaft.xml"
done
unset LD_LIBRARY_PATH
# The CLI's end-to-end suite against the installed binary instead of the build tree's. It runs
# inside the checkout, where the shipped profiles are seen twice (./profiles and the installed
# copy): identical copies count as one profile.
cd "$repo/$build/tests"
mkdir -p "$work/e2e-output"
expect 0 env KONFORM_BIN="$prefix/bin/konform" KONFORM_TEST_OUTPUT="$work/e2e-output" \
  XDG_CACHE_HOME="$work/e2e-output/xdg-cache" ./e2e_tests --report_level=short
echo "ci/install_test.sh: the moved install tree validates the bundled example; the embedding" \
  "example builds with find_package and pkg-config and runs against it; the e2e suite passes" \
  "against the installed binary"
