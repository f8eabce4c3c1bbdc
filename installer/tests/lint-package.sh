#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the assay .deb without installing it: its contents (the files issue 13 asks for), then
# desktop-file-validate, appstreamcli validate --no-net, systemd-analyze verify, the man page
# (groff warnings) and lintian. Not part of scripts/test; the tools come from Debian packages it
# installs when missing (as root) — desktop-file-utils, appstream, lintian, man-db, systemd.
#
#   installer/tests/lint-package.sh [path/to/assay_*.deb]
#
# Exit status 1 when any check fails.
set -euo pipefail

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 2; }
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

DEB="${1:-}"
if [ -z "$DEB" ]; then
    DEB=$(ls -t "$ROOT_DIR"/build/*/assay_*.deb 2>/dev/null | head -n1 || true)
    [ -n "$DEB" ] || die "no build/*/assay_*.deb; run 'cpack -G DEB' in a build folder or pass the .deb"
fi
[ -f "$DEB" ] || die "$DEB does not exist"

missing=()
for pair in desktop-file-validate:desktop-file-utils appstreamcli:appstream lintian:lintian man:man-db \
    systemd-analyze:systemd; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || die "install ${missing[*]} (or run as root to have them installed)"
    log "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

failures=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
dpkg-deb -x "$DEB" "$WORK/root"
dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's#^\./#/#' >"$WORK/contents.txt"

# Contents -----------------------------------------------------------------------------------------
app_id=$(ls "$WORK/root/usr/share/metainfo/" 2>/dev/null | sed -n 's/\.metainfo\.xml$//p' | head -n1)
required=(
    /usr/bin/assay
    /usr/share/applications/assay.desktop
    "/usr/share/metainfo/$app_id.metainfo.xml"
    /usr/share/icons/hicolor/scalable/apps/assay.svg
    /usr/share/man/man1/assay.1.gz
    /usr/share/bash-completion/completions/assay
    /usr/share/zsh/vendor-completions/_assay
    /usr/lib/systemd/system/assay.service
    /usr/share/doc/assay/copyright
    /usr/share/doc/assay/THIRD-PARTY-NOTICES
    /usr/share/doc/assay/changelog.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    required+=("/usr/share/icons/hicolor/${size}x${size}/apps/assay.png")
done
absent=()
for f in "${required[@]}"; do
    grep -qxF "$f" "$WORK/contents.txt" || absent+=("$f")
done
if [ ${#absent[@]} -eq 0 ]; then
    pass "contents: ${#required[@]} required files present ($(grep -vc '/$' "$WORK/contents.txt") files in all)"
else
    printf '  missing: %s\n' "${absent[@]}"
    fail "contents"
fi
# The translations are compiled into the executable (qt_add_translations, resource prefix :/i18n).
# rcc stores resource names in UTF-16BE: look for assay_<lang>.qm of every translations/*.ts.
langs=$(cd "$ROOT_DIR/translations" && ls assay_*.ts | sed 's/\.ts$//')
if embedded=$(python3 - "$WORK/root/usr/bin/assay" $langs 2>&1 <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
missing = [n for n in sys.argv[2:] if (n + ".qm").encode("utf-16-be") not in data]
if missing:
    sys.exit("missing: " + " ".join(missing))
print(" ".join(n[len("assay_"):] for n in sys.argv[2:]))
EOF
); then
    pass "translations embedded in /usr/bin/assay (:/i18n, $embedded)"
else
    fail "translations not embedded in /usr/bin/assay ($embedded)"
fi
for size in 16 22 24 32 48 64 128 256 512; do
    png="$WORK/root/usr/share/icons/hicolor/${size}x${size}/apps/assay.png"
    dims=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png" 2>/dev/null || echo none)
    [ "$dims" = "${size}x${size}" ] || fail "icon $png is $dims, not ${size}x${size}"
done

# Validators ---------------------------------------------------------------------------------------
if out=$(desktop-file-validate "$WORK/root/usr/share/applications/assay.desktop" 2>&1) && [ -z "$out" ]; then
    pass "desktop-file-validate assay.desktop"
else
    printf '%s\n' "$out"
    fail "desktop-file-validate"
fi
if out=$(appstreamcli validate --no-net --pedantic "$WORK/root/usr/share/metainfo/$app_id.metainfo.xml" 2>&1); then
    pass "appstreamcli validate --no-net ($(printf '%s' "$out" | tail -n1))"
else
    printf '%s\n' "$out"
    fail "appstreamcli validate --no-net"
fi
# Verified inside the unpacked package (so ExecStart's /usr/bin/assay is the packaged one), with
# the host's units for the targets it refers to; Documentation=man:assay(1) is the packaged page,
# checked above, so the man lookup (which would search the host) is off.
cp -rn /lib/systemd/system/. "$WORK/root/usr/lib/systemd/system/" 2>/dev/null || true
if out=$(systemd-analyze verify --man=no --root="$WORK/root" /usr/lib/systemd/system/assay.service 2>&1) \
    && [ -z "$out" ]; then
    pass "systemd-analyze verify assay.service"
else
    printf '%s\n' "$out"
    fail "systemd-analyze verify assay.service"
fi
if out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 "$WORK/root/usr/share/man/man1/assay.1.gz" 2>&1 >/dev/null) \
    && [ -z "$out" ]; then
    pass "man page renders without groff warnings"
else
    printf '%s\n' "$out"
    fail "man page"
fi
for sub in serve audit scan user token vulndb metrics backup restore; do
    zcat "$WORK/root/usr/share/man/man1/assay.1.gz" | grep -q "^\\\\fB$sub\\|^\\.B $sub" \
        || fail "man page does not describe '$sub'"
done

# lintian: every tag it still reports must be overridden, with a reason, in
# installer/linux/lintian-overrides (shipped as /usr/share/lintian/overrides/assay).
lintian --info --display-level '>=pedantic' "$DEB" >"$WORK/lintian.txt" 2>&1 || true
# The spelling override covers bytes of the compressed resource data, which differ from build to
# build: a build whose data happens to hold no such "word" leaves that override unused, which is
# not a finding.
tags=$(grep -E '^[EWIP]: ' "$WORK/lintian.txt" | grep -v ' unused-override spelling-error-in-binary ' || true)
if [ -z "$tags" ]; then
    overridden=$(lintian --show-overrides --display-level '>=pedantic' "$DEB" 2>/dev/null | grep -c '^O: ' || true)
    pass "lintian: no tags at any level ($overridden overridden with a reason)"
else
    printf '%s\n' "$tags"
    fail "lintian: $(printf '%s\n' "$tags" | wc -l) tags"
fi

if [ "$failures" -eq 0 ]; then
    log "all checks passed"
else
    log "$failures check(s) failed"
    exit 1
fi
