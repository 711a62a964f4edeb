"""The ``agentmesh-guard`` command.

Subcommands live in small modules and are loaded only when used, so
``agentmesh-guard --help`` stays fast and a missing extra (nats, otel) only
affects the commands that need it, with a message saying what to install.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

__all__ = ["main"]

# name -> (module, attribute, one-line help)
_COMMANDS: dict[str, tuple[str, str, str]] = {
    "check": (
        "agentmesh_guard.cli.core",
        "check_cmd",
        "Run envelope files through the guard and show the verdicts.",
    ),
    "policy": ("agentmesh_guard.cli.core", "policy_group", "Validate, explain and compile Cedar policies."),
    "audit": ("agentmesh_guard.cli.core", "audit_group", "Verify or tail a hash-chained audit log."),
    "breaker": ("agentmesh_guard.cli.core", "breaker_group", "Show or reset agents' circuit breakers."),
    "quarantine": (
        "agentmesh_guard.cli.ops",
        "quarantine_group",
        "List, show, release or drop held messages.",
    ),
    "approvals": (
        "agentmesh_guard.cli.ops",
        "approvals_group",
        "List, approve or deny messages held for approval.",
    ),
    "schemas": (
        "agentmesh_guard.cli.core",
        "schemas_group",
        "Generate the envelope JSON Schema into schemas/.",
    ),
    "demo": ("agentmesh_guard.cli.demo", "demo_cmd", "Run a team of agents with an attack in it, guarded."),
    "scan": ("agentmesh_guard.cli.detect", "scan_cmd", "Scan JSON lines of text with the fast detectors."),
    "eval": ("agentmesh_guard.cli.detect", "eval_cmd", "Measure detection quality on labelled JSON lines."),
    "trace": ("agentmesh_guard.cli.trace", "trace_group", "Render traces from an OTLP JSON export."),
    "nats-config": (
        "agentmesh_guard.cli.nats",
        "nats_config_cmd",
        "Write a locked-down nats-server config for a mesh.",
    ),
    "sidecar": ("agentmesh_guard.cli.nats", "sidecar_cmd", "Run the guard as a NATS sidecar."),
    "soak": ("agentmesh_guard.cli.soak", "soak_cmd", "Run the guard near capacity for a while: loss, latency, memory."),
    "bench": ("agentmesh_guard.cli.bench", "bench_cmd", "Measure the guard against the raw bus."),
    "propagation": (
        "agentmesh_guard.cli.propagation",
        "propagation_cmd",
        "Measure whether a poisoned document spreads through a team of agents.",
    ),
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = _COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module_name, attr, short_help = entry
        try:
            module = importlib.import_module(module_name)
            command: Any = getattr(module, attr)
        except ImportError as exc:
            return _missing(cmd_name, short_help, exc)
        except AttributeError:
            return _missing(cmd_name, short_help, None)
        if not isinstance(command, click.Command):
            return None
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, _COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _missing(name: str, short_help: str, exc: ImportError | None) -> click.Command:
    extra = {"sidecar": "nats", "nats-config": "nats", "demo": "nats", "bench": "nats", "trace": "otel"}.get(name)

    @click.command(name=name, help=short_help, context_settings={"ignore_unknown_options": True})
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    def _stub(args: tuple[str, ...]) -> None:
        hint = f" Install it with: pip install 'agentmesh-guard[{extra}]'" if extra else ""
        detail = f" ({exc})" if exc else " (not available in this version)"
        raise click.ClickException(f"'{name}' is unavailable{detail}.{hint}")

    return _stub


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="agentmesh-guard")
def main() -> None:
    """agentmesh-guard: a firewall for the messages AI agents send each other."""
