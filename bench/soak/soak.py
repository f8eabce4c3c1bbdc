#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Soak test of `assay serve` (issue #14, docs/BENCHMARKS.md "Soak", docs/RELIABILITY.md).

Starts the real server on 127.0.0.1 with a fresh data directory and runs mixed API load for
SOAK_SECONDS (default 300): readers (lists, details, files, findings, metrics, health), an
auditor (a new audit of a generated tree, waits for it, deletes the oldest beyond 20), a risk
scanner, a session importer (cycling through --sessions ids, so the data stops growing) and
WebSocket subscribers. The server's RSS is sampled every
SOAK_SAMPLE_SECONDS (default 5). Every request counts; an error is any transport failure or a
status outside 2xx. Loops are bounded by the deadline; the script stops the server itself and
prints a summary (and a Markdown section with --markdown).

Standard library only (http.client, a minimal RFC 6455 client): nothing to install.
"""
import argparse
import base64
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time

LOCK = threading.Lock()
COUNTS = {}
ERRORS = {}
ERROR_SAMPLES = []


def count(kind, ok, detail=""):
    with LOCK:
        COUNTS[kind] = COUNTS.get(kind, 0) + 1
        if not ok:
            ERRORS[kind] = ERRORS.get(kind, 0) + 1
            if len(ERROR_SAMPLES) < 20:
                ERROR_SAMPLES.append(f"{kind}: {detail}"[:300])


class Api:
    def __init__(self, port, token):
        self.port = port
        self.token = token
        self.conn = None

    def request(self, kind, method, path, body=None, content_type="application/json"):
        headers = {"Authorization": "Bearer " + self.token}
        if body is not None:
            headers["Content-Type"] = content_type
            if isinstance(body, (dict, list)):
                body = json.dumps(body).encode()
        for attempt in range(2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                self.conn.request(method, path, body=body, headers=headers)
                resp = self.conn.getresponse()
                data = resp.read()
                ok = 200 <= resp.status < 300
                count(kind, ok, f"{method} {path} -> {resp.status} {data[:200]!r}")
                try:
                    return resp.status, json.loads(data) if data else None
                except ValueError:
                    return resp.status, None
            except (OSError, http.client.HTTPException) as e:
                self.conn = None
                if attempt == 1:  # a kept-alive connection may have been closed: one retry
                    count(kind, False, f"{method} {path}: {e!r}")
                    return 0, None
        return 0, None


def ws_connect(port, token):
    s = socket.create_connection(("127.0.0.1", port), timeout=30)
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall((f"GET /ws?token={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
               f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = s.recv(4096)
        if not chunk:
            raise OSError("closed during the handshake")
        head += chunk
    if b" 101 " not in head.split(b"\r\n")[0]:
        raise OSError("handshake refused: " + head.split(b"\r\n")[0].decode(errors="replace"))
    return s, head.split(b"\r\n\r\n", 1)[1]


def ws_send(s, text):
    payload = text.encode()
    mask = os.urandom(4)
    header = bytes([0x81])
    n = len(payload)
    if n < 126:
        header += bytes([0x80 | n])
    elif n < 65536:
        header += bytes([0x80 | 126]) + struct.pack(">H", n)
    else:
        header += bytes([0x80 | 127]) + struct.pack(">Q", n)
    s.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))


def ws_frames(s, buffer):
    """Yields (opcode, payload) until the socket closes or times out."""
    while True:
        while len(buffer) < 2:
            chunk = s.recv(65536)
            if not chunk:
                return
            buffer += chunk
        opcode = buffer[0] & 0x0F
        n = buffer[1] & 0x7F
        offset = 2
        if n == 126:
            while len(buffer) < 4:
                buffer += s.recv(65536)
            n = struct.unpack(">H", buffer[2:4])[0]
            offset = 4
        elif n == 127:
            while len(buffer) < 10:
                buffer += s.recv(65536)
            n = struct.unpack(">Q", buffer[2:10])[0]
            offset = 10
        while len(buffer) < offset + n:
            chunk = s.recv(65536)
            if not chunk:
                return
            buffer += chunk
        yield opcode, buffer[offset:offset + n]
        buffer = buffer[offset + n:]


def subscriber(port, token, deadline, stats):
    while time.time() < deadline:
        try:
            s, rest = ws_connect(port, token)
            count("ws_connect", True)
            ws_send(s, json.dumps({"type": "subscribe", "channels": ["audits", "scans", "metrics", "system"]}))
            s.settimeout(2)
            last_ping = time.time()
            while time.time() < deadline:
                try:
                    for opcode, payload in ws_frames(s, rest):
                        rest = b""
                        if opcode == 1:
                            msg = json.loads(payload)
                            with LOCK:
                                stats["events"] = stats.get("events", 0) + 1
                            if msg.get("type") == "error":
                                count("ws_message", False, payload[:200])
                        elif opcode == 8:
                            raise OSError("server closed the WebSocket")
                        if time.time() - last_ping > 10:
                            ws_send(s, '{"type":"ping"}')
                            last_ping = time.time()
                        if time.time() >= deadline:
                            break
                    else:
                        raise OSError("WebSocket ended")
                except socket.timeout:
                    ws_send(s, '{"type":"ping"}')
                    last_ping = time.time()
                    count("ws_ping", True)
            s.close()
        except (OSError, ValueError) as e:
            if time.time() < deadline:
                count("ws_connect", False, repr(e))
                time.sleep(1)


def reader(api, deadline, state):
    paths = ["/api/v1/audits?limit=20", "/api/v1/scans?limit=20", "/api/v1/metrics", "/api/v1/usage/stats",
             "/api/v1/sessions?limit=20", "/api/v1/auth/me", "/api/v1/vulndb"]
    while time.time() < deadline:
        with LOCK:
            audit = random.choice(state["completed"]) if state["completed"] else None
        if audit and random.random() < 0.5:
            path = random.choice([f"/api/v1/audits/{audit}", f"/api/v1/audits/{audit}/files?limit=50",
                                  f"/api/v1/audits/{audit}/findings?limit=50"])
        else:
            path = random.choice(paths)
        api.request("read", "GET", path)
        time.sleep(0.01)


def auditor(api, tree, deadline, state):
    while time.time() < deadline:
        status, body = api.request("audit_create", "POST", "/api/v1/audits", {"repository": tree})
        if status != 202:
            time.sleep(1)
            continue
        audit = body["id"]
        while time.time() < deadline + 60:
            status, row = api.request("audit_poll", "GET", f"/api/v1/audits/{audit}")
            if row and row.get("status") in ("completed", "failed", "cancelled"):
                count("audit_done", row.get("status") == "completed", json.dumps(row)[:200])
                break
            time.sleep(0.2)
        with LOCK:
            state["completed"].append(audit)
            old = state["completed"].pop(0) if len(state["completed"]) > 20 else None
        if old:
            api.request("audit_delete", "DELETE", f"/api/v1/audits/{old}")


def scanner(api, deadline):
    texts = ["The vendor may not deliver the hardware before the launch date; penalties apply.",
             "Budget overrun of 20% is likely if the licence fees increase.",
             "Key staff could leave during the migration, delaying the compliance audit.",
             "Nothing risky here, the weather is nice."]
    while time.time() < deadline:
        api.request("scan", "POST", "/api/v1/scans", {"text": random.choice(texts) + f" {random.random()}"})
        time.sleep(0.2)


def importer(api, deadline, distinct):
    """Imports 200 sessions every 2 s. Session ids cycle through `distinct` values (0: unbounded),
    so once the store holds them all, re-imports are reported as duplicates and the data that
    the metrics reads aggregate stops growing: memory is then measured at a steady data size."""
    n = 0
    while time.time() < deadline:
        lines = []
        for i in range(200):
            n += 1
            sid = n % distinct if distinct else n
            lines.append(json.dumps({"session_id": f"soak-{sid}", "developer_id": f"dev{n % 7}@example.com",
                                     "model": "soak-model", "start_time": "2026-01-%02dT10:00:00Z" % (1 + n % 28),
                                     "prompt_tokens": 100 + n % 50, "completion_tokens": 40, "cost_usd": 0.01}))
        api.request("import", "POST", "/api/v1/metrics/sessions/import", ("\n".join(lines) + "\n").encode(),
                    "application/x-ndjson")
        time.sleep(2)


def rss_kib(pid):
    return memory_kib(pid).get("VmRSS")


def memory_kib(pid):
    """VmRSS and its parts: RssAnon (heap, stacks) and RssFile (mapped binaries, libraries, fonts)."""
    values = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "RssAnon", "RssFile"):
                    values[key] = int(rest.split()[0])
    except OSError:
        pass
    return values


def make_tree(root, files):
    for i in range(files):
        folder = os.path.join(root, f"pkg{i // 100}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"file{i}.c"), "w") as f:
            if i % 10 == 0:
                f.write("// SPDX-License-Identifier: MIT\n")
            f.write(f"int value{i}(void) {{ return {i}; }}\n// a comment\n\n")
            if i % 97 == 0:
                f.write(f'const char* key = "AKIAQWERTYUIOP{1000 + i % 9000:04d}";\n')
    with open(os.path.join(root, "package.json"), "w") as f:
        json.dump({"name": "soak", "version": "1.0.0", "dependencies": {"left-pad": "1.3.0"}}, f)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--assay", default=os.environ.get("ASSAY_BINARY", "build/release/app/assay"))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("SOAK_SECONDS", "300")))
    parser.add_argument("--sample", type=int, default=int(os.environ.get("SOAK_SAMPLE_SECONDS", "5")))
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--subscribers", type=int, default=4)
    parser.add_argument("--files", type=int, default=1000, help="files in the audited tree")
    parser.add_argument("--sessions", type=int, default=int(os.environ.get("SOAK_SESSIONS", "10000")),
                        help="distinct session ids the importer cycles through (0: every import is new)")
    parser.add_argument("--markdown", action="store_true", help="print a docs/BENCHMARKS.md section")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="assay-soak-")
    data = os.path.join(work, "data")
    tree = os.path.join(work, "tree")
    make_tree(tree, args.files)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([args.assay, "user", "add", "soak@example.com", "--role", "admin", "--data-dir", data],
                   input=b"Soak-Passw0rd-123\n", check=True, env=env, capture_output=True)
    token = subprocess.run([args.assay, "token", "create", "soak", "--user", "soak@example.com", "--scopes",
                            "read:audits,write:audits,read:scans,write:scans,read:metrics,write:metrics,admin",
                            "--data-dir", data], check=True, env=env, capture_output=True).stdout.decode().strip()
    log_path = os.path.join(work, "serve.log")
    log = open(log_path, "wb")
    server = subprocess.Popen([args.assay, "serve", "--port", "0", "--data-dir", data], stdout=subprocess.DEVNULL,
                              stderr=log, env=env)
    port = None
    for _ in range(300):
        with open(log_path, "rb") as f:
            m = re.search(rb"listening on [^:\s]+:(\d+)", f.read())
        if m:
            port = int(m.group(1))
            break
        time.sleep(0.1)
    if not port:
        server.kill()
        sys.exit("assay serve did not start; see " + log_path)

    api = Api(port, token)
    api.request("setup", "PATCH", "/api/v1/settings", {"rate_limit_per_minute": 0})
    start = time.time()
    deadline = start + args.seconds
    state = {"completed": []}
    ws_stats = {}
    threads = [threading.Thread(target=reader, args=(Api(port, token), deadline, state)) for _ in range(args.readers)]
    threads.append(threading.Thread(target=auditor, args=(Api(port, token), tree, deadline, state)))
    threads.append(threading.Thread(target=scanner, args=(Api(port, token), deadline)))
    threads.append(threading.Thread(target=importer, args=(Api(port, token), deadline, args.sessions)))
    threads += [threading.Thread(target=subscriber, args=(port, token, deadline, ws_stats))
                for _ in range(args.subscribers)]
    for t in threads:
        t.daemon = True
        t.start()

    samples = []
    while time.time() < deadline:
        mem = memory_kib(server.pid)
        rss = mem.get("VmRSS")
        if rss is None or server.poll() is not None:
            count("server_alive", False, "the server exited")
            break
        samples.append((time.time() - start, rss))
        print(f"  t={samples[-1][0]:6.1f}s rss={rss / 1024:7.1f} MiB (anon {mem.get('RssAnon', 0) / 1024:.1f}, "
              f"file {mem.get('RssFile', 0) / 1024:.1f}) requests={sum(COUNTS.values())} "
              f"errors={sum(ERRORS.values())}", flush=True)
        time.sleep(min(args.sample, max(0.0, deadline - time.time())))
    for t in threads:
        t.join(timeout=90)
    final_rss = rss_kib(server.pid)
    server.send_signal(signal.SIGTERM)
    try:
        code = server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        code = "killed after 60 s"
    count("server_stop", code == 0, f"exit {code}")
    log.close()

    elapsed = time.time() - start
    requests = sum(v for k, v in COUNTS.items() if not k.startswith(("ws_", "server_", "setup")))
    errors = sum(ERRORS.values())
    rss = [r for _, r in samples]
    first_minute = [r for t, r in samples if t <= 60] or rss
    last_minute = [r for t, r in samples if t >= elapsed - 60] or rss
    summary = {
        "seconds": round(elapsed), "requests": requests, "requests_per_s": round(requests / elapsed, 1),
        "errors": errors, "by_kind": COUNTS, "errors_by_kind": ERRORS, "ws_events": ws_stats.get("events", 0),
        "rss_mib": {"start": round(rss[0] / 1024, 1), "peak": round(max(rss) / 1024, 1),
                    "end": round((final_rss or rss[-1]) / 1024, 1),
                    "first_minute_max": round(max(first_minute) / 1024, 1),
                    "last_minute_max": round(max(last_minute) / 1024, 1)},
        "samples": len(samples), "server_exit": code,
    }
    print(json.dumps(summary, indent=2))
    for e in ERROR_SAMPLES:
        print("error:", e)
    if args.markdown:
        r = summary["rss_mib"]
        print(f"\n| duration | requests | req/s | errors | WS events | RSS start | RSS peak | RSS end | "
              f"max RSS first / last minute |\n|---|---|---|---|---|---|---|---|---|\n"
              f"| {summary['seconds']} s | {requests} | {summary['requests_per_s']} | {errors} | "
              f"{summary['ws_events']} | {r['start']} MiB | {r['peak']} MiB | {r['end']} MiB | "
              f"{r['first_minute_max']} / {r['last_minute_max']} MiB |")
        print("\nRSS over time (MiB, every ~30 s): " + ", ".join(
            f"{t:.0f}s {r / 1024:.0f}" for i, (t, r) in enumerate(samples) if i % max(1, 30 // args.sample) == 0))
        minutes = {}
        for t, r in samples:
            minutes.setdefault(int(t // 60), []).append(r / 1024)
        print("\nRSS by minute (mean / max MiB): " + ", ".join(
            f"min {m + 1} {sum(v) / len(v):.0f} / {max(v):.0f}" for m, v in sorted(minutes.items())))
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
