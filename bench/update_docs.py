#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Copies bench/run's result tables into docs/BENCHMARKS.md: each sub-benchmark NAME owns the
text between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`; only the selected ones are
replaced, so other sections (and other people's) stay as they are. Missing markers are added at
the end of the "Harness" section, which is created when absent.

usage: update_docs.py BENCHMARKS.md RESULTS_DIR NAME...
"""
import os
import re
import sys

ORDER = ["machine", "walk", "audit", "audit_peers", "api", "ws"]
SECTION = "## Harness: bench/run (issue 12)"


def main():
    doc_path, results = sys.argv[1], sys.argv[2]
    names = []
    for n in sys.argv[3:]:
        names += [n, "audit_peers"] if n == "audit" else [n]
    text = open(doc_path).read()
    if SECTION not in text:
        text = text.rstrip("\n") + "\n\n" + SECTION + "\n\n" + "".join(
            f"<!-- bench:{n} -->\n<!-- /bench:{n} -->\n\n" for n in ORDER)
    for n in names:
        path = os.path.join(results, n + ".md")
        if not os.path.exists(path):
            continue
        body = open(path).read().strip("\n")
        pattern = re.compile(rf"<!-- bench:{n} -->\n.*?<!-- /bench:{n} -->", re.S)
        block = f"<!-- bench:{n} -->\n{body}\n<!-- /bench:{n} -->"
        if pattern.search(text):
            text = pattern.sub(lambda _: block, text, count=1)
        else:
            text = text.rstrip("\n") + "\n\n" + block + "\n"
    open(doc_path, "w").write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
