"""Secrets and credentials in message text, and ``redact`` to blank them out.

Provider formats with a distinctive prefix (and, where the provider has one, a
fixed length) are high confidence (>= 85). JWTs are 70 (they are bearer tokens
but often short-lived). Generic ``password=`` / ``api_key:`` assignments count
only when the value looks random (Shannon entropy), to skip ``password=changeme``
in docs and ``api_key=<your key>`` placeholders.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from agentmesh_guard.detectors._text import scan_view
from agentmesh_guard.envelope import Envelope
from agentmesh_guard.types import ScanContext
from agentmesh_guard.verdict import Finding

__all__ = ["SecretsDetector", "find_secrets", "redact", "shannon_entropy"]


class _Rule(NamedTuple):
    name: str
    severity: int
    pattern: re.Pattern[str]
    trigger: str | tuple[str, ...]
    """Literal(s), one of which must occur in the text for the rule to be tried (cheap gate)."""
    group: int = 0


_RULES: Final = (
    _Rule("anthropic_key", 95, re.compile(r"\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}"), "sk-ant-"),
    _Rule("openai_key", 92, re.compile(r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}"),
          "sk-"),
    _Rule("openai_key", 88, re.compile(r"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}"), "sk-"),
    _Rule("api_key", 75, re.compile(r"\bsk-[A-Za-z0-9]{32,}\b"), "sk-"),
    _Rule("aws_access_key_id", 88, re.compile(r"\b(?:AKIA|ASIA|ABIA)[A-Z2-7]{16}\b"), "IA"),
    _Rule("aws_access_key_id", 88, re.compile(r"\bACCA[A-Z2-7]{16}\b"), "ACCA"),
    _Rule("aws_secret_access_key", 92, re.compile(
        r"(?i:aws_?secret_?(?:access_?)?key|secret_?access_?key)[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"),
        "ecret", 1),
    _Rule("github_token", 92,
          re.compile(r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b"),
          ("ghp_", "gho_", "ghu_", "ghs_", "ghr_")),
    _Rule("github_token", 92, re.compile(r"\bgithub_pat_[A-Za-z0-9_]{82}\b"), "github_pat_"),
    _Rule("slack_token", 90, re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}"), "xox"),
    _Rule("slack_webhook", 80, re.compile(r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}"),
          "hooks.slack"),
    _Rule("google_api_key", 85, re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"), "AIza"),
    _Rule("stripe_key", 92, re.compile(r"\b(?:sk|rk)_live_[0-9a-zA-Z]{24,}\b"), "_live_"),
    _Rule("stripe_test_key", 60, re.compile(r"\b(?:sk|rk)_test_[0-9a-zA-Z]{24,}\b"), "_test_"),
    _Rule("private_key", 98, re.compile(
        r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----"
        r"(?:[\s\S]{0,8000}?-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----)?"), "PRIVATE KEY"),
    _Rule("jwt", 70, re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}"), "eyJ"),
    _Rule("connection_string", 85, re.compile(
        r"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|ftp|sftp)"
        r"://[^\s:/@]{1,64}:([^\s@/]{3,128})@[^\s/]+"),
        ("postgres", "mysql", "mariadb", "mongodb", "redis", "amqp", "mssql", "sqlserver", "ftp://"), 1),
)  # fmt: skip

_ASSIGN: Final = re.compile(
    r"(?i:\b(?:password|passwd|pwd|passphrase|secret|client_secret|api[_-]?key|apikey|access[_-]?token"
    r"|auth[_-]?token|token|private[_-]?key|secret[_-]?key)\b)[\"']?\s*(?:=|:|=>)\s*[\"']?([^\s\"',;]{8,200})"
)
_PLACEHOLDER: Final = re.compile(
    r"^(?:<.*>|\{.*\}|\$\{?\w+\}?|x{4,}|\*{3,}|\.{3,}|your[_-].*|changeme|example.*)$", re.I
)
_GENERIC_TRIGGERS: Final = ("pass", "pwd", "secret", "key", "token")
_ASSIGN_OP: Final = re.compile(r"[\"']?\s*(?:=|:|=>)")
_MAX_SCAN: Final = 256 * 1024


def _assignments(text: str) -> list[re.Match[str]]:
    """``_ASSIGN`` matches, found without a full regex pass over ordinary prose.

    Each trigger word is located with ``str.find`` (C speed); only where an assignment
    operator follows the keyword within a few characters is the regex run, on a window.
    """
    low = scan_view(text)
    starts: set[int] = set()
    for trigger in _GENERIC_TRIGGERS:
        pos = low.find(trigger)
        while pos >= 0:
            end = pos + len(trigger)
            # the keyword may continue (password, api_key, token), then an operator follows
            while end < len(low) and (low[end].isalnum() or low[end] in "_-") and end - pos < 20:
                end += 1
            if _ASSIGN_OP.match(low, end) is not None:
                starts.add(max(0, pos - 16))
            pos = low.find(trigger, pos + 1)
    found: dict[int, re.Match[str]] = {}
    for start in sorted(starts):
        for m in _ASSIGN.finditer(text, start, min(len(text), start + 260)):
            found.setdefault(m.start(1), m)
    return [found[k] for k in sorted(found)]


class SecretMatch(NamedTuple):
    kind: str
    severity: int
    start: int
    end: int


def shannon_entropy(value: str) -> float:
    """Bits per character of ``value``."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def find_secrets(text: str) -> list[SecretMatch]:
    """Every credential-looking span in ``text``, non-overlapping, strongest first where they overlap."""
    found: list[SecretMatch] = []
    text = text[:_MAX_SCAN]
    for rule in _RULES:
        trigger = rule.trigger
        if not (trigger in text if isinstance(trigger, str) else any(t in text for t in trigger)):
            continue
        for m in rule.pattern.finditer(text):
            found.append(SecretMatch(rule.name, rule.severity, m.start(rule.group), m.end(rule.group)))
    for m in _assignments(text):
        value = m.group(1)
        if _PLACEHOLDER.match(value) or shannon_entropy(value) < 3.0:
            continue
        has_digit = any(c.isdigit() for c in value)
        has_alpha = any(c.isalpha() for c in value)
        severity = 72 if has_digit and has_alpha and len(value) >= 12 else 55
        found.append(SecretMatch("credential_assignment", severity, m.start(1), m.end(1)))
    found.sort(key=lambda s: (s.start, -s.severity))
    result: list[SecretMatch] = []
    for s in found:
        if result and s.start < result[-1].end:
            if s.severity > result[-1].severity:
                result[-1] = s
            continue
        result.append(s)
    return result


class SecretsDetector:
    """Flags credentials (kind ``secret``); one finding per secret, so ``redact`` can blank each."""

    name = "secrets"

    def scan(self, text: str, envelope: Envelope, context: ScanContext) -> Sequence[Finding]:
        return [
            Finding(
                kind="secret",
                severity=s.severity,
                detector=self.name,
                message=s.kind,
                start=s.start,
                end=s.end,
                excerpt=_mask(text[s.start : s.end]),
            )
            for s in find_secrets(text)[:64]
        ]


def _mask(value: str) -> str:
    """An excerpt that identifies a secret without repeating it."""
    return value[:4] + "…" + f"({len(value)} chars)" if len(value) > 8 else "…"


def redact(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with each ``secret`` finding's span replaced by ``[REDACTED:<kind>]``.

    ``<kind>`` is the secret type from the finding's message (e.g. ``aws_access_key_id``).
    Findings of other kinds, and spans outside the text, are ignored.
    """
    spans = sorted(
        (f for f in findings if f.kind == "secret" and 0 <= f.start < f.end <= len(text)), key=lambda f: f.start
    )
    out: list[str] = []
    pos = 0
    for f in spans:
        if f.start < pos:
            continue
        out.append(text[pos : f.start])
        out.append(f"[REDACTED:{f.message or 'secret'}]")
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
