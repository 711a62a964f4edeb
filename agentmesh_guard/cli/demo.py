"""``agentmesh-guard demo``: the whole story in one command."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import click

from agentmesh_guard.errors import AgentMeshError


@click.command("demo")
@click.option("--nats", "nats_url", envvar="NATS_URL", help="Use this NATS server instead of an embedded one.")
@click.option(
    "--state-dir",
    default=".agentmesh-demo",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Where the demo leaves its quarantine, audit log and traces for the CLI.",
)
@click.option("--json", "as_json", is_flag=True, help="Print only a JSON summary.")
def demo_cmd(nats_url: str | None, state_dir: str, as_json: bool) -> None:
    """Run a guarded team of agents (planner, researcher, coder) on a real NATS bus, with a poisoned web page."""
    from agentmesh_guard.demo import run_demo

    def say(line: str) -> None:
        if not as_json:
            click.echo(line)

    try:
        result = asyncio.run(run_demo(nats_url=nats_url, state_dir=Path(state_dir), say=say))
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(result.summary()))
    else:
        click.echo("")
        click.echo("The conversation as one trace (from the OTLP export):")
        click.echo(result.trace_tree)
        click.echo("")
        s = result.summary()
        click.echo(
            f"delivered {s['delivered']} · quarantined {s['quarantined']} · held {s['held']} · "
            f"rejected {s['rejected']} · lost {s['lost']} of {s['sent']} sent"
        )
        reached = (
            click.style("YES", fg="red", bold=True)
            if s["attack_reached_target"]
            else click.style("no", fg="green", bold=True)
        )
        click.echo(
            f"attack reached the coder: {reached} · harmful tool calls executed: {s['harmful_tool_calls']}"
            f" · benign work completed: {s['benign_work_completed']}"
        )
        click.echo("")
        click.echo("See what was caught:")
        click.echo(f"  agentmesh-guard quarantine list --store {state_dir}/quarantine --audit {state_dir}/audit.jsonl")
        click.echo(f"  agentmesh-guard audit verify {state_dir}/audit.jsonl")
        click.echo(f"  agentmesh-guard trace show {state_dir}/traces.otlp.json")
    if result.lost or result.attack_reached_target:
        raise SystemExit(1)
