#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the assay .deb into a clean Debian 12 root and checks that it works and leaves
# nothing behind (issue 13). Run as root; it is not part of scripts/test (it downloads a minimal
# Debian from the Debian mirror, a few hundred MB, and takes a few minutes).
#
#   sudo installer/tests/debootstrap-install.sh [path/to/assay_*.deb]
#
# Without an argument it takes the newest build/*/assay_*.deb (make one with `cpack -G DEB` in a
# build folder). Environment:
#   ASSAY_DEBIAN_MIRROR       mirror (default http://deb.debian.org/debian)
#   ASSAY_DEBOOTSTRAP_CACHE   folder debootstrap keeps the downloaded .debs in between runs
#   ASSAY_KEEP_ROOT=1         keep the chroot for inspection
#
# Checks, each reported as PASS or FAIL (exit status 1 when any fails):
#   1. `apt-get install ./assay_*.deb` succeeds from Debian's archive alone
#   2. `assay --version` prints the version of the package
#   3. `assay audit <small folder> --format json` prints audit.json with every file of the folder
#      and the license each file declares
#   4. `apt-get purge --autoremove assay` removes every file of the package, and no file whose
#      path mentions assay is left anywhere in the root
set -euo pipefail

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 2; }

[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap and chroot need it)"
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

DEB="${1:-}"
if [ -z "$DEB" ]; then
    DEB=$(ls -t "$ROOT_DIR"/build/*/assay_*.deb 2>/dev/null | head -n1 || true)
    [ -n "$DEB" ] || die "no build/*/assay_*.deb; run 'cpack -G DEB' in a build folder or pass the .deb"
fi
[ -f "$DEB" ] || die "$DEB does not exist"
DEB="$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")"

for tool in debootstrap python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        log "installing $tool"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$tool" >/dev/null
    fi
done

MIRROR="${ASSAY_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
WORK=$(mktemp -d /var/tmp/assay-debootstrap.XXXXXX)
CHROOT="$WORK/root"
cleanup() {
    for m in "$CHROOT/dev/pts" "$CHROOT/proc"; do
        mountpoint -q "$m" 2>/dev/null && umount -l "$m"
    done
    if [ "${ASSAY_KEEP_ROOT:-0}" = 1 ]; then
        log "kept $CHROOT"
    else
        rm -rf --one-file-system "$WORK"
    fi
}
trap cleanup EXIT

failures=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
in_root() { chroot "$CHROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

log "debootstrap --variant=minbase bookworm $CHROOT ($MIRROR)"
cache_args=()
if [ -n "${ASSAY_DEBOOTSTRAP_CACHE:-}" ]; then
    mkdir -p "$ASSAY_DEBOOTSTRAP_CACHE"
    cache_args=(--cache-dir="$(cd "$ASSAY_DEBOOTSTRAP_CACHE" && pwd)")
fi
debootstrap --variant=minbase "${cache_args[@]}" bookworm "$CHROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -n 30 "$WORK/debootstrap.log" >&2; die "debootstrap failed"; }

# Debian 12 as installed: the release with its updates and security suites, nothing else.
cat >"$CHROOT/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
mount -t proc proc "$CHROOT/proc"
mkdir -p "$CHROOT/dev/pts" && mount -t devpts devpts "$CHROOT/dev/pts"
# No daemons may start inside the chroot.
printf '#!/bin/sh\nexit 101\n' >"$CHROOT/usr/sbin/policy-rc.d"
chmod 755 "$CHROOT/usr/sbin/policy-rc.d"
in_root apt-get update -qq

# Every file of the root before the package, to find what it leaves behind.
snapshot() {
    (cd "$CHROOT" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./sys -o -path ./tmp \
        -o -path ./var/cache -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path ./var/log \) -prune \
        -o -print | LC_ALL=C sort)
}
snapshot >"$WORK/before.txt"

# 1. install ------------------------------------------------------------------------------------
cp "$DEB" "$CHROOT/tmp/"
deb_name=$(basename "$DEB")
if in_root sh -c "cd /tmp && apt-get install -y -q ./$deb_name" >"$WORK/install.log" 2>&1; then
    pkgs=$(grep -c '^Setting up ' "$WORK/install.log" || true)
    pass "apt-get install ./$deb_name ($pkgs packages set up, all from Debian's archive)"
else
    tail -n 30 "$WORK/install.log"
    fail "apt-get install ./$deb_name"
fi
# Where apt took the packages from: the local .deb, else only the Debian mirrors configured above.
foreign=$(grep -E '^Get:' "$WORK/install.log" | grep -vE "^Get:[0-9]+ /tmp/$deb_name|deb\.debian\.org|${MIRROR#*://}" || true)
if [ -n "$foreign" ]; then
    printf '%s\n' "$foreign"
    fail "packages came from outside Debian's archive"
fi

# 2. --version ------------------------------------------------------------------------------------
want_version=$(dpkg-deb -f "$DEB" Version)
got=$(in_root assay --version 2>&1 || true)
if [ "$got" = "assay $want_version" ]; then
    pass "assay --version prints '$got'"
else
    fail "assay --version printed '$got', expected 'assay $want_version'"
fi

# 3. audit of a small folder ----------------------------------------------------------------------
sample="$CHROOT/srv/sample"
mkdir -p "$sample/src"
cat >"$sample/src/main.c" <<'EOF'
// SPDX-License-Identifier: MIT
// Copyright (c) 2024 Example Corp
int main(void) { return 0; }
EOF
cat >"$sample/src/util.py" <<'EOF'
# SPDX-License-Identifier: Apache-2.0
def add(a, b):
    return a + b
EOF
printf '# Sample\nA folder for the install test.\n' >"$sample/README.md"
if in_root assay audit /srv/sample --format json --data-dir /tmp/assay-data >"$WORK/audit.json" 2>"$WORK/audit.err"; then
    if python3 - "$WORK/audit.json" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["schema"] == "assay.audit/1", doc.get("schema")
files = {f["path"]: f for f in doc["files"]}
for path in ("src/main.c", "src/util.py", "README.md"):
    assert path in files, f"{path} missing from audit.json"
assert files["src/main.c"]["license"] == "MIT", files["src/main.c"]
assert files["src/util.py"]["license"] == "Apache-2.0", files["src/util.py"]
assert doc["summary"]["files_scanned"] == len(files), doc["summary"]
EOF
    then
        pass "assay audit /srv/sample --format json printed audit.json ($(wc -c <"$WORK/audit.json") bytes)"
    else
        fail "audit.json of the sample folder is not as expected"
    fi
else
    cat "$WORK/audit.err"
    fail "assay audit /srv/sample --format json"
fi
rm -rf "$sample" "$CHROOT/tmp/assay-data"

# 4. purge ----------------------------------------------------------------------------------------
in_root dpkg-query -L assay >"$WORK/assay-files.txt"
if in_root apt-get purge -y -q --autoremove assay >"$WORK/purge.log" 2>&1; then
    pass "apt-get purge --autoremove assay"
else
    tail -n 20 "$WORK/purge.log"
    fail "apt-get purge --autoremove assay"
fi
rm -f "$CHROOT/tmp/$deb_name"
left=()
while IFS= read -r path; do
    [ -n "$path" ] && [ "$path" != "/." ] || continue
    # Directories shared with other packages (/usr/share/man, …) stay when other packages own them.
    if [ -e "$CHROOT$path" ] && ! [ -d "$CHROOT$path" ]; then
        left+=("$path")
    fi
    case "$path" in
        */assay | */assay/*) [ -d "$CHROOT$path" ] && left+=("$path/") ;;
    esac
done <"$WORK/assay-files.txt"
snapshot >"$WORK/after.txt"
mentions=$(LC_ALL=C comm -13 "$WORK/before.txt" "$WORK/after.txt" | grep -i assay || true)
if [ ${#left[@]} -eq 0 ] && [ -z "$mentions" ]; then
    pass "no file of the package is left ($(grep -c . "$WORK/assay-files.txt") paths checked; root compared before/after)"
else
    printf '  left behind: %s\n' "${left[@]}" $mentions
    fail "files left behind after purge"
fi
extra=$(LC_ALL=C comm -13 "$WORK/before.txt" "$WORK/after.txt" | wc -l)
log "files in the root after purge that were not there before (other packages' caches etc.): $extra"

if [ "$failures" -eq 0 ]; then
    log "all checks passed"
else
    log "$failures check(s) failed"
    exit 1
fi
