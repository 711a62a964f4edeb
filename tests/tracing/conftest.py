"""Fixtures for the tracing tests: in-memory telemetry, a clean OTEL_* environment, verdicts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from tracing_support import VerdictFactory

from agentmesh_guard.envelope import Message, ToolCall, ToolResult
from agentmesh_guard.tracing import Telemetry
from agentmesh_guard.verdict import Action, Finding, Reason, Verdict


@pytest.fixture(autouse=True)
def clean_otel_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No OTEL_* variable from the developer's shell leaks into a test."""
    for key in list(os.environ):
        if key.startswith("OTEL_"):
            monkeypatch.delenv(key)


@pytest.fixture
def telemetry() -> Iterator[Telemetry]:
    t = Telemetry.in_memory(service_name="agentmesh-guard")
    yield t
    t.shutdown()


@pytest.fixture
def make_verdict() -> VerdictFactory:
    """``make_verdict(action, kind="message", sender=..., recipient=..., findings=...)``."""

    def make(
        action: Action = Action.DELIVER,
        *,
        kind: str = "message",
        sender: str = "alice",
        recipient: str = "bob",
        findings: tuple[Finding, ...] = (),
        policy_ids: tuple[str, ...] = ("permit-team",),
        labels: tuple[str, ...] = (),
        reasons: tuple[Reason, ...] = (),
        **extra: Any,
    ) -> Verdict:
        common: dict[str, Any] = {
            "id": f"m-{sender}-{recipient}",
            "sender": sender,
            "recipient": recipient,
            "conversation_id": "conv-1",
            "labels": labels,
        }
        envelope: Message | ToolCall | ToolResult
        if kind == "tool_call":
            envelope = ToolCall(arguments={"q": "weather"}, **common)
        elif kind == "tool_result":
            envelope = ToolResult(call_id="call-1", result="sunny", **common)
        else:
            envelope = Message(content="hello", **common)
        return Verdict(
            action=action,
            envelope=envelope,
            sender=sender,
            findings=findings,
            policy_ids=policy_ids,
            labels=labels,
            reasons=reasons,
            raw=b'{"kind":"message"}',
            **extra,
        )

    return make
