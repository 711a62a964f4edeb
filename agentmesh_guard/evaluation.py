"""Scan JSON lines and measure detection quality.

Input rows are objects with ``id`` and ``text`` (and optionally ``channel``,
``label`` 0/1, ``source``, ``dataset``, ``category``). A row whose channel is
``tool_output``, ``document`` or ``memory`` is scanned as a ``ToolResult``
(data an agent fetched); a ``system_prompt`` row is the operator's own
instructions (the injection and encoded detectors look there only for a second
voice: ``InjectionDetector.scan_instructions``; the other detectors scan it as a
``Message``); anything else as an agent ``Message``.

``scan`` yields one result per row: ``{"id", "flagged", "score", "findings"}``,
where ``score`` is the maximum severity / 100 and ``flagged`` means
``max severity >= threshold``. ``evaluate`` adds the labels: TPR, FPR,
precision, F1, TPR at 1% FPR (threshold picked from the scores), a breakdown
per source / dataset / category / channel, and throughput.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final

import msgspec

from agentmesh_guard.detectors import StaticScanContext, fast_detectors
from agentmesh_guard.detectors.encoded import EncodedPayloadDetector
from agentmesh_guard.detectors.injection import InjectionDetector
from agentmesh_guard.envelope import Envelope, Message, ToolResult
from agentmesh_guard.types import Detector, ScanContext
from agentmesh_guard.verdict import Finding

__all__ = [
    "DATA_CHANNELS",
    "INSTRUCTION_CHANNELS",
    "EvalReport",
    "GroupStats",
    "envelope_for",
    "evaluate",
    "scan",
    "scan_one",
]

DATA_CHANNELS: Final = frozenset({"tool_output", "document", "memory"})
INSTRUCTION_CHANNELS: Final = frozenset({"system_prompt"})
"""The operator's own instructions to the model. Never bus traffic: a system prompt is configuration the
operator gives an agent, so the guard knows which text it is; no sender can claim this channel."""
DEFAULT_THRESHOLD: Final = 70
"""Severity at which the default Cedar policy quarantines."""


def envelope_for(text: str, channel: str | None, row_id: str = "scan") -> Envelope:
    """A throwaway envelope carrying ``text`` the way ``channel`` would deliver it.

    ``row_id`` is both the message id and the conversation id: rows of a file are independent
    messages, so each is its own conversation (stateful detectors such as ``split`` must not join
    one row with another). Callers that pass nothing share the conversation ``scan``.
    """
    if channel in DATA_CHANNELS:
        return ToolResult(id=row_id, sender="tool", recipient="scan", conversation_id=row_id, call_id=row_id,
                          result=text)  # fmt: skip
    return Message(id=row_id, sender="scan", recipient="scan", conversation_id=row_id, content=text)


def scan_one(
    text: str, channel: str | None, detectors: Sequence[Detector], context: ScanContext, row_id: str = "scan"
) -> list[Finding]:
    envelope = envelope_for(text, channel, row_id)
    if channel in INSTRUCTION_CHANNELS:
        findings = [f for d in detectors for f in _scan_instructions(d, text, envelope, context)]
    else:
        findings = [f for d in detectors for f in d.scan(text, envelope, context)]
    findings.sort(key=lambda f: -f.severity)
    return findings


def _scan_instructions(d: Detector, text: str, envelope: Envelope, context: ScanContext) -> Sequence[Finding]:
    """The detectors that score text as instructions (injection, encoded; possibly wrapped with defaults)
    read the operator's instructions for a second voice; every other detector scans them as usual."""
    inner = getattr(d, "inner", d)
    if isinstance(inner, InjectionDetector | EncodedPayloadDetector):
        return inner.scan_instructions(text)
    return d.scan(text, envelope, context)


def scan(
    rows: Iterable[Mapping[str, Any]],
    *,
    threshold: int = DEFAULT_THRESHOLD,
    detectors: Sequence[Detector] | None = None,
    context: ScanContext | None = None,
) -> Iterator[dict[str, Any]]:
    """One result per row: ``{"id", "flagged", "score", "findings"}``."""
    dets = list(detectors) if detectors is not None else fast_detectors()
    ctx = context if context is not None else StaticScanContext()
    for i, row in enumerate(rows):
        findings = scan_one(str(row.get("text", "")), row.get("channel"), dets, ctx, f"row-{i}")
        top = max((f.severity for f in findings), default=0)
        yield {
            "id": row.get("id"),
            "flagged": top >= threshold,
            "score": top / 100,
            "findings": msgspec.to_builtins(findings),
        }


class GroupStats(msgspec.Struct, kw_only=True):
    n: int = 0
    positives: int = 0
    negatives: int = 0
    tp: int = 0
    fp: int = 0

    @property
    def tpr(self) -> float | None:
        return self.tp / self.positives if self.positives else None

    @property
    def fpr(self) -> float | None:
        return self.fp / self.negatives if self.negatives else None

    def add(self, label: int, flagged: bool) -> None:
        self.n += 1
        if label:
            self.positives += 1
            self.tp += flagged
        else:
            self.negatives += 1
            self.fp += flagged

    def as_dict(self) -> dict[str, Any]:
        return {**msgspec.to_builtins(self), "tpr": self.tpr, "fpr": self.fpr}


class EvalReport(msgspec.Struct, kw_only=True):
    threshold: int
    n: int
    positives: int
    negatives: int
    tpr: float | None
    fpr: float | None
    precision: float | None
    f1: float | None
    tpr_at_1pct_fpr: float | None
    threshold_at_1pct_fpr: int | None
    lines_per_s: float
    mb_per_s: float
    us_per_line: float
    groups: dict[str, dict[str, dict[str, Any]]]
    misses: list[str] = msgspec.field(default_factory=list)
    false_alarms: list[str] = msgspec.field(default_factory=list)


def _tpr_at_fpr(scores: Sequence[tuple[int, int]], max_fpr: float) -> tuple[float | None, int | None]:
    """Best TPR with FPR <= ``max_fpr``, over thresholds ``severity >= t``; and that t."""
    pos = sorted((s for s, y in scores if y), reverse=True)
    neg = sorted((s for s, y in scores if not y), reverse=True)
    if not pos or not neg:
        return None, None
    allowed = int(max_fpr * len(neg))
    best: tuple[float | None, int | None] = (0.0, None)
    for t in sorted({s for s, _ in scores if s > 0}, reverse=True):
        fp = sum(1 for s in neg if s >= t)
        if fp > allowed:
            break
        best = (sum(1 for s in pos if s >= t) / len(pos), t)
    return best


def evaluate(
    rows: Sequence[Mapping[str, Any]],
    threshold: int = DEFAULT_THRESHOLD,
    *,
    detectors: Sequence[Detector] | None = None,
    context: ScanContext | None = None,
) -> EvalReport:
    """Scan labelled ``rows`` and report quality at ``threshold`` (a severity, 0..100)."""
    dets = list(detectors) if detectors is not None else fast_detectors()
    ctx = context if context is not None else StaticScanContext()
    scores: list[tuple[int, int]] = []
    total = GroupStats()
    groups: dict[str, dict[str, GroupStats]] = {k: {} for k in ("source", "dataset", "category", "channel")}
    misses: list[str] = []
    false_alarms: list[str] = []
    nbytes = 0
    elapsed = 0.0
    for i, row in enumerate(rows):
        text = str(row.get("text", ""))
        label = int(row.get("label", 0))
        nbytes += len(text.encode("utf-8", "surrogatepass"))
        t0 = time.perf_counter()
        findings = scan_one(text, row.get("channel"), dets, ctx, f"row-{i}")
        elapsed += time.perf_counter() - t0
        top = max((f.severity for f in findings), default=0)
        flagged = top >= threshold
        scores.append((top, label))
        total.add(label, flagged)
        for key, table in groups.items():
            table.setdefault(str(row.get(key, "-")), GroupStats()).add(label, flagged)
        if label and not flagged:
            misses.append(str(row.get("id")))
        elif flagged and not label:
            false_alarms.append(str(row.get("id")))
    precision = total.tp / (total.tp + total.fp) if (total.tp + total.fp) else None
    tpr = total.tpr
    f1 = 2 * precision * tpr / (precision + tpr) if precision and tpr else None
    at1, t1 = _tpr_at_fpr(scores, 0.01)
    n = max(total.n, 1)
    elapsed = max(elapsed, 1e-9)
    return EvalReport(
        threshold=threshold,
        n=total.n,
        positives=total.positives,
        negatives=total.negatives,
        tpr=tpr,
        fpr=total.fpr,
        precision=precision,
        f1=f1,
        tpr_at_1pct_fpr=at1,
        threshold_at_1pct_fpr=t1,
        lines_per_s=total.n / elapsed,
        mb_per_s=nbytes / 1e6 / elapsed,
        us_per_line=elapsed / n * 1e6,
        groups={k: {name: g.as_dict() for name, g in sorted(t.items())} for k, t in groups.items()},
        misses=misses,
        false_alarms=false_alarms,
    )


def format_report(report: EvalReport) -> str:
    """A plain-text table for people."""

    def pct(x: float | None) -> str:
        return "-" if x is None else f"{100 * x:5.1f}%"

    lines = [
        f"threshold severity >= {report.threshold}: n={report.n} (+{report.positives} / -{report.negatives})",
        f"  TPR {pct(report.tpr)}  FPR {pct(report.fpr)}  precision {pct(report.precision)}  F1 {pct(report.f1)}",
        f"  TPR at 1% FPR {pct(report.tpr_at_1pct_fpr)} (severity >= {report.threshold_at_1pct_fpr})",
        f"  throughput {report.lines_per_s:,.0f} lines/s, {report.mb_per_s:.1f} MB/s, {report.us_per_line:.0f} us/line",
    ]
    for key, table in report.groups.items():
        lines.append(f"by {key}:")
        for name, g in table.items():
            lines.append(
                f"  {name[:52]:52s} n={g['n']:5d}  TPR {pct(g['tpr'])} ({g['tp']}/{g['positives']})"
                f"  FPR {pct(g['fpr'])} ({g['fp']}/{g['negatives']})"
            )
    return "\n".join(lines)
