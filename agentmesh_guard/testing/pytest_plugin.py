"""pytest fixtures that start real nats-servers (see ``agentmesh_guard.testing.nats_server``).

Enable them in a ``conftest.py``::

    pytest_plugins = ["agentmesh_guard.testing.pytest_plugin"]

- ``nats_server``: a fresh JetStream server for one test (its own port and store dir).
- ``nats_server_module``: one server shared by the tests of a module.
- ``nats_cluster``: a 3-node JetStream cluster shared by the tests of a module.
- ``otlp_receiver``: an in-process OTLP/HTTP receiver that collects exported spans.
- ``nats_server_factory``: call it to start servers with your own arguments, e.g. a
  lockdown config file; all of them are stopped when the test ends.

Every server is stopped (and its temporary store dir removed) at teardown, pass or fail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from agentmesh_guard.testing.nats_server import NatsCluster, NatsServer
from agentmesh_guard.testing.otlp import otlp_receiver

__all__ = ["nats_cluster", "nats_server", "nats_server_factory", "nats_server_module", "otlp_receiver"]

NatsServerFactory = Callable[..., NatsServer]


@pytest.fixture
def nats_server() -> Iterator[NatsServer]:
    """A JetStream-enabled nats-server of its own for one test."""
    with NatsServer() as server:
        yield server


@pytest.fixture(scope="module")
def nats_server_module() -> Iterator[NatsServer]:
    """One JetStream-enabled nats-server shared by every test in the module."""
    with NatsServer() as server:
        yield server


@pytest.fixture(scope="module")
def nats_cluster() -> Iterator[NatsCluster]:
    """A 3-node JetStream cluster on loopback with a meta leader, shared by the module."""
    with NatsCluster(size=3) as cluster:
        yield cluster


@pytest.fixture
def nats_server_factory() -> Iterator[NatsServerFactory]:
    """``factory(config_file=None, **kwargs) -> NatsServer`` (started); all stopped at teardown."""
    started: list[NatsServer] = []

    def factory(config_file: Path | None = None, **kwargs: Any) -> NatsServer:
        server = NatsServer(config_file, **kwargs)
        started.append(server)
        return server.start()

    try:
        yield factory
    finally:
        for server in started:
            server.stop()
