"""The command line: policy validate/explain, check on the shipped examples, audit verify, quarantine ops."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from agentmesh_guard.cli import main
from tests.support import POLICIES, ROOT, TEAM_MESH

EXAMPLES = ROOT / "examples" / "envelopes"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_policy_validate_passes_on_shipped_policies() -> None:
    """The shipped policy set validates and every policy is listed by its @id."""
    code, out = run("policy", "validate")
    assert code == 0
    assert "ok:" in out and "quarantine-high-severity -> quarantine" in out


def test_policy_validate_names_the_broken_policy(tmp_path: Path) -> None:
    """A policy that references an attribute the schema lacks fails validation, naming the policy."""
    d = tmp_path / "policies"
    shutil.copytree(POLICIES, d)
    (d / "broken.cedar").write_text(
        '@id("my-broken-rule")\nforbid (principal, action, resource)\nwhen { context.no_such_field == 1 };\n'
    )
    code, out = run("policy", "validate", str(d))
    assert code == 1
    assert "my-broken-rule" in out


def test_policy_explain(tmp_path: Path) -> None:
    """explain shows the decision and the policies that fired for a hand-written request."""
    req = tmp_path / "req.json"
    req.write_text(
        json.dumps(
            {
                "principal": "coder",
                "action": "call_tool",
                "resource": "deploy",
                "context": {"tainted": True, "labels": ["untrusted:web"]},
            }
        )
    )
    code, out = run("policy", "explain", str(req), "--mesh", str(TEAM_MESH))
    assert code == 0
    assert "DENY -> hold" in out and "hold-tainted-privileged-tool" in out


def test_check_shows_deliver_quarantine_and_reject_with_reasons(tmp_path: Path) -> None:
    """The example envelopes produce a deliver, two quarantines and a reject, each with its reason."""
    files = sorted(str(p) for p in EXAMPLES.glob("*.json"))
    code, out = run("check", "--mesh", str(TEAM_MESH), "--json", *files)
    assert code == 0
    verdicts = {Path(v["file"]).stem: v for v in map(json.loads, out.splitlines())}
    assert verdicts["benign-task"]["action"] == "deliver"
    assert verdicts["poisoned-forward"]["action"] == "quarantine"
    assert "quarantine-high-severity" in [r["code"] for r in verdicts["poisoned-forward"]["reasons"]]
    # check keeps state across files, like the guard: after its forwarded poison was quarantined, the
    # researcher's later messages in that conversation are derived from quarantined content
    assert verdicts["ungranted-tool"]["reasons"][0]["code"] == "quarantine-derived-from-quarantined"
    code, out = run("check", "--mesh", str(TEAM_MESH), "--json", str(EXAMPLES / "ungranted-tool.json"))
    assert json.loads(out)["reasons"][0]["code"] == "default-deny"
    assert verdicts["bad-arguments"]["action"] == "reject"
    assert "$.arguments.url" in verdicts["bad-arguments"]["reasons"][0]["message"]


def test_check_records_then_operator_commands_work(tmp_path: Path) -> None:
    """check --store/--audit keeps held messages; quarantine list/show/release/drop act on them, audited."""
    store, audit = tmp_path / "q", tmp_path / "audit.jsonl"
    files = [str(EXAMPLES / "poisoned-forward.json"), str(EXAMPLES / "ungranted-tool.json")]
    code, _ = run("check", "--mesh", str(TEAM_MESH), "--store", str(store), "--audit", str(audit), *files)
    assert code == 0
    code, out = run("quarantine", "list", "--store", str(store), "--audit", str(audit), "--json")
    records = json.loads(out)
    assert len(records) == 2
    first, second = (r["id"] for r in records)
    code, out = run("quarantine", "show", first, "--store", str(store), "--audit", str(audit))
    assert code == 0 and "reason:" in out and "payload:" in out
    # --forget tells running guards to forget what the record taught; a file store has none: refused, nothing done
    code, out = run("quarantine", "release", first, "--store", str(store), "--audit", str(audit), "--forget")
    assert code == 1 and "--forget" in out and "--nats" in out
    out_file = tmp_path / "released.json"
    code, _ = run(
        "quarantine",
        "release",
        first,
        "--store",
        str(store),
        "--audit",
        str(audit),
        "--actor",
        "alice",
        "--out",
        str(out_file),
    )
    assert code == 0
    assert json.loads(out_file.read_bytes())["kind"] in ("message", "tool_call")
    code, out = run("quarantine", "drop", second, "--store", str(store), "--audit", str(audit), "--actor", "bob")
    assert code == 0
    code, out = run("quarantine", "drop", second, "--store", str(store), "--audit", str(audit), "--actor", "bob")
    assert code == 1 and "already dropped" in out
    code, out = run("audit", "verify", str(audit))
    assert code == 0 and "ok: 4 records" in out
    code, out = run("audit", "tail", str(audit))
    assert "release" in out and "alice" in out


def test_audit_verify_fails_on_tampering(tmp_path: Path) -> None:
    """A tampered audit log makes `audit verify` exit 1 and name the record."""
    audit = tmp_path / "audit.jsonl"
    run("check", "--mesh", str(TEAM_MESH), "--audit", str(audit), *(str(p) for p in sorted(EXAMPLES.glob("*.json"))))
    lines = audit.read_text().splitlines()
    lines[1] = lines[1].replace('"deliver"', '"reject"').replace('"quarantine"', '"deliver"')
    audit.write_text("\n".join(lines) + "\n")
    code, out = run("audit", "verify", str(audit))
    assert code == 1 and "TAMPERED at record seq=2" in out


def test_schemas_are_current() -> None:
    """`schemas generate --check` passes on the committed schema."""
    code, out = run("schemas", "generate", "--check")
    assert code == 0, out


def test_bad_mesh_config_is_a_clean_error(tmp_path: Path) -> None:
    """A broken mesh file gives a one-screen error naming the line, not a traceback."""
    bad = tmp_path / "mesh.yaml"
    bad.write_text("agents:\n  a: {trust: high}\n")
    code, out = run("check", "--mesh", str(bad), str(EXAMPLES / "benign-task.json"))
    assert code == 1
    assert "mesh.yaml:2: agents.a.trust" in out
