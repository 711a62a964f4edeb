"""Where a message's time goes: the sidecar's stages, and each detector with memory filled.

    python benchmarks/bench_stages.py [--messages 6000] [--detectors-only]
    python benchmarks/bench_stages.py --one-in-flight [--messages 400]

Two measurements on the bench traffic (``agentmesh_guard.testing.traffic``, as
``agentmesh-guard bench`` sends it):

1. **The sidecar's stages.** An in-process ``NatsSidecar`` (core mode, the CLI's telemetry with
   OTLP export to a receiver in its own process) on an embedded nats-server, fed by a load
   generator in another process. Each stage is wrapped with a wall-clock timer: ``_decide``
   (``Guard.check`` inside it, the detectors inside that), planning, persisting a batch (its
   writes awaited together), delivery. Per message, wall time, so waits for the GIL count; the
   CPU time of the whole process is printed next to it.
2. **Each detector with memory filled as the sidecar fills it.** ``Guard.check`` plus the
   ``Planner`` over the traffic once (quarantined payloads taught to immune and indicator
   memory), then every detector timed on the same traffic again, in the guard's order.

``--one-in-flight`` measures what ``agentmesh-guard bench``'s latency does instead: one message in
flight at a time (the load generator waits for each delivery before it sends the next), the
sidecar idle in between, as a mesh of agents that think for seconds between messages keeps it.
It prints each stage's p50/p90 per message (``Guard.check`` in wall and CPU time, the rest of
the decision, which is mostly the hop's span, the audit publish, delivery) next to the end-to-end
latency, and then ``Guard.check`` in this process on the same messages three ways: back to back,
with a 1 ms sleep before each, and after writing 16 MiB of other memory before each. The
difference is what the CPU's caches were worth: between two messages, the other processes
(nats-server, the load generator) and the idle time take them.

The wrappers are this script's own (monkeypatched timers); nothing in the package changes.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import os
import resource
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from agentmesh_guard import bench
from agentmesh_guard import envelope as env
from agentmesh_guard.config import load_mesh
from agentmesh_guard.effects import Planner
from agentmesh_guard.guard import Guard
from agentmesh_guard.types import ScanContext

_LOAD = """
import asyncio, sys
from agentmesh_guard import bench
items = bench.corpus(int(sys.argv[2]))
print(asyncio.run(bench._throughput(sys.argv[1], items, window=500, budget_s=60)))
"""


_LATENCY_LOAD = """
import asyncio, sys
from agentmesh_guard import bench
items = bench.corpus(int(sys.argv[2]))
print(" ".join(map(str, asyncio.run(bench._latency(sys.argv[1], items, budget_s=120)))))
"""


def _timed(
    owner: Any,
    name: str,
    label: str,
    spent: collections.defaultdict[str, float],
    samples: dict[str, list[float]] | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> None:
    """Wrap ``owner.name`` so that each call adds its time to ``spent[label]`` (and, with ``samples``,
    appends it to ``samples[label]``, in microseconds)."""
    original = getattr(owner, name)
    calls = samples.setdefault(label, []) if samples is not None else None

    def note(seconds: float) -> None:
        spent[label] += seconds
        if calls is not None:
            calls.append(seconds * 1e6)

    if asyncio.iscoroutinefunction(original):

        async def timed_async(*args: Any, **kw: Any) -> Any:
            t0 = clock()
            try:
                return await original(*args, **kw)
            finally:
                note(clock() - t0)

        setattr(owner, name, timed_async)
    else:

        def timed(*args: Any, **kw: Any) -> Any:
            t0 = clock()
            try:
                return original(*args, **kw)
            finally:
                note(clock() - t0)

        setattr(owner, name, timed)


def _pcts(values: list[float]) -> str:
    ordered = sorted(values)
    if not ordered:
        return "no samples"
    return f"p50 {bench._pct(ordered, 0.5):7.0f}   p90 {bench._pct(ordered, 0.9):7.0f}   (n={len(ordered)})"


@contextlib.asynccontextmanager
async def _sidecar() -> AsyncIterator[tuple[str, Any]]:
    """An in-process sidecar (core mode, the CLI's telemetry exporting to a receiver process) on an embedded
    nats-server: ``(server url, sidecar)``."""
    from agentmesh_guard.tracing import Telemetry
    from agentmesh_guard.transports.nats import NatsSidecar, SidecarOptions

    async with bench._bench_env() as (url, mesh_path, endpoint):
        os.environ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint
        os.environ["OTEL_TRACES_SAMPLER"] = "always_on"
        guard = Guard.from_config(load_mesh(mesh_path))
        options = SidecarOptions(url=url, mode="core", name="stages")
        sidecar = NatsSidecar(guard, options, telemetry=Telemetry.from_env(service_name="stages"))
        await sidecar.start()
        try:
            yield url, sidecar
        finally:
            await sidecar.stop()
            sidecar.telemetry.shutdown(2.0)


async def sidecar_stages(messages: int) -> None:
    from agentmesh_guard.transports.nats import NatsSidecar

    spent: collections.defaultdict[str, float] = collections.defaultdict(float)
    for owner, name, label in (
        (NatsSidecar, "_decide", "decide (per message)"),
        (Guard, "check", "  Guard.check"),
        (Guard, "_detect", "    detectors"),
        (Planner, "plan", "  plan"),
        (NatsSidecar, "_persist", "persist (batch, awaited)"),
        (NatsSidecar, "_deliver", "deliver"),
    ):
        _timed(owner, name, label, spent)
    async with _sidecar() as (url, sidecar):
        spent.clear()
        r0, w0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        load = await asyncio.create_subprocess_exec(
            sys.executable, "-c", _LOAD, url, str(messages), stdout=subprocess.PIPE
        )
        out, _ = await load.communicate()
        r1, w1 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    n = sum(sidecar.counts.values()) or 1
    cpu = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
    print(f"sidecar: {n} messages, {float(out.decode().strip() or 0):,.0f} msg/s, wall {w1 - w0:.2f} s")
    print(f"  CPU of the whole process (all threads): {cpu / n * 1e6:6.0f} us per message")
    for label, seconds in spent.items():
        print(f"  {label:28s} {seconds / n * 1e6:6.0f} us per message")


async def one_in_flight(messages: int) -> None:
    from agentmesh_guard.transports.nats import NatsSidecar
    from agentmesh_guard.transports.nats_stores import NatsAuditChain

    spent: collections.defaultdict[str, float] = collections.defaultdict(float)
    samples: dict[str, list[float]] = {}
    for owner, name, label, clock in (
        (NatsSidecar, "_decide", "decide", time.perf_counter),
        (Guard, "check", "Guard.check (wall)", time.perf_counter),
        (Guard, "check", "Guard.check (CPU)", time.thread_time),
        (Planner, "plan", "plan", time.perf_counter),
        (NatsSidecar, "_persist", "persist", time.perf_counter),
        (NatsAuditChain, "append_many", "audit publish", time.perf_counter),
        (NatsSidecar, "_deliver", "deliver", time.perf_counter),
    ):
        _timed(owner, name, label, spent, samples, clock)
    async with _sidecar() as (url, sidecar):
        for values in samples.values():
            values.clear()
        load = await asyncio.create_subprocess_exec(
            sys.executable, "-c", _LATENCY_LOAD, url, str(messages), stdout=subprocess.PIPE
        )
        out, _ = await load.communicate()
    latency = [float(v) for v in out.decode().split()]
    print(f"one message in flight: {sum(sidecar.counts.values())} messages decided, {dict(sidecar.counts)}")
    print(f"  {'publish to delivery (delivered only)':38s} {_pcts(latency)}")
    for label, values in samples.items():
        print(f"  {label:38s} {_pcts(values)}")
    # the rest of the decision: the hop's span, the transport checks, immune memory learning
    stages = zip(samples["decide"], samples["Guard.check (wall)"], samples["plan"], strict=True)
    rest = [decide - check - plan for decide, check, plan in stages]
    print(f"  {'decide - check - plan (span, learning)':38s} {_pcts(rest)}")
    _check_idle(messages)


def _check_idle(messages: int) -> None:
    """``Guard.check`` on the same messages back to back, after a 1 ms sleep, after 16 MiB of other
    memory was written (CPU time, so only the check's own work is counted)."""
    cfg = bench.mesh_config()
    items = bench.corpus(messages + 200)
    # 200 other messages first (other conversations), so that first-use costs are not counted
    items, warm = items[:messages], items[messages:]
    other = bytearray(16 << 20)

    def sleep() -> None:
        time.sleep(0.001)

    def evict() -> None:
        other[::64] = bytes(len(other[::64]))  # touches every cache line of 16 MiB

    print("Guard.check in process, CPU time per message (us):")
    runs: list[tuple[str, Callable[[], None] | None]] = [
        ("back to back", None),
        ("1 ms sleep before each", sleep),
        ("16 MiB written before each", evict),
    ]
    for label, before in runs:
        guard = Guard.from_config(cfg)  # a fresh guard: every run sees the messages for the first time
        for _, data in warm:
            guard.check(data)
        cpu = []
        for _, data in items:
            if before is not None:
                before()
            t0 = time.thread_time()
            guard.check(data)
            cpu.append((time.thread_time() - t0) * 1e6)
        print(f"  {label:38s} {_pcts(cpu)}")


def detectors_with_memory(messages: int) -> None:
    cfg = bench.mesh_config()
    guard = Guard.from_config(cfg)
    planner = Planner(guard)
    items = bench.corpus(messages)
    planner_learned: collections.Counter[str] = collections.Counter()
    for _, data in items:  # as the sidecar does: decide, commit locally, learn what was quarantined
        plan = planner.plan(guard.check(data))
        planner.commit_local(plan)
        planner.learn(plan)
        planner_learned[plan.verdict.action.value] += plan.record is not None
    envelopes = [env.decode(data) for _, data in items]
    texts = [env.text_of(e) for e in envelopes]
    context = _context(guard)
    spent: collections.defaultdict[str, float] = collections.defaultdict(float)
    scans: list[tuple[str, Callable[..., Any]]] = [(d.name, d.scan) for d in guard.detectors]
    for text, envelope in zip(texts, envelopes, strict=True):
        for name, scan in scans:
            t0 = time.perf_counter()
            scan(text, envelope, context)
            spent[name] += time.perf_counter() - t0
    total = sum(spent.values())
    size = sum(len(t.encode()) for t in texts)
    learned = sum(planner_learned.values())
    print(f"detectors: {len(texts)} texts, {size / len(texts):.0f} bytes on average, {learned} held records")
    print(f"  all: {total / len(texts) * 1e6:6.1f} us per message, {size / 1e6 / total:5.2f} MB/s")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:14s} {seconds / len(texts) * 1e6:6.1f} us")


def _context(guard: Guard) -> ScanContext:
    from agentmesh_guard.detectors import StaticScanContext

    return StaticScanContext(tool_names=frozenset(guard.mesh.tools), allowed_hosts=frozenset(guard.mesh.allowed_hosts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=6000)
    parser.add_argument("--detectors-only", action="store_true", help="skip the sidecar part")
    parser.add_argument(
        "--one-in-flight", action="store_true", help="stages at one message in flight (default 400 messages)"
    )
    args = parser.parse_args()
    if args.one_in_flight:
        asyncio.run(one_in_flight(min(args.messages, 400)))
        return
    if not args.detectors_only:
        asyncio.run(sidecar_stages(args.messages))
    detectors_with_memory(min(args.messages, 4000))


if __name__ == "__main__":
    main()
