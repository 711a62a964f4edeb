"""A fast OTLP/protobuf encoder for finished spans, and the exporter that uses it.

The OTLP exporter of the OpenTelemetry SDK builds one protobuf object per span,
attribute and value, then serialises them: ~40-80 µs of Python per span on the
development machine, spent on the batch worker thread but under the GIL, so the
guard's own thread pays for it. A hop span of the guard has ten-odd attributes,
most of them repeated from span to span ("nats", the subject, the verdict, the
sender), so this module writes the protobuf wire format directly and keeps the
encoded bytes of recurring key/value pairs.

The output is the same message ``encode_spans(spans)`` builds (a test decodes
both with the official classes and compares them, over spans with every value
type, events, links, status and trace state). Only the wire order of fields may
differ, which protobuf allows. Nothing here is used for other signals.

Wire format reference: https://protobuf.dev/programming-guides/encoding/ and
``opentelemetry/proto/trace/v1/trace.proto``.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import ReadableSpan
    from opentelemetry.sdk.util.instrumentation import InstrumentationScope

__all__ = ["encode_spans_bytes", "fast_span_exporter"]

_log = logging.getLogger(__name__)

_CACHE_MAX: Final = 8192
"""Encoded key/value pairs kept (cleared when full): a hop's recurring attributes."""
_CACHEABLE_LEN: Final = 96
"""String values longer than this are not cached (ids and digests rarely repeat)."""

_pack_fixed64 = struct.Struct("<Q").pack
_pack_fixed32 = struct.Struct("<I").pack
_pack_double = struct.Struct("<d").pack

_FLAGS_HAS_IS_REMOTE: Final = 0x100
_FLAGS_IS_REMOTE: Final = 0x200


def _varint(value: int) -> bytes:
    if value < 0x80:
        return bytes((value,)) if value >= 0 else _varint(value + (1 << 64))
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


_SMALL_VARINTS: Final = tuple(_varint(i) for i in range(16384))


def _len_prefix(n: int) -> bytes:
    return _SMALL_VARINTS[n] if n < 16384 else _varint(n)


def _field(tag: bytes, payload: bytes) -> bytes:
    """A length-delimited field: tag, length, payload."""
    return tag + _len_prefix(len(payload)) + payload


def _any_value(value: Any) -> bytes:
    """AnyValue's wire bytes (the oneof is present even at its default value)."""
    if value is None:
        return b""
    if isinstance(value, bool):
        return b"\x10\x01" if value else b"\x10\x00"
    if isinstance(value, str):
        return _field(b"\x0a", value.encode("utf-8"))
    if isinstance(value, int):
        return b"\x18" + _varint(value)
    if isinstance(value, float):
        return b"\x21" + _pack_double(value)
    if isinstance(value, bytes):
        return _field(b"\x3a", value)
    if isinstance(value, Sequence):
        return _field(b"\x2a", b"".join(_field(b"\x0a", _any_value(v)) for v in value))
    if isinstance(value, Mapping):
        return _field(b"\x32", b"".join(_field(b"\x0a", _key_value(str(k), v)) for k, v in value.items()))
    raise TypeError(f"invalid attribute value type {type(value).__name__}")


def _key_value(key: str, value: Any) -> bytes:
    return _field(b"\x0a", key.encode("utf-8")) + _field(b"\x12", _any_value(value))


class _Encoder:
    """Holds the caches; one per exporter (the batch worker is its only caller)."""

    __slots__ = ("_kv", "_resources", "_scopes")

    def __init__(self) -> None:
        self._kv: dict[tuple[bytes, str, type, Any], bytes] = {}
        self._resources: dict[int, tuple[Resource, bytes]] = {}
        self._scopes: dict[int, tuple[InstrumentationScope | None, bytes]] = {}

    def attributes(self, tag: bytes, attributes: Mapping[str, Any] | None) -> list[bytes]:
        """Each attribute as a repeated KeyValue field with ``tag``."""
        if not attributes:
            return []
        out = []
        kv = self._kv
        for key, value in attributes.items():
            cacheable = isinstance(value, str | bool | int) and not (
                isinstance(value, str) and len(value) > _CACHEABLE_LEN
            )
            if cacheable:
                ck = (tag, key, type(value), value)
                hit = kv.get(ck)
                if hit is None:
                    try:
                        hit = _field(tag, _key_value(key, value))
                    except Exception:  # noqa: BLE001 - as the SDK encoder: a bad attribute is skipped, logged
                        _log.exception("Failed to encode key %s", key)
                        continue
                    if len(kv) >= _CACHE_MAX:
                        kv.clear()
                    kv[ck] = hit
                out.append(hit)
            else:
                try:
                    out.append(_field(tag, _key_value(key, value)))
                except Exception:  # noqa: BLE001 - as the SDK encoder: a bad attribute is skipped, logged
                    _log.exception("Failed to encode key %s", key)
        return out

    def resource(self, resource: Resource) -> bytes:
        """ResourceSpans.resource (field 1), cached per resource object."""
        cached = self._resources.get(id(resource))
        if cached is not None and cached[0] is resource:
            return cached[1]
        body = b"".join(self.attributes(b"\x0a", resource.attributes))
        encoded = _field(b"\x0a", body)
        self._resources[id(resource)] = (resource, encoded)
        return encoded

    def scope(self, scope: InstrumentationScope | None) -> bytes:
        """ScopeSpans.scope (field 1, always present), cached per scope object."""
        cached = self._scopes.get(id(scope))
        if cached is not None and cached[0] is scope:
            return cached[1]
        parts: list[bytes] = []
        if scope is not None:
            if scope.name:
                parts.append(_field(b"\x0a", scope.name.encode("utf-8")))
            if scope.version:
                parts.append(_field(b"\x12", scope.version.encode("utf-8")))
            parts.extend(self.attributes(b"\x1a", scope.attributes))
        encoded = _field(b"\x0a", b"".join(parts))
        self._scopes[id(scope)] = (scope, encoded)
        return encoded

    def span(self, span: ReadableSpan) -> bytes:
        ctx = span.context
        parts: list[bytes] = [
            b"\x0a\x10" + ctx.trace_id.to_bytes(16, "big"),
            b"\x12\x08" + ctx.span_id.to_bytes(8, "big"),
        ]
        trace_state = ctx.trace_state
        if trace_state:
            parts.append(_field(b"\x1a", ",".join(f"{k}={v}" for k, v in trace_state.items()).encode("utf-8")))
        parent = span.parent
        if parent:
            parts.append(b"\x22\x08" + parent.span_id.to_bytes(8, "big"))
        parts.append(_field(b"\x2a", span.name.encode("utf-8")))
        parts.append(b"\x30" + _SMALL_VARINTS[span.kind.value + 1])
        if span.start_time:
            parts.append(b"\x39" + _pack_fixed64(span.start_time))
        if span.end_time:
            parts.append(b"\x41" + _pack_fixed64(span.end_time))
        parts.extend(self.attributes(b"\x4a", span.attributes))
        if span.dropped_attributes:
            parts.append(b"\x50" + _varint(span.dropped_attributes))
        for event in span.events:
            body = [b"\x09" + _pack_fixed64(event.timestamp), _field(b"\x12", event.name.encode("utf-8"))]
            body.extend(self.attributes(b"\x1a", event.attributes))
            if event.dropped_attributes:
                body.append(b"\x20" + _varint(event.dropped_attributes))
            parts.append(_field(b"\x5a", b"".join(body)))
        if span.dropped_events:
            parts.append(b"\x60" + _varint(span.dropped_events))
        for link in span.links:
            lctx = link.context
            body = [b"\x0a\x10" + lctx.trace_id.to_bytes(16, "big"), b"\x12\x08" + lctx.span_id.to_bytes(8, "big")]
            body.extend(self.attributes(b"\x22", link.attributes))
            if link.dropped_attributes:
                body.append(b"\x28" + _varint(link.dropped_attributes))
            body.append(b"\x35" + _pack_fixed32(_flags(lctx)))
            parts.append(_field(b"\x6a", b"".join(body)))
        if span.dropped_links:
            parts.append(b"\x70" + _varint(span.dropped_links))
        status = span.status
        if status is not None:
            sbody = b""
            if status.description:
                sbody = _field(b"\x12", status.description.encode("utf-8"))
            if status.status_code.value:
                sbody += b"\x18" + _varint(status.status_code.value)
            parts.append(_field(b"\x7a", sbody))
        parts.append(b"\x85\x01" + _pack_fixed32(_flags(parent)))
        return _field(b"\x12", b"".join(parts))  # as ScopeSpans.spans (field 2)

    def request(self, spans: Sequence[ReadableSpan]) -> bytes:
        """ExportTraceServiceRequest: spans grouped by resource, then by instrumentation scope
        (in first-seen order, as the SDK's encoder does)."""
        groups: dict[int, tuple[Resource, dict[int, tuple[InstrumentationScope | None, list[bytes]]]]] = {}
        for span in spans:
            resource = span.resource
            scope = span.instrumentation_scope or None
            by_scope = groups.setdefault(id(resource), (resource, {}))[1]
            by_scope.setdefault(id(scope), (scope, []))[1].append(self.span(span))
        out: list[bytes] = []
        for resource, by_scope in groups.values():
            body = [self.resource(resource)]
            for scope, encoded in by_scope.values():
                scope_body = [self.scope(scope), *encoded]
                if scope is not None and scope.schema_url:
                    scope_body.append(_field(b"\x1a", scope.schema_url.encode("utf-8")))
                body.append(_field(b"\x12", b"".join(scope_body)))
            if resource.schema_url:
                body.append(_field(b"\x1a", resource.schema_url.encode("utf-8")))
            out.append(_field(b"\x0a", b"".join(body)))
        return b"".join(out)


def _flags(parent: Any) -> int:
    flags = _FLAGS_HAS_IS_REMOTE
    if parent is not None and parent.is_remote:
        flags |= _FLAGS_IS_REMOTE
    return flags


def encode_spans_bytes(spans: Sequence[ReadableSpan], encoder: _Encoder | None = None) -> bytes:
    """The serialised ``ExportTraceServiceRequest`` for ``spans``."""
    return (encoder or _Encoder()).request(spans)


def fast_span_exporter(**kwargs: Any) -> Any:
    """An ``OTLPSpanExporter`` (OTLP/HTTP, protobuf; same settings, endpoint, headers, TLS and
    retries) whose batches are encoded by this module. If the SDK's exporter ever stops having
    what this relies on, or encoding fails, it falls back to the SDK's own encoder."""
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.trace.export import SpanExportResult

    class FastOTLPSpanExporter(OTLPSpanExporter):
        def __init__(self, **kw: Any) -> None:
            super().__init__(**kw)
            self._amg_encoder = _Encoder()

        def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
            client = getattr(self, "_client", None)
            if self._shutdown or client is None or not hasattr(client, "export"):
                return super().export(spans)
            try:
                data = self._amg_encoder.request(spans)
            except Exception:  # noqa: BLE001 - telemetry fails open: let the SDK's encoder try
                _log.debug("fast span encoding failed; using the SDK encoder", exc_info=True)
                return super().export(spans)
            limit = getattr(self, "_max_request_size", 0)
            if limit and len(data) > limit:
                return super().export(spans)  # the SDK's own handling (logged, dropped, counted)
            result = client.export(data)
            return SpanExportResult.SUCCESS if result.success else SpanExportResult.FAILURE

    return FastOTLPSpanExporter(**kwargs)
