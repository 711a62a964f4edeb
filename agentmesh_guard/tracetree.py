"""Traces as plain data, read from and written to OTLP JSON, drawn as a tree for a terminal.

``SpanData`` is what the in-repo OTLP receiver (``agentmesh_guard.testing.otlp``)
collects and what ``load_otlp_json`` reads. Neither needs OpenTelemetry
installed. ``render_tree`` backs ``agentmesh-guard trace show``::

    trace 0af7651916cd43dd8448eb211c80319c  (4 spans)
    └─ plan [agent-a] 1.2 ms
       └─ process mesh.out.a [agentmesh-guard] a → b deliver 0.3 ms
          └─ answer [agent-b] 2.0 ms

Accepted input: one OTLP/JSON ``ExportTraceServiceRequest`` (``{"resourceSpans": ...}``),
JSON Lines of them (the Collector's file exporter), or Jaeger's ``/api/v3`` answer
(``{"result": {"resourceSpans": ...}}``). Ids may be hex (OTLP/JSON) or base64
(protobuf's canonical JSON).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

__all__ = [
    "AttrValue",
    "SpanData",
    "SpanEvent",
    "SpanLink",
    "load_otlp_json",
    "render_tree",
    "spans_from_otlp_json",
    "spans_to_otlp_json",
]

AttrValue = str | bool | int | float | list[Any] | dict[str, Any] | bytes | None

SPAN_KINDS: Final = ("UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER")
STATUS_CODES: Final = ("UNSET", "OK", "ERROR")


@dataclass(frozen=True, slots=True)
class SpanEvent:
    name: str
    time_unix_nano: int = 0
    attributes: dict[str, AttrValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SpanLink:
    trace_id: str
    span_id: str
    attributes: dict[str, AttrValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SpanData:
    """One finished span. Ids are lowercase hex; ``parent_span_id`` is '' for a root."""

    trace_id: str
    span_id: str
    name: str
    parent_span_id: str = ""
    kind: str = "INTERNAL"
    """One of ``SPAN_KINDS``."""
    start_ns: int = 0
    end_ns: int = 0
    attributes: dict[str, AttrValue] = field(default_factory=dict)
    events: tuple[SpanEvent, ...] = ()
    links: tuple[SpanLink, ...] = ()
    status: str = "UNSET"
    """One of ``STATUS_CODES``."""
    status_message: str = ""
    service_name: str = ""
    resource_attributes: dict[str, AttrValue] = field(default_factory=dict)
    scope_name: str = ""

    @property
    def duration_ns(self) -> int:
        return max(self.end_ns - self.start_ns, 0)


# --------------------------------------------------------------------------- OTLP JSON in


def _hex_id(value: object, size: int) -> str:
    """OTLP/JSON ids are hex; protobuf's canonical JSON makes them base64."""
    if not isinstance(value, str) or not value:
        return ""
    if len(value) == size * 2:
        try:
            bytes.fromhex(value)
            return value.lower()
        except ValueError:
            pass
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return value.lower()
    return raw.hex() if len(raw) == size else value.lower()


def _any_value(value: Mapping[str, Any]) -> AttrValue:
    if "stringValue" in value:
        return str(value["stringValue"])
    if "boolValue" in value:
        return bool(value["boolValue"])
    if "intValue" in value:
        return int(value["intValue"])  # int64 is a string in OTLP/JSON
    if "doubleValue" in value:
        return float(value["doubleValue"])
    if "arrayValue" in value:
        return [_any_value(v) for v in value["arrayValue"].get("values", ())]
    if "kvlistValue" in value:
        return _attributes(value["kvlistValue"].get("values", ()))
    if "bytesValue" in value:
        return base64.b64decode(value["bytesValue"])
    return None


def _attributes(items: Iterable[Mapping[str, Any]]) -> dict[str, AttrValue]:
    return {str(kv["key"]): _any_value(kv.get("value", {})) for kv in items}


def _enum(value: object, names: Sequence[str], prefix: str) -> str:
    if isinstance(value, int):
        return names[value] if 0 <= value < len(names) else str(value)
    if isinstance(value, str):
        return value.removeprefix(prefix)
    return names[0]


def spans_from_otlp_json(doc: Mapping[str, Any]) -> list[SpanData]:
    """The spans in one parsed OTLP/JSON traces document."""
    if "result" in doc and isinstance(doc["result"], Mapping):
        doc = doc["result"]
    spans: list[SpanData] = []
    for rs in doc.get("resourceSpans", ()):
        resource = _attributes(rs.get("resource", {}).get("attributes", ()))
        service = str(resource.get("service.name", ""))
        for ss in rs.get("scopeSpans", rs.get("instrumentationLibrarySpans", ())):
            scope = str(ss.get("scope", {}).get("name", ""))
            for sp in ss.get("spans", ()):
                status = sp.get("status", {})
                spans.append(
                    SpanData(
                        trace_id=_hex_id(sp.get("traceId"), 16),
                        span_id=_hex_id(sp.get("spanId"), 8),
                        parent_span_id=_hex_id(sp.get("parentSpanId"), 8),
                        name=str(sp.get("name", "")),
                        kind=_enum(sp.get("kind", 0), SPAN_KINDS, "SPAN_KIND_"),
                        start_ns=int(sp.get("startTimeUnixNano", 0)),
                        end_ns=int(sp.get("endTimeUnixNano", 0)),
                        attributes=_attributes(sp.get("attributes", ())),
                        events=tuple(
                            SpanEvent(
                                name=str(e.get("name", "")),
                                time_unix_nano=int(e.get("timeUnixNano", 0)),
                                attributes=_attributes(e.get("attributes", ())),
                            )
                            for e in sp.get("events", ())
                        ),
                        links=tuple(
                            SpanLink(
                                trace_id=_hex_id(lk.get("traceId"), 16),
                                span_id=_hex_id(lk.get("spanId"), 8),
                                attributes=_attributes(lk.get("attributes", ())),
                            )
                            for lk in sp.get("links", ())
                        ),
                        status=_enum(status.get("code", 0), STATUS_CODES, "STATUS_CODE_"),
                        status_message=str(status.get("message", "")),
                        service_name=service,
                        resource_attributes=resource,
                        scope_name=scope,
                    )
                )
    return spans


def load_otlp_json(path: str | Path) -> list[SpanData]:
    """Spans from a file holding one OTLP/JSON document or JSON Lines of them."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        docs: list[Any] = [json.loads(text)]
    except json.JSONDecodeError:
        docs = [json.loads(line) for line in text.splitlines() if line.strip()]
    spans: list[SpanData] = []
    for doc in docs:
        spans.extend(spans_from_otlp_json(doc))
    return spans


# --------------------------------------------------------------------------- OTLP JSON out


def _to_any_value(value: AttrValue) -> dict[str, Any]:
    match value:
        case bool():
            return {"boolValue": value}
        case int():
            return {"intValue": str(value)}
        case float():
            return {"doubleValue": value}
        case str():
            return {"stringValue": value}
        case bytes():
            return {"bytesValue": base64.b64encode(value).decode("ascii")}
        case list() | tuple():
            return {"arrayValue": {"values": [_to_any_value(v) for v in value]}}
        case dict():
            return {"kvlistValue": {"values": _to_attributes(value)}}
        case _:
            return {}


def _to_attributes(attrs: Mapping[str, AttrValue]) -> list[dict[str, Any]]:
    return [{"key": k, "value": _to_any_value(v)} for k, v in attrs.items()]


def spans_to_otlp_json(spans: Iterable[SpanData]) -> dict[str, Any]:
    """One OTLP/JSON ``ExportTraceServiceRequest`` holding ``spans``, grouped by
    resource and scope (``load_otlp_json`` reads it back to equal ``SpanData``)."""
    groups: dict[str, dict[str, list[SpanData]]] = {}
    resources: dict[str, dict[str, AttrValue]] = {}
    for s in spans:
        rkey = json.dumps(_to_attributes(s.resource_attributes), sort_keys=True)
        resources[rkey] = s.resource_attributes
        groups.setdefault(rkey, {}).setdefault(s.scope_name, []).append(s)
    out = []
    for rkey, scopes in groups.items():
        scope_spans = []
        for scope, members in scopes.items():
            scope_spans.append({"scope": {"name": scope}, "spans": [_span_json(s) for s in members]})
        out.append({"resource": {"attributes": _to_attributes(resources[rkey])}, "scopeSpans": scope_spans})
    return {"resourceSpans": out}


def _span_json(s: SpanData) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "traceId": s.trace_id,
        "spanId": s.span_id,
        "name": s.name,
        "kind": SPAN_KINDS.index(s.kind) if s.kind in SPAN_KINDS else 0,
        "startTimeUnixNano": str(s.start_ns),
        "endTimeUnixNano": str(s.end_ns),
        "attributes": _to_attributes(s.attributes),
        "status": {"code": STATUS_CODES.index(s.status) if s.status in STATUS_CODES else 0},
    }
    if s.parent_span_id:
        doc["parentSpanId"] = s.parent_span_id
    if s.status_message:
        doc["status"]["message"] = s.status_message
    if s.events:
        doc["events"] = [
            {"name": e.name, "timeUnixNano": str(e.time_unix_nano), "attributes": _to_attributes(e.attributes)}
            for e in s.events
        ]
    if s.links:
        doc["links"] = [
            {"traceId": lk.trace_id, "spanId": lk.span_id, "attributes": _to_attributes(lk.attributes)}
            for lk in s.links
        ]
    return doc


# --------------------------------------------------------------------------- rendering


def _duration(ns: int) -> str:
    if ns >= 1_000_000_000:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1_000_000:
        return f"{ns / 1e6:.1f} ms"
    return f"{ns / 1e6:.3f} ms"


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def _label(s: SpanData) -> str:
    parts = [s.name]
    if s.service_name:
        parts.append(f"[{s.service_name}]")
    sender, recipient = s.attributes.get("agentmesh.sender"), s.attributes.get("agentmesh.recipient")
    if sender or recipient:
        parts.append(f"{_text(sender) or '?'} → {_text(recipient) or '?'}")
    verdict = s.attributes.get("agentmesh.verdict")
    if verdict:
        parts.append(_text(verdict))
        kinds = s.attributes.get("agentmesh.finding_kinds")
        if isinstance(kinds, list) and kinds:
            parts.append(f"({', '.join(map(_text, kinds))})")
    elif s.status == "ERROR":
        parts.append(f"ERROR {s.status_message}".rstrip())
    parts.append(_duration(s.duration_ns))
    return " ".join(parts)


def _walk(
    span: SpanData, children: Mapping[str, list[SpanData]], prefix: str, last: bool, seen: set[str]
) -> Iterator[str]:
    yield f"{prefix}{'└─ ' if last else '├─ '}{_label(span)}"
    seen.add(span.span_id)
    kids = [k for k in children.get(span.span_id, ()) if k.span_id not in seen]
    child_prefix = prefix + ("   " if last else "│  ")
    for i, kid in enumerate(kids):
        yield from _walk(kid, children, child_prefix, i == len(kids) - 1, seen)


def _order(s: SpanData) -> tuple[int, str]:
    return (s.start_ns, s.span_id)


def _render_one(trace_id: str, spans: list[SpanData]) -> list[str]:
    ids = {s.span_id for s in spans}
    children: dict[str, list[SpanData]] = {}
    roots: list[SpanData] = []
    for s in sorted(spans, key=_order):
        if s.parent_span_id and s.parent_span_id in ids and s.parent_span_id != s.span_id:
            children.setdefault(s.parent_span_id, []).append(s)
        else:
            roots.append(s)
    lines = [f"trace {trace_id}  ({len(spans)} span{'s' if len(spans) != 1 else ''})"]
    seen: set[str] = set()
    for i, root in enumerate(roots):
        orphan = bool(root.parent_span_id)
        for j, line in enumerate(_walk(root, children, "", i == len(roots) - 1, seen)):
            lines.append(line + (f"  (parent {root.parent_span_id} not in trace)" if orphan and j == 0 else ""))
    # Spans only reachable through a parent cycle: show them rather than lose them.
    for s in sorted((s for s in spans if s.span_id not in seen), key=_order):
        lines.append(f"?  {_label(s)}  (in a parent cycle)")
    return lines


def render_tree(spans: Iterable[SpanData], trace_id: str | None = None) -> str:
    """Draw each trace (or only ``trace_id``) as a tree, siblings by start time;
    a span whose parent is missing is drawn at the root, marked. Traces are
    ordered by their first span."""
    by_trace: dict[str, list[SpanData]] = {}
    for s in spans:
        if trace_id is None or s.trace_id == trace_id.lower():
            by_trace.setdefault(s.trace_id, []).append(s)
    if not by_trace:
        return f"no spans for trace {trace_id}" if trace_id else "no spans"
    ordered = sorted(by_trace.items(), key=lambda kv: min(_order(s) for s in kv[1]))
    blocks = ["\n".join(_render_one(tid, members)) for tid, members in ordered]
    return "\n\n".join(blocks)
