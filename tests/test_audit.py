"""The hash-chained audit log: appends chain, verify pinpoints the first tampered record."""

from __future__ import annotations

import json
import resource
import signal
from pathlib import Path

import pytest

from agentmesh_guard.audit import AuditRecord, FileAuditLog, MemoryAuditLog, verify
from agentmesh_guard.errors import AuditError


def _write(path: Path, n: int) -> None:
    log = FileAuditLog(path)
    for i in range(n):
        log.append(AuditRecord(event="decision", action="deliver", message_id=f"m{i}", sender="a", recipient="b"))
    log.close()


def test_chain_verifies(tmp_path: Path) -> None:
    """Records appended by one log, then by a reopened one, form a single intact chain."""
    path = tmp_path / "audit.jsonl"
    _write(path, 3)
    _write(path, 2)  # reopen continues the chain
    with open(path, "rb") as fh:
        result = verify(fh)
    assert (result.ok, result.count) == (True, 5)
    seqs = [json.loads(line)["seq"] for line in path.read_text().splitlines()]
    assert seqs == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("tamper", "bad_seq", "problem"),
    [
        (lambda lines: lines.__setitem__(2, lines[2].replace('"deliver"', '"quarantine"')), 3, "altered"),
        (lambda lines: lines.pop(1), 3, "missing or reordered"),
        (lambda lines: lines.insert(3, lines.pop(2)), 4, "missing or reordered"),
        (lambda lines: lines.__setitem__(4, "{not json"), 5, "not a valid audit record"),
    ],
)
def test_verify_pinpoints_tampering(tmp_path: Path, tamper: object, bad_seq: int, problem: str) -> None:
    """Editing, deleting, reordering or corrupting a record is caught at that record, not later."""
    path = tmp_path / "audit.jsonl"
    _write(path, 6)
    lines = path.read_text().splitlines()
    tamper(lines)  # type: ignore[operator]
    result = verify(lines)
    assert not result.ok
    assert result.first_bad_seq == bad_seq
    assert problem in result.problem


def test_recomputed_hash_still_breaks_the_chain() -> None:
    """Re-hashing an edited record doesn't help the forger: the next record's prev no longer matches."""
    from agentmesh_guard.audit import chain

    log = MemoryAuditLog()
    for i in range(3):
        log.append(AuditRecord(event="decision", message_id=f"m{i}"))
    forged = chain(AuditRecord(event="decision", message_id="forged"), prev=log.records[0])
    log.records[1] = forged
    result = verify(log.lines())
    assert (result.ok, result.first_bad_seq) == (False, 3)


def test_unwritable_audit_raises(tmp_path: Path) -> None:
    """A write the OS refuses (file size limit reached: EFBIG) raises AuditError; the caller must not act."""
    path = tmp_path / "audit.jsonl"
    log = FileAuditLog(path)
    log.append(AuditRecord(event="decision"))
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size, hard))
        with pytest.raises(AuditError, match="cannot write audit log"):
            log.append(AuditRecord(event="decision", message_id="m2"))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    log.close()
    with open(path, "rb") as fh:
        assert verify(fh).count == 1  # the failed record was not half-written into the chain


def test_unopenable_audit_raises(tmp_path: Path) -> None:
    """A log path that cannot be opened is an AuditError with the path."""
    (tmp_path / "dir.jsonl").mkdir()
    with pytest.raises(AuditError, match="cannot open audit log"):
        FileAuditLog(tmp_path / "dir.jsonl")
