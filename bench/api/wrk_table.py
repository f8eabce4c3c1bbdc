#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads wrk --latency outputs (Assay's runs, then `--`, the FastAPI peer's) and prints the
Markdown table of bench/run's API section: median req/s and p99 over the runs, errors summed.

usage: wrk_table.py AUDITS SECONDS ASSAY_RUN... -- PEER_RUN...
"""
import re
import statistics
import sys

UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
    p50 = re.search(r"^\s*50%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    errors = 0
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if sock:
        errors += sum(int(x) for x in sock.groups())
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if non2xx:
        errors += int(non2xx.group(1))
    return {"rps": rps, "p50": float(p50.group(1)) * UNITS[p50.group(2)], "p99": float(p99.group(1)) * UNITS[p99.group(2)],
            "requests": requests, "errors": errors}


def summary(paths):
    runs = [parse(p) for p in paths]
    return {"rps": statistics.median(r["rps"] for r in runs), "p50": statistics.median(r["p50"] for r in runs),
            "p99": statistics.median(r["p99"] for r in runs), "worst_p99": max(r["p99"] for r in runs),
            "requests": sum(r["requests"] for r in runs), "errors": sum(r["errors"] for r in runs), "runs": len(runs)}


def main():
    audits, seconds = sys.argv[1], sys.argv[2]
    rest = sys.argv[3:]
    split = rest.index("--")
    a, p = summary(rest[:split]), summary(rest[split + 1:])
    print(f"`wrk -t2 -c64 -d{seconds}s --latency` on `GET /api/v1/audits?limit=20` (API token, {audits} audits in "
          f"the database, rate limit off), {a['runs']} alternating runs each after a 2 s warm-up; medians.")
    print()
    print("| server | req/s | p50 | p99 (worst run) | requests | errors (non-2xx + socket) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, s in (("**assay serve**", a), ("FastAPI + uvicorn + SQLite peer", p)):
        print(f"| {name} | {s['rps']:,.0f} | {s['p50']:.1f} ms | {s['p99']:.1f} ms ({s['worst_p99']:.1f} ms) | "
              f"{s['requests']:,} | {s['errors']} |")
    print()
    print(f"Ratio: **{a['rps'] / p['rps']:.1f}×** the peer's requests/s (target ≥ 10×); p99 {a['p99']:.1f} ms "
          f"(target ≤ 50 ms); errors {a['errors']} (target 0).")


if __name__ == "__main__":
    main()
