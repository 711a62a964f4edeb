"""``agentmesh-guard propagation``: does one poisoned document spread through a team of agents?"""

from __future__ import annotations

import json
from typing import TypeVar

import click

from agentmesh_guard.propagation import GUARDS, TOPOLOGIES, VARIANTS

_T = TypeVar("_T", bound=str)


@click.command("propagation")
@click.option("--agents", "-n", default=8, show_default=True, type=click.IntRange(6, 64), help="Agents on the mesh.")
@click.option("--topology", "topologies", multiple=True, type=click.Choice(TOPOLOGIES), help="Only these topologies.")
@click.option("--variant", "variants", multiple=True, type=click.Choice(VARIANTS), help="Only these variants.")
@click.option(
    "--guard",
    "guards",
    multiple=True,
    type=click.Choice(GUARDS),
    help="Only these guard modes: none (unguarded bus), default (default policies), strict (plus the opt-in "
    "strict containment policy).",
)
@click.option(
    "--attack-first",
    is_flag=True,
    help="Agent 0 forwards the instruction and tries the harmful calls before it hands out its tasks.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per run, as a JSON list.")
@click.option("--markdown", is_flag=True, help="Print every run as a line of a Markdown table.")
def propagation_cmd(
    agents: int,
    topologies: tuple[str, ...],
    variants: tuple[str, ...],
    guards: tuple[str, ...],
    attack_first: bool,
    as_json: bool,
    markdown: bool,
) -> None:
    """Run the propagation test in process: N scripted agents (chain, star with agent 0 at the hub
    or at a leaf, full mesh); agent 0 reads a poisoned document and, compromised, forwards the
    instruction and tries harmful tool calls. Counts agents reached, harmful calls executed and
    benign work done, without the guard and with it (docs/propagation.md).

    Exits 1 if a guarded run (default policies) executed a harmful call or lost a message."""
    from agentmesh_guard.propagation import format_summary, format_table, run_matrix

    results = run_matrix(
        agents=agents,
        topologies=_pick(topologies, TOPOLOGIES),
        variants=_pick(variants, VARIANTS),
        guards=_pick(guards, GUARDS),
        attack_first=attack_first,
    )
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in results], indent=1))
    elif markdown:
        click.echo(format_table(results))
    else:
        click.echo(format_summary(results))
    failed = [r for r in results if r.guard == "default" and (r.harmful_executed or r.lost)]
    if failed:
        raise SystemExit(1)


def _pick(chosen: tuple[str, ...], every: tuple[_T, ...]) -> tuple[_T, ...]:
    return tuple(v for v in every if not chosen or v in chosen)
