#!/usr/bin/env bash
# The package on a clean system: makes a fresh minimal Debian 12 (debootstrap --variant=minbase bookworm),
# installs the package there as a user would (apt-get install ./tidsatlas_….deb), and uses it:
#   - the install pulls only run-time packages: no compiler, no -dev package
#   - tidsatlas --list --year 1971 prints the 9 municipalities of 1971 from the installed data
#   - tidsatlas --export-png under xvfb-run writes a PNG
#   - man tidsatlas shows the manual page
#   - apt-get purge tidsatlas leaves none of its files in /usr
# Prints each check as it goes; any failure stops it with FAILED and a non-zero exit. Run as root (it
# mounts /proc, /sys and /dev in the new system; a trap unmounts them and deletes it on any exit).
#
# usage: packaging/package_test.sh DEB     (./dev package-test finds or builds DEB)
#   PACKAGE_TEST_MIRROR  the Debian mirror (default http://deb.debian.org/debian)
#   PACKAGE_TEST_KEEP=1  keep the system afterwards (its folder is printed) to look around in it
set -euo pipefail

if (($# != 1)) || [[ ! -f "$1" ]]; then
    echo "usage: $0 tidsatlas_VERSION_amd64.deb" >&2
    exit 2
fi
if [[ "$(id -u)" != 0 ]]; then
    echo "package-test: debootstrap, chroot and mount need root" >&2
    exit 2
fi
deb="$(realpath "$1")"
mirror="${PACKAGE_TEST_MIRROR:-http://deb.debian.org/debian}"
start=$SECONDS
say() { printf '==> package-test: %s\n' "$*"; }
check() { printf '    ok: %s\n' "$*"; }
die() {
    printf '==> package-test: FAILED: %s\n' "$*" >&2
    exit 1
}

root="$(mktemp -d /var/tmp/tidsatlas-package-test.XXXXXX)"
# mktemp makes it 700; as the new system's / it must be open to its other users (apt's _apt, nobody).
chmod 755 "$root"
mounts=()
cleanup() {
    local rc=$? i
    # Unmount in reverse order; lazily if something still holds a mount, so the rm below cannot reach
    # the host's /dev or /proc through it.
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" || true
    done
    if findmnt -rn -o TARGET | grep -q "^$root/"; then
        echo "package-test: something is still mounted under $root; not deleting it" >&2
    elif [[ "${PACKAGE_TEST_KEEP:-0}" == 1 ]]; then
        echo "package-test: kept the system in $root"
    else
        rm -rf "$root"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

say "debootstrap --variant=minbase bookworm $root ($mirror)"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -20 "$root.debootstrap.log"; die "debootstrap failed (log above)"; }
rm -f "$root.debootstrap.log"
check "a minimal Debian $(cat "$root/etc/debian_version") in $((SECONDS - start)) s"

for fs in proc sys dev dev/pts; do
    case $fs in
        proc) mount -t proc proc "$root/proc" ;;
        sys) mount -t sysfs sys "$root/sys" ;;
        dev) mount --bind /dev "$root/dev" ;;
        dev/pts) mount --bind /dev/pts "$root/dev/pts" ;;
    esac
    mounts+=("$root/$fs")
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
# No service may start inside the chroot (policy-rc.d: 101 = action forbidden).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/"
name="/tmp/${deb##*/}"

say "apt-get install .$name (as a user would: with the recommended packages)"
in_root apt-get update -qq
# What apt would install, before it does: only run-time packages may come with tidsatlas.
plan="$(in_root apt-get install -s -y ."$name" | sed -n 's/^Inst \([^ ]*\) .*/\1/p')"
count="$(wc -l <<<"$plan")"
build_tools="$(grep -E -- '-dev$|^(gcc|g\+\+|cpp|clang|llvm|binutils|build-essential|cmake|make|dpkg-dev)(-[0-9.]+)?$' <<<"$plan" || true)"
[[ -z "$build_tools" ]] || die "the install would pull build tools or -dev packages: $(tr '\n' ' ' <<<"$build_tools")"
check "$count packages to install, none a compiler or a -dev package"
t=$SECONDS
in_root apt-get install -y -q ."$name" >"$root/tmp/install.log" 2>&1 ||
    { tail -20 "$root/tmp/install.log"; die "apt-get install failed (log above)"; }
check "installed in $((SECONDS - t)) s: tidsatlas $(in_root dpkg-query -W -f='${Version}' tidsatlas)"

say "tidsatlas --list --year 1971 (as the user nobody, in /, from the installed data)"
# An ordinary user, so the installed files' permissions are tested too; its cache goes to a scratch home.
in_root runuser -u nobody -- env HOME=/tmp/nobody XDG_CACHE_HOME=/tmp/nobody/cache sh -c \
    'cd / && tidsatlas --list --year 1971' >"$root/tmp/list.txt" 2>"$root/tmp/list.err" ||
    { cat "$root/tmp/list.err"; die "tidsatlas --list failed"; }
units="$(grep -c '"code"' "$root/tmp/list.txt" || true)"
[[ "$units" == 9 ]] || die "--list --year 1971 printed $units units, not 9"
check "9 units: $(grep -o '"name":"[^"]*"' "$root/tmp/list.txt" | cut -d'"' -f4 | tr '\n' ' ')"
default_data="$(in_root tidsatlas --help | grep -E -- '^ +--data TEXT=' | awk '{print $2}' | sed 's/^TEXT=//')"
[[ "$default_data" == /usr/share/tidsatlas/data/sodertorn ]] || die "default --data is '$default_data'"
check "default --data: $default_data"

say "tidsatlas --export-png under xvfb-run (xvfb and xauth installed for the test)"
in_root apt-get install -y -q --no-install-recommends xvfb xauth >"$root/tmp/xvfb.log" 2>&1 ||
    { tail -20 "$root/tmp/xvfb.log"; die "could not install xvfb"; }
in_root sh -c 'cd /tmp && xvfb-run -a -s "-screen 0 1280x1024x24" tidsatlas --export-png /tmp/map.png --year 1952 --size 800x450' \
    >"$root/tmp/export.log" 2>&1 || { cat "$root/tmp/export.log"; die "--export-png failed"; }
[[ "$(head -c 8 "$root/tmp/map.png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] ||
    die "/tmp/map.png is not a PNG"
size="$(stat -c %s "$root/tmp/map.png")"
((size > 20000)) || die "/tmp/map.png is only $size bytes: an empty picture?"
check "/tmp/map.png: a PNG of $size bytes"

say "man tidsatlas (man-db installed for the test)"
in_root apt-get install -y -q --no-install-recommends man-db >"$root/tmp/man.log" 2>&1 ||
    { tail -20 "$root/tmp/man.log"; die "could not install man-db"; }
in_root sh -c 'MANPAGER=cat MANWIDTH=80 man tidsatlas' >"$root/tmp/man.txt" 2>&1 ||
    { head "$root/tmp/man.txt"; die "man tidsatlas failed"; }
grep -q -- '--kiosk' "$root/tmp/man.txt" && grep -q -- '--aa' "$root/tmp/man.txt" ||
    die "man tidsatlas does not show the options"
check "man tidsatlas: $(wc -l <"$root/tmp/man.txt") lines, starting '$(grep -m1 -A1 '^NAME' "$root/tmp/man.txt" | tail -1 | sed 's/^ *//')'"

say "apt-get purge tidsatlas"
in_root dpkg-query -L tidsatlas >"$root/tmp/files.txt"
in_root apt-get purge -y -q tidsatlas >"$root/tmp/purge.log" 2>&1 ||
    { tail -20 "$root/tmp/purge.log"; die "apt-get purge failed"; }
left=()
while read -r path; do
    # Folders other packages share (/usr/share/doc …) stay; a file, or a folder of our own, must go.
    if [[ -e "$root$path" && ! -d "$root$path" ]] || [[ -d "$root$path" && "$path" == *tidsatlas* ]]; then
        left+=("$path")
    fi
done <"$root/tmp/files.txt"
mapfile -t named < <(cd "$root" && find usr -iname '*tidsatlas*')
((${#left[@]} == 0 && ${#named[@]} == 0)) || die "left behind in /usr: ${left[*]} ${named[*]}"
check "nothing of its $(wc -l <"$root/tmp/files.txt") paths left, nothing named tidsatlas in /usr"

say "all checks passed in $((SECONDS - start)) s"
