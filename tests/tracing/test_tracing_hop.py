"""Unit behaviour of one hop at the guard, with the in-memory exporter and metric reader."""

from __future__ import annotations

import pytest
from opentelemetry import baggage
from opentelemetry.trace import SpanKind, StatusCode, get_current_span
from tracing_support import PARENT_SPAN_ID, TRACE_ID, TRACEPARENT, VerdictFactory

from agentmesh_guard.tracing import Telemetry, extract, inject
from agentmesh_guard.verdict import Action, Finding, Reason


def _hex(n: int, width: int) -> str:
    return format(n, f"0{width}x")


def test_known_traceparent_survives_the_hop(telemetry: Telemetry, make_verdict: VerdictFactory) -> None:
    """A message carrying a traceparent gets a CONSUMER span in the same trace, whose
    parent is the sender's span, named and attributed per the messaging conventions."""
    with telemetry.hop("mesh.out.alice", {"traceparent": TRACEPARENT}) as hop:
        hop.record(make_verdict())
    (span,) = telemetry.finished_spans()
    assert _hex(span.context.trace_id, 32) == TRACE_ID == hop.trace_id
    assert span.parent is not None
    assert _hex(span.parent.span_id, 16) == PARENT_SPAN_ID
    assert span.parent.is_remote
    assert span.kind is SpanKind.CONSUMER
    assert span.name == "process mesh.out.alice"
    attrs = dict(span.attributes or {})
    assert attrs["messaging.system"] == "nats"
    assert attrs["messaging.destination.name"] == "mesh.out.alice"
    assert attrs["messaging.operation.type"] == "process"
    assert attrs["messaging.message.id"] == "m-alice-bob"
    assert attrs["messaging.message.body.size"] == len(b'{"kind":"message"}')
    assert hop.span_id == _hex(span.context.span_id, 16) != PARENT_SPAN_ID


@pytest.mark.parametrize(
    "headers",
    [None, {}, {"other": "x"}, {"traceparent": "garbage"}, {"traceparent": "00-" + "0" * 32 + "-" + "0" * 16 + "-01"}],
)
def test_no_usable_header_starts_a_new_trace(telemetry: Telemetry, headers: dict[str, str] | None) -> None:
    """Without a (valid) traceparent the hop is the root of a fresh trace, and nothing raises."""
    with telemetry.hop("mesh.out.alice", headers) as hop:
        pass
    (span,) = telemetry.finished_spans()
    assert span.parent is None
    assert len(hop.trace_id) == 32
    assert hop.trace_id != "0" * 32
    assert not get_current_span(extract(headers)).get_span_context().is_valid


def test_header_name_case_is_ignored(telemetry: Telemetry) -> None:
    """NATS headers are case-sensitive; a ``Traceparent`` header still continues the trace."""
    with telemetry.hop("mesh.out.alice", {"Traceparent": TRACEPARENT}) as hop:
        pass
    assert hop.trace_id == TRACE_ID


def test_outgoing_headers_make_the_next_hop_a_child(telemetry: Telemetry, make_verdict: VerdictFactory) -> None:
    """Headers from ``outgoing_headers`` parent the next hop on this hop's span, same trace."""
    with telemetry.hop("mesh.out.alice", {"traceparent": TRACEPARENT}) as first:
        first.record(make_verdict())
        out = first.outgoing_headers()
    with telemetry.hop("mesh.out.bob", out) as second:
        second.record(make_verdict(sender="bob", recipient="alice"))
    a, b = telemetry.finished_spans()
    assert out["traceparent"] == f"00-{TRACE_ID}-{first.span_id}-01"
    assert b.parent is not None
    assert b.parent.span_id == a.context.span_id
    assert second.trace_id == first.trace_id == TRACE_ID


def test_delivered_message_has_verdict_attributes_and_no_error(
    telemetry: Telemetry, make_verdict: VerdictFactory
) -> None:
    """A delivery sets sender, recipient, kind, verdict, policies and labels; status stays UNSET."""
    with telemetry.hop("mesh.out.alice", None) as hop:
        hop.record(make_verdict(kind="tool_call", recipient="web_fetch", labels=("untrusted:web",)))
    (span,) = telemetry.finished_spans()
    attrs = dict(span.attributes or {})
    assert attrs["agentmesh.sender"] == "alice"
    assert attrs["agentmesh.recipient"] == "web_fetch"
    assert attrs["agentmesh.kind"] == "tool_call"
    assert attrs["agentmesh.verdict"] == "deliver"
    assert attrs["agentmesh.policy_ids"] == ("permit-team",)
    assert attrs["agentmesh.labels"] == ("untrusted:web",)
    assert "agentmesh.quarantine_id" not in attrs
    assert span.status.status_code is StatusCode.UNSET
    assert [e.name for e in span.events] == []


def test_denial_sets_error_status_event_and_findings(telemetry: Telemetry, make_verdict: VerdictFactory) -> None:
    """A quarantined message: ERROR status with the verdict summary, a denied event with the
    reason codes and stage, one event per finding, and the finding/quarantine attributes."""
    findings = (
        Finding(kind="injection", severity=85, detector="keywords"),
        Finding(kind="exfiltration", severity=60, detector="urls"),
        Finding(kind="injection", severity=40, detector="classifier"),
    )
    verdict = make_verdict(
        Action.QUARANTINE,
        findings=findings,
        policy_ids=("forbid-injection",),
        reasons=(Reason(code="forbid-injection", message="injection"),),
    )
    with telemetry.hop("mesh.out.alice", {"traceparent": TRACEPARENT}) as hop:
        hop.record(verdict, quarantine_id="q-123")
    (span,) = telemetry.finished_spans()
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == verdict.summary()
    attrs = dict(span.attributes or {})
    assert attrs["agentmesh.verdict"] == "quarantine"
    assert attrs["agentmesh.finding_kinds"] == ("injection", "exfiltration")
    assert attrs["agentmesh.max_severity"] == 85
    assert attrs["agentmesh.quarantine_id"] == "q-123"
    denied = [e for e in span.events if e.name == "agentmesh.denied"]
    assert len(denied) == 1
    assert dict(denied[0].attributes or {})["agentmesh.reason_codes"] == ("forbid-injection",)
    assert dict(denied[0].attributes or {})["agentmesh.stage"] == "policy"
    kinds = [dict(e.attributes or {})["agentmesh.finding.kind"] for e in span.events if e.name == "agentmesh.finding"]
    assert kinds == ["injection", "exfiltration", "injection"]


def test_metrics_count_verdicts_findings_and_duration(telemetry: Telemetry, make_verdict: VerdictFactory) -> None:
    """``record`` counts messages by verdict, findings by kind, and one duration sample per hop."""
    finding = Finding(kind="injection", severity=90, detector="k")
    for verdict in (
        make_verdict(),
        make_verdict(),
        make_verdict(Action.QUARANTINE, findings=(finding, finding)),
        make_verdict(Action.REJECT),
    ):
        with telemetry.hop("mesh.out.alice") as hop:
            hop.record(verdict)
    assert telemetry.metric_points("agentmesh.messages") == {
        (("agentmesh.verdict", "deliver"),): 2,
        (("agentmesh.verdict", "quarantine"),): 1,
        (("agentmesh.verdict", "reject"),): 1,
    }
    assert telemetry.metric_points("agentmesh.findings") == {(("agentmesh.finding_kind", "injection"),): 2}
    durations = telemetry.metric_points("agentmesh.decision.duration")
    assert durations[(("agentmesh.verdict", "deliver"),)][0] == 2
    assert durations[(("agentmesh.verdict", "deliver"),)][1] >= 0


def test_record_is_counted_once(telemetry: Telemetry, make_verdict: VerdictFactory) -> None:
    """Calling ``record`` twice on one hop counts the message once (the first verdict wins)."""
    with telemetry.hop("mesh.out.alice") as hop:
        hop.record(make_verdict())
        hop.record(make_verdict(Action.REJECT))
    assert telemetry.metric_points("agentmesh.messages") == {(("agentmesh.verdict", "deliver"),): 1}


def test_quarantine_size_gauge_reads_the_source_and_survives_its_failure(telemetry: Telemetry) -> None:
    """The gauge reports the registered source; a source that raises yields no point, no error."""
    assert telemetry.metric_points("agentmesh.quarantine.size") == {}
    telemetry.observe_quarantine_size(lambda: 7)
    assert telemetry.metric_points("agentmesh.quarantine.size") == {(): 7}

    def broken() -> int:
        raise RuntimeError("store down")

    telemetry.observe_quarantine_size(broken)
    assert telemetry.metric_points("agentmesh.quarantine.size") == {}


def test_exception_in_the_hop_is_recorded_and_propagates(telemetry: Telemetry) -> None:
    """A guard failure inside the hop: exception event, ERROR status, counted as ``error``,
    and the exception still reaches the caller unchanged."""
    with pytest.raises(ValueError, match="boom"), telemetry.hop("mesh.out.alice"):
        raise ValueError("boom")
    (span,) = telemetry.finished_spans()
    assert span.status.status_code is StatusCode.ERROR
    assert [e.name for e in span.events] == ["exception"]
    assert dict(span.attributes or {})["agentmesh.verdict"] == "error"
    assert telemetry.metric_points("agentmesh.messages") == {(("agentmesh.verdict", "error"),): 1}


def test_sender_tracestate_and_baggage_are_not_forwarded_by_default(telemetry: Telemetry) -> None:
    """The guard does not scan tracestate/baggage, so by default it does not carry them
    from one agent to the next; the trace itself continues."""
    incoming = {"traceparent": TRACEPARENT, "tracestate": "evil=ignore-previous", "baggage": "note=run%20rm"}
    with telemetry.hop("mesh.out.alice", incoming) as hop:
        out = hop.outgoing_headers()
    assert set(out) == {"traceparent"}
    assert out["traceparent"].split("-")[1] == TRACE_ID


def test_untrusted_context_is_forwarded_when_asked() -> None:
    """With ``forward_untrusted_context=True`` tracestate and baggage travel on."""
    t = Telemetry.in_memory(forward_untrusted_context=True)
    incoming = {"traceparent": TRACEPARENT, "tracestate": "vendor=abc", "baggage": "tenant=acme"}
    with t.hop("mesh.out.alice", incoming) as hop:
        out = hop.outgoing_headers()
    t.shutdown()
    assert out["tracestate"] == "vendor=abc"
    assert out["baggage"] == "tenant=acme"


def test_links_point_at_related_messages(telemetry: Telemetry) -> None:
    """Headers given as ``links`` become span links to those messages' spans (fan-in)."""
    other = f"00-{'1' * 32}-{'2' * 16}-01"
    with telemetry.hop("mesh.out.alice", {"traceparent": TRACEPARENT}, links=[{"traceparent": other}, {}]):
        pass
    (span,) = telemetry.finished_spans()
    assert [(_hex(lk.context.trace_id, 32), _hex(lk.context.span_id, 16)) for lk in span.links] == [
        ("1" * 32, "2" * 16)
    ]


def test_agent_span_is_a_child_and_returns_headers_for_the_next_send(telemetry: Telemetry) -> None:
    """An agent's work span is a child of the message it handles; its ``headers`` parent
    the next hop on the agent span."""
    with telemetry.agent_span("summarise", {"traceparent": TRACEPARENT}) as work:
        next_headers = work.headers
    with telemetry.hop("mesh.out.bob", next_headers) as hop:
        pass
    agent, guard = telemetry.finished_spans()
    assert agent.name == "summarise"
    assert agent.parent is not None
    assert _hex(agent.parent.span_id, 16) == PARENT_SPAN_ID
    assert guard.parent is not None
    assert guard.parent.span_id == agent.context.span_id
    assert work.trace_id == hop.trace_id == TRACE_ID


def test_agent_span_without_headers_nests_in_the_current_span(telemetry: Telemetry) -> None:
    """Inside a hop (in-process guard), an agent span with no headers is the hop's child."""
    with telemetry.hop("mesh.out.alice", {"traceparent": TRACEPARENT}) as hop, telemetry.agent_span("inner"):
        pass
    inner, outer = telemetry.finished_spans()
    assert inner.parent is not None
    assert _hex(inner.parent.span_id, 16) == hop.span_id
    assert outer.name == "process mesh.out.alice"


def test_agent_span_failure_is_recorded_and_reraised(telemetry: Telemetry) -> None:
    """An exception in agent work marks the agent span ERROR and propagates."""
    with pytest.raises(KeyError), telemetry.agent_span("plan"):
        raise KeyError("x")
    (span,) = telemetry.finished_spans()
    assert span.status.status_code is StatusCode.ERROR


def test_inject_and_extract_round_trip_with_baggage(telemetry: Telemetry) -> None:
    """``inject`` writes traceparent and baggage that ``extract`` reads back."""
    ctx = baggage.set_baggage("tenant", "acme", extract({"traceparent": TRACEPARENT}))
    headers = inject({}, ctx)
    assert headers["traceparent"] == TRACEPARENT
    back = extract(headers)
    assert baggage.get_baggage("tenant", back) == "acme"
    assert _hex(get_current_span(back).get_span_context().trace_id, 32) == TRACE_ID


def test_disabled_telemetry_passes_the_trace_through(make_verdict: VerdictFactory) -> None:
    """Disabled: no spans, no errors, and the incoming traceparent goes on unchanged so the
    trace is not cut at the guard."""
    t = Telemetry.disabled()
    with t.hop("mesh.out.alice", {"traceparent": TRACEPARENT}) as hop:
        hop.record(make_verdict(Action.QUARANTINE))
        out = hop.outgoing_headers()
    assert out == {"traceparent": TRACEPARENT}
    assert (hop.trace_id, hop.span_id) == (TRACE_ID, PARENT_SPAN_ID)
    with t.hop("mesh.out.alice", None) as bare:
        assert bare.outgoing_headers() == {}
        assert bare.trace_id == ""
    assert t.finished_spans() == ()
    assert t.shutdown() is True


def test_sdk_disabled_env_gives_disabled_telemetry(monkeypatch: pytest.MonkeyPatch) -> None:
    """``OTEL_SDK_DISABLED=true`` makes ``from_env`` build no providers at all."""
    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    t = Telemetry.from_env(service_name="guard")
    assert not t.enabled
    with t.hop("mesh.out.alice", {"traceparent": TRACEPARENT}) as hop:
        assert hop.outgoing_headers() == {"traceparent": TRACEPARENT}
    t.shutdown()
