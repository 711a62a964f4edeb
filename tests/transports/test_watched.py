"""``_Watched``'s readiness logic, with a scripted watcher (the race itself needs a loaded machine to show
against a real server: see ``test_a_bucket_watcher_starts_with_every_initial_entry_applied``)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

from agentmesh_guard.transports.nats_stores import _Watched


class _ScriptedKV:
    """A bucket of ``keys`` whose watcher sends the end-of-initial-values marker first, then the
    entries (as nats-py does when they were still buffered: nats-io/nats.py#842)."""

    _name = "amg_test"

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        subjects = {f"$KV.amg_test.{k}": 1 for k in keys}

        async def stream_info(stream: str, subjects_filter: str | None = None) -> Any:
            return SimpleNamespace(state=SimpleNamespace(subjects=subjects))

        self._js = SimpleNamespace(stream_info=stream_info)

    async def watchall(self) -> Any:
        keys = self.keys

        class Watcher:
            def __aiter__(self) -> AsyncIterator[Any]:
                return self._gen()

            async def _gen(self) -> AsyncIterator[Any]:
                yield None
                for key in keys:
                    await asyncio.sleep(0.001)
                    yield SimpleNamespace(key=key, value=b"v", operation="PUT")
                await asyncio.Event().wait()  # a live watcher waits for more

            async def stop(self) -> None:
                return None

        return Watcher()


async def test_start_waits_for_the_entries_an_early_end_marker_left_behind() -> None:
    applied: list[str] = []
    watched = _Watched(_ScriptedKV(["a", "b", "c"]), lambda entry: applied.append(entry.key))  # type: ignore[arg-type]
    await watched.start()
    try:
        assert applied == ["a", "b", "c"]
    finally:
        await watched.stop()


async def test_an_empty_bucket_is_ready_at_the_end_marker() -> None:
    watched = _Watched(_ScriptedKV([]), lambda entry: None)  # type: ignore[arg-type]
    await asyncio.wait_for(watched.start(), 2.0)
    await watched.stop()
