"""Micro-benchmark: what one ``Guard.check`` costs, per stage, on a realistic message mix.

    python benchmarks/bench_check.py [--n 3000] [--json]

Runs in-process (no NATS): decode -> identity -> schema -> provenance -> detectors -> Cedar.
The mix (``agentmesh_guard.testing.traffic``): 1-2 KB envelopes, mostly benign messages, tool
calls and tool results, with ~10% poisoned. Prints p50/p99 per message for the full pipeline, for the pipeline without
detectors, and for Cedar alone, so the cost of each part is visible side by side in one run.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import time
from pathlib import Path

from agentmesh_guard import envelope as env
from agentmesh_guard.cli.core import neutral_context_for
from agentmesh_guard.config import load_mesh
from agentmesh_guard.guard import Guard
from agentmesh_guard.policy import PolicyEngine
from agentmesh_guard.testing import traffic

ROOT = Path(__file__).resolve().parent.parent
MESH = ROOT / "examples" / "team" / "mesh.yaml"


def corpus(n: int, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body, _ = traffic.text(rng, poisoned=rng.random() < 0.1, min_bytes=1100, max_bytes=1800)
        kind = rng.choice(["message", "message", "tool_call", "tool_result"])
        conv = f"c{rng.randint(1, 50)}"
        if kind == "message":
            e: env.Envelope = env.Message(
                id=f"m{i}", sender="researcher", recipient="coder", conversation_id=conv, content=body
            )
        elif kind == "tool_call":
            e = env.ToolCall(
                id=f"m{i}",
                sender="coder",
                recipient="run_tests",
                conversation_id=conv,
                arguments={"suite": "csv", "notes": body[:300]},
            )
        else:
            e = env.ToolResult(
                id=f"m{i}",
                sender="web_fetch",
                recipient="researcher",
                conversation_id=conv,
                call_id=f"c{i}",
                result=body,
            )
        out.append(env.encode(e))
    return out


def measure(fn, items: list[bytes]) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for data in items:
        t0 = time.perf_counter_ns()
        fn(data)
        samples.append((time.perf_counter_ns() - t0) / 1000)
    return samples


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    mesh = load_mesh(MESH)
    full = Guard.from_config(mesh)
    bare = Guard.from_config(mesh, detectors=[])
    # the same pipeline with Cedar's decision cache off: every message pays a full evaluation
    uncached = Guard.from_config(mesh)
    uncached.policy = PolicyEngine(uncached.policy.info, mesh, cache_size=0)
    items = corpus(args.n)
    for g in (full, bare, uncached):  # warm up
        for data in items[:200]:
            g.check(data)
    ctx = neutral_context_for("send")

    def cedar_only(_: bytes) -> None:
        uncached.policy.decide(
            principal=("Agent", "researcher"), action="send", resource=("Agent", "coder"), context=ctx
        )

    def cedar_cached(_: bytes) -> None:
        full.policy.decide(principal=("Agent", "researcher"), action="send", resource=("Agent", "coder"), context=ctx)

    rows = {
        "check_full": measure(full.check, items),
        "check_no_cedar_cache": measure(uncached.check, items),
        "check_no_detectors": measure(bare.check, items),
        "decode_only": measure(env.decode, items),
        "cedar_only": measure(cedar_only, items),
        "cedar_cached": measure(cedar_cached, items),
    }
    mb = sum(len(d) for d in items) / 1e6
    report = {
        "machine": {
            "python": platform.python_version(),
            "cpu": platform.processor() or platform.machine(),
            "system": platform.platform(),
        },
        "messages": len(items),
        "mean_bytes": round(mb * 1e6 / len(items)),
        **{f"{k}_p50_us": round(pct(v, 0.5), 1) for k, v in rows.items()},
        **{f"{k}_p99_us": round(pct(v, 0.99), 1) for k, v in rows.items()},
        "check_full_msgs_per_s": round(len(items) / (sum(rows["check_full"]) / 1e6)),
        "check_full_mb_per_s": round(mb / (sum(rows["check_full"]) / 1e6), 2),
        "mean_us": {k: round(statistics.fmean(v), 1) for k, v in rows.items()},
    }
    if args.json:
        print(json.dumps(report))
        return
    print(f"{report['messages']} messages, mean {report['mean_bytes']} bytes, Python {report['machine']['python']}")
    for k in rows:
        print(
            f"  {k:<20} p50 {report[f'{k}_p50_us']:>8} us   p99 {report[f'{k}_p99_us']:>8} us"
            f"   mean {report['mean_us'][k]:>8} us"
        )
    print(f"  full pipeline: {report['check_full_msgs_per_s']} msg/s, {report['check_full_mb_per_s']} MB/s (one core)")


if __name__ == "__main__":
    main()
