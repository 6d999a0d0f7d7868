#!/bin/sh
# Runs inside a fresh Debian 12 root where only konform_*.deb (and a compiler to build the
# embedding example) was installed: konform --version, the bundled example, the man pages and the
# embedding example built against the installed package with find_package and with pkg-config.
set -eu
musterstadt=/usr/share/konform/profiles/de/sn/musterstadt
konform --version
cd /tmp
konform validate --profile de.sn.musterstadt "$musterstadt/examples/servicedef"
status=0
konform validate --profile de.sn.musterstadt "$musterstadt/tests/gewerbe-anmeldung-fehlerhaft.xml" \
  >/dev/null || status=$?
[ "$status" -eq 1 ] || { echo "chroot_check: faulty sample gave exit $status, expected 1" >&2; exit 1; }
test -s /usr/share/man/man1/konform-validate.1.gz && test -s /usr/share/doc/konform/copyright
test -s /usr/share/bash-completion/completions/konform

cmake -S /tmp/embed -B /tmp/embed-cmake >/dev/null
cmake --build /tmp/embed-cmake >/dev/null
make -s -C /tmp/embed >/dev/null
for embed in /tmp/embed-cmake/konform-embed /tmp/embed/konform-embed; do
  "$embed" de.sn.musterstadt "$musterstadt/tests/gewerbe-anmeldung-konform.xml" | tail -1
done
echo "chroot_check: konform, its bundled example and the embedding example work in the fresh root"
