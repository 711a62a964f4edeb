"""Helpers for integration tests on a real nats-server: a running sidecar, agents that record what they get."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from agentmesh_guard.envelope import Envelope
from agentmesh_guard.guard import Guard
from agentmesh_guard.transports.nats import MeshClient, NatsSidecar, SidecarOptions
from tests.support import KeywordDetector, mesh


@dataclass
class Inbox:
    """Everything delivered to one agent, with an event per arrival (no sleeps needed)."""

    name: str
    received: list[Envelope] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    async def on_message(self, envelope: Envelope, headers: dict[str, str]) -> None:
        self.received.append(envelope)
        self.headers.append(headers)
        self.changed.set()

    async def wait_for(self, count: int, timeout: float = 10.0) -> list[Envelope]:
        async with asyncio.timeout(timeout):
            while len(self.received) < count:
                self.changed.clear()
                await self.changed.wait()
        return self.received


@contextlib.asynccontextmanager
async def running_sidecar(
    url: str, *, name: str = "guard-1", mode: str = "jetstream", real_detectors: bool = False, **guard_kw: object
) -> AsyncIterator[NatsSidecar]:
    """A started sidecar with real Cedar; the keyword detector unless ``real_detectors`` (transport tests
    should not depend on detector tuning; detection quality has its own tests and eval)."""
    guard = Guard.from_config(mesh(**guard_kw), detectors=None if real_detectors else [KeywordDetector()])
    sidecar = NatsSidecar(guard, SidecarOptions(url=url, name=name, mode=mode))  # type: ignore[arg-type]
    await sidecar.start()
    try:
        yield sidecar
    finally:
        await sidecar.stop()


@contextlib.asynccontextmanager
async def agent(
    url: str, name: str, *, listen: bool = True, durable: bool = True
) -> AsyncIterator[tuple[MeshClient, Inbox]]:
    client = MeshClient(name, url=url, durable=durable)
    await client.connect()
    inbox = Inbox(name)
    if listen:
        await client.listen(inbox.on_message)
    try:
        yield client, inbox
    finally:
        await client.close()


async def quiesce(sidecar: NatsSidecar, processed: int, timeout: float = 10.0) -> None:
    """Wait until the sidecar has decided ``processed`` messages in total."""
    async with asyncio.timeout(timeout):
        while sum(sidecar.counts.values()) < processed:
            await asyncio.sleep(0.005)  # polls the sidecar's own counter; the bus has no event for "decided"
