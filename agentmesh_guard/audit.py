"""A hash-chained, verifiable audit log: one record per decision.

Each record carries the hash of the one before it (``prev``) and its own
``hash`` = SHA-256 over ``prev`` and the record's canonical JSON. Changing,
removing or reordering any record breaks the chain from that point on, and
``verify`` names the first record that does not check out.

``FileAuditLog`` writes JSON lines and flushes (optionally fsyncs) before
``append`` returns: that is the durability point the guard waits for before it
acknowledges a message. If the write fails, ``AuditError`` is raised and the
guard stops accepting rather than deciding without a record.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import msgspec

from agentmesh_guard.errors import AuditError

__all__ = ["AuditRecord", "FileAuditLog", "MemoryAuditLog", "VerifyResult", "chain", "read_records", "verify"]

GENESIS: Final = "0" * 64


class AuditRecord(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    event: str
    """decision | release | drop | approve | deny | expire | forget | policy_reload | policy_reload_failed"""
    ts: float = 0.0
    seq: int = 0
    action: str = ""
    stage: str = ""
    message_id: str = ""
    conversation_id: str = ""
    sender: str = ""
    recipient: str = ""
    kind: str = ""
    reasons: tuple[str, ...] = ()
    policy_ids: tuple[str, ...] = ()
    finding_kinds: tuple[str, ...] = ()
    max_severity: int = 0
    labels: tuple[str, ...] = ()
    record_id: str = ""
    """The quarantine / approval record this concerns, if any."""
    actor: str = ""
    """Who did it, for operator actions (release, approve, ...)."""
    detail: str = ""
    trace_id: str = ""
    span_id: str = ""
    guard: str = ""
    prev: str = ""
    hash: str = ""


_encoder: Final = msgspec.json.Encoder(order="sorted")
_decoder: Final = msgspec.json.Decoder(AuditRecord)


def _digest(record: AuditRecord) -> str:
    body = _encoder.encode(msgspec.structs.replace(record, hash=""))
    return hashlib.sha256(body).hexdigest()


def chain(record: AuditRecord, *, prev: AuditRecord | None) -> AuditRecord:
    """Return ``record`` stamped with seq, ts (if unset), prev and hash."""
    linked = msgspec.structs.replace(
        record,
        seq=(prev.seq + 1) if prev else 1,
        ts=record.ts or time.time(),
        prev=prev.hash if prev else GENESIS,
        hash="",
    )
    return msgspec.structs.replace(linked, hash=_digest(linked))


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    count: int
    first_bad_seq: int | None = None
    first_bad_line: int | None = None
    problem: str = ""

    def __str__(self) -> str:
        if self.ok:
            return f"ok: {self.count} records, chain intact"
        return f"TAMPERED at record seq={self.first_bad_seq} (line {self.first_bad_line}): {self.problem}"


def verify(lines: Iterable[bytes | str]) -> VerifyResult:
    """Check a sequence of encoded records; stop at the first one that fails."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = _decoder.decode(line)
        except msgspec.DecodeError as exc:
            return VerifyResult(False, count, expected_seq, lineno, f"not a valid audit record: {exc}")
        if rec.seq != expected_seq:
            return VerifyResult(
                False, count, rec.seq, lineno, f"expected seq {expected_seq} (record missing or reordered)"
            )
        if rec.prev != prev_hash:
            return VerifyResult(False, count, rec.seq, lineno, "prev does not match the previous record's hash")
        if _digest(rec) != rec.hash:
            return VerifyResult(False, count, rec.seq, lineno, "content does not match its hash (record altered)")
        prev_hash, expected_seq, count = rec.hash, expected_seq + 1, count + 1
    return VerifyResult(True, count)


def read_records(path: str | Path) -> Iterator[AuditRecord]:
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                yield _decoder.decode(line)


class MemoryAuditLog:
    def __init__(self) -> None:
        self.records: list[AuditRecord] = []
        self._lock = threading.Lock()

    def append(self, record: AuditRecord) -> AuditRecord:
        with self._lock:
            linked = chain(record, prev=self.records[-1] if self.records else None)
            self.records.append(linked)
            return linked

    def lines(self) -> list[bytes]:
        return [_encoder.encode(r) for r in self.records]


class FileAuditLog:
    """JSON lines on disk. ``fsync=True`` makes each append survive power loss.

    Writes are unbuffered: a record is either entirely in the file when
    ``append`` returns, or (on failure) the file is cut back to where it was, so
    a failed append can never surface later as a record nobody acted on.
    """

    def __init__(self, path: str | Path, *, fsync: bool = False) -> None:
        self.path = Path(path)
        self._fsync = fsync
        self._lock = threading.Lock()
        self._last: AuditRecord | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.is_file():
                self._last = _last_record(self.path)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
            self._size = os.fstat(self._fd).st_size
        except (OSError, msgspec.DecodeError) as exc:
            raise AuditError(f"cannot open audit log {self.path}: {exc}") from exc

    def append(self, record: AuditRecord) -> AuditRecord:
        with self._lock:
            linked = chain(record, prev=self._last)
            line = _encoder.encode(linked) + b"\n"
            try:
                view = memoryview(line)
                while view:
                    view = view[os.write(self._fd, view) :]
                if self._fsync:
                    os.fsync(self._fd)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    os.ftruncate(self._fd, self._size)
                raise AuditError(f"cannot write audit log {self.path}: {exc}") from exc
            self._size += len(line)
            self._last = linked
            return linked

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)


def _last_record(path: Path) -> AuditRecord | None:
    last = None
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                last = line
    return _decoder.decode(last) if last else None
