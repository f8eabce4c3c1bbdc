#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Secret detection accuracy (issue 6): generates a mixed corpus with ground truth, runs Assay's
# detector and secretlint (recommended preset) on it, and scores both by file and line.
#   bench/secrets/run_accuracy.sh [SEED] [PROJECTS]
# Needs a build with -DASSAY_BUILD_BENCH=ON (BUILD_DIR, default build/bench) and npm for secretlint.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SEED="${1:-1}"
PROJECTS="${2:-40}"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/bench}"
WORK="$ROOT/bench/work/secrets/seed-$SEED"
SECRETLINT_DIR="$ROOT/bench/work/secretlint"
SECRETLINT_VERSION="12.0.0"
PRESET_VERSION="12.0.0"

if [ ! -x "$BUILD_DIR/bench/secrets/secrets_bench" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DASSAY_BUILD_BENCH=ON >/dev/null
    cmake --build "$BUILD_DIR" --target secrets_bench
fi

mkdir -p "$WORK"
python3 "$ROOT/bench/secrets/gen_corpus.py" "$WORK" --seed "$SEED" --projects "$PROJECTS"
"$BUILD_DIR/bench/secrets/secrets_bench" scan "$WORK/corpus" "$WORK/assay.json"
python3 "$ROOT/bench/secrets/score.py" "$WORK/truth.json" "$WORK/assay.json" 2>"$WORK/assay.score.json"

# secretlint, pinned, installed into the bench work directory (never part of scripts/test).
if [ ! -x "$SECRETLINT_DIR/node_modules/.bin/secretlint" ]; then
    mkdir -p "$SECRETLINT_DIR"
    (cd "$SECRETLINT_DIR" && echo '{"name":"assay-bench-secretlint","private":true}' >package.json \
        && npm install --no-audit --no-fund --silent "secretlint@$SECRETLINT_VERSION" \
            "@secretlint/secretlint-rule-preset-recommend@$PRESET_VERSION")
fi
echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' >"$WORK/corpus/.secretlintrc.json"
start=$(date +%s.%N)
(cd "$WORK/corpus" && "$SECRETLINT_DIR/node_modules/.bin/secretlint" "**/*" "**/.*" "**/.*/**/*" \
    --format json --output "$WORK/secretlint.json" --no-color >/dev/null 2>&1 || true)
end=$(date +%s.%N)
rm -f "$WORK/corpus/.secretlintrc.json"
printf 'secretlint: %.1f s\n' "$(echo "$end - $start" | bc)"
python3 "$ROOT/bench/secrets/score.py" "$WORK/truth.json" "$WORK/secretlint.json" 2>"$WORK/secretlint.score.json"
