"""A redelivered message is counted once by the shared budgets, on a real nats-server.

A batch whose governance counters were written but whose audit record was not (the audit stream
is gone) is negatively acknowledged and redelivered; the redelivery must be decided as the first
delivery was, not counted again (and so not rejected for its own earlier count), whichever guard
decides it.
"""

from __future__ import annotations

import msgspec
import nats
import pytest

from agentmesh_guard.envelope import Message
from agentmesh_guard.testing.nats_server import NatsServer
from agentmesh_guard.transports import subjects
from agentmesh_guard.transports.nats_stores import ensure_jetstream
from tests.integration.nats_support import agent, quiesce, running_sidecar
from tests.integration.process_support import kv_values, until
from tests.integration.test_governance_shared import governed_agents
from tests.support import msg

pytestmark = pytest.mark.nats


async def _message_counters(js: nats.js.JetStreamContext) -> dict[str, list[object]]:
    values = await kv_values(js, subjects.KV_GOVERNANCE)
    return {k: msgspec.json.decode(v) for k, v in values.items() if k.startswith("c.rate.planner.messages.")}


async def test_a_message_redelivered_after_its_budget_was_counted_is_not_counted_again(
    nats_server: NatsServer,
) -> None:
    """Budget: 3 messages per conversation. Two are delivered by guard A. The third is decided by A
    (its counter written: 3) while the audit stream is gone, so its batch fails and is redelivered,
    again and again. A stops; the stream is restored; guard B decides the redelivery: it is
    delivered (was: rejected by profile-planner-rate-messages, its own first count making it the
    4th), the shared counter says 3 (was: one more per decision), and a 4th message is rejected."""
    url, agents = nats_server.url, governed_agents()
    nc = await nats.connect(url)
    js = nc.jetstream()
    texts = [f"task {i}" for i in range(4)]
    try:
        async with (
            agent(url, "planner", listen=False) as (planner, _),
            agent(url, "coder") as (_, coder),
        ):
            async with running_sidecar(url, name="ga", agents=agents) as guard_a:
                for text in texts[:2]:
                    await planner.send(msg(content=text, conversation_id="budget"))
                await coder.wait_for(2)
                await js.delete_stream(subjects.STREAM_AUDIT)
                await planner.send(msg(content=texts[2], conversation_id="budget"))
                # decided, failed, redelivered, decided again, failed again
                await until(lambda: guard_a.errors >= 2, what="two failed attempts")
                counters = await _message_counters(js)
                assert [c[0] for c in counters.values()] == [3]  # counted once, by the first attempt
            await ensure_jetstream(js, guard_a.guard.mesh)  # the operator restores the audit stream
            async with running_sidecar(url, name="gb", agents=agents) as guard_b:
                await coder.wait_for(3)
                await quiesce(guard_b, 1)
                assert {k: v for k, v in guard_b.counts.items() if v} == {"deliver": 1}
                await planner.send(msg(content=texts[3], conversation_id="budget"))
                await quiesce(guard_b, 2)
                assert {k: v for k, v in guard_b.counts.items() if v} == {"deliver": 1, "reject": 1}
            counters = await _message_counters(js)
    finally:
        await nc.close()
    assert [e.content for e in coder.received if isinstance(e, Message)] == texts[:3]
    assert [c[0] for c in counters.values()] == [3]
