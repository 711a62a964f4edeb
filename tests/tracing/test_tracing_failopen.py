"""Telemetry fails open: a dead, refusing or hanging collector never stops a message."""

from __future__ import annotations

import socket

import pytest
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from tracing_support import TRACE_ID, TRACEPARENT, VerdictFactory

from agentmesh_guard.testing.otlp import OTLPReceiver
from agentmesh_guard.tracing import Telemetry

HOPS = 1000
QUEUE = 100


def _dropped_spans(reader: InMemoryMetricReader) -> int:
    """Spans the batch processor dropped because its queue was full (the SDK's own metric)."""
    data = reader.get_metrics_data()
    total = 0
    for rm in data.resource_metrics if data else ():
        for sm in rm.scope_metrics:
            for metric in sm.metrics:
                if metric.name == "otel.sdk.processor.span.processed":
                    for point in metric.data.data_points:
                        if (point.attributes or {}).get("error.type") == "queue_full":
                            total += point.value  # type: ignore[union-attr]
    return total


def _run_hops(telemetry: Telemetry, make_verdict: VerdictFactory) -> list[dict[str, str]]:
    outgoing = []
    for i in range(HOPS):
        with telemetry.hop(f"mesh.out.a{i % 7}", {"traceparent": TRACEPARENT}) as hop:
            hop.record(make_verdict())
            outgoing.append(hop.outgoing_headers())
    return outgoing


@pytest.fixture
def small_queue(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_METRICS_EXPORTER", "none")
    monkeypatch.setenv("OTEL_BSP_MAX_QUEUE_SIZE", str(QUEUE))
    monkeypatch.setenv("OTEL_BSP_MAX_EXPORT_BATCH_SIZE", "10")
    monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "1")
    monkeypatch.setenv("OTEL_PYTHON_SDK_INTERNAL_METRICS_ENABLED", "true")


@pytest.mark.usefixtures("small_queue")
def test_hanging_collector_never_blocks_hops_and_shutdown_gives_up(
    monkeypatch: pytest.MonkeyPatch, make_verdict: VerdictFactory
) -> None:
    """While the exporter is stuck in a request the collector never answers, 1000 hops
    all complete with correct outgoing context; the span queue holds QUEUE spans and drops
    the rest; ``shutdown`` returns False (gave up) while that request is still unanswered."""
    with OTLPReceiver(hang=True) as rx:
        monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", rx.endpoint)
        reader = InMemoryMetricReader()
        guard = Telemetry.from_env("agentmesh-guard", export_timeout_s=60, metric_readers=[reader])
        with guard.hop("mesh.out.warmup"):
            pass
        rx.wait_for_requests(1)  # the export worker is now blocked inside an HTTP request

        outgoing = _run_hops(guard, make_verdict)

        assert len(outgoing) == HOPS
        assert all(h["traceparent"].split("-")[1] == TRACE_ID for h in outgoing)
        assert len({h["traceparent"] for h in outgoing}) == HOPS  # one distinct hop span each
        assert rx.requests() == 1  # the export is still hanging: the hops did not wait for it
        assert _dropped_spans(reader) >= HOPS - QUEUE - 10
        assert guard.shutdown(timeout_s=0.2) is False
        assert rx.requests() == 1
        assert rx.spans == []  # returned before the collector answered
        # The message path still works after telemetry gave up.
        with guard.hop("mesh.out.late", {"traceparent": TRACEPARENT}) as late:
            late.record(make_verdict())
        assert late.outgoing_headers()["traceparent"].split("-")[1] == TRACE_ID


@pytest.mark.usefixtures("small_queue")
def test_refused_connection_never_blocks_hops(monkeypatch: pytest.MonkeyPatch, make_verdict: VerdictFactory) -> None:
    """With nothing listening on the collector port (connection refused, retried with
    backoff by the exporter), 1000 hops complete, nothing raises, and shutdown returns."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", f"http://127.0.0.1:{port}")
    guard = Telemetry.from_env("agentmesh-guard", export_timeout_s=30)
    outgoing = _run_hops(guard, make_verdict)
    assert len(outgoing) == HOPS
    assert all(h["traceparent"].split("-")[1] == TRACE_ID for h in outgoing)
    assert guard.shutdown(timeout_s=0.2) in (True, False)
    assert guard.shutdown() is True  # idempotent


def test_broken_tracer_provider_does_not_break_the_hop(make_verdict: VerdictFactory) -> None:
    """A tracer whose spans raise on every call: the hop body runs, record/outgoing_headers
    do not raise, and the exception-free path delivers."""

    class Exploding:
        def get_tracer(self, *args: object, **kwargs: object) -> Exploding:
            return self

        def start_span(self, *args: object, **kwargs: object) -> None:
            raise RuntimeError("tracer broken")

    guard = Telemetry(tracer_provider=Exploding())  # type: ignore[arg-type]
    ran = []
    with guard.hop("mesh.out.a", {"traceparent": TRACEPARENT}) as hop:
        ran.append(True)
        hop.record(make_verdict())
        out = hop.outgoing_headers()
    assert ran == [True]
    assert out == {"traceparent": TRACEPARENT}
