"""NATS commands: ``nats-config`` (the lockdown) and ``sidecar`` (the guard on the bus)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import signal
import sys
from pathlib import Path

import click

from agentmesh_guard.cli.core import _load_mesh_or_fail
from agentmesh_guard.errors import AgentMeshError


@click.command("nats-config")
@click.argument("mesh_path", metavar="MESH", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Directory to write into.")
@click.option("--port", default=4222, show_default=True, help="Client port (-1: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--store-dir", type=click.Path(file_okay=False), help="JetStream store (default: set with -sd).")
def nats_config_cmd(mesh_path: str, out_dir: str, port: int, host: str, store_dir: str | None) -> None:
    """Write a locked-down nats-server config and the users' credentials for MESH.

    Each agent may publish only on mesh.out.<agent> and read only mesh.in.<agent>;
    only the guard may deliver. Existing credentials in --out are kept.
    """
    from agentmesh_guard.transports.nats_lockdown import write_lockdown

    mesh = _load_mesh_or_fail(mesh_path)
    try:
        files = write_lockdown(mesh, Path(out_dir), store_dir=store_dir, port=port, host=host)
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote {files.config} (server config) and {files.credentials} (passwords; mode 0600)")
    click.echo(f"start the server:  nats-server -c {files.config}" + ("" if store_dir else " -sd /var/lib/nats"))


@click.command("sidecar")
@click.option(
    "--config", "mesh_path", required=True, type=click.Path(exists=True, dir_okay=False), help="Mesh config (YAML)."
)
@click.option("--nats", "url", envvar="NATS_URL", help="NATS URL. Without it, an embedded nats-server is started.")
@click.option(
    "--creds",
    type=click.Path(exists=True, dir_okay=False),
    help="credentials.json from nats-config; the guard's user is used.",
)
@click.option(
    "--mode",
    type=click.Choice(["jetstream", "core"]),
    default="jetstream",
    show_default=True,
    help="jetstream: at-least-once; core: at-most-once, lowest latency.",
)
@click.option("--name", help="This guard's name (audit chain, spans). Default: guard-<host>-<pid>.")
@click.option("--batch", default=64, show_default=True, help="Messages decided per batch at most.")
@click.option("--replicas", default=1, show_default=True, help="Replicas for the guard's streams and buckets.")
@click.option("--health-file", type=click.Path(dir_okay=False), help="Write health JSON here every few seconds.")
@click.option(
    "--poison-after",
    default=5,
    show_default=True,
    help="JetStream: after this many failed attempts a batch is retried one by one; a message that can never "
    "be recorded goes to the AMG_DEAD_LETTER stream (never delivered).",
)
@click.option(
    "--immune-max-records",
    default=5000,
    show_default=True,
    help="Quarantined fingerprints kept in this guard's memory (all stay in the amg_immune bucket).",
)
@click.option(
    "--ack-wait",
    "ack_wait_s",
    default=30.0,
    show_default=True,
    help="JetStream: seconds before an unacknowledged message is redelivered (e.g. after a crash).",
)
def sidecar_cmd(
    mesh_path: str,
    url: str | None,
    creds: str | None,
    mode: str,
    name: str | None,
    batch: int,
    replicas: int,
    health_file: str | None,
    poison_after: int,
    immune_max_records: int,
    ack_wait_s: float,
) -> None:
    """Run the guard on a NATS bus until SIGTERM/SIGINT (then drain gracefully)."""
    from agentmesh_guard.guard import Guard
    from agentmesh_guard.testing.nats_server import embedded_nats
    from agentmesh_guard.tracing import Telemetry
    from agentmesh_guard.transports.nats import NatsSidecar, SidecarOptions
    from agentmesh_guard.transports.nats_lockdown import read_credentials

    mesh = _load_mesh_or_fail(mesh_path)
    user = password = None
    if creds:
        guard_cred = read_credentials(Path(creds)).guard
        user, password = guard_cred.user, guard_cred.password

    async def run() -> None:
        guard = Guard.from_config(mesh)
        async with embedded_nats(url) as nats_url:
            options = SidecarOptions(
                url=nats_url,
                user=user,
                password=password,
                mode=mode,  # type: ignore[arg-type]
                batch=batch,
                replicas=replicas,
                lockdown=bool(creds),
                ack_wait_s=ack_wait_s,
                poison_after=poison_after,
                immune_max_records=immune_max_records,
            )
            if name:
                options = dataclasses.replace(options, name=name)
            sidecar = NatsSidecar(guard, options, telemetry=Telemetry.from_env(service_name=options.name))
            await sidecar.start()
            stop = asyncio.Event()
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, stop.set)
            click.echo(json.dumps({"event": "ready", "nats": nats_url, **sidecar.health()}), err=False)
            sys.stdout.flush()
            try:
                while not stop.is_set():
                    if health_file:  # a small local file, once every few seconds
                        Path(health_file).write_text(  # noqa: ASYNC240
                            json.dumps(sidecar.health()) + "\n", encoding="utf-8"
                        )
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), 5.0)
            finally:
                await sidecar.stop()
                sidecar.telemetry.shutdown(2.0)
                click.echo(json.dumps({"event": "stopped", **sidecar.health()}))

    try:
        asyncio.run(run())
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc
