#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 5's speed target: what license detection adds to walk + LOC on real source trees.
# Alternates `assay audit TREE --detectors languages` (walk, read, languages, LOC, audit.json) and
# `--detectors languages,licenses` (the same plus the license detector: evidence, copyrights,
# source metrics, provenance, findings, rewriteability) on the warm tree, same data directory,
# audit.json to /dev/null. Each pair runs back to back, so a load change on a shared machine hits
# both halves; the overhead is the median of the pairs' ratios. Prints a Markdown table.
#
# usage: bench/license_accuracy/overhead.sh [TREE...]
#        default trees: .cache/bench/src/nodejs and .cache/bench/src/qtbase (bench/run fetches
#        them) when present, and /usr/include
# Environment: ASSAY (binary, default build/bench/app/assay), ASSAY_BENCH_RUNS (pairs, default 8)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
assay="${ASSAY:-$root/build/bench/app/assay}"
runs="${ASSAY_BENCH_RUNS:-8}"
[ -x "$assay" ] || { echo "no assay binary at $assay (build first, or set ASSAY)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
trees=("$@")
if [ ${#trees[@]} -eq 0 ]; then
    for t in "$root/.cache/bench/src/nodejs" "$root/.cache/bench/src/qtbase" /usr/include; do
        [ -d "$t" ] && trees+=("$t")
    done
fi
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

run() { # TREE DETECTORS -> "wall_ms cpu_ms"
    /usr/bin/time -o "$data/time" -f '%e %U %S' "$assay" audit "$1" --detectors "$2" --format json \
        --output /dev/null --data-dir "$data/db" >/dev/null 2>&1
    awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$data/time"
}

echo "| tree | files | MB | walk + LOC (ms) | + licenses (ms) | license time (ms) | overhead (median of $runs pairs) | license CPU (ms) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for tree in "${trees[@]}"; do
    files=$(find "$tree" -type f | wc -l)
    mb=$(du -sm --apparent-size "$tree" | cut -f1)
    run "$tree" languages >/dev/null # warm the page cache and the database
    run "$tree" languages,licenses >/dev/null
    pairs=()
    for _ in $(seq "$runs"); do
        pairs+=("$(run "$tree" languages) $(run "$tree" languages,licenses)")
    done
    printf '%s\n' "${pairs[@]}" | python3 -c '
import statistics as st, sys
rows = [list(map(int, l.split())) for l in sys.stdin if l.strip()]
base, full = [r[0] for r in rows], [r[2] for r in rows]
cpu = [r[3] - r[1] for r in rows]
ratio = [f / b - 1 for b, f in zip(base, full)]
tree, files, mb = sys.argv[1:4]
print(f"| {tree} | {int(files):,} | {mb} | {st.median(base):,.0f} | {st.median(full):,.0f} | "
      f"{st.median(full) - st.median(base):,.0f} | **{st.median(ratio):+.1%}** | {st.median(cpu):,.0f} |")
' "$tree" "$files" "$mb"
done
