#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compares the components cdxgen found (CycloneDX JSON) with Assay's (assay_sbom_dump JSON) for one
project folder. Prints one JSON line: counts, recall of cdxgen's purls, and the purls Assay has that
cdxgen has not, each checked against the project's manifest text ("invented" = its name appears in
no manifest or lockfile of the project).

usage: compare.py NAME PROJECT_DIR CDXGEN_BOM ASSAY_JSON
"""
import json
import os
import sys
from urllib.parse import unquote

CASE_SENSITIVE = {"maven"}


def normalize(purl):
    """type/namespace/name@version without qualifiers and subpath; case-folded where the type is."""
    if not purl or not purl.startswith("pkg:"):
        return None
    p = purl[4:].lstrip("/").split("#", 1)[0].split("?", 1)[0]
    if "@" not in p.rsplit("/", 1)[-1]:
        return None  # no version: a range, not comparable
    ptype = p.split("/", 1)[0].lower()
    p = unquote(p)
    if ptype not in CASE_SENSITIVE:
        p = p.lower()
    if ptype == "pypi":
        head, ver = p.rsplit("@", 1)
        p = head.replace("_", "-") + "@" + ver
    return p


def manifest_text(root):
    chunks = []
    for dirpath, _, files in os.walk(root):
        for f in files:
            try:
                with open(os.path.join(dirpath, f), encoding="utf-8", errors="replace") as fh:
                    chunks.append(fh.read())
            except OSError:
                pass
    return "\n".join(chunks).lower()


def main(argv):
    name, root, cdx_path, assay_path = argv[1:5]
    with open(cdx_path, encoding="utf-8") as f:
        cdx = json.load(f)
    with open(assay_path, encoding="utf-8") as f:
        assay = json.load(f)
    cdx_all = {normalize(c.get("purl")) for c in cdx.get("components", [])} - {None}
    # cdxgen writes unresolved ranges and properties as versions ("[8.2.0]", "2.1.*", "$(X)"):
    # not concrete components, reported apart and left out of the recall.
    unresolved = {p for p in cdx_all if any(ch in p.rsplit("@", 1)[-1] for ch in "[]()<>=*^~ $,|")}
    cdx_purls = cdx_all - unresolved
    assay_all = [c for c in assay.get("components", [])]
    assay_purls = {normalize(c.get("purl")) for c in assay_all} - {None}
    # A manifest's requirement written like a version ("4.4" in Cargo.toml means ^4.4) is a range
    # for Assay (unversioned purl, declared range kept) and a version for cdxgen: the same component
    # identified with the same declaration counts as found.
    assay_ranges = set()
    for c in assay_all:
        if not c.get("exact") and c.get("version") and c.get("purl"):
            key = normalize(c["purl"].split("?", 1)[0] + "@" + c["version"])
            if key:
                assay_ranges.add(key)
    found_as_range = (cdx_purls - assay_purls) & assay_ranges
    found = (cdx_purls & assay_purls) | found_as_range
    extra = sorted(assay_purls - cdx_purls)
    missing = sorted(cdx_purls - found)
    text = manifest_text(root)
    invented = []
    for purl in extra:
        base = purl.split("@", 1)[0]
        short = base.rsplit("/", 1)[-1]
        version = purl.rsplit("@", 1)[-1]
        if short.lower() not in text or version.lower() not in text:
            invented.append(purl)
    print(json.dumps({
        "project": name,
        "cdxgen": len(cdx_purls),
        "cdxgen_unresolved": sorted(unresolved),
        "assay": len(assay_purls),
        "assay_unversioned": sum(1 for c in assay_all if not c.get("exact")),
        "found": len(found),
        "found_as_declared_range": sorted(found_as_range),
        "recall": round(len(found) / len(cdx_purls), 4) if cdx_purls else None,
        "extra": extra,
        "missing": missing,
        "invented": invented,
        "errors": assay.get("errors", []),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
