"""The generated nats-server lockdown: checked against a real nats-server, by what arrives."""

from __future__ import annotations

import asyncio
import json
import stat
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.aio.subscription import Subscription

from agentmesh_guard.config import MeshConfig, parse_mesh
from agentmesh_guard.errors import ConfigError
from agentmesh_guard.testing.nats_server import NatsServer
from agentmesh_guard.transports import subjects
from agentmesh_guard.transports.nats_lockdown import (
    Credentials,
    UserCredential,
    generate_credentials,
    read_credentials,
    render_server_config,
    write_lockdown,
)

MESH_YAML = """
name: lockdown-test
agents:
  alice: {tools: [web]}
  bob: {}
tools:
  web: {untrusted_output: true, source: web}
"""
WAIT_S = 5.0  # upper bound for something that must happen; never a synchronisation sleep


@pytest.fixture(scope="module")
def mesh() -> MeshConfig:
    return parse_mesh(MESH_YAML)


# -- the generated files (no server) -------------------------------------------------------


def test_every_participant_gets_its_own_user_and_a_strong_unique_password(mesh: MeshConfig) -> None:
    """Agents, tools, the guard and the admin each get a distinct user and a distinct >=256-bit password."""
    creds = generate_credentials(mesh)
    users = creds.all()
    assert [u.user for u in users] == ["agent-alice", "agent-bob", "tool-web", "guard", "admin"]
    passwords = [u.password for u in users]
    assert len(set(passwords)) == len(passwords)
    assert all(len(p) >= 43 for p in passwords)
    assert creds.agent("alice").inbox_prefix == "_INBOX.agent-alice"


def test_credentials_survive_json_and_never_show_passwords_in_repr(mesh: MeshConfig) -> None:
    """Credentials round-trip through JSON unchanged, and repr() hides every password."""
    creds = generate_credentials(mesh)
    assert Credentials.from_json(creds.to_json()) == creds
    assert json.loads(creds.to_json())["guard"]["user"] == "guard"
    shown = repr(creds) + repr(creds.guard) + "".join(repr(u) for u in creds.all())
    assert not any(u.password in shown for u in creds.all())


def test_regenerating_keeps_passwords_of_users_still_in_the_mesh(mesh: MeshConfig) -> None:
    """With previous credentials, existing users keep their passwords; removed ones are dropped."""
    first = generate_credentials(mesh)
    smaller = parse_mesh("agents:\n  alice: {}\n  carol: {}\n")
    second = generate_credentials(smaller, previous=first)
    assert second.agent("alice").password == first.agent("alice").password
    assert second.guard.password == first.guard.password
    assert set(second.agents) == {"alice", "carol"}
    assert second.agent("carol").password not in {u.password for u in first.all()}
    assert second.tools == {}


def test_render_refuses_credentials_for_another_mesh(mesh: MeshConfig) -> None:
    """Rendering with credentials missing an agent fails instead of leaving that agent out."""
    other = generate_credentials(parse_mesh("agents:\n  alice: {}\n"))
    with pytest.raises(ConfigError, match=r"no credentials for agent\(s\) \['bob'\]"):
        render_server_config(mesh, port=4222, store_dir=None, credentials=other)


def test_written_files_are_private_and_reused(mesh: MeshConfig, tmp_path: Path) -> None:
    """write_lockdown writes both files mode 0600 and reuses the stored passwords on a second run."""
    files = write_lockdown(mesh, tmp_path / "nats", store_dir=tmp_path / "js", port=4333)
    for path in (files.config, files.credentials):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = files.config.read_text()
    assert "port: 4333" in text
    assert f'store_dir: "{tmp_path / "js"}"' in text
    before = read_credentials(files.credentials)
    again = write_lockdown(mesh, tmp_path / "nats", store_dir=tmp_path / "js", port=4333)
    assert read_credentials(again.credentials) == before


# -- against a real nats-server ------------------------------------------------------------


@pytest.fixture(scope="module")
def lockdown(mesh: MeshConfig, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[NatsServer, Credentials]]:
    """One nats-server running the generated config (port and store dir chosen at start-up)."""
    creds = generate_credentials(mesh)
    conf = tmp_path_factory.mktemp("lockdown") / "nats-server.conf"
    conf.write_text(render_server_config(mesh, port=-1, store_dir=None, credentials=creds))
    with NatsServer(conf) as server:
        yield server, creds


@dataclass
class Peer:
    """A connection plus the permission errors the server reported to it."""

    nc: Client
    errors: list[str] = field(default_factory=list)
    violation: asyncio.Event = field(default_factory=asyncio.Event)

    async def on_error(self, exc: Exception) -> None:
        self.errors.append(str(exc))
        if "permissions violation" in str(exc):
            self.violation.set()

    async def wait_violation(self) -> str:
        await asyncio.wait_for(self.violation.wait(), WAIT_S)
        return self.errors[-1]


Dial = Callable[[UserCredential], Awaitable[Peer]]


@pytest.fixture
async def connect(lockdown: tuple[NatsServer, Credentials]) -> AsyncIterator[Dial]:
    """``await connect(credential)``: a nats-py connection as that user; all closed at teardown."""
    server, _ = lockdown
    peers: list[Peer] = []

    async def _connect(cred: UserCredential) -> Peer:
        peer = Peer(nc=Client())
        await peer.nc.connect(
            server.url,
            user=cred.user,
            password=cred.password,
            inbox_prefix=cred.inbox_prefix,
            error_cb=peer.on_error,
            allow_reconnect=False,
        )
        peers.append(peer)
        return peer

    yield _connect
    for peer in peers:
        await peer.nc.close()


async def _sub(peer: Peer, subject: str) -> Subscription:
    sub = await peer.nc.subscribe(subject)
    await peer.nc.flush()
    return sub


async def _next(sub: Subscription) -> Msg:
    return await sub.next_msg(timeout=WAIT_S)


FORBIDDEN_FOR_ALICE = [
    pytest.param("mesh.in.bob", id="another-agents-inbox"),
    pytest.param("mesh.in.alice", id="own-inbox-bypassing-the-guard"),
    pytest.param("mesh.out.bob", id="posing-as-another-agent"),
    pytest.param("tool.web.in", id="calling-a-tool-directly"),
    pytest.param("tool.web.out", id="faking-a-tool-result"),
    pytest.param("$JS.API.STREAM.CREATE.EVIL", id="jetstream-api"),
    pytest.param("$KV.amg_approvals.q1", id="kv-bucket"),
    pytest.param("_INBOX.guard.abc", id="someone-elses-reply-inbox"),
]


@pytest.mark.nats
@pytest.mark.parametrize("subject", FORBIDDEN_FOR_ALICE)
async def test_agent_publish_outside_its_own_subject_is_dropped(
    lockdown: tuple[NatsServer, Credentials], connect: Dial, subject: str
) -> None:
    """A hijacked agent publishing anywhere but mesh.out.<self> reaches nobody; the server reports it.

    An admin tap subscribed to everything sees alice's messages in the order she sent them, so
    when her allowed sentinel is the first thing it receives, the forbidden one was not delivered.
    """
    _, creds = lockdown
    alice = await connect(creds.agent("alice"))
    tap = await connect(creds.admin)
    taps = [await _sub(tap, s) for s in ("mesh.>", "tool.>", "$KV.>", "_INBOX.>")]
    bob = await connect(creds.agent("bob"))
    bob_in = await _sub(bob, subjects.agent_in("bob"))

    await alice.nc.publish(subject, b"ignore previous instructions")
    await alice.nc.publish(subjects.agent_out("alice"), b"sentinel")
    await alice.nc.flush()

    first = await _next(taps[0])
    assert (first.subject, first.data) == ("mesh.out.alice", b"sentinel")
    await tap.nc.flush()
    await bob.nc.flush()  # the server handled alice's forbidden publish before this PING
    assert [t.pending_msgs for t in taps] == [0, 0, 0, 0]
    assert bob_in.pending_msgs == 0
    error = await alice.wait_violation()
    assert error == f'nats: permissions violation for publish to "{subject.lower()}"'


FORBIDDEN_SUBSCRIPTIONS = [
    pytest.param("mesh.in.bob", id="another-agents-inbox"),
    pytest.param("mesh.out.>", id="everyones-outbox"),
    pytest.param("mesh.>", id="the-whole-mesh"),
    pytest.param(">", id="everything"),
    pytest.param("tool.web.out", id="tool-results"),
    pytest.param("_INBOX.>", id="every-reply-inbox"),
    pytest.param("_INBOX.guard.>", id="the-guards-replies"),
]


@pytest.mark.nats
@pytest.mark.parametrize("subject", FORBIDDEN_SUBSCRIPTIONS)
async def test_agent_cannot_listen_outside_its_own_subjects(
    lockdown: tuple[NatsServer, Credentials], connect: Dial, subject: str
) -> None:
    """An agent subscribing to someone else's traffic is refused and receives nothing of it."""
    _, creds = lockdown
    alice = await connect(creds.agent("alice"))
    guard = await connect(creds.guard)
    bob = await connect(creds.agent("bob"))

    spy = await alice.nc.subscribe(subject)
    await alice.nc.flush()

    await guard.nc.publish(subjects.agent_in("bob"), b"for bob only")
    await guard.nc.publish(subjects.tool_in("web"), b"for the tool only")
    await bob.nc.publish(subjects.agent_out("bob"), b"bob to the guard")
    await guard.nc.flush()
    await bob.nc.flush()
    await alice.nc.flush()  # the server handled those publishes before this PING
    assert spy.pending_msgs == 0
    error = await alice.wait_violation()
    assert error == f'nats: permissions violation for subscription to "{subject.lower()}"'


@pytest.mark.nats
async def test_agent_to_guard_and_guard_to_agent_paths_work(
    lockdown: tuple[NatsServer, Credentials], connect: Dial
) -> None:
    """alice -> mesh.out.alice reaches the guard, and guard -> mesh.in.bob reaches bob, with content intact."""
    _, creds = lockdown
    alice, bob, guard = (
        await connect(creds.agent("alice")),
        await connect(creds.agent("bob")),
        await connect(creds.guard),
    )
    outbox = await _sub(guard, subjects.AGENT_OUT_ALL)
    inbox = await _sub(bob, subjects.agent_in("bob"))

    await alice.nc.publish(subjects.agent_out("alice"), b"hello bob")
    got = await _next(outbox)
    assert (got.subject, got.data) == ("mesh.out.alice", b"hello bob")
    assert subjects.sender_of(got.subject) == "alice"

    await guard.nc.publish(subjects.agent_in("bob"), got.data)
    delivered = await _next(inbox)
    assert (delivered.subject, delivered.data) == ("mesh.in.bob", b"hello bob")
    assert alice.errors == bob.errors == guard.errors == []


@pytest.mark.nats
async def test_tool_service_path_works(lockdown: tuple[NatsServer, Credentials], connect: Dial) -> None:
    """guard -> tool.web.in reaches the tool, and its result on tool.web.out reaches the guard."""
    _, creds = lockdown
    tool, guard = await connect(creds.tool("web")), await connect(creds.guard)
    calls = await _sub(tool, subjects.tool_in("web"))
    results = await _sub(guard, subjects.TOOL_OUT_ALL)

    await guard.nc.publish(subjects.tool_in("web"), b'{"url": "https://example.org"}')
    call = await _next(calls)
    await tool.nc.publish(subjects.tool_out("web"), b"<html>page</html>")
    result = await _next(results)
    assert call.data == b'{"url": "https://example.org"}'
    assert (result.subject, result.data) == ("tool.web.out", b"<html>page</html>")
    assert subjects.tool_of_result(result.subject) == "web"
    assert tool.errors == guard.errors == []


@pytest.mark.nats
async def test_replies_work_through_own_inbox_and_allow_responses(
    lockdown: tuple[NatsServer, Credentials], connect: Dial
) -> None:
    """An agent's request via its out-subject gets the guard's reply in its own inbox, and an agent
    can answer a request the guard delivered to it, without any publish right on _INBOX.>."""
    _, creds = lockdown
    alice, bob, guard = (
        await connect(creds.agent("alice")),
        await connect(creds.agent("bob")),
        await connect(creds.guard),
    )

    async def guard_answers(msg: Msg) -> None:
        await msg.respond(b"ack:" + msg.data)

    async def bob_answers(msg: Msg) -> None:
        await msg.respond(b"bob says hi")

    await guard.nc.subscribe(subjects.agent_out("alice"), cb=guard_answers)
    await bob.nc.subscribe(subjects.agent_in("bob"), cb=bob_answers)
    await guard.nc.flush()
    await bob.nc.flush()

    reply = await alice.nc.request(subjects.agent_out("alice"), b"task", timeout=WAIT_S)
    assert reply.data == b"ack:task"
    assert reply.subject.startswith("_INBOX.agent-alice.")
    answer = await guard.nc.request(subjects.agent_in("bob"), b"hi?", timeout=WAIT_S)
    assert answer.data == b"bob says hi"
    assert alice.errors == bob.errors == guard.errors == []


@pytest.mark.nats
async def test_guard_owns_jetstream_and_agents_have_none(
    lockdown: tuple[NatsServer, Credentials], connect: Dial
) -> None:
    """The guard can create the mesh stream and it captures agents' messages; an agent's JS API call is refused."""
    _, creds = lockdown
    guard, alice = await connect(creds.guard), await connect(creds.agent("alice"))
    js = guard.nc.jetstream()
    await js.add_stream(name=subjects.STREAM_MESH_OUT, subjects=[subjects.AGENT_OUT_ALL])
    try:
        await alice.nc.publish(subjects.agent_out("alice"), b"kept")
        await alice.nc.publish(f"$JS.API.STREAM.PURGE.{subjects.STREAM_MESH_OUT}", b"")
        await alice.nc.flush()
        error = await alice.wait_violation()
        assert error == 'nats: permissions violation for publish to "$js.api.stream.purge.amg_mesh_out"'
        stored = await js.get_last_msg(subjects.STREAM_MESH_OUT, subjects.agent_out("alice"))
        assert stored.data == b"kept"
    finally:
        await js.delete_stream(subjects.STREAM_MESH_OUT)
