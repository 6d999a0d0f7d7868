#!/bin/sh
# Checks the machine-wide stores (`--system`): a key trusted in /etc/konform/trust, a bundle
# installed into /var/lib/konform/profiles and found there by validate's search path, then both
# removed. Needs root and a machine whose system stores konform may use for a moment (CI's machine
# after installing the .deb, or ci/package.sh's fresh root); packaging/installed_check.sh calls it.
# It refuses to run where either store already holds something, so nobody's stores are touched.
#   system_store_check.sh KONFORM PROFILES_DIR
set -eu
konform=$1
profiles=$2
trust=/etc/konform/trust
store=/var/lib/konform/profiles
[ "$(id -u)" -eq 0 ] || { echo "system_store_check: needs root" >&2; exit 1; }
for folder in $trust $store; do
  if [ -n "$(ls -A "$folder" 2>/dev/null)" ]; then
    echo "system_store_check: $folder is not empty; refusing to touch it" >&2
    exit 1
  fi
done
work=$(mktemp -d)
created=""
for folder in /etc/konform /var/lib/konform; do [ -e $folder ] || created="$created $folder"; done
cleanup() {
  rm -rf "$work" $trust $store
  for folder in $created; do rm -rf "$folder"; done
}
trap cleanup EXIT

# A profile of its own id (a copy of the shipped federal level), packed and signed.
cp -r "$profiles/de/bund" "$work/system-check"
sed -i 's/id="de.bund" version="1.0.0"/id="test.system.check" version="1.2.3"/' \
  "$work/system-check/profile.xml"
grep -q 'id="test.system.check"' "$work/system-check/profile.xml"
"$konform" profile keygen --into "$work/keys" >/dev/null
"$konform" profile pack "$work/system-check" --into "$work/dist" >/dev/null
bundle="$work/dist/test.system.check-1.2.3.kpkg"
"$konform" profile sign "$bundle" --key "$work/keys/konform.key" >/dev/null

# As root with an empty user store: only the system stores can make this work.
export XDG_CONFIG_HOME="$work/user-config" XDG_DATA_HOME="$work/user-data"
status=0
"$konform" profile install "$bundle" --system >/dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || { echo "system_store_check: untrusted install gave $status, not 2" >&2; exit 1; }
"$konform" trust add "$work/keys/konform.pub" --for 'test.system.*' --system >/dev/null
key=$("$konform" trust list --system | awk 'NR == 1 { print $1 }')
[ -s "$trust/$key.pub" ] || { echo "system_store_check: no $trust/$key.pub" >&2; exit 1; }
"$konform" profile install "$bundle" --system >/dev/null
fail() { echo "system_store_check: $*" >&2; exit 1; }
[ -s "$store/test.system.check/1.2.3/konform-install.json" ] || fail "not installed in $store"
"$konform" profile list --installed | grep -q 'test.system.check' || fail "not listed as installed"
cd "$work"  # no profiles/ folder here: the chain comes from the system store
"$konform" profile show test.system.check | grep -q 'test.system.check' || fail "not found by name"
"$konform" profile remove test.system.check@1.2.3 --system >/dev/null
[ ! -e "$store/test.system.check/1.2.3" ] || { echo "system_store_check: not removed" >&2; exit 1; }
"$konform" trust remove "$key" --system >/dev/null
[ ! -e "$trust/$key.pub" ] || { echo "system_store_check: key still trusted" >&2; exit 1; }
echo "system_store_check: --system trust and profile stores: refuse untrusted, trust, install," \
  "find, list, remove"
