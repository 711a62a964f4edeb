"""Property tests for the config loader and the policy loader: any input gives a loaded object
or the project's own error (``ConfigError`` / ``PolicyError``), never another exception."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from agentmesh_guard.config import MeshConfig, parse_mesh
from agentmesh_guard.errors import ConfigError, PolicyError
from agentmesh_guard.policy import PolicyEngine
from tests.fuzz.fuzz_support import EXAMPLES, FUZZ, JSON, ODD_TEXT
from tests.support import POLICIES, mesh

YAML_BITS = st.sampled_from(
    [
        "agents:", "tools:", "  a: {}", "  b: {tools: [x]}", "limits: {max_hops: 99}", "- ", ": ", "? ",
        "&a ", "*a", "!!python/object:os.system", "!!binary", "{", "}", "[", "]", "'", '"', "|", ">-", "\t",
        "\n", "  ", "---", "...", "#", "%YAML 1.1", "~", "null", "0x1F", "1e999", "<<: *a",
    ]
)  # fmt: skip


def _parse(text: str) -> None:
    try:
        config = parse_mesh(text)
    except ConfigError as exc:
        problem = str(exc)
    else:
        assert isinstance(config, MeshConfig)
        return
    assert problem


@FUZZ
@given(text=ODD_TEXT)
@example(text="!zesm'''")  # an unknown tag: used to raise yaml's ConstructorError
@example(text="a: &x [*x]\n")  # a self-referencing alias: used to recurse without end
@example(text="? [a, b]\n: c\n")
def test_random_text_is_a_config_or_a_config_error(text: str) -> None:
    """Arbitrary text (NULs, odd Unicode) parses to a MeshConfig or raises ConfigError."""
    _parse(text)


@FUZZ
@given(bits=st.lists(YAML_BITS, max_size=30))
def test_yaml_ish_text_is_a_config_or_a_config_error(bits: list[str]) -> None:
    """YAML fragments glued together (anchors, aliases, tags, flow and block styles) parse to a
    MeshConfig or raise ConfigError."""
    _parse("".join(bits))


@FUZZ
@given(
    doc=st.dictionaries(
        st.sampled_from(["agents", "tools", "limits", "payload_types", "allowed_hosts", "name", "x"]),
        JSON,
        max_size=5,
    )
)
def test_random_structures_are_a_config_or_a_config_error(doc: dict[str, object]) -> None:
    """Any structure under the real top-level keys, dumped as YAML, parses or raises ConfigError."""
    _parse(yaml.safe_dump(doc, allow_unicode=True))


def test_a_billion_laughs_config_is_refused_quickly() -> None:
    """Nine levels of ten-fold aliases (10^9 leaves if expanded) are refused as a ConfigError at
    once: aliases are walked once, not once per use."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    lines += ["agents: {p: {}}", "allowed_hosts: *a9"]
    with pytest.raises(ConfigError, match="allowed_hosts"):
        parse_mesh("\n".join(lines))


@pytest.fixture(scope="module")
def policy_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of policies/ to add a fuzzed file to."""
    target = tmp_path_factory.mktemp("policies") / "policies"
    shutil.copytree(POLICIES, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


CEDAR_BITS = st.sampled_from(
    [
        '@id("fuzz")', '@on_deny("hold")', '@on_deny("nope")', "permit", "forbid", "(", ")", "principal", "action",
        "resource", ",", ";", "when", "unless", "{", "}", "context.max_severity", ">=", "70", '"x"', "==",
        'Agent::"coder"', "in", "&&", "||", "!", "context.nope", "has", "like", '"*"', "if", "then", "else",
    ]
)  # fmt: skip


@settings(FUZZ, max_examples=max(20, EXAMPLES // 2))
@given(text=st.one_of(ODD_TEXT, st.lists(CEDAR_BITS, max_size=40).map(" ".join)))
@example(text='@id("fuzz")\nforbid (principal, action, resource) when { context.nope == 1 };')
@example(text='@id("permit-send-to-peer")\npermit (principal, action, resource);')
def test_random_cedar_file_is_loaded_or_a_policy_error(policy_copy: Path, text: str) -> None:
    """An extra .cedar file with random text (or random Cedar tokens) loads with the rest or raises
    PolicyError; duplicate ids and unknown context attributes are PolicyErrors too."""
    (policy_copy / "fuzzed.cedar").write_text(text, encoding="utf-8")
    try:
        engine = PolicyEngine.load(policy_copy, mesh())
    except PolicyError as exc:
        problem = str(exc)
    else:
        assert "permit-send-to-peer" in engine.info.policy_ids
        return
    assert problem
