"""Where a message's time goes: the sidecar's stages, and each detector with memory filled.

    python benchmarks/bench_stages.py [--messages 6000] [--detectors-only]

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

The wrappers are this script's own (monkeypatched timers); nothing in the package changes.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from agentmesh_guard import bench
from agentmesh_guard import envelope as env
from agentmesh_guard.config import load_mesh, parse_mesh
from agentmesh_guard.effects import Planner
from agentmesh_guard.guard import Guard
from agentmesh_guard.resources import default_policies_dir, default_schemas_dir
from agentmesh_guard.types import ScanContext

_LOAD = """
import asyncio, sys
from agentmesh_guard import bench
items = bench.corpus(int(sys.argv[2]))
print(asyncio.run(bench._throughput(sys.argv[1], items, window=500, budget_s=60)))
"""


def _timed(owner: Any, name: str, label: str, spent: collections.Counter[str]) -> None:
    original = getattr(owner, name)
    if asyncio.iscoroutinefunction(original):

        async def timed_async(*args: Any, **kw: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return await original(*args, **kw)
            finally:
                spent[label] += time.perf_counter() - t0

        setattr(owner, name, timed_async)
    else:

        def timed(*args: Any, **kw: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return original(*args, **kw)
            finally:
                spent[label] += time.perf_counter() - t0

        setattr(owner, name, timed)


async def sidecar_stages(messages: int) -> None:
    from agentmesh_guard.tracing import Telemetry
    from agentmesh_guard.transports.nats import NatsSidecar, SidecarOptions

    spent: collections.Counter[str] = collections.Counter()
    for owner, name, label in (
        (NatsSidecar, "_decide", "decide (per message)"),
        (Guard, "check", "  Guard.check"),
        (Guard, "_detect", "    detectors"),
        (Planner, "plan", "  plan"),
        (NatsSidecar, "_persist", "persist (batch, awaited)"),
        (NatsSidecar, "_deliver", "deliver"),
    ):
        _timed(owner, name, label, spent)
    async with bench._bench_env() as (url, mesh_path, endpoint):
        os.environ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint
        os.environ["OTEL_TRACES_SAMPLER"] = "always_on"
        guard = Guard.from_config(load_mesh(mesh_path))
        options = SidecarOptions(url=url, mode="core", name="stages")
        sidecar = NatsSidecar(guard, options, telemetry=Telemetry.from_env(service_name="stages"))
        await sidecar.start()
        try:
            spent.clear()
            r0, w0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
            load = await asyncio.create_subprocess_exec(
                sys.executable, "-c", _LOAD, url, str(messages), stdout=subprocess.PIPE
            )
            out, _ = await load.communicate()
            r1, w1 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        finally:
            await sidecar.stop()
            sidecar.telemetry.shutdown(2.0)
    n = sum(sidecar.counts.values()) or 1
    cpu = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
    print(f"sidecar: {n} messages, {float(out.decode().strip() or 0):,.0f} msg/s, wall {w1 - w0:.2f} s")
    print(f"  CPU of the whole process (all threads): {cpu / n * 1e6:6.0f} us per message")
    for label, seconds in spent.items():
        print(f"  {label:28s} {seconds / n * 1e6:6.0f} us per message")


def detectors_with_memory(messages: int) -> None:
    cfg = parse_mesh(bench.MESH_YAML).model_copy(
        update={"policies_dir": default_policies_dir(), "schemas_dir": default_schemas_dir()}
    )
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
    spent: collections.Counter[str] = collections.Counter()
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
    for name, seconds in spent.most_common():
        print(f"  {name:14s} {seconds / len(texts) * 1e6:6.1f} us")


def _context(guard: Guard) -> ScanContext:
    from agentmesh_guard.detectors import StaticScanContext

    return StaticScanContext(tool_names=frozenset(guard.mesh.tools), allowed_hosts=frozenset(guard.mesh.allowed_hosts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=6000)
    parser.add_argument("--detectors-only", action="store_true", help="skip the sidecar part")
    args = parser.parse_args()
    if not args.detectors_only:
        asyncio.run(sidecar_stages(args.messages))
    detectors_with_memory(min(args.messages, 4000))


if __name__ == "__main__":
    main()
