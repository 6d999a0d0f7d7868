#!/usr/bin/env bash
# Builds konform with its tests (preset: release unless given) and runs the whole suite with CTest.
# Tests that need the shared corpus find it through KONFORM_CORPUS (default ../shared/corpus)
# and fail when it is missing.
# With the release preset (what .ci/run uses) CI then also runs, each step timed: the install
# test (ci/install_test.sh), the Debian package (ci/deb.sh) installed here and purged again
# (ci/deb_install_test.sh), the container image with konform run
# in it (ci/image.sh; KONFORM_CI_IMAGE=0 skips it; the package in a fresh root with compilers,
# ci/package.sh, with KONFORM_CI_PACKAGE=1), then
#   asan  the whole suite under AddressSanitizer + UBSan, halting on the first error
#   tsan  the suites that run threads (ctest -R '^threads_', tests/CMakeLists.txt)
#   fuzz  with KONFORM_CI_FUZZ=1 only: every libFuzzer target for KONFORM_FUZZ_SECONDS (default
#         30) s, tests/fuzz/run.sh, linked to Debian's Xerces-C unless KONFORM_FUZZ_XERCES=instrumented
# KONFORM_CI_SANITIZERS=0 skips those three (a quick local run).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}

step() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  echo "ci/test.sh: $name took $((SECONDS - start)) s"
}

if [[ $preset == release && ${KONFORM_CI_IMAGE:-1} != 0 ]]; then
  # The container image's Debian base mostly waits for Debian's archive: it downloads in the
  # background while the suites run and the sanitizer builds compile.
  mkdir -p build
  bash ci/image.sh base >build/image-base.log 2>&1 &
  image_base=$!
fi
step "build $preset" bash ci/build.sh "$preset"
step "ctest $preset" ctest --preset "$preset" -j "$(nproc)"
if [[ $preset == release ]]; then
  # The install tree, moved (README, "Embedding and installing"); the .deb installed on this
  # machine with apt-get, /usr/bin/konform and the embedding example built against it (shared and
  # static, find_package and pkg-config), then purged before the sanitizer builds.
  # KONFORM_CI_PACKAGE=1 adds the .deb in a fresh Debian 12 root (ci/package.sh): off by default,
  # because building that root with a compiler in it took 12 of the 45 minutes .ci/run may use.
  step "install test" bash ci/install_test.sh
  step "deb" bash ci/deb.sh
  step "deb installed" bash ci/deb_install_test.sh
  [[ ${KONFORM_CI_PACKAGE:-0} == 0 ]] || step "package" bash ci/package.sh
fi

image() {  # the container image, once its base (started above) is there
  [[ -n ${image_base:-} ]] || return 0
  wait "$image_base" || { cat build/image-base.log >&2; exit 1; }
  cat build/image-base.log
  step "image" bash ci/image.sh
  image_base=
}

if [[ $preset == release && ${KONFORM_CI_SANITIZERS:-1} != 0 ]]; then
  step "build asan" bash ci/build.sh asan
  image  # after the longest compile, so the base's download is long done
  # Tests labelled release-only check what an outside tool sees (a browser, a proxy, a schema
  # validator) through the CLI or the service; their engine paths run under ASan in the other
  # suites, so CI runs them once, in the release build.
  step "ctest asan" ctest --preset asan -j "$(nproc)" -LE release-only
  # Only what the threads_ tests run: the CLI and threads_tests (tests/CMakeLists.txt).
  cmake --preset tsan >/dev/null
  step "build tsan" cmake --build --preset tsan -j "$(nproc)" --target konform threads_tests
  step "ctest tsan" ctest --preset tsan -R '^threads_' -j "$(nproc)"
  # Fuzzing is opt-in (KONFORM_CI_FUZZ=1): its clang build of the engine alone would take .ci/run
  # past the 45 minutes it may use on a 2-core machine. A run fuzzes every target for
  # KONFORM_FUZZ_SECONDS (default 30) against Debian's Xerces-C unless KONFORM_FUZZ_XERCES says
  # otherwise; tests/fuzz/README.md says when to run it longer. Every input that once crashed a
  # target is replayed in every CI run, under ASan above, by the fuzz_regressions test.
  if [[ ${KONFORM_CI_FUZZ:-0} != 0 ]]; then
    step "fuzz" env KONFORM_FUZZ_PARALLEL="$(nproc)" \
      KONFORM_FUZZ_XERCES="${KONFORM_FUZZ_XERCES:-debian}" bash tests/fuzz/run.sh \
      "${KONFORM_FUZZ_SECONDS:-30}"
  fi
fi
image
