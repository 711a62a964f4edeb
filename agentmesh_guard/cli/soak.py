"""``soak``: run the guard as a process under steady load and account for every message."""

from __future__ import annotations

import asyncio

import click

from agentmesh_guard.errors import AgentMeshError


@click.command("soak")
@click.option("--duration", "duration_s", default=180.0, show_default=True, help="Seconds of publishing.")
@click.option(
    "--rate", "rate_per_s", default=200.0, show_default=True, help="Messages per second (keep it below capacity)."
)
@click.option("--poison-every", default=20, show_default=True, help="Every Nth message is an injection (0: none).")
@click.option("--nats", "url", help="NATS URL. Without it, an embedded nats-server is started.")
@click.option("--rss-interval", default=1.0, show_default=True, help="Seconds between RSS samples of the guard.")
@click.option("--drain-timeout", default=120.0, show_default=True, help="Seconds to wait for the backlog.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
def soak_cmd(
    duration_s: float,
    rate_per_s: float,
    poison_every: int,
    url: str | None,
    rss_interval: float,
    drain_timeout: float,
    as_json: bool,
) -> None:
    """Publish at a steady rate through a sidecar process; report loss, latency and RSS.

    Exits with status 1 if any message was lost (neither delivered nor held).
    """
    from agentmesh_guard.soak import run_soak

    def progress(line: str) -> None:
        if not as_json:
            click.echo(line, err=True)

    try:
        report = asyncio.run(
            run_soak(
                duration_s,
                rate_per_s,
                poison_every=poison_every,
                nats_url=url,
                rss_interval_s=rss_interval,
                drain_timeout_s=drain_timeout,
                progress=progress,
            )
        )
    except AgentMeshError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(report.to_json() if as_json else report.summary())
    if report.lost:
        raise SystemExit(1)
