"""A small OTLP/HTTP receiver for tests: real export, no Jaeger.

``OTLPReceiver`` listens on 127.0.0.1 (port 0), accepts ``POST /v1/traces``
(protobuf or JSON, optionally gzip/deflate) and ``POST /v1/metrics``, and keeps
the spans as ``agentmesh_guard.tracetree.SpanData``::

    with OTLPReceiver() as rx:
        telemetry = Telemetry.from_env(...)   # OTEL_EXPORTER_OTLP_ENDPOINT=rx.endpoint
        ...
        spans = rx.wait_for_spans(4, timeout=10)

``OTLPReceiver(hang=True)`` accepts requests and never answers, to prove that
telemetry fails open. The pytest fixture ``otlp_receiver`` yields a started
receiver and closes it afterwards. Needs ``opentelemetry-proto`` (the ``otel`` extra).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentmesh_guard.testing.processes import reap
from agentmesh_guard.tracetree import (
    SPAN_KINDS,
    STATUS_CODES,
    AttrValue,
    SpanData,
    SpanEvent,
    SpanLink,
    spans_from_otlp_json,
    spans_to_otlp_json,
)

try:
    import pytest

    _HAVE_PYTEST = True
except ImportError:  # pragma: no cover - pytest is a dev dependency; only the fixture needs it
    _HAVE_PYTEST = False

if TYPE_CHECKING:
    from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

__all__ = ["OTLPReceiver", "otlp_receiver", "receiver_process", "spans_from_protobuf"]

_MAX_BODY = 64 * 1024 * 1024


def _value(v: AnyValue) -> AttrValue:
    which = v.WhichOneof("value")
    if which == "string_value":
        return v.string_value
    if which == "bool_value":
        return v.bool_value
    if which == "int_value":
        return v.int_value
    if which == "double_value":
        return v.double_value
    if which == "array_value":
        return [_value(x) for x in v.array_value.values]
    if which == "kvlist_value":
        return _attrs(v.kvlist_value.values)
    if which == "bytes_value":
        return v.bytes_value
    return None


def _attrs(items: Any) -> dict[str, AttrValue]:
    kvs: list[KeyValue] = list(items)
    return {kv.key: _value(kv.value) for kv in kvs}


def spans_from_protobuf(body: bytes) -> list[SpanData]:
    """The spans in a serialized ``ExportTraceServiceRequest``."""
    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

    request = ExportTraceServiceRequest.FromString(body)
    spans: list[SpanData] = []
    for rs in request.resource_spans:
        resource = _attrs(rs.resource.attributes)
        service = str(resource.get("service.name", ""))
        for ss in rs.scope_spans:
            for sp in ss.spans:
                spans.append(
                    SpanData(
                        trace_id=sp.trace_id.hex(),
                        span_id=sp.span_id.hex(),
                        parent_span_id=sp.parent_span_id.hex(),
                        name=sp.name,
                        kind=SPAN_KINDS[sp.kind] if 0 <= sp.kind < len(SPAN_KINDS) else str(sp.kind),
                        start_ns=sp.start_time_unix_nano,
                        end_ns=sp.end_time_unix_nano,
                        attributes=_attrs(sp.attributes),
                        events=tuple(
                            SpanEvent(name=e.name, time_unix_nano=e.time_unix_nano, attributes=_attrs(e.attributes))
                            for e in sp.events
                        ),
                        links=tuple(
                            SpanLink(
                                trace_id=lk.trace_id.hex(), span_id=lk.span_id.hex(), attributes=_attrs(lk.attributes)
                            )
                            for lk in sp.links
                        ),
                        status=STATUS_CODES[sp.status.code] if 0 <= sp.status.code < 3 else str(sp.status.code),
                        status_message=sp.status.message,
                        service_name=service,
                        resource_attributes=resource,
                        scope_name=ss.scope.name,
                    )
                )
    return spans


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        receiver = self.server.receiver
        receiver._note_request(self.path)
        if receiver.hang:
            receiver._release.wait()
            self.close_connection = True
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._reply(413, b"", "text/plain")
            return
        body = self.rfile.read(length)
        encoding = (self.headers.get("Content-Encoding") or "").lower()
        is_json = (self.headers.get("Content-Type") or "").lower().startswith("application/json")
        try:
            if encoding == "gzip":
                body = gzip.decompress(body)
            elif encoding == "deflate":
                body = zlib.decompress(body)
            path = self.path.split("?", 1)[0]
            if path == "/v1/traces":
                spans = spans_from_otlp_json(json.loads(body)) if is_json else spans_from_protobuf(body)
                receiver._add_spans(spans)
            elif path == "/v1/metrics":
                receiver._add_metrics(body, is_json)
            else:
                self._reply(404, b"", "text/plain")
                return
        except Exception as exc:  # noqa: BLE001 - a bad request gets a 400, never kills the receiver
            self._reply(400, str(exc).encode(), "text/plain")
            return
        # An empty Export*ServiceResponse is zero bytes in protobuf and {} in JSON.
        self._reply(200, b"{}" if is_json else b"", "application/json" if is_json else "application/x-protobuf")

    def _reply(self, code: int, body: bytes, content_type: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    receiver: OTLPReceiver


class OTLPReceiver:
    """An OTLP/HTTP endpoint on 127.0.0.1 that keeps what it receives.

    ``endpoint`` is the base URL (set ``OTEL_EXPORTER_OTLP_ENDPOINT`` to it);
    ``traces_endpoint`` the full ``/v1/traces`` URL.
    """

    def __init__(self, *, hang: bool = False) -> None:
        self.hang = hang
        self._cond = threading.Condition()
        self._release = threading.Event()
        self._spans: list[SpanData] = []
        self._requests: dict[str, int] = {}
        self._metric_requests: list[Any] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> OTLPReceiver:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.receiver = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="otlp-receiver", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving; a hanging receiver lets its open requests go (unanswered)."""
        self._release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def __enter__(self) -> OTLPReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("receiver not started")
        return int(self._server.server_address[1])

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def traces_endpoint(self) -> str:
        return f"{self.endpoint}/v1/traces"

    # ---------------------------------------------------------------- collected data

    def _note_request(self, path: str) -> None:
        with self._cond:
            self._requests[path] = self._requests.get(path, 0) + 1
            self._cond.notify_all()

    def _add_spans(self, spans: list[SpanData]) -> None:
        with self._cond:
            self._spans.extend(spans)
            self._cond.notify_all()

    def _add_metrics(self, body: bytes, is_json: bool) -> None:
        if is_json:
            doc: Any = json.loads(body)
        else:
            from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest

            doc = ExportMetricsServiceRequest.FromString(body)
        with self._cond:
            self._metric_requests.append(doc)
            self._cond.notify_all()

    @property
    def spans(self) -> list[SpanData]:
        with self._cond:
            return list(self._spans)

    @property
    def metric_requests(self) -> list[Any]:
        """Decoded ``ExportMetricsServiceRequest``s (protobuf messages, or dicts for JSON)."""
        with self._cond:
            return list(self._metric_requests)

    def requests(self, path: str = "/v1/traces") -> int:
        """How many requests arrived on ``path`` (answered or not)."""
        with self._cond:
            return self._requests.get(path, 0)

    def wait_for_spans(self, n: int, timeout: float = 10.0) -> list[SpanData]:
        """Block until at least ``n`` spans arrived; raise ``TimeoutError`` with what did."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._spans) >= n, timeout):
                raise TimeoutError(f"expected {n} spans within {timeout}s, got {len(self._spans)}")
            return list(self._spans)

    def wait_for_requests(self, n: int, path: str = "/v1/traces", timeout: float = 10.0) -> int:
        """Block until at least ``n`` requests arrived on ``path``."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._requests.get(path, 0) >= n, timeout):
                raise TimeoutError(f"expected {n} requests on {path} within {timeout}s")
            return self._requests[path]

    def wait_for_metrics(self, n: int = 1, timeout: float = 10.0) -> list[Any]:
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._metric_requests) >= n, timeout):
                raise TimeoutError(f"expected {n} metrics requests within {timeout}s")
            return list(self._metric_requests)

    def traces(self) -> dict[str, list[SpanData]]:
        """Spans grouped by trace id, each group sorted by start time."""
        out: dict[str, list[SpanData]] = {}
        for s in sorted(self.spans, key=lambda s: s.start_ns):
            out.setdefault(s.trace_id, []).append(s)
        return out

    def to_otlp_json(self, path: str | Path | None = None) -> str:
        """What was received, as one OTLP/JSON document (written to ``path`` if given)."""
        text = json.dumps(spans_to_otlp_json(self.spans), indent=1)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text


@contextlib.contextmanager
def receiver_process(*, stop_timeout_s: float = 10.0) -> Iterator[str]:
    """An ``OTLPReceiver`` in a process of its own (as a collector would be), so decoding what is
    exported is not billed to the process being measured. Yields its endpoint; the receiver
    stops when its stdin closes (killed after ``stop_timeout_s``)."""
    code = (
        "import sys; from agentmesh_guard.testing.otlp import OTLPReceiver; r = OTLPReceiver().start(); "
        "print(r.endpoint, flush=True); sys.stdin.read(); r.close()"
    )
    pipe = subprocess.PIPE
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=pipe, stdout=pipe, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        endpoint = proc.stdout.readline().strip()
        if not endpoint:
            raise RuntimeError("the OTLP receiver did not start")
        yield endpoint
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        reap(proc, timeout=stop_timeout_s)


if _HAVE_PYTEST:

    @pytest.fixture
    def otlp_receiver() -> Iterator[OTLPReceiver]:
        """A started ``OTLPReceiver`` on a free port, closed after the test."""
        with OTLPReceiver() as receiver:
            yield receiver
