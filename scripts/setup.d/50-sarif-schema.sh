#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches the official SARIF 2.1.0 JSON schema (sarif-2.1.0-rtm.5, the OASIS standard's final
# schema) from the npm package @microsoft/jest-sarif, which ships it as
# lib/schemas/sarif-2.1.0-rtm.5.json, into .cache/schemas/sarif-2.1.0.schema.json (never
# committed), with its "id" repeated as "$id". tests/reports validates the SARIF reports Assay writes against it.
# Pinned version, the tarball's sha512 checked before unpacking; a second run does nothing.
set -euo pipefail

ASSAY_ROOT="${ASSAY_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
CACHE="$ASSAY_ROOT/.cache/schemas"
NAME="@microsoft/jest-sarif"
VERSION="1.0.0-beta.0"
TGZ="microsoft-jest-sarif-$VERSION.tgz"
SHA512="0357ce84f77a21ce620e4e05f583f0d6a341e1717eefe22f891ef197caf617a433424c7972963d2ec1a4dab1318852047016e3a559d29b058606e9004a4890f4"

mkdir -p "$CACHE"
STAMP="$CACHE/.jest-sarif-$VERSION.verified"
[ -f "$STAMP" ] && [ -f "$CACHE/sarif-2.1.0.schema.json" ] && exit 0

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

tmp="$CACHE/.unpack-sarif.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$CACHE/$TGZ" -C "$tmp" package/lib/schemas/sarif-2.1.0-rtm.5.json
# Draft-04 names the schema with "id"; the same URL as "$id" lets validators resolve its own
# "#/definitions/…" references offline instead of fetching the URL.
/usr/bin/python3 - "$tmp/package/lib/schemas/sarif-2.1.0-rtm.5.json" "$CACHE/sarif-2.1.0.schema.json" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
schema["$id"] = schema["id"]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(schema, f, indent=2)
PY
touch "$STAMP"
