"""Real OTLP/HTTP export, received by the in-repo receiver: a conversation across services."""

from __future__ import annotations

import gzip
import itertools
import json
import urllib.request
from pathlib import Path

import pytest
from tracing_support import TRACE_ID, VerdictFactory

from agentmesh_guard.testing.otlp import OTLPReceiver
from agentmesh_guard.tracetree import load_otlp_json, render_tree
from agentmesh_guard.tracing import Telemetry
from agentmesh_guard.verdict import Action, Finding


@pytest.fixture
def export_to(monkeypatch: pytest.MonkeyPatch, otlp_receiver: OTLPReceiver) -> OTLPReceiver:
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", otlp_receiver.endpoint)
    monkeypatch.setenv("OTEL_METRICS_EXPORTER", "none")
    return otlp_receiver


def test_conversation_is_one_trace_with_the_right_parents(
    export_to: OTLPReceiver, make_verdict: VerdictFactory, tmp_path: Path
) -> None:
    """planner → guard → researcher → guard → web_fetch → guard → researcher(quarantined):
    every span exported over OTLP/HTTP shares one trace id, each hop is the child of the
    span that sent the message, and each service name is its own."""
    planner = Telemetry.from_env("planner")
    guard = Telemetry.from_env("agentmesh-guard")
    researcher = Telemetry.from_env("researcher")
    tool = Telemetry.from_env("web_fetch")

    with planner.agent_span("plan") as plan:
        sent = plan.headers
    with guard.hop("mesh.out.planner", sent) as hop1:
        hop1.record(make_verdict(sender="planner", recipient="researcher"))
        delivered = hop1.outgoing_headers()
    with researcher.agent_span("research", delivered) as research:
        call = research.headers
    with guard.hop("mesh.out.researcher", call) as hop2:
        hop2.record(make_verdict(kind="tool_call", sender="researcher", recipient="web_fetch"))
        delivered = hop2.outgoing_headers()
    with tool.agent_span("web_fetch", delivered, kind="SERVER") as fetch:
        result = fetch.headers
    with guard.hop("mesh.out.web_fetch", result) as hop3:
        poisoned = make_verdict(
            Action.QUARANTINE,
            kind="tool_result",
            sender="web_fetch",
            recipient="researcher",
            findings=(Finding(kind="injection", severity=90, detector="keywords"),),
            policy_ids=("forbid-injection",),
        )
        hop3.record(poisoned, quarantine_id="q-1")

    for t in (planner, guard, researcher, tool):
        assert t.shutdown() is True
    spans = export_to.wait_for_spans(6)

    assert len(spans) == 6
    (trace_id,) = export_to.traces()
    assert trace_id == plan.trace_id
    by_name = {s.name: s for s in spans}
    chain = [
        "plan",
        "process mesh.out.planner",
        "research",
        "process mesh.out.researcher",
        "web_fetch",
        "process mesh.out.web_fetch",
    ]
    assert by_name["plan"].parent_span_id == ""
    for parent, child in itertools.pairwise(chain):
        assert by_name[child].parent_span_id == by_name[parent].span_id, child
    assert by_name["process mesh.out.planner"].service_name == "agentmesh-guard"
    assert by_name["research"].service_name == "researcher"
    assert by_name["web_fetch"].kind == "SERVER"
    last = by_name["process mesh.out.web_fetch"]
    assert last.kind == "CONSUMER"
    assert last.status == "ERROR"
    assert last.attributes["agentmesh.verdict"] == "quarantine"
    assert last.attributes["agentmesh.finding_kinds"] == ["injection"]
    assert last.attributes["agentmesh.quarantine_id"] == "q-1"
    assert last.span_id == hop3.span_id

    # What the receiver got, written as OTLP JSON and read back, is the same trace.
    path = tmp_path / "trace.json"
    export_to.to_otlp_json(path)
    assert sorted(load_otlp_json(path), key=lambda s: s.span_id) == sorted(spans, key=lambda s: s.span_id)
    tree = render_tree(load_otlp_json(path))
    assert "researcher → web_fetch deliver" in tree
    assert "web_fetch → researcher quarantine (injection)" in tree


def test_unsampled_sender_cannot_hide_its_message_from_the_guard(
    export_to: OTLPReceiver, make_verdict: VerdictFactory
) -> None:
    """A traceparent with sampled=0 still gets its guard hop recorded and exported (unless
    an operator configures a sampler), and the next hop is told it is sampled."""
    guard = Telemetry.from_env("agentmesh-guard")
    with guard.hop("mesh.out.mallory", {"traceparent": f"00-{TRACE_ID}-{'3' * 16}-00"}) as hop:
        hop.record(make_verdict(Action.REJECT, sender="mallory"))
        out = hop.outgoing_headers()
    guard.shutdown()
    (span,) = export_to.wait_for_spans(1)
    assert span.trace_id == TRACE_ID
    assert span.attributes["agentmesh.sender"] == "mallory"
    assert out["traceparent"].endswith("-01")


def test_service_name_env_overrides_the_default(export_to: OTLPReceiver, monkeypatch: pytest.MonkeyPatch) -> None:
    """OTEL_SERVICE_NAME wins over the ``service_name`` given in code."""
    monkeypatch.setenv("OTEL_SERVICE_NAME", "guard-eu-1")
    guard = Telemetry.from_env("agentmesh-guard")
    with guard.hop("mesh.out.a"):
        pass
    guard.shutdown()
    (span,) = export_to.wait_for_spans(1)
    assert span.service_name == "guard-eu-1"


def test_metrics_are_exported_over_otlp(
    otlp_receiver: OTLPReceiver, monkeypatch: pytest.MonkeyPatch, make_verdict: VerdictFactory
) -> None:
    """With the OTLP metrics exporter, ``agentmesh.messages`` reaches the receiver's /v1/metrics."""
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", otlp_receiver.endpoint)
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "none")
    guard = Telemetry.from_env("agentmesh-guard")
    with guard.hop("mesh.out.a") as hop:
        hop.record(make_verdict())
    assert guard.shutdown() is True  # the final collection is exported at shutdown
    (request,) = otlp_receiver.wait_for_metrics(1)
    names = {m.name for rm in request.resource_metrics for sm in rm.scope_metrics for m in sm.metrics}
    assert {"agentmesh.messages", "agentmesh.decision.duration"} <= names
    assert otlp_receiver.spans == []


def test_receiver_accepts_gzip_json_and_rejects_garbage(otlp_receiver: OTLPReceiver) -> None:
    """The receiver decodes gzip'd OTLP/JSON, answers 400 to an undecodable body and 404
    to an unknown path, and keeps serving."""
    doc = {
        "resourceSpans": [
            {
                "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "svc"}}]},
                "scopeSpans": [
                    {
                        "spans": [
                            {
                                "traceId": TRACE_ID,
                                "spanId": "1" * 16,
                                "name": "x",
                                "kind": 5,
                                "startTimeUnixNano": "1",
                                "endTimeUnixNano": "2",
                            }
                        ]
                    }
                ],
            }
        ]
    }

    def post(path: str, body: bytes, **headers: str) -> int:
        url = otlp_receiver.endpoint + path
        req = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310 - our http URL
        try:
            with urllib.request.urlopen(req, timeout=10) as response:  # noqa: S310 - our http URL
                return int(response.status)
        except urllib.error.HTTPError as exc:
            code = exc.code
            exc.close()
            return code

    assert (
        post(
            "/v1/traces",
            gzip.compress(json.dumps(doc).encode()),
            **{"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )
        == 200
    )
    assert post("/v1/traces", b"\xff\x00garbage", **{"Content-Type": "application/x-protobuf"}) == 400
    assert post("/v1/logs", b"", **{"Content-Type": "application/x-protobuf"}) == 404
    (span,) = otlp_receiver.wait_for_spans(1)
    assert (span.service_name, span.kind, span.duration_ns) == ("svc", "CONSUMER", 1)
