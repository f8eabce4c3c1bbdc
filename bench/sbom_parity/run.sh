#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SBOM parity: cdxgen (the peer, npm @cyclonedx/cdxgen) vs Assay's manifest parsers on the same
# manifests and lockfiles. Real lockfiles are made at bench time, never committed:
#   - npm: the package.json of a few published packages (npm pack), resolved by
#     `npm install --package-lock-only` (package-lock v3) and `pnpm install --lockfile-only`;
#   - Go: go.mod/go.sum shipped in Debian's golang-*-dev packages (apt-get download);
#   - plus the small fixtures of tests/deps/fixtures (every supported format).
# Output: bench/results/sbom_parity/<date>.jsonl (one line per project) and a summary on stdout.
# usage: bench/sbom_parity/run.sh [BUILD_DIR]     (default build/bench, configured with ASSAY_BUILD_BENCH=ON)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${1:-$ROOT/build/bench}"
WORK="$ROOT/bench/work/sbom_parity"
RESULTS="$ROOT/bench/results/sbom_parity"
CDXGEN_VERSION="12.8.4"
PNPM_VERSION="8.15.9"
NPM_PROJECTS=("express@4.18.2" "eslint@8.56.0" "webpack@5.89.0" "@angular/cli@17.0.0")
PNPM_PROJECTS=("express@4.18.2" "eslint@8.56.0")
YARN_VERSION="1.22.22"
YARN_PROJECTS=("express@4.18.2")
GO_PACKAGES=("golang-github-gin-gonic-gin-dev" "golang-github-prometheus-client-golang-dev" "golang-github-spf13-cobra-dev")

log() { printf '==> %s\n' "$*" >&2; }
mkdir -p "$WORK" "$RESULTS"

# The peer tool, pinned, bench-only (npm verifies each tarball's integrity from the registry).
if [ ! -x "$WORK/cdxgen/node_modules/.bin/cdxgen" ]; then
    log "installing @cyclonedx/cdxgen@$CDXGEN_VERSION into $WORK/cdxgen"
    npm install --prefix "$WORK/cdxgen" --no-audit --no-fund --ignore-scripts "@cyclonedx/cdxgen@$CDXGEN_VERSION" >/dev/null
fi
CDXGEN="$WORK/cdxgen/node_modules/.bin/cdxgen"

# Assay's driver.
if [ ! -f "$BUILD/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DASSAY_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$BUILD" --target assay_sbom_dump >/dev/null 2>&1 || log "could not rebuild assay_sbom_dump; using the existing binary"
DUMP="$(find "$BUILD" -name assay_sbom_dump -type f -perm -u+x | head -1)"
[ -n "$DUMP" ] || { log "assay_sbom_dump is not built in $BUILD"; exit 1; }

# Projects live outside the git tree: cdxgen honours .gitignore, which lists bench/work/.
PROJECTS="$(mktemp -d /tmp/assay-sbom-parity.XXXXXX)"
trap 'rm -rf "$PROJECTS"' EXIT

for spec in "${NPM_PROJECTS[@]}"; do
    dir="$PROJECTS/npm-$(echo "$spec" | tr '/@' '__')"
    mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "$spec" >/dev/null && tar -xzf ./*.tgz package/package.json && mv package/package.json . &&
        rm -rf package ./*.tgz &&
        npm install --package-lock-only --ignore-scripts --no-audit --no-fund --legacy-peer-deps >/dev/null 2>&1) ||
        { log "skipping $spec (npm could not resolve it)"; rm -rf "$dir"; }
done
for spec in "${PNPM_PROJECTS[@]}"; do
    dir="$PROJECTS/pnpm-$(echo "$spec" | tr '/@' '__')"
    mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "$spec" >/dev/null && tar -xzf ./*.tgz package/package.json && mv package/package.json . &&
        rm -rf package ./*.tgz &&
        npx --yes "pnpm@$PNPM_VERSION" install --lockfile-only --ignore-scripts >/dev/null 2>&1) ||
        { log "skipping pnpm $spec"; rm -rf "$dir"; }
done
for spec in "${YARN_PROJECTS[@]}"; do
    dir="$PROJECTS/yarn-$(echo "$spec" | tr '/@' '__')"
    mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "$spec" >/dev/null && tar -xzf ./*.tgz package/package.json && mv package/package.json . &&
        rm -rf package ./*.tgz &&
        npx --yes "yarn@$YARN_VERSION" install --ignore-scripts --ignore-engines --non-interactive >/dev/null 2>&1 &&
        rm -rf node_modules) ||
        { log "skipping yarn $spec"; rm -rf "$dir"; }
done
debs="$WORK/debs"
mkdir -p "$debs"
for pkg in "${GO_PACKAGES[@]}"; do
    (cd "$debs" && ls "${pkg}"_*.deb >/dev/null 2>&1 || apt-get download "$pkg" >/dev/null 2>&1) || { log "skipping $pkg"; continue; }
    x="$debs/x-$pkg"
    rm -rf "$x" && mkdir -p "$x" && dpkg-deb -x "$debs/${pkg}"_*.deb "$x"
    mod="$(find "$x" -name go.mod | head -1)"
    [ -n "$mod" ] || continue
    dir="$PROJECTS/go-$pkg"
    mkdir -p "$dir" && cp "$mod" "$dir/" && cp "$(dirname "$mod")/go.sum" "$dir/" 2>/dev/null || true
done
for fixture in "$ROOT"/tests/deps/fixtures/*/; do
    cp -r "$fixture" "$PROJECTS/fixture-$(basename "$fixture")"
done

out="$RESULTS/$(date -u +%Y%m%dT%H%M%SZ).jsonl"
: >"$out"
for dir in "$PROJECTS"/*/; do
    name="$(basename "$dir")"
    CDXGEN_IN_CONTAINER=true FETCH_LICENSE=false "$CDXGEN" -o "$dir/../$name.cdx.json" --no-install-deps --no-validate \
        --no-babel "$dir" >"$dir/../$name.cdxgen.log" 2>&1 || log "cdxgen failed on $name"
    start=$(date +%s%N)
    "$DUMP" "$dir" >"$dir/../$name.assay.json"
    end=$(date +%s%N)
    [ -f "$dir/../$name.cdx.json" ] || echo '{"components":[]}' >"$dir/../$name.cdx.json"
    /usr/bin/python3 "$ROOT/bench/sbom_parity/compare.py" "$name" "$dir" "$dir/../$name.cdx.json" "$dir/../$name.assay.json" |
        /usr/bin/python3 -c "import json,sys; d=json.loads(sys.stdin.read()); d['assay_ms']=round(($end-$start)/1e6,1); print(json.dumps(d))" >>"$out"
done

/usr/bin/python3 - "$out" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
tc = tf = ti = 0
print(f"{'project':44} {'cdxgen':>6} {'assay':>6} {'found':>6} {'recall':>7} {'extra':>6} {'invented':>8}")
for r in rows:
    tc += r["cdxgen"]; tf += r["found"]; ti += len(r["invented"])
    rec = "-" if r["recall"] is None else f"{100*r['recall']:.1f}%"
    print(f"{r['project']:44} {r['cdxgen']:>6} {r['assay']:>6} {r['found']:>6} {rec:>7} {len(r['extra']):>6} {len(r['invented']):>8}")
print(f"{'TOTAL':44} {tc:>6} {'':>6} {tf:>6} {100*tf/max(tc,1):6.1f}% {'':>6} {ti:>8}")
print(f"details: {sys.argv[1]}")
PY
