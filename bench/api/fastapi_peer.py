#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The API benchmark's peer (issue 12): GET /api/v1/audits written the way the original backends
were (FastAPI + uvicorn + SQLite, Debian packages python3-fastapi python3-uvicorn), reading the
SAME assay.db that `assay serve` uses, with the same work per request:

- bearer API token: SHA-256 of the secret looked up in api_tokens JOIN users (revoked, expired
  and deactivated owners refused);
- COUNT(*) of the audits, one page (limit, offset) ordered by created_at DESC, id;
- open findings per severity for the page's audits in one grouped query;
- the same row shape (JSON columns parsed) in the SPEC §4 pagination envelope.

usage: fastapi_peer.py DB_FILE PORT [WORKERS]
"""
import datetime
import hashlib
import json
import math
import os
import sqlite3
import sys
import threading

from fastapi import FastAPI, Header, HTTPException, Query
import uvicorn

DB = os.environ.get("ASSAY_PEER_DB", "")
app = FastAPI()
_local = threading.local()


def db():
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(f"file:{DB}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = 1")
        _local.conn = conn
    return conn


def parse(text, fallback):
    if text is None:
        return fallback
    try:
        return json.loads(text)
    except ValueError:
        return fallback


def authenticate(authorization):
    if not authorization or not authorization.lower().startswith("bearer "):
        raise HTTPException(status_code=401, detail="missing credentials")
    secret = authorization[7:].strip()
    digest = hashlib.sha256(secret.encode("latin-1")).hexdigest()
    row = db().execute(
        "SELECT t.id, t.user_id, t.scopes, t.expires_at, t.revoked_at, u.role, u.is_active "
        "FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?", (digest,)).fetchone()
    if row is None or row[4] is not None or row[6] == 0:
        raise HTTPException(status_code=401, detail="invalid token")
    if row[3] and datetime.datetime.fromisoformat(row[3].replace("Z", "+00:00")) <= datetime.datetime.now(datetime.timezone.utc):
        raise HTTPException(status_code=401, detail="expired token")
    if "read:audits" not in row[2].split():
        raise HTTPException(status_code=403, detail="scope")
    return {"user_id": row[1], "role": row[5]}


def audit_row(r):
    return {
        "id": r["id"], "owner_id": r["owner_id"], "repository": r["source"], "repository_name": r["repository_name"],
        "ref": r["ref"], "commit": r["commit_id"], "status": r["status"], "progress": r["progress"],
        "stage": r["stage"], "files_done": r["files_done"], "files_total": r["files_total"], "eta_s": r["eta_s"],
        "error": r["error"], "summary": parse(r["summary"], None), "diff": parse(r["diff"], None),
        "policy": parse(r["policy"], None), "options": parse(r["options"], {}), "created_at": r["created_at"],
        "started_at": r["started_at"], "finished_at": r["finished_at"], "duration_ms": r["duration_ms"],
    }


@app.get("/api/v1/audits")
def list_audits(authorization: str = Header(None), page: int = Query(1, ge=1), limit: int = Query(20, ge=1, le=100)):
    who = authenticate(authorization)
    conn = db()
    where, values = "", []
    if who["role"] != "admin":
        where, values = " WHERE owner_id = ?", [who["user_id"]]
    total = conn.execute("SELECT COUNT(*) FROM audits" + where, values).fetchone()[0]
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute("SELECT * FROM audits" + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                            values + [limit, (page - 1) * limit]).fetchall()
    finally:
        conn.row_factory = None
    data = [audit_row(r) for r in rows]
    if data:
        marks = ",".join("?" * len(data))
        counts = {}
        for audit_id, severity, n in conn.execute(
                "SELECT audit_id, severity, COUNT(*) FROM findings WHERE status = 'open' AND audit_id IN (%s) "
                "GROUP BY audit_id, severity" % marks, [d["id"] for d in data]):
            counts.setdefault(audit_id, {})[severity] = n
        for d in data:
            c = {"critical": 0, "high": 0, "medium": 0, "low": 0, "info": 0}
            c.update(counts.get(d["id"], {}))
            d["open_findings"] = c
    pages = max(1, math.ceil(total / limit))
    return {"data": data, "pagination": {"current_page": page, "total_pages": pages, "total_items": total,
                                         "items_per_page": limit, "has_next": page < pages, "has_previous": page > 1}}


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    os.environ["ASSAY_PEER_DB"] = os.path.abspath(sys.argv[1])
    workers = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    uvicorn.run("fastapi_peer:app", host="127.0.0.1", port=int(sys.argv[2]), workers=workers, log_level="warning",
                access_log=False)
