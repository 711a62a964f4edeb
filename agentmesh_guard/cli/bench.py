"""``agentmesh-guard bench``: the guard measured against the raw bus."""

from __future__ import annotations

import asyncio
import json

import click


@click.command("bench")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--messages", default=3000, show_default=True, help="Size of the message mix.")
@click.option("--quick", is_flag=True, help="Shorter phases (about half the time).")
def bench_cmd(as_json: bool, messages: int, quick: bool) -> None:
    """Raw relay vs guarded relay on an embedded nats-server, in-process check cost, detector MB/s, scale-out."""
    from agentmesh_guard.bench import run_bench

    report = asyncio.run(run_bench(messages=messages, quick=quick))
    if as_json:
        click.echo(json.dumps(report))
        return
    m = report["machine"]
    click.echo(f"machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}, {m['platform']}")
    click.echo(f"mix: {report['messages']} messages, mean {report['mean_message_bytes']} bytes")
    click.echo(
        f"raw relay        {report['raw_relay_msgs_per_s']:>8} msg/s   "
        f"latency p50 {report['raw_latency_p50_us']} us  p99 {report['raw_latency_p99_us']} us"
    )
    click.echo(
        f"guarded relay    {report['guard_relay_msgs_per_s']:>8} msg/s   "
        f"latency p50 {report['guard_latency_p50_us']} us  p99 {report['guard_latency_p99_us']} us"
    )
    click.echo(
        f"ratio (guarded / raw): {report['ratio']}   added latency p50 {report['added_latency_p50_us']} us"
        f"  p99 {report['added_latency_p99_us']} us"
    )
    click.echo(f"Guard.check in-process: p50 {report['check_p50_us']} us  p99 {report['check_p99_us']} us")
    click.echo(f"fast detectors: {report['detector_mb_per_s']} MB/s")
    click.echo(
        f"scale-out: 2 guards {report['guard_2_relay_msgs_per_s']} msg/s = {report['scaleout_2_over_1']}x one guard"
    )
