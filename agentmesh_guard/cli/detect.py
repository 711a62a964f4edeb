"""``agentmesh-guard scan`` and ``agentmesh-guard eval``: the detectors from the command line.

Both read JSON lines (``{"id", "text", "channel"?}``); ``scan`` also accepts
plain text (a line that is not a JSON object is scanned as one message).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

import click

from agentmesh_guard.evaluation import DEFAULT_THRESHOLD, evaluate, format_report, scan

__all__ = ["eval_cmd", "scan_cmd"]


def _rows(stream: TextIO) -> Iterator[dict[str, Any]]:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            row = None
        if not isinstance(row, dict):
            row = {"id": str(n), "text": line.rstrip("\n")}
        row.setdefault("id", str(n))
        yield row


@click.command("scan")
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--threshold", type=click.IntRange(0, 100), default=DEFAULT_THRESHOLD, show_default=True,
              help="Severity at or above which a line counts as flagged.")  # fmt: skip
def scan_cmd(file: TextIO, threshold: int) -> None:
    """Scan JSON lines (or plain text lines) from FILE or stdin; print one JSON result per line.

    Exits with status 1 when any line is flagged.
    """
    flagged = False
    for result in scan(_rows(file), threshold=threshold):
        flagged |= bool(result["flagged"])
        click.echo(json.dumps(result, ensure_ascii=False))
    sys.exit(1 if flagged else 0)


@click.command("eval")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--threshold", type=click.IntRange(0, 100), default=DEFAULT_THRESHOLD, show_default=True,
              help="Severity at or above which a line counts as flagged.")  # fmt: skip
def eval_cmd(file: TextIO, as_json: bool, threshold: int) -> None:
    """Evaluate the fast detectors on labelled JSON lines (fields id, text, label, channel, ...)."""
    rows = list(_rows(file))
    report = evaluate(rows, threshold)
    if as_json:
        import msgspec

        click.echo(msgspec.json.encode(report).decode())
    else:
        click.echo(format_report(report))
