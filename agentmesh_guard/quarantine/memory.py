"""In-memory and file-backed quarantine stores (the NATS-backed one lives with the transport)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import msgspec

from agentmesh_guard.errors import StoreError
from agentmesh_guard.quarantine.records import HeldMessage

__all__ = ["FileQuarantineStore", "MemoryQuarantineStore"]

_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(HeldMessage)


class MemoryQuarantineStore:
    def __init__(self) -> None:
        self._records: dict[str, HeldMessage] = {}
        self._lock = threading.Lock()

    def put(self, record: HeldMessage) -> None:
        with self._lock:
            if record.id in self._records:
                raise StoreError(f"record {record.id!r} already exists")
            self._records[record.id] = record

    def get(self, record_id: str) -> HeldMessage | None:
        return self._records.get(record_id)

    def update(self, record: HeldMessage) -> None:
        with self._lock:
            self._records[record.id] = record

    def list(self) -> Iterator[HeldMessage]:
        return iter(list(self._records.values()))


class FileQuarantineStore:
    """One JSON file per record in a directory; writes are atomic (write + rename)."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create quarantine directory {self.directory}: {exc}") from exc

    def _path(self, record_id: str) -> Path:
        if not record_id or "/" in record_id or record_id.startswith("."):
            raise StoreError(f"invalid record id {record_id!r}")
        return self.directory / f"{record_id}.json"

    def put(self, record: HeldMessage) -> None:
        if self._path(record.id).exists():
            raise StoreError(f"record {record.id!r} already exists")
        self.update(record)

    def get(self, record_id: str) -> HeldMessage | None:
        try:
            return _decoder.decode(self._path(record_id).read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, msgspec.DecodeError) as exc:
            raise StoreError(f"cannot read quarantine record {record_id!r}: {exc}") from exc

    def update(self, record: HeldMessage) -> None:
        path = self._path(record.id)
        tmp = path.with_suffix(".tmp")
        try:
            tmp.write_bytes(_encoder.encode(record))
            os.replace(tmp, path)
        except OSError as exc:
            raise StoreError(f"cannot write quarantine record {record.id!r}: {exc}") from exc

    def list(self) -> Iterator[HeldMessage]:
        for path in sorted(self.directory.glob("*.json")):
            record = self.get(path.stem)
            if record is not None:
                yield record
