"""Behaviour that needs a fresh interpreter: no OpenTelemetry installed, and OTel's global API."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tracing_support import TRACEPARENT

NO_OTEL = textwrap.dedent(
    """
    import sys

    class Block:
        def find_spec(self, name, path=None, target=None):
            if name == "opentelemetry" or name.startswith("opentelemetry."):
                raise ImportError("blocked: " + name)
            return None

    sys.meta_path.insert(0, Block())
    from agentmesh_guard import tracing
    from agentmesh_guard.verdict import Action, Verdict

    assert not tracing.HAVE_OTEL
    t = tracing.Telemetry.from_env(service_name="guard")
    assert not t.enabled
    with t.hop("mesh.out.a", {"traceparent": TP}) as hop:
        hop.record(Verdict(action=Action.DELIVER))
        assert hop.outgoing_headers() == {"traceparent": TP}, hop.outgoing_headers()
        assert hop.trace_id == TP.split("-")[1]
    with tracing.agent_span("work", {"traceparent": TP}) as s:
        assert s.headers == {"traceparent": TP}
    assert tracing.extract({"traceparent": TP}) == {}
    assert tracing.inject({}) == {}
    assert t.shutdown()
    assert not any(m.startswith("opentelemetry") for m in sys.modules)
    print("ok")
    """
)

GLOBAL = textwrap.dedent(
    """
    from opentelemetry import trace
    from agentmesh_guard import tracing

    t = tracing.Telemetry.in_memory(service_name="agent").install_global()
    with tracing.agent_span("step", {"traceparent": TP}) as s:
        with trace.get_tracer("user-code").start_as_current_span("inner"):
            pass
    inner, step = t.finished_spans()
    assert step.name == "step" and format(step.context.trace_id, "032x") == TP.split("-")[1]
    assert inner.parent.span_id == step.context.span_id
    assert s.headers["traceparent"].split("-")[2] == format(step.context.span_id, "016x")
    t.shutdown()
    print("ok")
    """
)


def _run(code: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-W", "error", "-c", f"TP = {TRACEPARENT!r}\n" + code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_module_works_without_opentelemetry() -> None:
    """With opentelemetry unimportable, tracing imports, ``from_env`` gives disabled telemetry,
    hops and agent spans pass the traceparent through, and nothing imports OTel."""
    assert _run(NO_OTEL) == "ok"


def test_install_global_serves_the_global_api() -> None:
    """After ``install_global()``, the module-level ``agent_span`` and any code using
    ``opentelemetry.trace.get_tracer`` produce spans in the same trace, nested correctly."""
    assert _run(GLOBAL) == "ok"
