#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Metrics benchmark (docs/BENCHMARKS.md, "Metrics"): import N synthetic sessions with the CLI,
# re-import them (all duplicates), then compute KPIs and the full insights report.
# Usage: bench/metrics/run.sh [N] [ASSAY_BINARY]
set -eu
N=${1:-100000}
ASSAY=${2:-build/release/app/assay}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 "$(dirname "$0")/generate.py" "$N" > "$WORK/sessions.jsonl"
echo "sessions: $N ($(du -h "$WORK/sessions.jsonl" | cut -f1))"
t() { start=$(date +%s.%N); "$@" > /dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc; }
echo "import:        $(t "$ASSAY" metrics import "$WORK/sessions.jsonl" --data-dir "$WORK/data") s"
echo "re-import:     $(t "$ASSAY" metrics import "$WORK/sessions.jsonl" --data-dir "$WORK/data") s"
echo "kpis:          $(t "$ASSAY" metrics kpis --data-dir "$WORK/data") s"
echo "insights:      $(t "$ASSAY" metrics insights --data-dir "$WORK/data") s"
