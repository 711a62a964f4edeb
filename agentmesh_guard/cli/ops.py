"""Operator commands: the quarantine and the approvals queue.

Against a local store directory and audit log (``--store``/``--audit``, what
``check --store --audit`` writes). Every action is audited with its actor.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from typing import BinaryIO

import click
import msgspec

from agentmesh_guard.audit import FileAuditLog
from agentmesh_guard.errors import AgentMeshError
from agentmesh_guard.quarantine import Disposition, FileQuarantineStore, HeldMessage
from agentmesh_guard.quarantine.operations import Operations

store_option = click.option(
    "--store",
    "store_dir",
    required=True,
    type=click.Path(file_okay=False),
    envvar="AGENTMESH_STORE",
    help="Quarantine store directory. [env: AGENTMESH_STORE]",
)
audit_option = click.option(
    "--audit",
    "audit_path",
    required=True,
    type=click.Path(dir_okay=False),
    envvar="AGENTMESH_AUDIT",
    help="Audit log every action is recorded in. [env: AGENTMESH_AUDIT]",
)
actor_option = click.option(
    "--actor",
    default=lambda: getpass.getuser(),
    show_default="current user",
    help="Who is doing this (recorded in the audit log).",
)
all_option = click.option("--all", "include_closed", is_flag=True, help="Include released/dropped/decided records.")


def _when(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ") if ts else "-"


def _line(r: HeldMessage) -> str:
    findings = ",".join(sorted({f"{f.kind}:{f.severity}" for f in r.findings}))
    return (
        f"{r.id}  {r.disposition.value:<10} {r.status.value:<8} {_when(r.created_at)}  "
        f"{r.sender}->{r.recipient} {r.kind:<11} {','.join(r.reasons)}" + (f"  [{findings}]" if findings else "")
    )


def show_record(r: HeldMessage) -> None:
    click.echo(f"id:            {r.id}")
    click.echo(f"disposition:   {r.disposition.value} ({r.status.value})")
    click.echo(f"created:       {_when(r.created_at)}" + (f"  expires: {_when(r.expires_at)}" if r.expires_at else ""))
    click.echo(f"message:       {r.message_id} ({r.kind}) in conversation {r.conversation_id}")
    click.echo(f"route:         {r.sender} -> {r.recipient}")
    click.echo(f"stage:         {r.stage}")
    for code, text in zip(r.reasons, r.reason_text, strict=False):
        click.echo(f"reason:        {code}" + (f": {text}" if text else ""))
    for f in r.findings:
        click.echo(f"finding:       {f.kind} severity {f.severity} by {f.detector}: {f.message} {f.excerpt!r}")
    if r.labels:
        click.echo(f"labels:        {', '.join(r.labels)}")
    click.echo(f"trace id:      {r.trace_id or '-'}")
    click.echo(f"span id:       {r.span_id or '-'}")
    if r.decided_by:
        click.echo(f"decided:       {r.status.value} by {r.decided_by} at {_when(r.decided_at)} {r.note}")
    click.echo("payload:")
    try:
        click.echo(json.dumps(json.loads(r.raw), indent=2, ensure_ascii=False)[:20000])
    except ValueError:
        click.echo(f"  (not JSON, {len(r.raw)} bytes) {r.raw[:2000]!r}")


def _ops(store_dir: str, audit_path: str) -> Operations:
    try:
        return Operations(FileQuarantineStore(store_dir), FileAuditLog(audit_path), name="cli")
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc


def _act(store_dir: str, audit_path: str, verb: str, record_id: str, actor: str, note: str) -> HeldMessage:
    ops = _ops(store_dir, audit_path)
    try:
        record: HeldMessage = getattr(ops, verb)(record_id, actor=actor, note=note)
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc
    return record


def _list(store_dir: str, audit_path: str, want_hold: bool, include_closed: bool, as_json: bool) -> None:
    ops = _ops(store_dir, audit_path)
    rows = [r for r in ops.held(include_closed=include_closed) if (r.disposition is Disposition.HOLD) == want_hold]
    if as_json:
        click.echo(json.dumps(msgspec.to_builtins(rows)))
        return
    for r in rows:
        click.echo(_line(r))
    click.echo(f"{len(rows)} {'waiting for approval' if want_hold else 'held'}")


def _show(store_dir: str, audit_path: str, record_id: str) -> None:
    try:
        show_record(_ops(store_dir, audit_path).find(record_id))
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc


note_option = click.option("--note", default="", help="Why (recorded in the audit log).")


@click.group("quarantine")
def quarantine_group() -> None:
    """Messages the guard kept instead of delivering (quarantined or rejected)."""


@quarantine_group.command("list")
@store_option
@audit_option
@all_option
@click.option("--json", "as_json", is_flag=True)
def q_list(store_dir: str, audit_path: str, include_closed: bool, as_json: bool) -> None:
    _list(store_dir, audit_path, False, include_closed, as_json)


@quarantine_group.command("show")
@click.argument("record_id")
@store_option
@audit_option
def q_show(record_id: str, store_dir: str, audit_path: str) -> None:
    _show(store_dir, audit_path, record_id)


@quarantine_group.command("release")
@click.argument("record_id")
@store_option
@audit_option
@actor_option
@note_option
@click.option("--out", type=click.File("wb"), default="-", help="Where to write the original bytes to re-inject.")
def q_release(record_id: str, store_dir: str, audit_path: str, actor: str, note: str, out: BinaryIO) -> None:
    """Mark a record released and write its original bytes (for re-injection through a guard)."""
    record = _act(store_dir, audit_path, "release", record_id, actor, note)
    out.write(record.raw)
    click.echo(f"released {record.id} (by {actor})", err=True)


@quarantine_group.command("drop")
@click.argument("record_id")
@store_option
@audit_option
@actor_option
@note_option
def q_drop(record_id: str, store_dir: str, audit_path: str, actor: str, note: str) -> None:
    """Close a record without delivering it (it stays on file)."""
    click.echo(f"dropped {_act(store_dir, audit_path, 'drop', record_id, actor, note).id}")


@click.group("approvals")
def approvals_group() -> None:
    """Messages held until a person approves or denies them."""


@approvals_group.command("list")
@store_option
@audit_option
@all_option
@click.option("--json", "as_json", is_flag=True)
def a_list(store_dir: str, audit_path: str, include_closed: bool, as_json: bool) -> None:
    _list(store_dir, audit_path, True, include_closed, as_json)


@approvals_group.command("show")
@click.argument("record_id")
@store_option
@audit_option
def a_show(record_id: str, store_dir: str, audit_path: str) -> None:
    _show(store_dir, audit_path, record_id)


@approvals_group.command("approve")
@click.argument("record_id")
@store_option
@audit_option
@actor_option
@note_option
@click.option("--out", type=click.File("wb"), default="-", help="Where to write the original bytes to re-inject.")
def a_approve(record_id: str, store_dir: str, audit_path: str, actor: str, note: str, out: BinaryIO) -> None:
    record = _act(store_dir, audit_path, "approve", record_id, actor, note)
    out.write(record.raw)
    click.echo(f"approved {record.id} (by {actor})", err=True)


@approvals_group.command("deny")
@click.argument("record_id")
@store_option
@audit_option
@actor_option
@note_option
def a_deny(record_id: str, store_dir: str, audit_path: str, actor: str, note: str) -> None:
    click.echo(f"denied {_act(store_dir, audit_path, 'deny', record_id, actor, note).id}")
