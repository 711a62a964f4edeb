"""Helpers for tests that run the guard as a real process and count what reached NATS.

- ``write_mesh_file``: a mesh.yaml (the test mesh) pointing at the repo's policies and schemas.
- ``GuardProcess``: ``python -m agentmesh_guard sidecar ...`` as a subprocess; its stdout JSON
  events (``ready``, ``stopped``) are read by a thread and can be awaited.
- ``kv_values`` / ``stream_messages``: read a KV bucket or a stream with a plain NATS client.
- ``until``: wait for a condition on state that has no event of its own (bounded).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import inspect
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nats.js.errors
from nats.aio.msg import Msg
from nats.js import JetStreamContext, api

from agentmesh_guard.config import MeshConfig
from agentmesh_guard.transports import subjects
from agentmesh_guard.transports.nats import DURABLE
from agentmesh_guard.transports.nats_stores import ensure_jetstream, kv_keys
from tests.support import MESH_YAML, ROOT

PROCESS_TIMEOUT_S = 30.0
"""Upper bound for a guard process to start or stop; never a synchronisation sleep."""


def write_mesh_file(directory: Path) -> Path:
    """The test mesh (``tests.support.MESH_YAML``) as a file, for the CLI."""
    path = directory / "mesh.yaml"
    path.write_text(MESH_YAML, encoding="utf-8")
    return path


class GuardProcess:
    """``agentmesh-guard sidecar`` in a subprocess. Use as a context manager: the process is
    stopped (SIGTERM, then SIGKILL) at exit if the test did not stop it."""

    def __init__(self, mesh_file: Path, *args: str, log_dir: Path) -> None:
        self.args = [sys.executable, "-m", "agentmesh_guard", "sidecar", "--config", str(mesh_file), *args]
        self.log_dir = log_dir
        self.events: list[dict[str, Any]] = []
        self.stdout_lines: collections.deque[str] = collections.deque(maxlen=200)
        self._changed = threading.Condition()
        self._proc: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None
        self.stderr_path = log_dir / f"guard-{id(self)}.stderr"

    def start(self) -> GuardProcess:
        env = {**os.environ, "OTEL_SDK_DISABLED": "true", "PYTHONUNBUFFERED": "1"}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
        with self.stderr_path.open("w") as stderr:
            self._proc = subprocess.Popen(
                self.args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr, text=True, env=env
            )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        return self

    def _read(self) -> None:
        if self._proc is None or self._proc.stdout is None:  # pragma: no cover
            return
        for line in self._proc.stdout:
            self.stdout_lines.append(line.rstrip("\n"))
            with contextlib.suppress(ValueError):
                event = json.loads(line)
                if isinstance(event, dict):
                    with self._changed:
                        self.events.append(event)
                        self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    @property
    def pid(self) -> int:
        return self._proc.pid if self._proc else -1

    @property
    def returncode(self) -> int | None:
        return self._proc.poll() if self._proc else None

    def diagnostics(self) -> str:
        stderr = self.stderr_path.read_text(errors="replace")[-3000:] if self.stderr_path.exists() else ""
        return f"stdout: {list(self.stdout_lines)[-10:]}\nstderr tail:\n{stderr}"

    def _wait_event(self, name: str, timeout: float) -> dict[str, Any]:
        with self._changed:
            found = self._changed.wait_for(
                lambda: any(e.get("event") == name for e in self.events) or self.returncode is not None, timeout
            )
            for event in self.events:
                if event.get("event") == name:
                    return event
        state = "exited" if found else "timed out"
        raise AssertionError(f"guard process {state} before printing {name!r}\n{self.diagnostics()}")

    async def wait_event(self, name: str, timeout: float = PROCESS_TIMEOUT_S) -> dict[str, Any]:
        """The first stdout JSON line with ``"event": name`` (raises if the process exits first)."""
        return await asyncio.to_thread(self._wait_event, name, timeout)

    def signal(self, sig: signal.Signals) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.send_signal(sig)

    async def wait(self, timeout: float = PROCESS_TIMEOUT_S) -> int:
        if self._proc is None:
            raise AssertionError("not started")
        code = await asyncio.to_thread(self._proc.wait, timeout)
        if self._reader is not None:
            await asyncio.to_thread(self._reader.join, timeout)
        return code

    def close(self) -> None:
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # lets an embedded nats-server be stopped too
            try:
                proc.wait(PROCESS_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()

    def __enter__(self) -> GuardProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


async def kv_values(js: JetStreamContext, bucket: str) -> dict[str, bytes]:
    """Every live key in a KV bucket with its value (keys from the bucket's stream, as the guard lists
    them: ``KeyValue.keys()`` can come back empty under load, nats-io/nats.py#842)."""
    kv = await js.key_value(bucket)
    values = {}
    for key in await kv_keys(js, bucket):
        try:
            entry = await kv.get(key)
        except (nats.js.errors.KeyNotFoundError, nats.js.errors.KeyDeletedError):
            continue
        if entry.value is not None:
            values[key] = entry.value
    return values


async def stream_messages(js: JetStreamContext, stream: str) -> list[Msg]:
    """Every message currently stored in a stream, in sequence order."""
    info = await js.stream_info(stream)
    messages = []
    if info.state.messages == 0:
        return messages
    for seq in range(info.state.first_seq, info.state.last_seq + 1):
        with contextlib.suppress(nats.js.errors.NotFoundError):
            messages.append(await js.get_msg(stream, seq))
    return messages


async def until(condition: Callable[[], object], timeout: float = 10.0, what: str = "condition") -> None:
    """Wait until ``condition()`` (a value or an awaitable) is true. For state with no event to
    await (a process's counter, a stream's size, a client's connection state); checks every
    10 ms and fails after ``timeout``."""
    try:
        async with asyncio.timeout(timeout):
            while True:
                result = condition()
                if inspect.isawaitable(result):
                    result = await result
                if result:
                    return
                await asyncio.sleep(0.01)
    except TimeoutError:
        raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}") from None


async def precreate_guard_consumer(js: JetStreamContext, mesh: MeshConfig, *, ack_wait_s: float) -> None:
    """Create the guards' streams and their durable consumer with a short ``ack_wait``.

    A guard binds to the durable consumer if it exists (an operator may tune it); the guard's
    own default is 30 s. Tests that crash a guard, or the server, use a short one so that what
    the dead guard had fetched but not acknowledged is redelivered within the test's time."""
    await ensure_jetstream(js, mesh)
    await js.add_consumer(
        subjects.STREAM_MESH_OUT,
        api.ConsumerConfig(
            durable_name=DURABLE,
            ack_policy=api.AckPolicy.EXPLICIT,
            ack_wait=ack_wait_s,
            max_ack_pending=1024,
            max_deliver=-1,
        ),
    )
