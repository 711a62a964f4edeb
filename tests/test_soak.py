"""The soak command: a sidecar process under steady load, every message accounted for.

A short run (6 s at 100 msg/s) is part of the default suite; ``AMG_LONG=1`` adds a 5-minute run
at 400 msg/s (``-m slow``). docs/reliability.md has the figures of a long run.
"""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from agentmesh_guard.cli.soak import soak_cmd
from agentmesh_guard.soak import percentiles, read_rss_kb, run_soak

pytestmark = pytest.mark.nats


def test_percentiles_use_the_nearest_rank() -> None:
    """p50/p90/p99/max of 1..100 are 50, 90, 99 and 100; no values give zeros."""
    values = [float(v) for v in range(100, 0, -1)]
    assert percentiles(values) == {"p50": 50.0, "p90": 90.0, "p99": 99.0, "max": 100.0}
    assert percentiles([]) == {"p50": 0.0, "p90": 0.0, "p99": 0.0, "max": 0.0}


def test_rss_of_this_process_is_read_and_a_missing_process_is_zero() -> None:
    """VmRSS of the running test process is positive; a pid that cannot exist reads as 0."""
    assert read_rss_kb(os.getpid()) > 0
    assert read_rss_kb(2**31 - 1) == 0


def test_short_soak_via_the_command_loses_nothing() -> None:
    """6 s at 100 msg/s through a real sidecar process: 600 sent, every one delivered or held
    (one in 20 is an injection, so 30 held), nothing lost or duplicated, and the guard's RSS was
    sampled throughout."""
    outcome = CliRunner().invoke(soak_cmd, ["--duration", "6", "--rate", "100", "--json"])
    assert outcome.exit_code == 0, outcome.output
    report = json.loads(outcome.output.strip().splitlines()[-1])
    assert report["sent"] == 600
    assert (report["delivered"], report["held"], report["lost"], report["duplicates"]) == (570, 30, 0, 0)
    assert 0 < report["latency_ms"]["p50"] <= report["latency_ms"]["p99"] <= report["latency_ms"]["max"]
    assert report["rss_samples"] >= 5 and report["rss_kb"]["max"] >= report["rss_kb"]["start"] > 0
    assert report["rss_timeline_kb"] and report["rss_timeline_kb"][0] > 0  # one point per 10 s, from the start


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("AMG_LONG") != "1", reason="long soak: set AMG_LONG=1")
async def test_long_soak_holds_the_rate_without_loss_or_growth() -> None:
    """5 minutes at 400 msg/s: nothing lost or duplicated, and the guard's memory levels off: over
    the last third of the run its RSS grows by less than 10 MiB.

    Why these numbers: the bounded structures (word-hash cache, immune memory, replication and split
    trackers) fill during the first ~200 s of this workload, so a shorter run measures filling, not
    growth, and cannot tell a leak from a cache. Before the trackers were bounded in bytes the guard
    grew by ~15 MiB over the last third of a 300 s run (108.0 -> 122.8 MiB at 500 msg/s, see
    docs/reliability.md), so this should fail on that code; with them it grew 6.4-6.6 MiB at 500 msg/s,
    one-time 4.6 MiB table resize included. No latency bound: timings on a shared machine are
    reported, not asserted."""
    report = await run_soak(300, 400)
    assert report.sent == 120_000
    assert report.lost == 0 and report.duplicates == 0
    assert report.rss_samples >= 250 and len(report.rss_timeline_kb) >= 25
    assert report.rss_kb["end"] - report.rss_kb["late"] < 10 * 1024
