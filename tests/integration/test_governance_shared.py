"""Budgets and circuit breakers are shared by every guard through JetStream KV."""

from __future__ import annotations

import asyncio
import json

import pytest
from click.testing import CliRunner, Result

from agentmesh_guard.cli import main
from agentmesh_guard.config import AgentConfig
from agentmesh_guard.governance.profile import AgentProfile
from agentmesh_guard.testing.nats_server import NatsServer
from agentmesh_guard.transports.nats_stores import audit_lines
from tests.integration.nats_support import agent, quiesce, running_sidecar
from tests.support import call, mesh, msg

pytestmark = pytest.mark.nats


def governed_agents() -> dict[str, AgentConfig]:
    base = mesh()
    profile = AgentProfile.model_validate(
        {"rate_limits": {"window": "session", "messages": 3}, "breaker": {"violations": 2, "window_s": 600}}
    )
    planner = AgentConfig.model_validate({**base.agents["planner"].model_dump(), "profile": profile})
    return {**base.agents, "planner": planner}


async def cli(*args: str) -> Result:
    return await asyncio.to_thread(CliRunner().invoke, main, list(args), catch_exceptions=False)


def _actions(sidecar_counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in sidecar_counts.items() if v}


async def test_budget_and_breaker_span_guard_processes(nats_server: NatsServer) -> None:
    """A message budget used up partly under guard A is enforced by guard B; a breaker tripped under B isolates
    the agent under A; `breaker reset --nats` (audited) reinstates it for every guard."""
    url, agents = nats_server.url, governed_agents()
    async with agent(url, "planner", listen=False) as (planner, _):
        async with running_sidecar(url, name="ga", agents=agents) as guard_a:
            for i in range(2):
                await planner.send(msg(content=f"task {i}", conversation_id="budget"))
            await quiesce(guard_a, 2)
            assert _actions(guard_a.counts) == {"deliver": 2}
        async with running_sidecar(url, name="gb", agents=agents) as guard_b:
            for i in range(2, 4):
                await planner.send(msg(content=f"task {i}", conversation_id="budget"))
            await quiesce(guard_b, 2)
            assert _actions(guard_b.counts) == {"deliver": 1, "reject": 1}  # 3 per conversation, mesh-wide
            for i in range(2):  # the planner has no tools: violations
                await planner.send(
                    call(
                        sender="planner",
                        tool="deploy",
                        conversation_id=f"v{i}",
                        arguments={"service": "api", "environment": "staging"},
                    )
                )
            await quiesce(guard_b, 4)
        async with running_sidecar(url, name="ga", agents=agents) as guard_a:
            status = await cli("breaker", "status", "--nats", url)
            assert "planner: isolated" in status.output
            await planner.send(msg(content="after the trip", conversation_id="fresh"))
            await quiesce(guard_a, 1)
            assert _actions(guard_a.counts) == {"hold": 1}
            reset = await cli("breaker", "reset", "planner", "--nats", url, "--actor", "alice", "--note", "checked")
            assert reset.exit_code == 0, reset.output
            await planner.send(msg(content="reinstated", conversation_id="fresh2"))
            await quiesce(guard_a, 2)
            assert _actions(guard_a.counts) == {"hold": 1, "deliver": 1}
            assert guard_a.js is not None
            events = [json.loads(line) for _, line in [x async for x in audit_lines(guard_a.js)]]
    assert [e["event"] for e in events].count("breaker_open") == 1
    [reset_record] = [e for e in events if e["event"] == "breaker_reset"]
    assert reset_record["actor"] == "alice" and reset_record["sender"] == "planner"
