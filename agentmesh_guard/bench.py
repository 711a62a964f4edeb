"""``agentmesh-guard bench``: the guard measured against the raw bus, in one run.

On an embedded nats-server, with the same message mix (1-2 KB envelopes, mostly
benign, ~10% poisoned, several agents and tools):

- raw relay: a do-nothing relay process (subscribe on mesh.out.>, republish on
  mesh.in.<x>) with nats-py: messages/s, and per-hop latency p50/p99;
- guarded relay: the sidecar process with the full default pipeline (schema,
  fast detectors, Cedar, provenance, audit in JetStream, one OTel span per hop
  exported over OTLP/HTTP with a batch processor, 100% sampled);
- in-process ``Guard.check`` p50/p99 and the fast detectors' scan rate;
- scale-out: guarded throughput with 1 and 2 sidecar processes in one pool.

Throughput is measured with a bounded window of messages in flight (the
publisher waits when the window is full), so it is the rate the relay sustains,
not the rate at which a slow consumer starts dropping. Latency is measured with
one message in flight. The raw relay is the reference: ``ratio`` is
guarded / raw, which is meaningful on any machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from agentmesh_guard import envelope as env
from agentmesh_guard.testing import traffic
from agentmesh_guard.testing.processes import reap

if TYPE_CHECKING:
    from agentmesh_guard.config import MeshConfig

__all__ = ["corpus", "mesh_config", "run_bench"]

AGENTS: Final = ("alpha", "beta", "gamma", "delta")
MESH_YAML: Final = """
name: bench
agents:
  alpha: {tools: [run_tests]}
  beta:  {tools: [web_fetch]}
  gamma: {}
  delta: {}
tools:
  web_fetch: {untrusted_output: true, source: web}
  run_tests: {}
"""
TS_HEADER: Final = "Bench-Ts"


def mesh_config() -> MeshConfig:
    """The bench mesh (``MESH_YAML``) with the packaged policies and schemas, for an in-process ``Guard``."""
    from agentmesh_guard.config import parse_mesh
    from agentmesh_guard.resources import default_policies_dir, default_schemas_dir

    return parse_mesh(MESH_YAML).model_copy(
        update={"policies_dir": default_policies_dir(), "schemas_dir": default_schemas_dir()}
    )


def corpus(n: int, *, seed: int = 7) -> list[tuple[str, bytes]]:
    """``n`` (subject, envelope bytes): 1-2 KB, messages between agents plus tool calls, ~10% poisoned.

    The texts come from ``testing.traffic`` (e-mails, search results, documents, chats, logs,
    tickets; every one different), so caches and shingle indexes see varied text, as in a real mesh.
    """
    rng = random.Random(seed)  # noqa: S311 - benchmark data
    out = []
    for i in range(n):
        body, _ = traffic.text(rng, poisoned=rng.random() < 0.1, min_bytes=1100, max_bytes=1800)
        sender, recipient = rng.sample(AGENTS, 2)
        conv = f"c{i // 4}"  # short conversations: taint from a poisoned message stays in its conversation
        if sender == "alpha" and rng.random() < 0.3:
            e: env.Envelope = env.ToolCall(
                id=f"b{i}",
                sender=sender,
                recipient="run_tests",
                conversation_id=conv,
                arguments={"suite": "csv", "notes": body[:400]},
            )
        else:
            e = env.Message(id=f"b{i}", sender=sender, recipient=recipient, conversation_id=conv, content=body)
        out.append((f"mesh.out.{sender}", env.encode(e)))
    return out


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


# -- the raw relay (runs as its own process: python -m agentmesh_guard.bench relay URL) -------------


async def _relay(url: str) -> None:
    import nats

    nc = await nats.connect(url)

    async def forward(msg: Any) -> None:
        # a do-nothing relay: no decoding; the destination is the sender's peer subject
        await nc.publish("mesh.in." + msg.subject.rsplit(".", 1)[-1], msg.data, headers=msg.headers)

    await nc.subscribe("mesh.out.>", queue="raw-relay", cb=forward)
    await nc.subscribe("tool.*.out", queue="raw-relay", cb=forward)
    await nc.flush()
    print(json.dumps({"event": "ready"}), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    import signal

    loop.add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    await nc.drain()


@contextlib.contextmanager
def _process(args: list[str], env_vars: dict[str, str] | None = None) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env={**os.environ, **(env_vars or {})}
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if '"ready"' in line:
                break
        else:
            raise RuntimeError(f"{args[0]} exited before it was ready")
        yield proc
    finally:
        proc.terminate()
        reap(proc, timeout=15)


# -- load generation --------------------------------------------------------------------------------


async def _throughput(url: str, items: list[tuple[str, bytes]], *, window: int, budget_s: float) -> float:
    """Publish with at most ``window`` messages unanswered; count arrivals on mesh.in.> / tool.*.in."""
    import nats

    pub, sub = await nats.connect(url), await nats.connect(url)
    received = 0
    progress = asyncio.Event()

    async def arrived(_: Any) -> None:
        nonlocal received
        received += 1
        progress.set()

    # deliveries arrive on mesh.in/tool.in; for a message the guard does not deliver it answers the
    # inbox named in the request header with a verdict notice, so every message settles visibly
    inbox = sub.new_inbox()
    headers = {"AMG-Request-Inbox": inbox}
    await sub.subscribe("mesh.in.>", cb=arrived)
    await sub.subscribe("tool.*.in", cb=arrived)
    await sub.subscribe(inbox, cb=arrived)
    await sub.flush()
    sent, t0 = 0, time.perf_counter()
    deadline = t0 + budget_s
    try:
        for subject, data in items:
            while sent - received >= window:
                progress.clear()
                try:
                    await asyncio.wait_for(progress.wait(), max(0.01, deadline - time.perf_counter()))
                except TimeoutError:
                    break
            if time.perf_counter() > deadline:
                break
            await pub.publish(subject, data, headers=headers)
            sent += 1
        await pub.flush()
        while received < sent and time.perf_counter() < deadline:
            progress.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(progress.wait(), 0.2)
        elapsed = time.perf_counter() - t0
        rate = received / elapsed if elapsed > 0 else 0.0
        # let the relay drain what is still in flight, so the next phase starts on an idle relay
        drain_until = time.perf_counter() + 15.0
        while received < sent and time.perf_counter() < drain_until:
            progress.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(progress.wait(), 0.2)
    finally:
        await pub.close()
        await sub.close()
    return rate


async def _latency(url: str, items: list[tuple[str, bytes]], *, budget_s: float) -> list[float]:
    """One message in flight at a time; microseconds from publish to arrival, for delivered messages.

    A message the guard does not deliver is answered at once with a verdict notice on the
    requester's inbox; it settles the round (no timeout to wait out) but is not a sample."""
    import nats

    pub, sub = await nats.connect(url), await nats.connect(url)
    arrival: asyncio.Queue[tuple[float, bool]] = asyncio.Queue()
    inbox = sub.new_inbox()

    async def arrived(msg: Any) -> None:
        arrival.put_nowait((time.perf_counter_ns() / 1000, msg.subject != inbox))

    await sub.subscribe("mesh.in.>", cb=arrived)
    await sub.subscribe("tool.*.in", cb=arrived)
    await sub.subscribe(inbox, cb=arrived)
    await sub.flush()
    headers = {"AMG-Request-Inbox": inbox}
    samples: list[float] = []
    deadline = time.perf_counter() + budget_s
    try:
        for subject, data in items:
            if time.perf_counter() > deadline:
                break
            start = time.perf_counter_ns() / 1000
            await pub.publish(subject, data, headers=headers)
            await pub.flush()
            try:
                at, delivered = await asyncio.wait_for(arrival.get(), 2.0)
            except TimeoutError:
                continue  # lost (core mode is at-most-once): not a hop to time
            if delivered:
                samples.append(at - start)
    finally:
        await pub.close()
        await sub.close()
    return samples


# -- the run ----------------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def _bench_env() -> AsyncIterator[tuple[str, Path, str]]:
    from agentmesh_guard.resources import default_policies_dir, default_schemas_dir
    from agentmesh_guard.testing.nats_server import NatsServer
    from agentmesh_guard.testing.otlp import receiver_process

    with tempfile.TemporaryDirectory(prefix="amg-bench-") as tmp:
        mesh_path = Path(tmp) / "mesh.yaml"
        mesh_path.write_text(
            MESH_YAML + f"policies_dir: {default_policies_dir()}\nschemas_dir: {default_schemas_dir()}\n",
            encoding="utf-8",
        )
        with NatsServer() as server, receiver_process() as endpoint:  # a collector of its own
            yield server.url, mesh_path, endpoint


def _sidecar_args(url: str, mesh: Path, name: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "agentmesh_guard",
        "sidecar",
        "--config",
        str(mesh),
        "--nats",
        url,
        "--mode",
        "core",
        "--name",
        name,
    ]


async def run_bench(*, messages: int = 3000, quick: bool = False) -> dict[str, Any]:
    from agentmesh_guard.detectors import fast_detectors, scan_text
    from agentmesh_guard.guard import Guard

    budget = 6.0 if quick else 12.0
    items = corpus(messages)
    report: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpu": platform.processor() or platform.machine(),
            "cores": os.cpu_count(),
        },
        "messages": len(items),
        "mean_message_bytes": round(sum(len(d) for _, d in items) / len(items)),
    }
    async with _bench_env() as (url, mesh_path, endpoint):
        otel = {"OTEL_EXPORTER_OTLP_ENDPOINT": endpoint, "OTEL_TRACES_SAMPLER": "always_on"}
        with _process([sys.executable, "-m", "agentmesh_guard.bench", "relay", url]):
            raw = await _throughput(url, items, window=500, budget_s=budget)
            raw_lat = await _latency(url, items[:400], budget_s=budget / 3)
        with _process(_sidecar_args(url, mesh_path, "bench-1"), otel):
            guarded = await _throughput(url, items, window=500, budget_s=budget)
            guarded_lat = await _latency(url, items[:400], budget_s=budget / 3)
        with (
            _process(_sidecar_args(url, mesh_path, "bench-2a"), otel),
            _process(_sidecar_args(url, mesh_path, "bench-2b"), otel),
        ):
            two = await _throughput(url, items, window=1000, budget_s=budget)

    guard = Guard.from_config(mesh_config())
    for _, data in items[:200]:
        guard.check(data)
    check_us = []
    for _, data in items:
        t0 = time.perf_counter_ns()
        guard.check(data)
        check_us.append((time.perf_counter_ns() - t0) / 1000)
    envelopes = [env.decode(d) for _, d in items]
    texts = [env.text_of(e) for e in envelopes]
    detectors = fast_detectors()
    scan_start = time.perf_counter()
    for text, envelope in zip(texts, envelopes, strict=True):
        # each message as itself (its own sender and conversation), as the guard scans it
        scan_text(text, detectors, envelope=envelope)
    scan_s = time.perf_counter() - scan_start

    raw_p50, raw_p99 = _pct(raw_lat, 0.5), _pct(raw_lat, 0.99)
    g_p50, g_p99 = _pct(guarded_lat, 0.5), _pct(guarded_lat, 0.99)
    # the ratio of the figures as reported, so the report agrees with itself (guarded 1,332.4 / raw 25,866.3 is
    # 0.052 to three places, 1,332 / 25,866 is 0.051)
    raw_msgs, guarded_msgs = round(raw), round(guarded)
    report.update(
        {
            "raw_relay_msgs_per_s": raw_msgs,
            "guard_relay_msgs_per_s": guarded_msgs,
            "ratio": round(guarded_msgs / raw_msgs, 3) if raw_msgs else 0.0,
            "raw_latency_p50_us": round(raw_p50, 1),
            "raw_latency_p99_us": round(raw_p99, 1),
            "guard_latency_p50_us": round(g_p50, 1),
            "guard_latency_p99_us": round(g_p99, 1),
            "added_latency_p50_us": round(g_p50 - raw_p50, 1),
            "added_latency_p99_us": round(g_p99 - raw_p99, 1),
            "latency_samples": {"raw": len(raw_lat), "guard": len(guarded_lat)},
            "check_p50_us": round(_pct(check_us, 0.5), 1),
            "check_p99_us": round(_pct(check_us, 0.99), 1),
            "detector_mb_per_s": round(sum(len(t.encode()) for t in texts) / 1e6 / scan_s, 2),
            "guard_2_relay_msgs_per_s": round(two),
            "scaleout_2_over_1": round(two / guarded, 2) if guarded else 0.0,
        }
    )
    return report


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["relay"] and len(args) == 2:
        asyncio.run(_relay(args[1]))
        return
    raise SystemExit("usage: python -m agentmesh_guard.bench relay NATS_URL (internal; use `agentmesh-guard bench`)")


if __name__ == "__main__":
    main()
