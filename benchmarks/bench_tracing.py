"""Cost of one guard hop's telemetry: span + verdict attributes + metrics + context in/out.

    python benchmarks/bench_tracing.py [N]

Per hop it runs what a transport does: ``hop(subject, headers)``, ``record(verdict)``,
``outgoing_headers()``. Reported per hop: wall time on the calling thread and process
CPU time (which includes the batch exporter's worker thread encoding and sending;
the collector down case is not flushed, so its CPU is the calling thread's plus retries).
Configurations: disabled; in-memory exporter (synchronous, what unit tests use);
batch processor + OTLP/HTTP to the in-repo receiver (the production path; the
receiver runs in a child process); and the same with the
collector down (connection refused: spans are queued, then dropped).
"""

from __future__ import annotations

import os
import socket
import sys
import time
from collections.abc import Callable

from agentmesh_guard.envelope import Message
from agentmesh_guard.testing.otlp import receiver_process
from agentmesh_guard.tracing import Telemetry, extract, inject
from agentmesh_guard.verdict import Action, Finding, Verdict

TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
HEADERS = {"traceparent": TRACEPARENT, "Nats-Msg-Id": "m1"}
ENVELOPE = Message(
    id="m1", sender="planner", recipient="researcher", conversation_id="c1", content="hi", labels=("untrusted:web",)
)
DELIVER = Verdict(
    action=Action.DELIVER,
    envelope=ENVELOPE,
    sender="planner",
    policy_ids=("permit-team",),
    labels=ENVELOPE.labels,
    raw=b"x" * 256,
)
QUARANTINE = Verdict(
    action=Action.QUARANTINE,
    envelope=ENVELOPE,
    sender="planner",
    policy_ids=("forbid-injection",),
    labels=ENVELOPE.labels,
    raw=b"x" * 256,
    findings=(Finding(kind="injection", severity=85, detector="keywords"),),
)


def run(telemetry: Telemetry, n: int, verdict: Verdict, *, flush: bool) -> tuple[float, float]:
    """µs per hop: wall time of the hop loop alone, and process CPU including the final
    flush (so the exporter thread's encoding and sending is counted when ``flush``)."""
    wall = 0.0
    cpu0 = time.process_time()
    for _ in range(n // 1000):
        t0 = time.perf_counter()
        for _ in range(1000):
            with telemetry.hop("mesh.out.planner", HEADERS) as hop:
                hop.record(verdict)
                hop.outgoing_headers()
        wall += time.perf_counter() - t0
        if telemetry.span_exporter is not None:
            telemetry.span_exporter.clear()  # keep 20k spans from inflating GC work
    if flush:
        telemetry.force_flush(timeout_s=30)
    cpu = time.process_time() - cpu0
    return wall / n * 1e6, cpu / n * 1e6


def micro(label: str, fn: Callable[[], object], n: int) -> None:
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    print(f"  {label:<44} {(time.perf_counter() - t0) / n * 1e6:7.1f} µs")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    os.environ["OTEL_METRICS_EXPORTER"] = "none"
    os.environ["OTEL_BSP_MAX_QUEUE_SIZE"] = str(max(2048, n))  # measure exporting, not dropping
    print(f"{n} hops each; µs per hop (wall on the calling thread / process CPU)")
    rows: list[tuple[str, Telemetry, Verdict]] = [
        ("disabled", Telemetry.disabled(), DELIVER),
        ("in-memory exporter, deliver", Telemetry.in_memory(), DELIVER),
        ("in-memory exporter, quarantine + finding", Telemetry.in_memory(), QUARANTINE),
    ]
    with receiver_process() as endpoint:
        os.environ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint
        rows.append(("batch + OTLP/HTTP to receiver, deliver", Telemetry.from_env("bench"), DELIVER))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            dead = s.getsockname()[1]
        os.environ["OTEL_EXPORTER_OTLP_ENDPOINT"] = f"http://127.0.0.1:{dead}"
        os.environ["OTEL_BSP_MAX_QUEUE_SIZE"] = "2048"
        rows.append(
            ("batch, collector down (refused), deliver", Telemetry.from_env("bench", export_timeout_s=1), DELIVER)
        )
        for label, telemetry, verdict in rows:
            flush = "down" not in label
            run(telemetry, 2000, verdict, flush=flush)  # warm up
            wall, cpu = run(telemetry, n, verdict, flush=flush)
            print(f"  {label:<44} {wall:7.1f} / {cpu:7.1f}")
            telemetry.shutdown(timeout_s=2)
        print("pieces (in-memory):")
        t = Telemetry.in_memory()
        ctx = extract(HEADERS)
        micro("extract(headers)", lambda: extract(HEADERS), n)
        micro("inject({}, ctx)", lambda: inject({}, ctx), n)

        def bare() -> None:
            with t.hop("mesh.out.planner", HEADERS):
                pass

        micro("hop() with no record/outgoing", bare, min(n, 5000))
        t.shutdown()


if __name__ == "__main__":
    main()
