#!/usr/bin/env bash
# Builds konform's container image (deploy/container/Containerfile) from the release build's .deb
# with only Debian's archive reachable, then runs konform in it as an operator would: no network,
# read-only root, a tmpfs for the cache, no capabilities, the non-root user; then the Kubernetes
# profiles image on it (deploy/kubernetes/profiles.Containerfile) with its init container's copy.
#   ci/image.sh        the base (if not made yet), the image, the checks
#   ci/image.sh base   only the Debian 12 base; CI starts it early in the background, because it
#                      mostly waits for downloads while the compiler has the CPU
# Where no container runs (podman missing or refused by the kernel), the same root is built and
# checked with chroot, and the script says so.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release
out=$PWD/$build/image
mirror=${KONFORM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
base_tar=$out/debian-12-minbase.tar
base_image=localhost/konform-debian-base:12

step() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  echo "ci/image.sh: $name took $((SECONDS - start)) s"
}

make_base() {
  mkdir -p "$out"
  # Like debian:12-slim: minbase, no documentation, manuals or translations (dpkg keeps these
  # exclusions in the root, so they also hold for what the Containerfile installs), except
  # konform's copyright file.
  # --format: mmdebstrap picks the output's kind from its name, and "….tar.part" is no tar.
  mmdebstrap --quiet --variant=minbase --mode=root --format=tar --dpkgopt=force-unsafe-io \
    --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/konform/*' \
    --aptopt='Acquire::Languages "none"' bookworm "$base_tar.part" "$mirror"
  mv "$base_tar.part" "$base_tar"
}

if [[ ${1:-} == base ]]; then
  step "Debian 12 base" make_base
  exit 0
fi
[[ -f $base_tar ]] || step "Debian 12 base" make_base
[[ -n $(compgen -G "$build/konform_*_amd64.deb") ]] || step "deb" bash ci/deb.sh
deb=$(echo "$build"/konform_*_amd64.deb)
version=$(dpkg-deb --field "$deb" Version)
image=localhost/konform:$version

context=$(mktemp -d "${TMPDIR:-/tmp}/konform-image.XXXXXX")
trap 'rm -rf "$context"' EXIT
cp "$deb" deploy/container/install-konform.sh "$context"

# This machine mounts cgroups in hybrid mode, which Debian's default runtime (crun) refuses, and a
# container may not raise RLIMIT_NOFILE above the host's: runc with the cgroupfs manager and
# explicit limits run here and on ordinary hosts alike.
podman_here() { podman --runtime runc --cgroup-manager cgroupfs "$@"; }
limits=(--ulimit nofile=1024:1024 --ulimit nproc=4096:4096)

# KONFORM_IMAGE_RUNTIME=chroot tests the fallback on a machine where podman works.
runtime=chroot
if [[ ${KONFORM_IMAGE_RUNTIME:-podman} == podman ]] && command -v podman >/dev/null &&
  command -v runc >/dev/null; then
  step "import base" podman_here import --quiet "$base_tar" "$base_image" >/dev/null
  if podman_here run --rm --network=none "${limits[@]}" "$base_image" true; then runtime=podman; fi
fi

if [[ $runtime == podman ]]; then
  step "podman build" podman_here build --quiet --isolation chroot --network host "${limits[@]}" \
    --build-arg "BASE=$base_image" -f deploy/container/Containerfile -t "$image" "$context" \
    >/dev/null
  echo "ci/image.sh: $image, $(podman_here image inspect --format '{{.Size}}' "$image") bytes"
  # As an operator runs it: nothing reachable, nothing writable but the cache's tmpfs (U: owned by
  # the image's user; podman 4.3 ignores a tmpfs mode).
  in_image() {
    local entrypoint=$1
    shift
    podman_here run --rm --network=none --read-only --cap-drop=all \
      --security-opt=no-new-privileges --tmpfs /var/cache/konform:rw,U "${limits[@]}" \
      "${mounts[@]}" --entrypoint "$entrypoint" "$image" "$@"
  }
else
  echo "ci/image.sh: no container runs here (podman or runc missing, or refused); the image's" \
    "root is built and checked with chroot instead" >&2
  root=$context/root
  mkdir "$root"
  tar -xf "$base_tar" -C "$root"
  cp "$context"/konform_*_amd64.deb "$context/install-konform.sh" "$root/tmp/"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  step "chroot build" chroot "$root" sh /tmp/install-konform.sh >/dev/null
  # konform finds its shipped profiles through /proc/self/exe.
  mount -t proc proc "$root/proc"
  trap 'umount "$root/proc"; rm -rf "$context"' EXIT
  in_image() {
    local entrypoint=$1
    shift
    chroot --userspec=10001:10001 "$root" /usr/bin/env -i PATH=/usr/bin:/bin \
      XDG_CACHE_HOME=/var/cache/konform sh -c 'cd /work && exec "$@"' sh "$entrypoint" "$@"
  }
fi

expect() {  # expect STATUS COMMAND...: runs COMMAND in the image, fails unless it exits STATUS
  local want=$1 status=0
  shift
  in_image "$@" >"$context/out" 2>&1 || status=$?
  if [[ $status -ne $want ]]; then
    cat "$context/out" >&2
    echo "ci/image.sh: exit $status, expected $want: $*" >&2
    exit 1
  fi
}

mounts=()  # podman: folders of this machine the image sees (the profiles the init container copied)
musterstadt=/usr/share/konform/profiles/de/sn/musterstadt
expect 0 konform --version
grep -qx "konform $version" "$context/out"
expect 0 konform validate --profile de.sn.musterstadt "$musterstadt/examples/servicedef"
expect 1 konform validate --profile de.sn.musterstadt "$musterstadt/tests/gewerbe-anmeldung-fehlerhaft.xml"
expect 0 id -u
grep -qx 10001 "$context/out" || { echo "ci/image.sh: runs as uid $(cat "$context/out")" >&2; exit 1; }
# No compiler or linker came along with the package's dependencies.
expect 0 sh -c 'for tool in cc gcc c++ g++ clang ld; do ! command -v $tool || exit 1; done'
# The cache works on the read-only root: the first run stores the compiled chain, the second in
# the same container reads it back.
expect 0 sh -c "export KONFORM_CACHE_TRACE=1
  konform validate --profile de.sn.musterstadt $musterstadt/examples/servicedef 2>&1 | grep -q 'stored '
  konform validate --profile de.sn.musterstadt $musterstadt/examples/servicedef 2>&1 | (! grep -E 'miss |off:')"

# The profiles image (deploy/kubernetes/profiles.Containerfile) on this one, from a folder holding
# the shipped example profile, and the Deployment's init container as the pod runs it: its copy
# command, read from deployment.yaml, fills an empty folder (the pod's emptyDir) as uid 10001 on a
# read-only root; the profile must arrive whole and konform validate with it. The chroot fallback
# builds no image: it puts the folder where the Containerfile's COPY does and runs the same command.
example_profile=profiles/de/sn/musterstadt
mkdir -p "$context/profiles-image/profiles" "$context/pod-profiles"
cp -R "$example_profile" "$context/profiles-image/profiles/"
mapfile -t init_copy < <(grep -A3 -e '- name: profiles$' deploy/kubernetes/deployment.yaml |
  sed -n 's/^ *command: //p' | python3 -c 'import json, sys; print("\n".join(json.load(sys.stdin)))')
[[ ${#init_copy[@]} -gt 1 ]] || { echo "ci/image.sh: no init container command in deployment.yaml" >&2; exit 1; }
if [[ $runtime == podman ]]; then
  profiles_image=localhost/konform-profiles:$version
  step "profiles image" podman_here build --quiet --isolation chroot "${limits[@]}" \
    --build-arg "KONFORM_IMAGE=$image" -f deploy/kubernetes/profiles.Containerfile \
    -t "$profiles_image" "$context/profiles-image" >/dev/null
  chown 10001:10001 "$context/pod-profiles"
  podman_here run --rm --network=none --read-only --cap-drop=all --security-opt=no-new-privileges \
    "${limits[@]}" -v "$context/pod-profiles:/profiles" --entrypoint "${init_copy[0]}" \
    "$profiles_image" "${init_copy[@]:1}"
  pod_profiles=$context/pod-profiles
  mounts=(-v "$pod_profiles:/profiles:ro")
else
  mkdir -p "$root/opt/konform/profiles" "$root/profiles"
  cp -R "$context/profiles-image/profiles/." "$root/opt/konform/profiles/"
  chown 10001:10001 "$root/profiles"
  chroot --userspec=10001:10001 "$root" "${init_copy[@]}"
  pod_profiles=$root/profiles
fi
diff -r "$example_profile" "$pod_profiles/musterstadt" >&2 ||
  { echo "ci/image.sh: the init container's copy differs from the profile" >&2; exit 1; }
expect 0 konform validate --profile /profiles/musterstadt /profiles/musterstadt/examples/servicedef
echo "ci/image.sh: the profiles image's init container copied ${init_copy[*]: -2:1} whole into" \
  "an empty /profiles, and konform validates with it"

isolation="a read-only root without network or capabilities"
[[ $runtime == podman ]] || isolation="chroot (root writable, network not isolated)"
echo "ci/image.sh: the image runs konform as uid 10001 in $isolation: the bundled example" \
  "conforms, the faulty sample exits 1, the cache works, no compiler"
