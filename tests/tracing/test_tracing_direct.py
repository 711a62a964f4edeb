"""The fast paths of the hop span must say exactly what the SDK's own path says.

- ``_DirectSpans``: a hop of a tracer ``Telemetry`` built emits a ``ReadableSpan`` itself;
  compared here, field by field, with the span the SDK's ``Tracer.start_span`` makes for
  the same hop (user-supplied providers take that path).
- ``agentmesh_guard._otlp``: the hand-written OTLP/protobuf encoder; compared with the
  SDK's ``encode_spans`` after decoding both with the official message classes.
"""

from __future__ import annotations

from typing import Any

import pytest
from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import Event, ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.trace.sampling import ALWAYS_OFF, ALWAYS_ON
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import Link, SpanContext, SpanKind, Status, StatusCode, TraceFlags, TraceState
from tracing_support import TRACEPARENT, VerdictFactory

from agentmesh_guard._otlp import encode_spans_bytes
from agentmesh_guard.tracing import Telemetry
from agentmesh_guard.verdict import Action, Finding, Reason

LINKED = "00-1bf7651916cd43dd8448eb211c80319c-c7ad6b7169203331-01"


def _sdk_path_telemetry(sampler: Any = ALWAYS_ON) -> tuple[Telemetry, InMemorySpanExporter]:
    """Providers passed in by the user: hops go through ``Tracer.start_span``."""
    exporter = InMemorySpanExporter()
    tp = TracerProvider(sampler=sampler, resource=Resource({"service.name": "agentmesh-guard"}))
    tp.add_span_processor(SimpleSpanProcessor(exporter))
    mp = MeterProvider(metric_readers=[InMemoryMetricReader()])
    telemetry = Telemetry(tp, mp)
    assert telemetry._direct is None
    return telemetry, exporter


def _comparable(span: ReadableSpan) -> dict[str, Any]:
    return {
        "name": span.name,
        "kind": span.kind,
        "trace_id": span.context.trace_id,
        "flags": int(span.context.trace_flags),
        "parent": (span.parent.trace_id, span.parent.span_id, span.parent.is_remote) if span.parent else None,
        "attributes": dict(span.attributes or {}),
        "events": [(e.name, dict(e.attributes or {})) for e in span.events],
        "links": [(lk.context.trace_id, lk.context.span_id) for lk in span.links],
        "status": (span.status.status_code, span.status.description),
        "resource": dict(span.resource.attributes),
        "scope": span.instrumentation_scope.name if span.instrumentation_scope else None,
        "timed": span.start_time is not None and span.end_time is not None and span.start_time <= span.end_time,
    }


VERDICTS: dict[str, dict[str, Any]] = {
    "deliver": {},
    "quarantine with findings": {
        "action": Action.QUARANTINE,
        "findings": (
            Finding(kind="injection", severity=90, detector="injection"),
            Finding(kind="secret", severity=70, detector="secrets"),
        ),
        "labels": ("untrusted:web",),
        "reasons": (Reason(code="policy.forbid", message="poisoned"),),
    },
    "reject tool call": {"action": Action.REJECT, "kind": "tool_call"},
}


@pytest.mark.parametrize("case", sorted(VERDICTS))
@pytest.mark.parametrize("headers", [{"traceparent": TRACEPARENT}, {}], ids=["child", "root"])
def test_direct_span_matches_the_sdk_span(case: str, headers: dict[str, str], make_verdict: VerdictFactory) -> None:
    direct = Telemetry.in_memory(service_name="agentmesh-guard")
    assert direct._direct is not None, "in_memory telemetry should take the direct path"
    sdk, exporter = _sdk_path_telemetry()
    verdict = make_verdict(**VERDICTS[case])
    out = {}
    for telemetry in (direct, sdk):
        with telemetry.hop("mesh.out.alice", headers, links=[{"traceparent": LINKED}]) as hop:
            hop.record(verdict, quarantine_id="q-1" if verdict.action is Action.QUARANTINE else None)
            out[id(telemetry)] = (hop.trace_id, hop.span_id, hop.outgoing_headers())
    (a,) = direct.finished_spans()
    (b,) = exporter.get_finished_spans()
    ca, cb = _comparable(a), _comparable(b)
    if not headers:  # a new trace each: ids differ by design
        ca.pop("trace_id"), cb.pop("trace_id")
    assert ca == cb
    trace_id, span_id, outgoing = out[id(direct)]
    assert trace_id == format(a.context.trace_id, "032x") and span_id == format(a.context.span_id, "016x")
    assert outgoing["traceparent"] == f"00-{trace_id}-{span_id}-{int(a.context.trace_flags):02x}"
    sdk_outgoing = out[id(sdk)][2]
    assert outgoing.keys() == sdk_outgoing.keys()
    if headers:  # same trace, same flags; the span ids are each hop's own
        assert outgoing["traceparent"][:36] == sdk_outgoing["traceparent"][:36]
        assert outgoing["traceparent"][-2:] == sdk_outgoing["traceparent"][-2:]


def test_direct_path_error_matches_the_sdk(make_verdict: VerdictFactory) -> None:
    direct = Telemetry.in_memory()
    sdk, exporter = _sdk_path_telemetry()
    for telemetry in (direct, sdk):
        with pytest.raises(ValueError, match="boom"), telemetry.hop("mesh.out.alice", {"traceparent": TRACEPARENT}):
            raise ValueError("boom")
    (a,) = direct.finished_spans()
    (b,) = exporter.get_finished_spans()
    assert a.status.status_code is b.status.status_code is StatusCode.ERROR
    assert a.status.description == b.status.description
    assert [e.name for e in a.events] == [e.name for e in b.events] == ["exception"]
    ea, eb = dict(a.events[0].attributes or {}), dict(b.events[0].attributes or {})
    assert ea.keys() == eb.keys()
    assert ea["exception.type"] == eb["exception.type"] == "ValueError"
    assert dict(a.attributes or {})["agentmesh.verdict"] == "error"


def test_unsampled_direct_hop_exports_nothing_but_propagates(make_verdict: VerdictFactory) -> None:
    telemetry = Telemetry.in_memory()
    assert telemetry._direct is not None
    telemetry._direct.sampler = ALWAYS_OFF
    with telemetry.hop("mesh.out.alice", {"traceparent": TRACEPARENT}) as hop:
        hop.record(make_verdict())
        headers = hop.outgoing_headers()
    assert telemetry.finished_spans() == ()
    assert headers["traceparent"].endswith("-00")  # the next hop learns it is not sampled
    assert hop.trace_id in headers["traceparent"]
    assert telemetry.metric_points("agentmesh.messages") == {(("agentmesh.verdict", "deliver"),): 1}


def test_span_limit_variables_send_hops_through_the_sdk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_SPAN_ATTRIBUTE_COUNT_LIMIT", "3")
    telemetry = Telemetry.in_memory()
    assert telemetry._direct is None
    with telemetry.hop("mesh.out.alice", {"traceparent": TRACEPARENT}, message_id="m1"):
        pass
    (span,) = telemetry.finished_spans()
    assert len(span.attributes or {}) == 3  # the SDK applied the limit


def test_counters_are_summed_per_verdict_and_kind(telemetry: Telemetry, make_verdict: VerdictFactory) -> None:
    poisoned = make_verdict(Action.QUARANTINE, findings=(Finding(kind="injection", severity=90, detector="x"),) * 2)
    for verdict in (make_verdict(), make_verdict(), poisoned):
        with telemetry.hop("mesh.out.alice") as hop:
            hop.record(verdict)
    assert telemetry.metric_points("agentmesh.messages") == {
        (("agentmesh.verdict", "deliver"),): 2,
        (("agentmesh.verdict", "quarantine"),): 1,
    }
    assert telemetry.metric_points("agentmesh.findings") == {(("agentmesh.finding_kind", "injection"),): 2}
    ((_, (count, _)),) = [
        (k, v) for k, v in telemetry.metric_points("agentmesh.decision.duration").items() if "quarantine" in str(k)
    ]
    assert count == 1


# -- the encoder ----------------------------------------------------------------------------------


def _ctx(trace_id: int, span_id: int, *, remote: bool = False, state: TraceState | None = None) -> SpanContext:
    return SpanContext(trace_id, span_id, is_remote=remote, trace_flags=TraceFlags(1), trace_state=state)


def _varied_spans() -> list[ReadableSpan]:
    r1 = Resource({"service.name": "guard-a", "host.cores": 2})
    r2 = Resource({"service.name": "guard-b"}, schema_url="https://opentelemetry.io/schemas/1.21.0")
    s1 = InstrumentationScope("agentmesh_guard")
    s2 = InstrumentationScope("other", "1.2.3", "https://example.test/schema", {"scope.attr": "x"})
    every_type = {
        "str": "v",
        "empty": "",
        "long": "x" * 500,
        "unicode": "é日本",
        "true": True,
        "false": False,
        "zero": 0,
        "negative": -5,
        "big": 2**62,
        "float": 1.5,
        "bytes": b"\x00\x01",
        "strs": ("a", "b"),
        "ints": (1, 2, 3),
        "empty_tuple": (),
    }
    spans = []
    for i in range(40):
        parent = None if i % 4 == 0 else _ctx(7 + i, 99 + i, remote=i % 2 == 1)
        spans.append(
            ReadableSpan(
                f"process mesh.out.a{i % 3}",
                context=_ctx(
                    0xABC + i,
                    0x123 + i,
                    state=TraceState([("vendor", f"v{i}")]) if i % 5 == 0 else None,
                ),
                parent=parent,
                resource=r1 if i % 3 else r2,
                attributes={**every_type, "i": i, "verdict": ("deliver", "quarantine")[i % 2]},
                events=[Event("agentmesh.finding", {"severity": i, "kind": "injection"}, 1_700_000_000_000_000_000 + i)]
                if i % 2
                else [],
                links=[Link(_ctx(0x55, 0x66 + i, remote=True), {"link.attr": i})] if i % 3 == 0 else [],
                kind=list(SpanKind)[i % 5],
                status=[Status(StatusCode.UNSET), Status(StatusCode.OK), Status(StatusCode.ERROR, f"denied {i}")][
                    i % 3
                ],
                start_time=1_700_000_000_000_000_000 + i,
                end_time=1_700_000_000_000_500_000 + i,
                instrumentation_scope=s1 if i % 4 else s2,
            )
        )
    return spans


def test_fast_encoder_matches_the_sdk_encoder() -> None:
    spans = _varied_spans()
    ours = ExportTraceServiceRequest.FromString(encode_spans_bytes(spans))
    theirs = ExportTraceServiceRequest.FromString(encode_spans(spans).SerializePartialToString())
    assert ours == theirs
    assert len(ours.resource_spans) == 2


def test_fast_encoder_matches_on_real_hop_spans(make_verdict: VerdictFactory) -> None:
    """The cache of encoded key/values must not leak a pair into the wrong field (span vs event)."""
    telemetry = Telemetry.in_memory()
    for i in range(30):
        verdict = make_verdict(**VERDICTS[sorted(VERDICTS)[i % 3]])
        with telemetry.hop("mesh.out.alice", {"traceparent": TRACEPARENT}) as hop:
            hop.record(verdict)
    spans = telemetry.finished_spans()
    from agentmesh_guard._otlp import _Encoder

    encoder = _Encoder()  # one encoder, several batches: the caches are reused
    for batch in (spans[:10], spans[10:], spans):
        ours = ExportTraceServiceRequest.FromString(encoder.request(batch))
        assert ours == ExportTraceServiceRequest.FromString(encode_spans(batch).SerializePartialToString())
