#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches the official CycloneDX 1.5 JSON schema and the two schemas it references (SPDX license
# ids, JSF signatures) from the npm package @cyclonedx/cyclonedx-library, which ships them under
# res/schema/ as *.SNAPSHOT.schema.json. They are copied to .cache/schemas/ under their published
# names (bom-1.5.schema.json, spdx.schema.json, jsf-0.82.schema.json) and the two $refs are
# pointed at those names, so validators resolve them by $id offline. tests/deps validates the SBOMs
# Assay writes against them. No npm package ships the SPDX 2.3 JSON schema (spdx-schema.json); the
# SPDX output is checked against the specification's rules in tests/deps/TestSbomWriter.cpp.
# Pinned version, the tarball's sha512 checked before unpacking; a second run does nothing.
set -euo pipefail

ASSAY_ROOT="${ASSAY_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
CACHE="$ASSAY_ROOT/.cache/schemas"
NAME="@cyclonedx/cyclonedx-library"
VERSION="10.3.0"
TGZ="cyclonedx-cyclonedx-library-$VERSION.tgz"
SHA512="4484f6f2ca755343c21da69e177c8d47093a26283f5c9f14b1801538c61a1d0fb45553afb23729d0f4d64052d4a89145f1732e77e29daba1bec2d0c087e40914"

mkdir -p "$CACHE"
STAMP="$CACHE/.cyclonedx-library-$VERSION.verified"
[ -f "$STAMP" ] && [ -f "$CACHE/bom-1.5.schema.json" ] && exit 0

if [ ! -f "$CACHE/$TGZ" ] || ! echo "$SHA512  $CACHE/$TGZ" | sha512sum -c --status; then
    printf '==> fetching %s@%s from the npm registry\n' "$NAME" "$VERSION" >&2
    rm -f "$CACHE/$TGZ"
    (cd "$CACHE" && npm pack --silent "$NAME@$VERSION" >/dev/null)
fi
if ! echo "$SHA512  $CACHE/$TGZ" | sha512sum -c --status; then
    printf 'error: %s does not match the pinned sha512; refusing to use it\n' "$CACHE/$TGZ" >&2
    rm -f "$CACHE/$TGZ"
    exit 1
fi

tmp="$CACHE/.unpack.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$CACHE/$TGZ" -C "$tmp" \
    package/res/schema/bom-1.5.SNAPSHOT.schema.json \
    package/res/schema/spdx.SNAPSHOT.schema.json \
    package/res/schema/jsf-0.82.SNAPSHOT.schema.json \
    package/LICENSE
src="$tmp/package/res/schema"
sed -e 's/spdx\.SNAPSHOT\.schema\.json/spdx.schema.json/g' -e 's/jsf-0\.82\.SNAPSHOT\.schema\.json/jsf-0.82.schema.json/g' \
    "$src/bom-1.5.SNAPSHOT.schema.json" >"$CACHE/bom-1.5.schema.json"
cp "$src/spdx.SNAPSHOT.schema.json" "$CACHE/spdx.schema.json"
cp "$src/jsf-0.82.SNAPSHOT.schema.json" "$CACHE/jsf-0.82.schema.json"
cp "$tmp/package/LICENSE" "$CACHE/cyclonedx-library.LICENSE"
touch "$STAMP"
