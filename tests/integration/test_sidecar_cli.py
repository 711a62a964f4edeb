"""``agentmesh-guard sidecar`` as a real process: embedded server, health file, graceful SIGTERM."""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path

import nats
import pytest

from agentmesh_guard.testing.nats_server import NatsServer
from agentmesh_guard.transports import subjects
from tests.integration.nats_support import agent
from tests.integration.process_support import GuardProcess, stream_messages, until, write_mesh_file
from tests.support import msg

pytestmark = pytest.mark.nats

DRAIN_LIMIT_S = 15.0
"""A graceful stop must not wait out the consumer's 30 s ack_wait (or nats-py's 30 s drain timeout)."""


async def test_embedded_server_health_file_and_sigterm(tmp_path: Path) -> None:
    """Without --nats the sidecar starts its own nats-server and prints its URL in the ready line;
    messages sent there are guarded; --health-file gets the health JSON; SIGTERM prints a
    stopped line with the decisions and exits 0, taking the embedded server down with it."""
    health_file = tmp_path / "health.json"
    with GuardProcess(write_mesh_file(tmp_path), "--health-file", str(health_file), log_dir=tmp_path) as guard:
        ready = await guard.wait_event("ready")
        url = ready["nats"]
        assert url.startswith("nats://127.0.0.1:")
        assert ready["ready"] is True and ready["mode"] == "jetstream"
        async with agent(url, "planner", listen=False) as (planner, _), agent(url, "coder") as (_, coder):
            sent = msg(content="please run the unit tests")
            await planner.send(sent)
            await coder.wait_for(1)
        await until(health_file.exists, what="the health file")
        health = json.loads(health_file.read_text())
        guard.signal(signal.SIGTERM)
        stopped = await guard.wait_event("stopped", timeout=DRAIN_LIMIT_S)
        assert await guard.wait(DRAIN_LIMIT_S) == 0
    assert [e.id for e in coder.received] == [sent.id]
    assert health["guard"] == ready["guard"] and health["connected"] is True
    assert stopped["decisions"]["deliver"] == 1
    assert stopped["ready"] is False
    host, port = url.removeprefix("nats://").rsplit(":", 1)
    with pytest.raises(ConnectionRefusedError):  # the embedded server is gone with the guard
        await asyncio.open_connection(host, int(port))


async def test_sigterm_mid_stream_drains_without_loss(nats_server: NatsServer, tmp_path: Path) -> None:
    """SIGTERM while 300 durable messages stream in: the guard finishes its batch, hands back what
    it had fetched but not decided, prints "stopped" and exits 0 within seconds. A second guard
    then delivers the rest at once (no wait for the 30 s ack_wait): all 300 delivered, none
    twice, none lost."""
    total = 300
    sent = [msg(content=f"please run shard {i}", conversation_id=f"conv-{i}") for i in range(total)]
    mesh_file = write_mesh_file(tmp_path)
    args = ("--nats", nats_server.url, "--batch", "16")
    async with (
        agent(nats_server.url, "planner", listen=False) as (planner, _),
        agent(nats_server.url, "coder") as (
            _,
            coder,
        ),
    ):
        with GuardProcess(mesh_file, *args, "--name", "guard-a", log_dir=tmp_path) as first:
            await first.wait_event("ready")

            async def send_all() -> None:
                for m in sent:
                    await planner.send(m)

            sender = asyncio.create_task(send_all())
            await coder.wait_for(50, timeout=30)
            first.signal(signal.SIGTERM)
            stopped = await first.wait_event("stopped", timeout=DRAIN_LIMIT_S)
            assert await first.wait(DRAIN_LIMIT_S) == 0
        await sender
        by_first = stopped["decisions"]["deliver"]
        await coder.wait_for(by_first)
        assert len(coder.received) == by_first  # what it decided, it delivered
        with GuardProcess(mesh_file, *args, "--name", "guard-b", log_dir=tmp_path) as second:
            await second.wait_event("ready")
            await coder.wait_for(total, timeout=DRAIN_LIMIT_S)
            second.signal(signal.SIGTERM)
            stopped_second = await second.wait_event("stopped", timeout=DRAIN_LIMIT_S)
            assert await second.wait(DRAIN_LIMIT_S) == 0
    nc = await nats.connect(nats_server.url)
    try:
        in_stream = await stream_messages(nc.jetstream(), subjects.STREAM_MESH_IN)
    finally:
        await nc.close()
    received = [e.id for e in coder.received]
    print(f"{total} sent; {by_first} delivered by the first guard before it stopped, {len(received)} in all")
    assert sorted(received) == sorted(m.id for m in sent)  # each exactly once: no loss, no duplicate
    assert stopped["decisions"]["deliver"] + stopped_second["decisions"]["deliver"] == total
    assert len(in_stream) == total
