#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# License detection accuracy against ScanCode's expected licenses (../shared/bench/licenses:
# files/ + expected.tsv), for Assay and for Debian's licensecheck, through the same scorer
# (score.py: micro precision / recall / F1 over SPDX ids per file, LicenseRef-* ignored on both
# sides, and the exact-set rate). Also reports the figures without the URL-only files
# (lic2/nuget/: a bare URL whose license only a lookup of the remote page could tell).
# usage: bench/license_accuracy/run.sh [BUILD_DIR] [DATA_DIR]
#        BUILD_DIR default build/bench; uses BUILD_DIR/app/assay (`assay audit DIR --format json`) when built,
#        else the bench driver (-DASSAY_BUILD_BENCH=ON; force it with ASSAY_LICENSE_DRIVER=1). DATA_DIR default ../shared/bench/licenses
# Output: bench/results/license_accuracy/{assay.json,licensecheck.txt,scores.txt}
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-$ROOT/build/bench}"
DATA="${2:-$ROOT/../shared/bench/licenses}"
RESULTS="$ROOT/bench/results/license_accuracy"
mkdir -p "$RESULTS"
log() { printf '==> %s\n' "$*" >&2; }

# Assay: an audit.json-shaped document (SPEC §6) from `assay audit` when the build has the CLI,
# otherwise from the bench driver (the same LicenseDetector without the audit walker).
if [ -x "$BUILD/app/assay" ] && [ -z "${ASSAY_LICENSE_DRIVER:-}" ]; then
    ASSAY_DATA_DIR="$(mktemp -d)" "$BUILD/app/assay" audit "$DATA/files" --format json --output "$RESULTS/assay.json"
else
    if [ ! -x "$BUILD/bench/license_accuracy/assay_license_scan" ]; then
        log "building assay_license_scan in $BUILD"
        [ -f "$BUILD/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DASSAY_BUILD_BENCH=ON >/dev/null
        cmake --build "$BUILD" --target assay_license_scan
    fi
    "$BUILD/bench/license_accuracy/assay_license_scan" "$DATA/files" --output "$RESULTS/assay.json"
fi

# The peer: Debian's licensecheck (apt package licensecheck).
command -v licensecheck >/dev/null || { log "licensecheck is missing: apt-get install licensecheck"; exit 2; }
(cd "$DATA/files" && licensecheck --shortname-scheme=spdx -r -m . >"$RESULTS/licensecheck.txt")

{
    for tool in assay licensecheck; do
        if [ "$tool" = assay ]; then input=(--audit "$RESULTS/assay.json"); else input=(--licensecheck "$RESULTS/licensecheck.txt"); fi
        echo "## $tool, all files"
        python3 "$ROOT/bench/license_accuracy/score.py" "$DATA/expected.tsv" "${input[@]}"
        echo "## $tool, without the URL-only files (lic2/nuget/)"
        python3 "$ROOT/bench/license_accuracy/score.py" "$DATA/expected.tsv" "${input[@]}" --exclude '/nuget/'
    done
} | tee "$RESULTS/scores.txt"
