"""``agentmesh-guard bench`` runs end to end (real nats-server, sidecar processes, OTLP export)
and reports every figure issue 7 asks for. No timing is asserted: the figures are the
benchmark's output, not test outcomes; this only proves the harness measures something."""

from __future__ import annotations

import json

from click.testing import CliRunner

from agentmesh_guard import envelope as env
from agentmesh_guard.bench import corpus
from agentmesh_guard.cli import main
from agentmesh_guard.testing import traffic

KEYS = (
    "raw_relay_msgs_per_s",
    "guard_relay_msgs_per_s",
    "ratio",
    "added_latency_p50_us",
    "added_latency_p99_us",
    "check_p50_us",
    "check_p99_us",
    "detector_mb_per_s",
    "scaleout_2_over_1",
)


def test_bench_json_reports_every_figure() -> None:
    result = CliRunner().invoke(main, ["bench", "--json", "--quick", "--messages", "400"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    for key in KEYS:
        assert key in report, key
    assert report["machine"]["cores"] >= 1
    # each side measured real traffic: messages arrived, latency was sampled
    assert report["raw_relay_msgs_per_s"] > 0 and report["guard_relay_msgs_per_s"] > 0
    assert report["guard_2_relay_msgs_per_s"] > 0
    assert report["latency_samples"]["raw"] > 0 and report["latency_samples"]["guard"] > 0
    assert report["ratio"] == round(report["guard_relay_msgs_per_s"] / report["raw_relay_msgs_per_s"], 3)
    assert report["check_p99_us"] >= report["check_p50_us"] > 0
    assert report["detector_mb_per_s"] > 0


def test_corpus_is_a_realistic_mix() -> None:
    items = corpus(1000)
    sizes = [len(data) for _, data in items]
    assert 1000 <= sum(sizes) / len(sizes) <= 2200
    texts = [env.text_of(env.decode(data)) for _, data in items]
    heads = [injection.split("{")[0][:24] for injection in traffic.INJECTIONS]
    poisoned = sum(any(head in text for head in heads) for text in texts)
    assert 50 <= poisoned <= 150  # about one in ten
    assert len(set(texts)) == len(texts)  # no body repeated: caches see varied text
    assert len({subject for subject, _ in items}) >= 3  # several senders
    assert any(b'"tool_call"' in data for _, data in items)
