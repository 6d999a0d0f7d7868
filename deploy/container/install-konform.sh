#!/bin/sh
# Installs konform's .deb into the image being built (Containerfile) and prepares it to run as a
# non-root user on a read-only root filesystem. ci/image.sh runs the same script in a chroot where
# no container runtime works, so both paths build the same root.
set -eu
# apt-get resolves the package's dependencies (dpkg-shlibdeps wrote them) from Debian's archive.
apt-get update -qq
apt-get install -y -qq --no-install-recommends /tmp/konform_*_amd64.deb
apt-get clean
rm -rf /var/lib/apt/lists/* /tmp/konform_*_amd64.deb /tmp/install-konform.sh
# A fixed id outside Debian's system range, so that runAsUser and volume ownership can name it.
groupadd --gid 10001 konform
useradd --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
  konform
# The compiled-profile cache (XDG_CACHE_HOME); mount a tmpfs or a volume here on a read-only root.
install -d -o konform -g konform -m 0700 /var/cache/konform
# The working folder: mount messages (and a project's profiles/ folder) here.
install -d -o konform -g konform -m 0755 /work
