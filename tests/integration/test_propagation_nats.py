"""The propagation test on a real nats-server: agents and tools are NATS clients, the guard is the sidecar.

Counts the same things as tests/test_propagation.py and must agree with the in-process runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from agentmesh_guard.propagation import run_inprocess, run_nats
from agentmesh_guard.testing.nats_server import NatsServer

pytestmark = pytest.mark.nats

N = 8


async def test_unguarded_relay_spreads_the_instruction_to_every_agent(nats_server: NatsServer) -> None:
    """The baseline over NATS: a relay that forwards everything unchecked lets the whole team be infected."""
    run = await run_nats("star-leaf", "undetected", url=nats_server.url, agents=N, guarded=False)
    assert run.infected == [f"agent{i}" for i in range(1, N)]
    assert run.max_distance == 2
    assert run.harmful_executed == run.harmful_attempted == 3 * N
    assert run.benign_completed == run.benign_expected == N
    assert run.lost == 0


async def test_sidecar_contains_a_detected_instruction_at_the_first_agent(nats_server: NatsServer) -> None:
    """Chain, verbatim forward, through the sidecar (JetStream): nobody beyond agent 0 reached, no harmful
    call executed, all benign work done, every message delivered or kept with a record."""
    run = await run_nats("chain", "verbatim", url=nats_server.url, agents=N)
    assert not run.document_reached_first
    assert run.infected == []
    assert run.harmful_executed == 0 and run.harmful_stopped == run.harmful_attempted == 3
    assert run.benign_completed == run.benign_expected == N
    assert run.lost == 0 and run.sent > 0
    same = await run_inprocess("chain", "verbatim", agents=N)
    _assert_same_outcome(run, same)


async def test_sidecar_stops_an_undetected_instruction_at_the_first_agent(nats_server: NatsServer) -> None:
    """Star with agent 0 at a leaf, an instruction no detector flags: the e-mail reaches agent 0, but the
    account it names was learned as an untrusted-origin destination of the conversation, so agent 0's
    forward is held at the hub (as in process), its harmful calls are held, benign work completes."""
    run = await run_nats("star-leaf", "undetected", url=nats_server.url, agents=N)
    same = await run_inprocess("star-leaf", "undetected", agents=N)
    assert run.document_reached_first
    assert run.infected == same.infected == []
    assert run.harmful_executed == 0
    assert run.harmful_stopped == run.harmful_attempted == 3
    assert run.stopped_by.get("hold-untrusted-payment-destination", 0) == 1  # agent 0's one neighbour
    assert run.benign_completed == run.benign_expected == N
    assert run.lost == 0
    _assert_same_outcome(run, same)


def _assert_same_outcome(run: Any, same: Any) -> None:
    """The run through the sidecar and the one in process sent, decided and stopped the same."""
    counts = ("sent", "delivered", "quarantined", "held", "rejected")
    assert [getattr(run, c) for c in counts] == [getattr(same, c) for c in counts]
    assert run.stopped_by == same.stopped_by
