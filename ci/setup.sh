#!/usr/bin/env bash
# Installs every build and test dependency of konform from Debian 12's packages.
# Idempotent: packages already present are left as they are. Run as root.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config git
  # engine libraries (see README, "Dependencies")
  libxerces-c-dev libxml2-dev libpugixml-dev libcli11-dev nlohmann-json3-dev
  libre2-dev libyaml-cpp-dev libssl-dev libxxhash-dev libicu-dev libarchive-dev
  # the konform program's allocator (cmake/allocator.cmake, KONFORM_JEMALLOC, on by default); the .deb
  # then depends on libjemalloc2
  libjemalloc-dev
  # registry downloads (validator/net): curl/curl.h at build time; libcurl.so.4 is dlopen'ed by
  # the network commands only
  libcurl4-openssl-dev
  # tests
  libboost-test-dev python3 python3-jsonschema libxml2-utils strace clang-format chromium
  # PDF reports are printed by chromium (README, "Dependencies"); tests read them with pdftoppm
  # and pdftotext
  poppler-utils
  # profile bundles: signatures made and checked by minisign (tests/e2e/profile_bundle_test.cpp)
  minisign
  # the service's load benchmark, run by hand (tests/bench/serve/run.py drives konform serve)
  wrk
  # fuzzing (tests/fuzz): clang-14 with libFuzzer and the sanitizer runtimes; dpkg-dev unpacks
  # Debian's Xerces-C source for the fuzzers' instrumented build (tests/fuzz/instrumented_xerces.sh)
  clang-14 libclang-rt-14-dev dpkg-dev
  # packaging (ci/package.sh): a fresh Debian 12 root for the .deb, and its check
  mmdebstrap lintian
  # the container image (ci/image.sh): podman with runc (Debian's default, crun, refuses hybrid
  # cgroups as some CI hosts mount them)
  podman runc
  # scale-out (tests/scale/haproxy_replicas_test.py): replicas behind HAProxy, whose TLS
  # certificate openssl makes as the README's commands do
  haproxy openssl
)

# That source comes from Debian's archive through a deb-src entry, added once if none exists.
sources=/etc/apt/sources.list.d/konform-deb-src.sources
if ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  cat >"$sources" <<'SOURCES'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  echo "ci/setup.sh: added $sources (source packages for tests/fuzz/instrumented_xerces.sh)"
  need_update=1
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

export DEBIAN_FRONTEND=noninteractive
if ((${#missing[@]})) || [[ -n ${need_update:-} ]]; then
  apt-get update -qq
fi
if ((${#missing[@]})); then
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "ci/setup.sh: installed ${missing[*]}"
else
  echo "ci/setup.sh: all dependencies present"
fi

# Browser tests drive Debian's Chromium with playwright-core and check accessibility with axe-core,
# both from npm at the versions tests/browser/package-lock.json pins (npm ci: exactly those).
# A Node.js that brings its own npm (as NodeSource's build does) is kept; Debian's nodejs and npm
# are installed only where no npm is present (Debian's npm conflicts with NodeSource's nodejs).
if ! command -v npm >/dev/null; then
  apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  echo "ci/setup.sh: installed nodejs npm"
fi
(cd "$(dirname "$0")/../tests/browser" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
echo "ci/setup.sh: tests/browser npm packages installed (npm ci)"
# deploy/kubernetes is checked offline against the Kubernetes v1.33 OpenAPI schema that
# kubernetes-models bundles (tests/kubernetes/check_manifests.js says why that one).
(cd "$(dirname "$0")/../tests/kubernetes" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
echo "ci/setup.sh: tests/kubernetes npm packages installed (npm ci)"
