"""Bypass attempts on a real nats-server: the generated lockdown, a guard running as the ``guard``
user, a hijacked researcher that knows every subject name, and victims that record what arrives.

Also: flooding, huge messages, bad UTF-8 and header floods at the sidecar; forged trace headers;
replaying a release; and a search of everything the guard emitted for its own password.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import msgspec
import pytest
from nats.aio.client import Client

from agentmesh_guard.envelope import encode
from agentmesh_guard.guard import Guard
from agentmesh_guard.testing.nats_server import NatsServer
from agentmesh_guard.tracing import Telemetry
from agentmesh_guard.transports import subjects
from agentmesh_guard.transports.nats import MeshClient, NatsSidecar, SidecarOptions
from agentmesh_guard.transports.nats_lockdown import Credentials, read_credentials, write_lockdown
from agentmesh_guard.transports.nats_stores import audit_lines
from tests.integration.nats_support import Inbox, quiesce
from tests.integration.process_support import kv_values, stream_messages, until
from tests.security.security_support import POISON
from tests.support import mesh, msg

pytestmark = pytest.mark.nats

WAIT_S = 10.0


@dataclass
class Bus:
    server: NatsServer
    creds: Credentials
    guard: NatsSidecar
    telemetry: Telemetry

    def client(self, name: str, *, tool: bool = False) -> MeshClient:
        cred = self.creds.tool(name) if tool else self.creds.agent(name)
        return MeshClient(
            name,
            url=self.server.url,
            user=cred.user,
            password=cred.password,
            inbox_prefix=cred.inbox_prefix,
            tool=tool,
        )


@pytest.fixture
async def bus(tmp_path: Path, nats_server_factory: Callable[..., NatsServer]) -> AsyncIterator[Bus]:
    """The lockdown server, and a sidecar with the real detectors and in-memory telemetry."""
    files = write_lockdown(mesh(), tmp_path / "nats", store_dir=None, port=-1)
    server, creds = nats_server_factory(files.config), read_credentials(files.credentials)
    telemetry = Telemetry.in_memory()
    options = SidecarOptions(
        url=server.url, name="guard-sec", user=creds.guard.user, password=creds.guard.password, lockdown=True
    )
    sidecar = NatsSidecar(Guard.from_config(mesh()), options, telemetry=telemetry)
    await sidecar.start()
    try:
        yield Bus(server, creds, sidecar, telemetry)
    finally:
        await sidecar.stop()
        telemetry.shutdown()


@pytest.fixture
async def victims(bus: Bus) -> AsyncIterator[dict[str, Inbox]]:
    """Recording inboxes for the coder and the planner, and for the privileged deploy tool."""
    inboxes: dict[str, Inbox] = {}
    clients = []
    for name, tool in (("coder", False), ("planner", False), ("deploy", True)):
        client = bus.client(name, tool=tool)
        await client.connect()
        inboxes[name] = Inbox(name)
        await client.listen(inboxes[name].on_message)
        clients.append(client)
    yield inboxes
    for client in clients:
        await client.close()


@pytest.fixture
async def attacker(bus: Bus) -> AsyncIterator[MeshClient]:
    """The hijacked researcher, connected with its own (legitimate) credentials."""
    client = bus.client("researcher")
    await client.connect()
    yield client
    await client.close()


def _contents(inbox: Inbox) -> list[str]:
    return [getattr(e, "content", repr(getattr(e, "arguments", ""))) for e in inbox.received]


async def test_publishing_around_the_guard_reaches_no_one(
    bus: Bus, victims: dict[str, Inbox], attacker: MeshClient
) -> None:
    """The researcher publishes the poison straight into the coder's inbox, on the planner's
    out-subject (posing as the planner), straight to the deploy tool, as a fake web_fetch result,
    into the grants bucket (a forged release) and at the quarantine's JetStream API. Then it sends a
    harmless sentinel the proper way. The coder receives exactly the sentinel, the deploy tool and
    the planner nothing, the server reports every forbidden publish, and the guard decided exactly
    one message."""
    assert attacker.nc is not None
    poison = msg(sender="researcher", content=POISON)
    forbidden = [
        subjects.agent_in("coder"),
        subjects.agent_out("planner"),
        subjects.tool_in("deploy"),
        subjects.tool_out("web_fetch"),
        f"$KV.{subjects.KV_GRANTS}.forged",
        f"$JS.API.STREAM.PURGE.KV_{subjects.KV_QUARANTINE}",
    ]
    for subject in forbidden:
        await attacker.nc.publish(subject, encode(poison))
    await until(lambda: len(attacker.violations) >= len(forbidden), WAIT_S, "a violation per forbidden publish")

    await attacker.send(msg(sender="researcher", content="sentinel: tests pass"))
    await victims["coder"].wait_for(1)
    await quiesce(bus.guard, 1)
    assert _contents(victims["coder"]) == ["sentinel: tests pass"]
    assert victims["deploy"].received == [] and victims["planner"].received == []
    assert sum(bus.guard.counts.values()) == 1
    assert all("permissions violation" in v for v in attacker.violations)


async def test_huge_bad_utf8_and_header_flood_messages_never_stall_the_guard(
    bus: Bus, victims: dict[str, Inbox], attacker: MeshClient
) -> None:
    """Regression for two stalls found by this suite: a ~900 KB message (over the guard's 64 KiB
    limit, under NATS's 1 MiB) made the held record too big for the KV bucket, and invalid UTF-8 in
    the envelope's tag raised out of ``Guard.check``; either one wedged the sidecar's intake.
    Now each is rejected and recorded, a message with 500 headers is decided normally, and the
    sentinel sent after all of them is delivered."""
    huge = encode(msg(sender="researcher", content="A" * 900_000))
    bad_utf8 = b'{"kind":"mess\xdcage","id":"x","sender":"researcher","recipient":"coder","conversation_id":"c"}'
    flood_headers = {f"X-Flood-{i}": "v" * 40 for i in range(500)}
    await attacker.send(msg(sender="researcher", content="headers galore"), headers=flood_headers)
    assert attacker.nc is not None
    js = attacker.nc.jetstream()
    await js.publish(subjects.agent_out("researcher"), huge)
    await js.publish(subjects.agent_out("researcher"), bad_utf8)
    await attacker.send(msg(sender="researcher", content="sentinel after the junk"))

    await victims["coder"].wait_for(2)
    await quiesce(bus.guard, 4)
    assert _contents(victims["coder"]) == ["headers galore", "sentinel after the junk"]
    assert bus.guard.errors == 0
    assert bus.guard.quarantine is not None
    held = await bus.guard.quarantine.list()
    reasons = sorted(r.reasons[0] for r in held)
    assert reasons == ["decode.malformed", "decode.too_large"]
    too_large = next(r for r in held if r.reasons == ("decode.too_large",))
    assert too_large.raw_size == len(huge) and len(too_large.raw) == bus.guard.guard.mesh.limits.max_message_bytes


async def test_a_flood_is_decided_and_recorded_in_full(
    bus: Bus, victims: dict[str, Inbox], attacker: MeshClient
) -> None:
    """300 poisoned messages and 100 garbage ones as fast as the attacker can publish, then one
    sentinel: the guard decides all 401, every flood message has a record in the quarantine bucket,
    and the coder receives only the sentinel."""
    assert attacker.nc is not None
    js = attacker.nc.jetstream()
    for i in range(300):
        await js.publish(
            subjects.agent_out("researcher"),
            encode(msg(sender="researcher", content=f"{POISON} #{i}", conversation_id=f"fl-{i}")),
        )
    for i in range(100):
        await js.publish(subjects.agent_out("researcher"), b"\x00garbage %d" % i)
    await attacker.send(msg(sender="researcher", content="sentinel", conversation_id="fl-end"))
    await victims["coder"].wait_for(1, timeout=60)
    await quiesce(bus.guard, 401, timeout=60)
    assert _contents(victims["coder"]) == ["sentinel"]
    assert bus.guard.counts["quarantine"] == 300 and bus.guard.counts["reject"] == 100
    assert bus.guard.js is not None
    assert len(await kv_values(bus.guard.js, subjects.KV_QUARANTINE)) == 400


FORGED_TRACEPARENTS = (
    "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00",  # sampled=0
    "00-zzzz-not-a-trace-id-01",  # malformed
    "00-00000000000000000000000000000000-0000000000000000-01",  # all-zero (invalid) ids
)


async def test_a_forged_trace_header_does_not_hide_the_hop(
    bus: Bus, victims: dict[str, Inbox], attacker: MeshClient
) -> None:
    """The poison sent with an unsampled, a malformed and an all-zero traceparent is quarantined
    each time; each has a quarantine record and an audit record naming the same valid, non-zero
    trace id, and a recorded guard span with that trace id; nothing reaches the coder."""
    sent = {}
    for i, traceparent in enumerate(FORGED_TRACEPARENTS):
        poison = msg(sender="researcher", content=POISON, conversation_id=f"tr-{i}")
        sent[poison.id] = traceparent
        await attacker.send(poison, headers={"traceparent": traceparent})
    await quiesce(bus.guard, len(sent))
    assert bus.guard.quarantine is not None and bus.guard.js is not None
    records = await bus.guard.quarantine.list()
    assert sorted(r.message_id for r in records) == sorted(sent)
    audit = [msgspec.json.decode(line) async for _, line in audit_lines(bus.guard.js)]
    audited = {a["message_id"]: a["trace_id"] for a in audit if a.get("event") == "decision"}
    spans = bus.telemetry.finished_spans()
    for record in records:
        assert record.disposition == "quarantine"
        assert len(record.trace_id) == 32 and record.trace_id != "0" * 32
        assert audited[record.message_id] == record.trace_id
        hops = [s for s in spans if format(s.context.trace_id, "032x") == record.trace_id]
        assert [s.attributes.get("agentmesh.verdict") for s in hops] == ["quarantine"]
    assert victims["coder"].received == []


async def test_a_released_message_is_delivered_once_and_its_replay_is_quarantined(
    bus: Bus, victims: dict[str, Inbox], attacker: MeshClient
) -> None:
    """An operator releases the quarantined poison over NATS: the coder gets it once. The attacker
    re-publishes the same bytes: quarantined again; the coder still holds one copy."""
    raw = encode(msg(sender="researcher", content=POISON, conversation_id="rp"))
    assert attacker.nc is not None
    await attacker.nc.jetstream().publish(subjects.agent_out("researcher"), raw)
    await quiesce(bus.guard, 1)
    assert bus.guard.quarantine is not None
    (record,) = await bus.guard.quarantine.list()
    await bus.guard.act("release", record.id, actor="alice@ops")
    await victims["coder"].wait_for(1)

    await attacker.nc.jetstream().publish(subjects.agent_out("researcher"), raw)
    await quiesce(bus.guard, 3)
    assert _contents(victims["coder"]) == [POISON]
    assert bus.guard.counts["quarantine"] == 2 and bus.guard.counts["deliver"] == 1


async def test_the_guards_password_appears_nowhere_the_guard_writes(
    bus: Bus, victims: dict[str, Inbox], attacker: MeshClient, caplog: pytest.LogCaptureFixture
) -> None:
    """After a run with deliveries, a quarantine, a reject, a failed connection attempt and an
    error reported by the server, the guard's password is in none of: log records, spans (names,
    attributes, events), the audit stream, the quarantine bucket, the delivered messages, the
    sidecar's health/last_error, or the error a wrong-password connection gets."""
    caplog.set_level(logging.DEBUG)
    secret = bus.creds.guard.password
    await attacker.send(msg(sender="researcher", content="hello coder"))
    await attacker.send(msg(sender="researcher", content=POISON, conversation_id="pw"))
    assert attacker.nc is not None
    await attacker.nc.jetstream().publish(subjects.agent_out("researcher"), b"not json")
    await victims["coder"].wait_for(1)
    await quiesce(bus.guard, 3)

    intruder = Client()
    try:
        with pytest.raises(Exception) as refused:  # noqa: PT011 - any refusal will do; its text is what matters
            await intruder.connect(bus.server.url, user="guard", password=secret[:-1] + "x", allow_reconnect=False)
    finally:
        await intruder.close()
    assert bus.guard.js is not None
    emitted = [
        *(r.getMessage() for r in caplog.records),
        *(repr(s.to_json()) for s in bus.telemetry.finished_spans()),
        *(m.data.decode(errors="replace") for m in await stream_messages(bus.guard.js, subjects.STREAM_AUDIT)),
        *(v.decode(errors="replace") for v in (await kv_values(bus.guard.js, subjects.KV_QUARANTINE)).values()),
        *(repr(e) for e in victims["coder"].received),
        *(repr(h) for h in victims["coder"].headers),
        repr(bus.guard.health()),
        bus.guard.last_error,
        str(refused.value),
        "\n".join(bus.server.log),
    ]
    assert len(emitted) > 10
    assert [text for text in emitted if secret in text] == []
