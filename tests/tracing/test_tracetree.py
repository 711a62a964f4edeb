"""Rendering traces for the terminal, from a saved OTLP JSON export, and the CLI command."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from click.testing import CliRunner

from agentmesh_guard.cli.trace import trace_group, trace_show_cmd
from agentmesh_guard.tracetree import SpanData, load_otlp_json, render_tree, spans_to_otlp_json

DATA = Path(__file__).parent / "data" / "conversation.otlp.json"
TRACE = "5b8efff798038103d269b633813fc60c"

EXPECTED = """\
trace 5b8efff798038103d269b633813fc60c  (5 spans)
├─ plan [planner] 4.0 ms
│  └─ process mesh.out.planner [agentmesh-guard] planner → researcher deliver 0.250 ms
│     ├─ read inbox [researcher] 0.100 ms
│     └─ research [researcher] 0.100 ms
└─ process mesh.out.web_fetch [agentmesh-guard] web_fetch → researcher quarantine (injection) 0.500 ms\
  (parent ccccccccccccccc1 not in trace)"""


def test_saved_export_renders_as_a_tree() -> None:
    """Children nest under parents, siblings are ordered by start time (not file order),
    guard hops show sender → recipient and verdict, and a span whose parent is missing
    is drawn at the root and marked."""
    assert render_tree(load_otlp_json(DATA), TRACE) == EXPECTED


def test_all_traces_are_rendered_in_start_order() -> None:
    """Without a trace id every trace is drawn, earliest first; a non-hop ERROR span shows its message."""
    out = render_tree(load_otlp_json(DATA))
    first, second = out.split("\n\n")
    assert first == EXPECTED
    assert second == "trace 0000000000000000000000000000abcd  (1 span)\n└─ other trace [researcher] ERROR boom 2.50 s"


def test_unknown_trace_id_says_so() -> None:
    """Asking for a trace that is not in the spans says so instead of printing nothing."""
    assert render_tree(load_otlp_json(DATA), "f" * 32) == f"no spans for trace {'f' * 32}"


def test_json_lines_and_base64_ids_are_read(tmp_path: Path) -> None:
    """JSON Lines (the Collector's file exporter) and base64 ids (protobuf canonical JSON) load
    to the same spans as the hex OTLP/JSON file."""
    spans = load_otlp_json(DATA)
    doc = spans_to_otlp_json(spans)
    for rs in doc["resourceSpans"]:
        for ss in rs["scopeSpans"]:
            for sp in ss["spans"]:
                for key in ("traceId", "spanId", "parentSpanId"):
                    if key in sp:
                        sp[key] = base64.b64encode(bytes.fromhex(sp[key])).decode()
    lines = tmp_path / "export.jsonl"
    lines.write_text(json.dumps(doc) + "\n" + json.dumps({"resourceSpans": []}) + "\n")
    assert sorted(load_otlp_json(lines), key=_key) == sorted(spans, key=_key)


def _key(s: SpanData) -> str:
    return s.span_id


def test_otlp_json_round_trip_keeps_every_field(tmp_path: Path) -> None:
    """Writing spans as OTLP/JSON and reading them back gives equal SpanData (events, links,
    typed attributes, status included)."""
    from agentmesh_guard.tracetree import SpanEvent, SpanLink

    span = SpanData(
        trace_id=TRACE,
        span_id="1" * 16,
        parent_span_id="2" * 16,
        name="process mesh.out.a",
        kind="CONSUMER",
        start_ns=5,
        end_ns=9,
        attributes={"s": "x", "i": 3, "f": 1.5, "b": True, "l": ["a", "b"]},
        events=(SpanEvent(name="agentmesh.denied", time_unix_nano=7, attributes={"codes": ["p1"]}),),
        links=(SpanLink(trace_id="3" * 32, span_id="4" * 16),),
        status="ERROR",
        status_message="quarantine",
        service_name="guard",
        resource_attributes={"service.name": "guard"},
        scope_name="agentmesh_guard",
    )
    path = tmp_path / "one.json"
    path.write_text(json.dumps(spans_to_otlp_json([span])))
    assert load_otlp_json(path) == [span]


def test_cli_shows_a_file_and_a_trace_id_from_a_file() -> None:
    """``trace show FILE`` prints every trace; ``trace show ID --file FILE`` only that one;
    anything else is a usage error."""
    runner = CliRunner()
    result = runner.invoke(trace_group, ["show", str(DATA)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(EXPECTED)
    assert "other trace" in result.output
    result = runner.invoke(trace_show_cmd, [TRACE.upper(), "--file", str(DATA)])
    assert result.exit_code == 0, result.output
    assert result.output == EXPECTED + "\n"
    result = runner.invoke(trace_show_cmd, ["not-a-file-or-id"])
    assert result.exit_code == 2
    assert "neither a file nor" in result.output
