"""Operator commands: the quarantine and the approvals queue.

Two backends, the same commands:

- ``--nats URL`` (with ``--creds credentials.json`` under the lockdown): ask the
  running guards over ``amg.ctl.*``. Release and approve re-inject the message
  through the guard at once. State lives in JetStream, so any guard can answer.
- ``--store DIR --audit FILE``: a local store and audit log (what ``check`` and
  the demo leave behind). Release and approve write the original bytes out for
  re-injection.

Every action is audited with its actor.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import getpass
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import click
import msgspec

from agentmesh_guard.audit import FileAuditLog
from agentmesh_guard.errors import AgentMeshError
from agentmesh_guard.quarantine import Disposition, FileQuarantineStore, HeldMessage
from agentmesh_guard.quarantine.operations import Operations


class Backend(Protocol):
    def list(self, *, holds: bool, include_closed: bool) -> list[HeldMessage]: ...
    def show(self, record_id: str) -> tuple[HeldMessage, dict[str, Any] | None]:
        """The record, and what it taught the guards' memory (``None``: not known here)."""
        ...

    def act(self, verb: str, record_id: str, *, actor: str, note: str, forget: bool = False) -> HeldMessage: ...

    @property
    def reinjects(self) -> bool: ...


class FileBackend:
    reinjects = False

    def __init__(self, store_dir: str, audit_path: str) -> None:
        self.ops = Operations(FileQuarantineStore(store_dir), FileAuditLog(audit_path), name="cli")

    def list(self, *, holds: bool, include_closed: bool) -> list[HeldMessage]:
        return [r for r in self.ops.held(include_closed=include_closed) if (r.disposition is Disposition.HOLD) == holds]

    def show(self, record_id: str) -> tuple[HeldMessage, dict[str, Any] | None]:
        return self.ops.find(record_id), None  # memory lives in running guards

    def act(self, verb: str, record_id: str, *, actor: str, note: str, forget: bool = False) -> HeldMessage:
        if forget:  # checked before anything is done: the release must not happen without it
            raise AgentMeshError("--forget tells running guards to forget what the record taught: use it with --nats")
        return self.ops.act(verb, record_id, actor=actor, note=note)


class NatsBackend:
    """Requests to the guards' control service (``amg.ctl.<verb>``)."""

    reinjects = True

    def __init__(self, url: str, creds: str | None, *, timeout_s: float = 10.0) -> None:
        self.url = url
        self.user = self.password = None
        if creds:
            from agentmesh_guard.transports.nats_lockdown import read_credentials

            admin = read_credentials(Path(creds)).admin
            self.user, self.password = admin.user, admin.password
        self.timeout_s = timeout_s

    def request(self, verb: str, body: dict[str, Any]) -> Any:
        return asyncio.run(self._request(verb, body))

    async def _request(self, verb: str, body: dict[str, Any]) -> Any:
        import nats
        import nats.errors

        from agentmesh_guard.transports.subjects import CONTROL_PREFIX

        try:
            nc = await nats.connect(
                self.url, user=self.user, password=self.password, connect_timeout=5, max_reconnect_attempts=0
            )
        except (nats.errors.Error, OSError) as exc:
            raise AgentMeshError(f"cannot connect to NATS at {self.url}: {exc}") from exc
        try:
            msg = await nc.request(f"{CONTROL_PREFIX}.{verb}", json.dumps(body).encode(), timeout=self.timeout_s)
        except nats.errors.NoRespondersError as exc:
            raise AgentMeshError(f"no guard is running on {self.url} (nobody answers {CONTROL_PREFIX}.{verb})") from exc
        except nats.errors.TimeoutError as exc:
            raise AgentMeshError(f"the guards on {self.url} did not answer in {self.timeout_s:.0f}s") from exc
        finally:
            await nc.close()
        reply = json.loads(msg.data)
        if not reply.get("ok"):
            raise AgentMeshError(str(reply.get("error")))
        return reply["result"]

    @staticmethod
    def _record(data: dict[str, Any]) -> HeldMessage:
        return msgspec.json.decode(json.dumps(data), type=HeldMessage)

    def list(self, *, holds: bool, include_closed: bool) -> list[HeldMessage]:
        return [self._record(r) for r in self.request("list", {"holds": holds, "all": include_closed})]

    def show(self, record_id: str) -> tuple[HeldMessage, dict[str, Any] | None]:
        shown = self.request("show", {"record_id": record_id})
        taught = shown.get("taught") if isinstance(shown, dict) else None
        return self._record(shown), taught if isinstance(taught, dict) else None

    def act(self, verb: str, record_id: str, *, actor: str, note: str, forget: bool = False) -> HeldMessage:
        body: dict[str, Any] = {"record_id": record_id, "actor": actor, "note": note}
        if forget:
            body["forget"] = True
        return self._record(self.request(verb, body))


def backend_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(
        [
            click.option("--nats", "nats_url", envvar="NATS_URL", help="Ask the running guards on this NATS server."),
            click.option(
                "--creds",
                type=click.Path(exists=True, dir_okay=False),
                help="credentials.json from nats-config (the admin user is used).",
            ),
            click.option(
                "--store",
                "store_dir",
                type=click.Path(file_okay=False),
                envvar="AGENTMESH_STORE",
                help="Local quarantine store directory (instead of --nats).",
            ),
            click.option(
                "--audit",
                "audit_path",
                type=click.Path(dir_okay=False),
                envvar="AGENTMESH_AUDIT",
                help="Local audit log every action is recorded in (with --store).",
            ),
        ]
    ):
        fn = option(fn)
    return fn


def _backend(nats_url: str | None, creds: str | None, store_dir: str | None, audit_path: str | None) -> Backend:
    try:
        if nats_url:
            return NatsBackend(nats_url, creds)
        if store_dir and audit_path:
            return FileBackend(store_dir, audit_path)
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc
    raise click.UsageError("say where the held messages are: --nats URL, or --store DIR with --audit FILE")


forget_option = click.option(
    "--forget",
    is_flag=True,
    help="The message was harmless: every guard also forgets what it taught immune and indicator memory "
    "(its fingerprint and destinations), so it stops no later message. With --nats.",
)
actor_option = click.option(
    "--actor",
    default=lambda: getpass.getuser(),
    show_default="current user",
    help="Who is doing this (recorded in the audit log).",
)
all_option = click.option("--all", "include_closed", is_flag=True, help="Include released/dropped/decided records.")
note_option = click.option("--note", default="", help="Why (recorded in the audit log).")
out_option = click.option(
    "--out", type=click.File("wb"), default="-", help="With --store: where to write the original bytes to re-inject."
)


def _when(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ") if ts else "-"


def _line(r: HeldMessage) -> str:
    findings = ",".join(sorted({f"{f.kind}:{f.severity}" for f in r.findings}))
    return (
        f"{r.id}  {r.disposition.value:<10} {r.status.value:<8} {_when(r.created_at)}  "
        f"{r.sender}->{r.recipient} {r.kind:<11} {','.join(r.reasons)}" + (f"  [{findings}]" if findings else "")
    )


def show_record(r: HeldMessage, taught: dict[str, Any] | None = None) -> None:
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
    if taught is not None:
        learned = [str(i) for i in taught.get("indicators") or ()]
        parts = (["its fingerprint"] if taught.get("fingerprint") else []) + (
            [f"destinations {', '.join(learned)} (flagged wherever named)"] if learned else []
        )
        click.echo(
            "taught:        "
            + ("; ".join(parts) + " (release --forget clears it on every guard)" if parts else "nothing remembered")
        )
    click.echo(f"trace id:      {r.trace_id or '-'}")
    click.echo(f"span id:       {r.span_id or '-'}")
    if r.decided_by:
        click.echo(f"decided:       {r.status.value} by {r.decided_by} at {_when(r.decided_at)} {r.note}")
    click.echo("payload:")
    try:
        click.echo(json.dumps(json.loads(r.raw), indent=2, ensure_ascii=False)[:20000])
    except ValueError:
        click.echo(f"  (not JSON, {len(r.raw)} bytes) {r.raw[:2000]!r}")


def _run(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc


def _list(backend: Backend, holds: bool, include_closed: bool, as_json: bool) -> None:
    rows = _run(lambda: backend.list(holds=holds, include_closed=include_closed))
    if as_json:
        click.echo(json.dumps([{k: v for k, v in msgspec.to_builtins(r).items() if k != "raw"} for r in rows]))
        return
    for r in rows:
        click.echo(_line(r))
    click.echo(f"{len(rows)} {'waiting for approval' if holds else 'held'}")


def _act(
    backend: Backend, verb: str, record_id: str, actor: str, note: str, out: BinaryIO | None, *, forget: bool = False
) -> None:
    record = _run(lambda: backend.act(verb, record_id, actor=actor, note=note, forget=forget))
    if verb in ("release", "approve"):
        if backend.reinjects:
            click.echo(f"{verb}d {record.id} (by {actor}); the guard re-injected it")
            return
        if out is not None:
            out.write(record.raw)
    click.echo(f"{record.status.value} {record.id} (by {actor})", err=verb in ("release", "approve"))


def _queue_group(name: str, help_text: str, *, holds: bool, verbs: dict[str, str]) -> click.Group:
    """One operator group (quarantine or approvals): list, show, and its verbs, on either backend."""
    group = click.Group(name, help=help_text)

    @group.command("list")
    @backend_options
    @all_option
    @click.option("--json", "as_json", is_flag=True)
    def list_cmd(
        nats_url: str | None,
        creds: str | None,
        store_dir: str | None,
        audit_path: str | None,
        include_closed: bool,
        as_json: bool,
    ) -> None:
        """List open records (all with --all)."""
        _list(_backend(nats_url, creds, store_dir, audit_path), holds, include_closed, as_json)

    @group.command("show")
    @click.argument("record_id")
    @backend_options
    def show_cmd(
        record_id: str, nats_url: str | None, creds: str | None, store_dir: str | None, audit_path: str | None
    ) -> None:
        """Everything about one held message: reasons, findings, labels, trace id, payload."""
        backend = _backend(nats_url, creds, store_dir, audit_path)
        show_record(*_run(lambda: backend.show(record_id)))

    for verb, verb_help in verbs.items():
        reinjects = verb in ("release", "approve")

        def act_cmd(
            record_id: str,
            nats_url: str | None,
            creds: str | None,
            store_dir: str | None,
            audit_path: str | None,
            actor: str,
            note: str,
            out: BinaryIO | None = None,
            forget: bool = False,
            _verb: str = verb,
        ) -> None:
            _act(_backend(nats_url, creds, store_dir, audit_path), _verb, record_id, actor, note, out, forget=forget)

        command = click.argument("record_id")(backend_options(actor_option(note_option(act_cmd))))
        if reinjects:
            command = out_option(command)
        if verb == "release":
            command = forget_option(command)
        group.command(verb, help=verb_help)(command)
    return group


quarantine_group = _queue_group(
    "quarantine",
    "Messages the guard kept instead of delivering (quarantined or rejected).",
    holds=False,
    verbs={
        "release": "Release a held message: it is delivered once, through the guard, and the release is audited.",
        "drop": "Close a record without delivering it (it stays on file).",
    },
)

approvals_group = _queue_group(
    "approvals",
    "Messages held until a person approves or denies them.",
    holds=True,
    verbs={
        "approve": "Approve exactly this action, once: the guard lets the same bytes through a single time.",
        "deny": "Deny the held action (it stays on file).",
    },
)
