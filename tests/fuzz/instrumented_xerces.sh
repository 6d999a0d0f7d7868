#!/usr/bin/env bash
# Builds Debian's own Xerces-C source package (the version installed, with Debian's patches) as a
# static archive instrumented with AddressSanitizer, for the fuzzers to link instead of Debian's
# uninstrumented libxerces-c.a. Without it, a fuzzer sees a memory error inside Xerces-C only if it
# happens to crash: the heap overflow of IGXMLScanner that reading messages with SGXMLScanner now
# avoids showed up only as a rare allocator CHECK, long after the write.
#
#   tests/fuzz/instrumented_xerces.sh OUT     builds into OUT (skipped when OUT/done says the
#                                              same version was built); prints OUT's archive
#
# Needs clang-14 and a deb-src entry for Debian's archive (ci/setup.sh adds one); no other
# network access. Takes about 4 minutes on 2 cores.
set -euo pipefail
out=$(realpath -m "${1:?usage: instrumented_xerces.sh OUT}")
version=$(dpkg-query -W -f='${Version}' libxerces-c-dev)
if [[ -f $out/done && $(cat "$out/done") == "$version" ]]; then
  echo "$out/lib/libxerces-c.a"
  exit 0
fi
rm -rf "$out"
mkdir -p "$out/source"
(cd "$out/source" && apt-get source -qq "xerces-c=$version" >/dev/null 2>&1) || {
  echo "instrumented_xerces.sh: apt-get source xerces-c=$version failed (no deb-src entry?)" >&2
  exit 1
}
src=$(find "$out/source" -mindepth 1 -maxdepth 1 -type d -name 'xerces-c-*' | head -1)
flags="-fsanitize=address -fno-omit-frame-pointer -g -O1"
# Only what the archive needs: no network accessor (konform binds curl to refusals), ICU as in
# Debian's build, messages compiled in.
cmake -S "$src" -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" -DBUILD_SHARED_LIBS=OFF \
  -Dnetwork=OFF -Dtranscoder=icu -Dmessage-loader=inmemory >"$out/configure.log" 2>&1
cmake --build "$out/build" --target xerces-c -j "${KONFORM_JOBS:-$(nproc)}" >"$out/build.log" 2>&1
mkdir -p "$out/lib" "$out/include"
cp "$out/build/src/libxerces-c.a" "$out/lib/"
# Headers: the sources' and the generated configuration headers, in one tree.
(cd "$src/src" && find xercesc \( -name '*.hpp' -o -name '*.c' \) -exec cp --parents -t "$out/include/" {} +)
(cd "$out/build/src" && find xercesc -name '*.hpp' -exec cp --parents -t "$out/include/" {} +)
echo "$version" >"$out/done"
echo "$out/lib/libxerces-c.a"
