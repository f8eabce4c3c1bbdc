#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates a JSON document against a JSON Schema (draft 4 to 2020-12) with Debian's python3-jsonschema (run it with /usr/bin/python3:
the pyenv python3 on PATH does not have it).

usage: validate_json_schema.py SCHEMA DOCUMENT [EXTRA_SCHEMA ...]
Extra schemas are registered by their $id so that $ref to them resolves offline.
Exit 0 when valid; 1 with one line per error (path: message) when not; 2 on usage or I/O errors.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(2)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema = load(argv[1])
    document = load(argv[2])
    store = {}
    for extra in argv[3:]:
        s = load(extra)
        if "$id" in s:
            store[s["$id"]] = s
            store[s["$id"].rstrip("#")] = s
    cls = jsonschema.validators.validator_for(schema)
    resolver = jsonschema.RefResolver.from_schema(schema, store=store)
    validator = cls(schema, resolver=resolver, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for e in errors[:50]:
        path = "/".join(str(p) for p in e.absolute_path) or "(root)"
        print(f"{path}: {e.message[:300]}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
