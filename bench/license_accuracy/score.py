#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores license detection against expected SPDX ids (bench/license_accuracy).

  score.py EXPECTED.tsv --audit AUDIT.json        an audit.json-shaped document (SPEC §6)
  score.py EXPECTED.tsv --licensecheck OUT.txt    `licensecheck --shortname-scheme=spdx -r -m` output

Micro precision / recall / F1 over the SPDX ids (licenses and exceptions) of each file, LicenseRef-*
ignored on both sides, and the rate of files whose id set is exactly right. --misses N lists the
worst files. Paths are matched relative to the directory the expected file names.
"""
import argparse
import json
import re
import sys

ID_RE = re.compile(r"[A-Za-z0-9.+:-]+")
OPERATORS = {"AND", "OR", "WITH", "and", "or", "with"}


def ids_of(expression):
    """Every license / exception id of an SPDX expression, '+' folded into '-or-later' for GNU ids."""
    out = set()
    if not expression:
        return out
    for tok in ID_RE.findall(expression.replace("(", " ").replace(")", " ")):
        if tok in OPERATORS or tok.startswith("LicenseRef-") or tok.startswith("DocumentRef-"):
            continue
        out.add(tok)
    return out


def read_expected(path):
    expected = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            ids = set() if parts[1] == "-" else {i for i in parts[1].split() if not i.startswith("LicenseRef-")}
            expected[parts[0]] = ids
    return expected


def read_audit(path, prefix):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    found = {}
    for entry in doc.get("files", []):
        p = entry["path"]
        if prefix and p.startswith(prefix):
            p = p[len(prefix):]
        found[p] = ids_of(entry.get("license") or "")
    return found


GNU_SHORT = re.compile(r"^(A?GPL|LGPL|GFDL)(?:-(\d)(?:\.(\d))?)?(\+|-or-later|-only)?$")


def licensecheck_id(token):
    """licensecheck's short names in SPDX form: GPL-2 -> GPL-2.0-only, GPL -> GPL-1.0-or-later, LGPL -> LGPL-2.0-or-later."""
    m = GNU_SHORT.match(token)
    if not m:
        return token
    family, major, minor, suffix = m.groups()
    if major is None:
        return {"GPL": "GPL-1.0-or-later", "LGPL": "LGPL-2.0-or-later", "AGPL": "AGPL-3.0-or-later",
                "GFDL": "GFDL-1.1-or-later"}[family]
    later = suffix in ("+", "-or-later")
    return f"{family}-{major}.{minor or 0}-{'or-later' if later else 'only'}"


def read_licensecheck(path, prefix):
    # licensecheck -m prints "path<TAB>license"; several licenses are joined by " and/or " (or "and", "or"),
    # exceptions are written "<license> with <exception> exception".
    found = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            p = parts[0]
            if p.startswith("./"):
                p = p[2:]
            if prefix and p.startswith(prefix):
                p = p[len(prefix):]
            ids = set()
            text = parts[1].replace("(", " ").replace(")", " ")
            for exc in re.findall(r"with (\S+) exception", text):
                ids.add(exc)
            text = re.sub(r"with \S+ exception", " ", text)
            for part in re.split(r"\s+and/or\s+|\s+and\s+|\s+or\s+", text):
                part = part.strip()
                if not part or part.upper() == "UNKNOWN" or part.startswith("*"):
                    continue
                ids.update(licensecheck_id(i) for i in ids_of(part))
            found[p] = ids
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("expected")
    ap.add_argument("--audit")
    ap.add_argument("--licensecheck")
    ap.add_argument("--prefix", default="", help="strip this prefix from reported paths")
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--exclude", help="leave out expected paths matching this regular expression")
    args = ap.parse_args()
    expected = read_expected(args.expected)
    if args.exclude:
        expected = {p: v for p, v in expected.items() if not re.search(args.exclude, p)}
    if args.audit:
        found = read_audit(args.audit, args.prefix)
    elif args.licensecheck:
        found = read_licensecheck(args.licensecheck, args.prefix)
    else:
        ap.error("give --audit or --licensecheck")
    tp = fp = fn = exact = 0
    misses = []
    for path, want in expected.items():
        got = found.get(path, set())
        t = len(want & got)
        tp += t
        fp += len(got - want)
        fn += len(want - got)
        if want == got:
            exact += 1
        else:
            misses.append((len(got - want) + len(want - got), path, sorted(want), sorted(got)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {
        "files": len(expected),
        "missing_files": sum(1 for p in expected if p not in found),
        "tp": tp, "fp": fp, "fn": fn,
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "exact_set_rate": round(exact / len(expected), 4) if expected else 0.0,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:16} {v}")
    if args.misses:
        misses.sort(reverse=True)
        for _, path, want, got in misses[: args.misses]:
            print(f"MISS {path}\twant={' '.join(want) or '-'}\tgot={' '.join(got) or '-'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
