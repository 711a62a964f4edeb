"""The in-process transport: a first-class bus for agents in one Python process.

Agents and tools register a handler under their mesh name. ``send`` runs the
message through ``guard.check``, applies the verdict with the ``Enforcer``
(quarantine, audit, exposure) and only then calls the recipient's handler with
the envelope as delivered: its labels replaced by the guard's effective labels,
so taint travels with the content.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import TypeAlias

import msgspec

from agentmesh_guard.effects import Enforcer, Outcome
from agentmesh_guard.envelope import Envelope
from agentmesh_guard.errors import TransportError
from agentmesh_guard.verdict import Action

__all__ = ["Handler", "InProcessBus"]

Handler: TypeAlias = Callable[[Envelope], Awaitable[None] | None]


class InProcessBus:
    def __init__(self, enforcer: Enforcer) -> None:
        self.enforcer = enforcer
        self.guard = enforcer.guard
        self._handlers: dict[str, Handler] = {}
        self.outcomes: list[Outcome] = []
        self.keep_outcomes = True

    def register(self, name: str, handler: Handler) -> None:
        if name not in self.guard.mesh.agents and name not in self.guard.mesh.tools:
            raise TransportError(f"{name!r} is not an agent or tool of mesh {self.guard.mesh.name!r}")
        self._handlers[name] = handler

    async def send(self, message: Envelope | bytes, *, as_sender: str) -> Outcome:
        """Send on behalf of ``as_sender`` (the identity this bus authenticated)."""
        verdict = self.guard.check(message, sender_from_transport=as_sender)
        outcome = self.enforcer.apply(verdict)
        if self.keep_outcomes:
            self.outcomes.append(outcome)
        if verdict.action is Action.DELIVER and verdict.envelope is not None:
            delivered = msgspec.structs.replace(verdict.envelope, labels=verdict.labels)
            handler = self._handlers.get(delivered.recipient)
            if handler is not None:
                result = handler(delivered)
                if inspect.isawaitable(result):
                    await result
        return outcome

    async def release(self, record_id: str, *, actor: str, forget: bool = False) -> Outcome:
        """Release a quarantined message and re-inject it through the guard (``forget``: it was harmless, so
        memory forgets what it taught; see ``Enforcer.release``)."""
        record = self.enforcer.store.get(record_id)
        raw = self.enforcer.release(record_id, actor=actor, forget=forget)
        return await self.send(raw, as_sender=record.sender if record else "")

    async def approve(self, record_id: str, *, actor: str) -> Outcome:
        record = self.enforcer.store.get(record_id)
        raw = self.enforcer.approve(record_id, actor=actor)
        return await self.send(raw, as_sender=record.sender if record else "")
