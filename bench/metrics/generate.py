#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes N synthetic LiteLLM-style session lines (JSONL) for the metrics benchmark:
# 60 days, 40 developers, 6 models, ~2 % errors, accepted flags and lines. Deterministic (seed 9).
import json, random, sys
from datetime import datetime, timedelta, timezone

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rng = random.Random(9)
models = ["gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet", "o3-mini", "gemini-1.5-pro", "ollama/llama3"]
start = datetime(2025, 9, 1, tzinfo=timezone.utc)
for i in range(n):
    t = start + timedelta(seconds=rng.randrange(60 * 86400))
    inp, out = rng.randrange(50, 4000), rng.randrange(20, 1500)
    line = {
        "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}Z",
        "attributes": {"llm.model_name": rng.choice(models), "status_code": 500 if rng.random() < 0.02 else 200,
                       "latency_ms": round(rng.uniform(100, 9000), 1)},
        "usage": {"input_tokens": inp, "output_tokens": out, "total_tokens": inp + out},
        "metadata": {"developer_id": f"dev{rng.randrange(40)}@example.com", "session_id": f"session-{i // 3}",
                     "repo": f"org/repo{rng.randrange(5)}"},
        "accepted": rng.random() < 0.4, "accepted_lines": rng.randrange(0, 40),
    }
    print(json.dumps(line))
