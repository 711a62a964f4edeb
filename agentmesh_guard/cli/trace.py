"""``agentmesh-guard trace show FILE_OR_ID``: a trace as a tree in the terminal.

FILE is an OTLP/JSON export (one document or JSON Lines, e.g. what
``OTLPReceiver.to_otlp_json`` or the Collector's file exporter writes). An ID
(32 hex digits) is looked up in ``--file`` if given, else fetched from Jaeger's
``/api/v3/traces/{id}`` (Jaeger 2.x, OTLP/JSON answer) at ``--jaeger``.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from pathlib import Path

import click

from agentmesh_guard.tracetree import SpanData, load_otlp_json, render_tree, spans_from_otlp_json

__all__ = ["trace_group", "trace_show_cmd"]

_TRACE_ID = re.compile(r"^[0-9a-fA-F]{32}$")


def _fetch_jaeger(base: str, trace_id: str, timeout: float) -> list[SpanData]:
    url = f"{base.rstrip('/')}/api/v3/traces/{trace_id}"
    if not url.startswith(("http://", "https://")):
        raise click.UsageError(f"--jaeger must be an http(s) URL, not {base!r}")
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - scheme checked above
            text = response.read().decode("utf-8")
    except (urllib.error.URLError, OSError) as exc:
        raise click.ClickException(f"could not fetch {url}: {exc}") from exc
    spans: list[SpanData] = []
    # The HTTP gateway may stream several {"result": ...} objects, one per line.
    for line in text.splitlines() or [text]:
        if line.strip():
            spans.extend(spans_from_otlp_json(json.loads(line)))
    return spans


@click.command("show")
@click.argument("file_or_id")
@click.option("--trace-id", "trace_id", default=None, help="Show only this trace (with FILE).")
@click.option(
    "--file",
    "file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Look the ID up in this OTLP/JSON file instead of Jaeger.",
)
@click.option("--jaeger", default="http://localhost:16686", show_default=True, help="Jaeger query URL.")
@click.option("--timeout", default=10.0, show_default=True, help="Seconds to wait for Jaeger.")
def trace_show_cmd(file_or_id: str, trace_id: str | None, file: Path | None, jaeger: str, timeout: float) -> None:
    """Render the trace(s) in FILE, or the trace with ID, as a tree."""
    path = Path(file_or_id)
    if path.is_file():
        spans = load_otlp_json(path)
    elif _TRACE_ID.match(file_or_id):
        trace_id = file_or_id.lower()
        spans = load_otlp_json(file) if file is not None else _fetch_jaeger(jaeger, trace_id, timeout)
    else:
        raise click.UsageError(f"{file_or_id!r} is neither a file nor a 32-hex-digit trace id")
    click.echo(render_tree(spans, trace_id))


@click.group("trace")
def trace_group() -> None:
    """Render traces from an OTLP JSON export (or Jaeger)."""


trace_group.add_command(trace_show_cmd)
