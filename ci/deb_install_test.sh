#!/usr/bin/env bash
# Installs konform_<version>_amd64.deb (ci/deb.sh writes it) on this machine with apt-get, as a
# user would, and runs packaging/installed_check.sh: /usr/bin/konform --version and the bundled
# example, and the embedding example built outside the source tree against /usr with
# find_package(konform CONFIG) and with pkg-config, linked to libkonform.so and to libkonform.a.
# CI runs as root on a fresh Debian 12 machine that has the compiler and the -dev packages
# already (ci/setup.sh). The package is purged again at the end, whatever happened: the machine is
# left as it was, and the later steps (the sanitizer builds and suites) cannot pick up the
# installed copy. The same checks in a fresh root with nothing but the package and a compiler:
# ci/package.sh (opt-in, KONFORM_CI_PACKAGE=1).
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release
[[ -n $(compgen -G "$build/konform_*_amd64.deb") ]] || bash ci/deb.sh
deb=$(echo "$PWD/$build"/konform_*_amd64.deb)

if dpkg-query --show --showformat='${db:Status-Status}' konform 2>/dev/null | grep -qv '^not-installed$'; then
  echo "ci/deb_install_test.sh: a konform package is installed on this machine already; this" \
    "test installs its own and purges it at the end: remove it first (apt-get purge konform)" >&2
  exit 1
fi
# Other work on the machine may hold dpkg's lock for a while: wait for it rather than fail.
apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -qq "$@"; }
work=$(mktemp -d "${TMPDIR:-/tmp}/konform-deb.XXXXXX")
trap 'apt_get purge konform >/dev/null; rm -rf "$work"' EXIT
apt_get install --no-install-recommends "$deb" >/dev/null
echo "ci/deb_install_test.sh: apt-get install took $SECONDS s"
cp -r examples/embed "$work/embed"
start=$SECONDS
sh packaging/installed_check.sh "$work/embed" --static
echo "ci/deb_install_test.sh: the checks took $((SECONDS - start)) s"
