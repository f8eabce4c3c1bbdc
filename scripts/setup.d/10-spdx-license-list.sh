#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches the SPDX reference data the license detector is built from (never committed):
#   spdx-license-list  license ids, names and full texts (spdx-full.json)
#   spdx-exceptions    exception ids (the package carries no texts)
#   spdx-license-ids   license ids and the deprecated ones
# Versions are pinned and each tarball's sha512 is checked before it is unpacked into
# .cache/spdx/<package>-<version>/. A second run with everything present does nothing.
set -euo pipefail

ASSAY_ROOT="${ASSAY_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
CACHE="$ASSAY_ROOT/.cache/spdx"

# package version sha512(hex of the .tgz)
PACKAGES=(
    "spdx-license-list 6.12.0 fa7518aa6dda64c4876e3b2d84afa2fc71c8da89131250afab051de24f1071293e1531a08eaf9fb1d163db064e697e97991d8975685ffcd79f94d9ef28e8dc9d"
    "spdx-exceptions 2.5.0 3e2538dabfb13b851b512d5bba8dcb3c992394eef8df45e7e5254085da73cec3c7b236d855f9679c57404e069b9cbb9d7be0aabb6e69e8dfa0da5c3f3c5b1ae3"
    "spdx-license-ids 3.0.24 70b4bd4ed5a42101722e4277ff968540038739229394eb3fed60eeb7f5cf49d8e89b57c98547647a978900a5daf58d39f8569b1ddd2cb62f84b79e7dbc3b64a5"
)

mkdir -p "$CACHE"
for entry in "${PACKAGES[@]}"; do
    read -r name version sha <<<"$entry"
    dest="$CACHE/$name-$version"
    [ -f "$dest/.verified" ] && continue
    tgz="$CACHE/$name-$version.tgz"
    if [ ! -f "$tgz" ] || ! echo "$sha  $tgz" | sha512sum -c --status; then
        printf '==> fetching %s@%s from the npm registry\n' "$name" "$version" >&2
        rm -f "$tgz"
        (cd "$CACHE" && npm pack --silent "$name@$version" >/dev/null)
    fi
    if ! echo "$sha  $tgz" | sha512sum -c --status; then
        printf 'error: %s does not match the pinned sha512; refusing to use it\n' "$tgz" >&2
        rm -f "$tgz"
        exit 1
    fi
    rm -rf "$dest.tmp"
    mkdir -p "$dest.tmp"
    tar -xzf "$tgz" -C "$dest.tmp" --strip-components=1
    rm -rf "$dest"
    mv "$dest.tmp" "$dest"
    touch "$dest/.verified"
done
