#!/bin/sh
# Checks konform as its .deb installed it under /usr, with nothing of the build tree in reach:
# /usr/bin/konform --version, the bundled example, the man pages, the machine-wide trust and
# profile stores (system_store_check.sh), and the embedding example (a copy
# of examples/embed in EMBED, outside the source tree) built against the installed package with
# find_package(konform CONFIG) and with pkg-config, linked to libkonform.so and, with --static, to
# libkonform.a (konform::konform_static; `pkg-config --static`), which needs the engine's -dev
# packages. ci/package.sh runs it in a fresh Debian 12 root, ci/deb_install_test.sh on CI's machine.
#   installed_check.sh EMBED [--static]
set -eu
here=$(cd "$(dirname "$0")" && pwd)  # before any cd: this script's folder holds its helper
embed=$1
static=${2:-}
musterstadt=/usr/share/konform/profiles/de/sn/musterstadt
konform=/usr/bin/konform
$konform --version
cd "$embed"  # no profiles/ folder, no konform.lock
$konform validate --profile de.sn.musterstadt "$musterstadt/examples/servicedef"
status=0
$konform validate --profile de.sn.musterstadt "$musterstadt/tests/gewerbe-anmeldung-fehlerhaft.xml" \
  >/dev/null || status=$?
[ "$status" -eq 1 ] || { echo "installed_check: faulty sample gave exit $status, expected 1" >&2; exit 1; }
test -s /usr/share/man/man1/konform-validate.1.gz && test -s /usr/share/doc/konform/copyright
test -s /usr/share/bash-completion/completions/konform
sh "$here/system_store_check.sh" $konform /usr/share/konform/profiles

# -DCMAKE_PREFIX_PATH=/usr and PKG_CONFIG_LIBDIR: the package's own files, not a konform that
# lies under /usr/local or on a developer's search paths.
build_embed() {  # build_embed NAME CMAKE_OPTION MAKE_OPTION
  cmake -S "$embed" -B "$embed/$1-cmake" -DCMAKE_PREFIX_PATH=/usr "$2" >/dev/null
  grep -qx 'konform_DIR:PATH=/usr/lib/cmake/konform' "$embed/$1-cmake/CMakeCache.txt"
  cmake --build "$embed/$1-cmake" >/dev/null
  make -s -C "$embed" clean
  PKG_CONFIG_LIBDIR=/usr/lib/pkgconfig make -s -C "$embed" "$3" >/dev/null
  mv "$embed/konform-embed" "$embed/$1-make"
}
build_embed shared -DKONFORM_EMBED_STATIC=OFF STATIC=0
programs="$embed/shared-cmake/konform-embed $embed/shared-make"
if [ "$static" = --static ]; then
  build_embed static -DKONFORM_EMBED_STATIC=ON STATIC=1
  programs="$programs $embed/static-cmake/konform-embed $embed/static-make"
fi
for program in $programs; do
  # Compared as real paths: with a merged /usr, the loader may name /lib/libkonform.so.0.
  loads=$(ldd "$program" | grep -o '/[^ ]*libkonform[^ ]*' | xargs -r readlink -f)
  case $program in
  */static-*) want= ;;
  *) want=$(readlink -f /usr/lib/libkonform.so.0) ;;
  esac
  [ "$loads" = "$want" ] || { echo "installed_check: $program loads '$loads', not '$want'" >&2; exit 1; }
  "$program" de.sn.musterstadt "$musterstadt/tests/gewerbe-anmeldung-konform.xml" | tail -1
  status=0
  "$program" de.sn.musterstadt "$musterstadt/tests/gewerbe-anmeldung-fehlerhaft.xml" >/dev/null ||
    status=$?
  [ "$status" -eq 1 ] || { echo "installed_check: $program gave exit $status, expected 1" >&2; exit 1; }
done
echo "installed_check: /usr/bin/konform, its bundled example and the embedding example ($programs)" \
  "work against the installed package"
