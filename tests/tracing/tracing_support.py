"""Constants shared by the tracing tests (a uniquely named module: ``conftest`` is not importable
reliably when several directories have one)."""

from __future__ import annotations

from collections.abc import Callable

from agentmesh_guard.verdict import Verdict

TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
PARENT_SPAN_ID = "b7ad6b7169203331"
TRACEPARENT = f"00-{TRACE_ID}-{PARENT_SPAN_ID}-01"

VerdictFactory = Callable[..., Verdict]
