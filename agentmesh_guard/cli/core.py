"""Core commands: check, policy, breaker, audit, schemas."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
import msgspec

from agentmesh_guard.audit import read_records, verify
from agentmesh_guard.config import MeshConfig, load_mesh
from agentmesh_guard.envelope import envelope_json_schema
from agentmesh_guard.errors import AgentMeshError
from agentmesh_guard.resources import default_policies_dir, default_schemas_dir

ENVELOPE_SCHEMA_FILE = "envelope.schema.json"


def _load_mesh_or_fail(path: str | None) -> MeshConfig:
    if path is None:
        return MeshConfig(agents={})
    try:
        return load_mesh(path)
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc


_STATE_HELP = "Budgets, session starts and circuit breakers: keep them in this JSON file."

mesh_option = click.option(
    "--mesh",
    "mesh_path",
    type=click.Path(dir_okay=False),
    envvar="AGENTMESH_MESH",
    help="Mesh config (YAML). [env: AGENTMESH_MESH]",
)


# -- check ------------------------------------------------------------------------------------


@click.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@mesh_option
@click.option("--sender", help="The identity the transport authenticated (default: trust the envelope's sender).")
@click.option("--audit", "audit_path", type=click.Path(dir_okay=False), help="Append decisions to this audit log.")
@click.option("--store", "store_dir", type=click.Path(file_okay=False), help="Keep held messages in this directory.")
@click.option("--state", "state_path", type=click.Path(dir_okay=False), help=_STATE_HELP)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per verdict.")
def check_cmd(
    files: tuple[str, ...],
    mesh_path: str | None,
    sender: str | None,
    audit_path: str | None,
    store_dir: str | None,
    state_path: str | None,
    as_json: bool,
) -> None:
    """Run envelope FILES (JSON; '-' for stdin) through the guard."""
    from agentmesh_guard.audit import FileAuditLog, MemoryAuditLog
    from agentmesh_guard.effects import Enforcer
    from agentmesh_guard.governance.state import FileGovernanceStore
    from agentmesh_guard.guard import Guard
    from agentmesh_guard.quarantine import FileQuarantineStore, MemoryQuarantineStore
    from agentmesh_guard.types import AuditSink, QuarantineStore

    if mesh_path is None:
        raise click.UsageError("--mesh is required (or set AGENTMESH_MESH)")
    mesh = _load_mesh_or_fail(mesh_path)
    try:
        guard = Guard.from_config(mesh, governance_store=FileGovernanceStore(state_path) if state_path else None)
        audit: AuditSink = FileAuditLog(audit_path) if audit_path else MemoryAuditLog()
        store: QuarantineStore = FileQuarantineStore(store_dir) if store_dir else MemoryQuarantineStore()
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc
    enforcer = Enforcer(guard, audit=audit, store=store, name="cli")
    for name in files:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        verdict = guard.check(data, sender_from_transport=sender)
        outcome = enforcer.apply(verdict)
        if as_json:
            click.echo(
                json.dumps(
                    {
                        "file": name,
                        "action": verdict.action.value,
                        "stage": verdict.stage,
                        "reasons": [{"code": r.code, "message": r.message} for r in verdict.reasons],
                        "policy_ids": list(verdict.policy_ids),
                        "findings": msgspec.to_builtins(verdict.findings),
                        "labels": list(verdict.labels),
                        "record_id": outcome.record.id if outcome.record else None,
                    }
                )
            )
            continue
        colour = "green" if verdict.delivered else ("yellow" if verdict.action.value == "hold" else "red")
        click.echo(f"{name}: " + click.style(verdict.action.value.upper(), fg=colour, bold=True))
        env = verdict.envelope
        if env is not None:
            click.echo(f"  {env.sender} -> {env.recipient} ({type(env).__name__}, conversation {env.conversation_id})")
        for reason in verdict.reasons:
            click.echo(f"  reason:  {reason.code}" + (f": {reason.message}" if reason.message else ""))
        if verdict.delivered and verdict.policy_ids:
            click.echo(f"  allowed by: {', '.join(verdict.policy_ids)}")
        for f in verdict.findings:
            excerpt = f" {f.excerpt!r}" if f.excerpt else ""
            click.echo(f"  finding: {f.kind} severity {f.severity} ({f.detector}){excerpt}")
        if verdict.labels:
            click.echo(f"  labels:  {', '.join(verdict.labels)}")
        if outcome.record:
            click.echo(f"  held as: {outcome.record.id}")


# -- policy -----------------------------------------------------------------------------------


@click.group("policy")
def policy_group() -> None:
    """Cedar policies: validate, explain a decision, compile agent profiles."""


@policy_group.command("validate")
@click.argument("directory", required=False, type=click.Path(file_okay=False))
@mesh_option
def policy_validate(directory: str | None, mesh_path: str | None) -> None:
    """Parse and validate the policies in DIRECTORY against its schema.cedarschema."""
    from agentmesh_guard.policy import load_policy_set

    mesh = _load_mesh_or_fail(mesh_path)
    path = Path(directory) if directory else (mesh.policies_path if mesh_path else default_policies_dir())
    try:
        info = load_policy_set(path, mesh)
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"ok: {len(info.policy_ids)} policies in {len(info.files)} files validate against {path}/schema.cedarschema"
    )
    for pid in info.policy_ids:
        effect = info.effects[pid]
        extra = f" -> {info.on_deny[pid].value}" if effect == "forbid" else ""
        click.echo(f"  {effect:<7} {pid}{extra}")


@policy_group.command("explain")
@click.argument("request", type=click.Path(dir_okay=False, allow_dash=True))
@mesh_option
@click.option("--policies", type=click.Path(file_okay=False), help="Policy directory (default: the mesh's).")
def policy_explain(request: str, mesh_path: str | None, policies: str | None) -> None:
    """Decide one REQUEST (JSON: principal, action, resource, context) and show which policies fired.

    \b
    {"principal": "coder", "action": "call_tool", "resource": "deploy",
     "context": {"labels": ["untrusted:web"], "tainted": true}}
    Missing context keys take neutral defaults (also inside the records facts, profile, usage).
    """
    from agentmesh_guard.policy import PolicyEngine

    mesh = _load_mesh_or_fail(mesh_path)
    text = sys.stdin.read() if request == "-" else Path(request).read_text(encoding="utf-8")
    try:
        req = json.loads(text)
        engine = PolicyEngine.load(policies or (mesh.policies_path if mesh_path else default_policies_dir()), mesh)
    except (ValueError, AgentMeshError) as exc:
        raise click.ClickException(str(exc)) from exc
    action = req.get("action", "send")
    kinds = {"send": ("Agent", "Agent"), "call_tool": ("Agent", "Tool"), "return_result": ("Tool", "Agent")}
    if action not in kinds:
        raise click.ClickException(f"unknown action {action!r}; one of {sorted(kinds)}")
    context = neutral_context_for(action)
    for key, value in req.get("context", {}).items():  # records (facts, profile, usage) merge key by key
        context[key] = {**context[key], **value} if isinstance(context.get(key), dict) else value
    ptype, rtype = kinds[action]
    decision = engine.decide(
        principal=(ptype, str(req.get("principal"))),
        action=action,
        resource=(rtype, str(req.get("resource"))),
        context=context,
    )
    verb = "ALLOW" if decision.allowed else f"DENY -> {decision.action.value}"
    click.echo(f"{ptype}::{req.get('principal')} {action} {rtype}::{req.get('resource')}: {verb}")
    label = "permitted by" if decision.allowed else "denied by"
    click.echo(f"  {label}: {', '.join(decision.policy_ids) or '-'}")
    for err in decision.errors:
        click.echo(f"  error: {err}")


@policy_group.command("compile")
@mesh_option
@click.option("--check", "check_against", type=click.Path(dir_okay=False), help="Fail if FILE differs from the output.")
def policy_compile(mesh_path: str | None, check_against: str | None) -> None:
    """Print the Cedar policies compiled from the agent profiles in the mesh config.

    The output is deterministic. The same policies are added to the policy set when a
    guard loads (and reloads), and validated with the hand-written ones."""
    from agentmesh_guard.governance.compile import compile_profiles, render
    from agentmesh_guard.policy import load_policy_set

    if mesh_path is None:
        raise click.UsageError("--mesh is required (or set AGENTMESH_MESH)")
    mesh = _load_mesh_or_fail(mesh_path)
    text = render(compile_profiles(mesh))
    try:
        load_policy_set(mesh.policies_path, mesh)  # validate together with the hand-written set
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc
    if check_against is not None:
        current = Path(check_against).read_text(encoding="utf-8") if Path(check_against).exists() else ""
        if current != text:
            raise click.ClickException(f"{check_against} is stale: run 'agentmesh-guard policy compile --mesh ...'")
        click.echo(f"ok: {check_against} is up to date")
        return
    click.echo(text, nl=False)


def neutral_context_for(action: str) -> dict[str, Any]:
    """A complete Cedar context for ``action`` in which nothing is suspicious (explain, benchmarks)."""
    from agentmesh_guard.governance.runtime import neutral_context

    return {
        **neutral_context(),
        "kind": {"send": "message", "call_tool": "tool_call", "return_result": "tool_result"}[action],
        "labels": [],
        "tainted": False,
        "finding_kinds": [],
        "max_severity": 0,
        "hop": 0,
        "hop_limit": 16,
        "approval": "none",
        "payload_type": "",
        "tool_arg_pairs": [],
    }


# -- breaker ----------------------------------------------------------------------------------


@click.group("breaker")
def breaker_group() -> None:
    """Circuit breakers: which agents are isolated, and reinstating one."""


_state_option = click.option(
    "--state", "state_path", type=click.Path(dir_okay=False), help="The local state file (check --state)."
)
_nats_options = [
    click.option("--nats", "nats_url", envvar="NATS_URL", help="Ask the running guards on this NATS server."),
    click.option("--creds", type=click.Path(exists=True, dir_okay=False), help="credentials.json (admin user)."),
]


def _with_nats(fn: Any) -> Any:
    for option in reversed(_nats_options):
        fn = option(fn)
    return fn


@breaker_group.command("status")
@_state_option
@_with_nats
def breaker_status(state_path: str | None, nats_url: str | None, creds: str | None) -> None:
    """List the agents whose breaker is open."""
    from agentmesh_guard.governance.state import BreakerTrip, FileGovernanceStore

    try:
        if nats_url:
            from agentmesh_guard.cli.ops import NatsBackend

            raw = NatsBackend(nats_url, creds).request("breaker_status", {})
            trips = {agent: msgspec.convert(t, BreakerTrip) for agent, t in raw.items()}
        elif state_path:
            trips = dict(FileGovernanceStore(state_path).trips())
        else:
            raise click.UsageError("give --state FILE or --nats URL")
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc
    if not trips:
        click.echo("no breaker is open")
    for agent, trip in sorted(trips.items()):
        click.echo(f"{agent}: isolated since {trip.at:.0f} after {trip.violations} violations ({trip.reason or '-'})")


@breaker_group.command("reset")
@click.argument("agent")
@_state_option
@_with_nats
@click.option("--audit", "audit_path", type=click.Path(dir_okay=False), help="With --state: audit log to record it in.")
@click.option("--actor", help="Who is resetting it (default: the OS user).")
@click.option("--note", default="", help="Why.")
def breaker_reset_cmd(
    agent: str,
    state_path: str | None,
    nats_url: str | None,
    creds: str | None,
    audit_path: str | None,
    actor: str | None,
    note: str,
) -> None:
    """Close AGENT's breaker: its traffic flows again (audited with the actor)."""
    import getpass

    from agentmesh_guard.audit import FileAuditLog
    from agentmesh_guard.governance.runtime import breaker_reset
    from agentmesh_guard.governance.state import FileGovernanceStore

    who = actor or getpass.getuser()
    try:
        if nats_url:
            from agentmesh_guard.cli.ops import NatsBackend

            NatsBackend(nats_url, creds).request("breaker_reset", {"agent": agent, "actor": who, "note": note})
        elif state_path and audit_path:
            breaker_reset(
                FileGovernanceStore(state_path), FileAuditLog(audit_path), agent, actor=who, note=note, guard="cli"
            )
        else:
            raise click.UsageError("give --state FILE with --audit FILE, or --nats URL")
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{agent}: breaker reset by {who}")


# -- audit ------------------------------------------------------------------------------------


@click.group("audit")
def audit_group() -> None:
    """The hash-chained audit log."""


@audit_group.command("verify")
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--nats", "nats_url", envvar="NATS_URL", help="Verify the guards' chains in JetStream instead.")
@click.option("--creds", type=click.Path(exists=True, dir_okay=False), help="credentials.json (admin user).")
def audit_verify(path: str | None, nats_url: str | None, creds: str | None) -> None:
    """Check every record's hash chain; name the first tampered record."""
    if nats_url:
        from agentmesh_guard.cli.ops import NatsBackend

        try:
            chains: dict[str, str] = NatsBackend(nats_url, creds).request("verify", {})
        except AgentMeshError as exc:
            raise click.ClickException(str(exc)) from exc
        for subject, text in chains.items():
            click.echo(f"{subject}: {text}")
        if not chains:
            click.echo("no audit records yet")
        if any(not text.startswith("ok") for text in chains.values()):
            sys.exit(1)
        return
    if path is None:
        raise click.UsageError("give an audit log file, or --nats URL")
    with open(path, "rb") as fh:
        result = verify(fh)
    click.echo(str(result))
    if not result.ok:
        sys.exit(1)


@audit_group.command("tail")
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("-n", "count", default=20, show_default=True, help="How many records.")
@click.option("--nats", "nats_url", envvar="NATS_URL", help="Read the guards' audit stream instead.")
@click.option("--creds", type=click.Path(exists=True, dir_okay=False), help="credentials.json (admin user).")
def audit_tail(path: str | None, count: int, nats_url: str | None, creds: str | None) -> None:
    """Show the last records of an audit log."""
    if nats_url:
        from agentmesh_guard.audit import AuditRecord
        from agentmesh_guard.cli.ops import NatsBackend

        try:
            rows = NatsBackend(nats_url, creds).request("tail", {"count": count})
        except AgentMeshError as exc:
            raise click.ClickException(str(exc)) from exc
        records = [msgspec.convert(r, AuditRecord) for r in rows]
    elif path is not None:
        records = list(read_records(path))[-count:]
    else:
        raise click.UsageError("give an audit log file, or --nats URL")
    for r in records:
        who = f"{r.sender}->{r.recipient}" if r.sender or r.recipient else r.actor
        why = ",".join(r.reasons) + (f" by {r.actor}" if r.actor else "")
        click.echo(f"#{r.seq:<5} {r.event:<22} {r.action:<10} {who:<28} {r.message_id[:12]:<12} {why}")


# -- schemas ----------------------------------------------------------------------------------


@click.group("schemas")
def schemas_group() -> None:
    """JSON Schemas generated from the wire types."""


@schemas_group.command("generate")
@click.option("--out", type=click.Path(file_okay=False), help="Directory (default: the project's schemas/).")
@click.option("--check", is_flag=True, help="Fail if the file on disk is stale instead of writing it.")
def schemas_generate(out: str | None, check: bool) -> None:
    """Write envelope.schema.json from the msgspec Structs."""
    target = Path(out or default_schemas_dir()) / ENVELOPE_SCHEMA_FILE
    text = render_envelope_schema()
    if check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            raise click.ClickException(f"{target} is stale: run 'agentmesh-guard schemas generate'")
        click.echo(f"ok: {target} is up to date")
        return
    target.write_text(text, encoding="utf-8")
    click.echo(f"wrote {target}")


def render_envelope_schema() -> str:
    return json.dumps(envelope_json_schema(), indent=2, sort_keys=True) + "\n"
