#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates a deterministic source tree for benchmarks: mixed languages, license headers,
comments, a few fake (random, shape-only) secrets and lockfiles.

usage: generate_tree.py DIR [FILES] [SEED]     (defaults: 100000 files, seed 1)
"""
import json
import os
import random
import string
import sys

HEADERS = {
    "mit": "Copyright (c) {year} {holder}\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
           "of this software and associated documentation files (the \"Software\"), to deal\nin the Software without restriction.",
    "apache": "Copyright {year} {holder}\n\nLicensed under the Apache License, Version 2.0 (the \"License\");\n"
              "you may not use this file except in compliance with the License.",
    "gpl": "SPDX-License-Identifier: GPL-2.0-or-later\nCopyright (C) {year} {holder}",
    "bsd": "SPDX-License-Identifier: BSD-3-Clause\nCopyright (c) {year}, {holder}. All rights reserved.",
    "none": "",
}
LANGS = [  # extension, line comment, block (start, end) or None, weight
    ("c", "//", ("/*", "*/"), 12), ("h", "//", ("/*", "*/"), 8), ("cpp", "//", ("/*", "*/"), 10),
    ("py", "#", None, 12), ("js", "//", ("/*", "*/"), 10), ("ts", "//", ("/*", "*/"), 8), ("go", "//", ("/*", "*/"), 8),
    ("rs", "//", ("/*", "*/"), 6), ("java", "//", ("/*", "*/"), 8), ("rb", "#", None, 4), ("sh", "#", None, 3),
    ("md", None, None, 4), ("json", None, None, 3), ("yaml", "#", None, 3),
]
WORDS = "alpha beta gamma delta value result index count buffer item node tree list map key data size name path".split()


def body_line(rng, ext):
    w = rng.choice(WORDS) + str(rng.randint(0, 99))
    if ext in ("py", "rb"):
        return f"    {w} = compute({rng.randint(0, 1000)}, '{rng.choice(WORDS)}')"
    if ext == "sh":
        return f"{w}=$(echo {rng.choice(WORDS)} | wc -c)"
    if ext == "go":
        return f"\t{w} := compute({rng.randint(0, 1000)})"
    if ext == "md":
        return " ".join(rng.choice(WORDS) for _ in range(12)) + "."
    if ext == "json":
        return f'  "{w}": {rng.randint(0, 10000)},'
    if ext == "yaml":
        return f"{w}: {rng.choice(WORDS)}"
    return f"    int {w} = compute({rng.randint(0, 1000)}, {rng.randint(0, 9)});"


def fake_secret(rng):
    kind = rng.randint(0, 3)
    alnum = string.ascii_letters + string.digits
    if kind == 0:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    if kind == 1:
        return "ghp_" + "".join(rng.choice(alnum) for _ in range(36))
    if kind == 2:
        return "xoxb-" + "-".join("".join(rng.choice(string.digits) for _ in range(12)) for _ in range(2)) + "-" + "".join(rng.choice(alnum) for _ in range(24))
    return "sk_live_" + "".join(rng.choice(alnum) for _ in range(24))


def comment_block(text, line, block):
    if not text:
        return []
    lines = text.split("\n")
    if block:
        return [block[0]] + [" * " + l if l else " *" for l in lines] + [" " + block[1]]
    if line:
        return [f"{line} {l}".rstrip() for l in lines]
    return []


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    weights = [l[3] for l in LANGS]
    holders = ["Example Corp", "Jane Developer", "The Widget Authors", "Acme Ltd"]
    per_dir = 200
    for i in range(total):
        d = os.path.join(root, f"mod{i // (per_dir * 20):03d}", f"pkg{(i // per_dir) % 20:02d}")
        if i % per_dir == 0:
            os.makedirs(d, exist_ok=True)
        ext, line, block, _ = rng.choices(LANGS, weights)[0]
        header = HEADERS[rng.choice(list(HEADERS))].format(year=rng.randint(2005, 2025), holder=rng.choice(holders))
        out = comment_block(header, line, block) + [""]
        for _ in range(rng.randint(10, 120)):
            r = rng.random()
            if r < 0.12 and line:
                out.append(f"{line} {rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(WORDS)}")
            elif r < 0.2:
                out.append("")
            else:
                out.append(body_line(rng, ext))
        if rng.random() < 0.002:
            out.append(f'    api_key = "{fake_secret(rng)}"')
        with open(os.path.join(d, f"file{i}.{ext}"), "w") as f:
            f.write("\n".join(out) + "\n")
    # A few lockfiles.
    for j in range(max(1, total // 20000)):
        d = os.path.join(root, f"app{j}")
        os.makedirs(d, exist_ok=True)
        deps = {f"pkg-{rng.choice(WORDS)}-{k}": f"{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}" for k in range(50)}
        lock = {"name": f"app{j}", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
                "packages": {"": {"name": f"app{j}", "version": "1.0.0", "dependencies": {k: "^" + v for k, v in deps.items()}}}}
        for k, v in deps.items():
            lock["packages"][f"node_modules/{k}"] = {"version": v, "resolved": f"https://registry.npmjs.org/{k}/-/{k}-{v}.tgz",
                                                     "license": rng.choice(["MIT", "ISC", "Apache-2.0"])}
        with open(os.path.join(d, "package-lock.json"), "w") as f:
            json.dump(lock, f, indent=2)
        with open(os.path.join(d, "requirements.txt"), "w") as f:
            f.write("\n".join(f"{rng.choice(WORDS)}{k}=={rng.randint(0, 5)}.{rng.randint(0, 9)}" for k in range(20)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
