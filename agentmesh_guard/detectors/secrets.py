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
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple

from agentmesh_guard.detectors._prefilter import ASSIGN_WORDS, MessageFacts, facts
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
    gate: str = ""
    """A prefilter (``_open_gates``) that must pass before the trigger is even looked for: a run of
    characters or a URL shape every match of ``pattern`` has (``tests/detectors/test_prefilter.py``
    derives that from the pattern). ``""``: none, the trigger alone."""


_RULES: Final = (
    _Rule("anthropic_key", 95, re.compile(r"\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}"), "sk-ant-",
          gate="b64_23"),
    _Rule("openai_key", 92, re.compile(r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}"),
          "sk-", gate="b64_23"),
    _Rule("openai_key", 88, re.compile(r"\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}"), "sk-", gate="b64_23"),
    _Rule("api_key", 75, re.compile(r"\bsk-[A-Za-z0-9]{32,}\b"), "sk-", gate="b64_23"),
    _Rule("aws_access_key_id", 88, re.compile(r"\b(?:AKIA|ASIA|ABIA)[A-Z2-7]{16}\b"), "IA", gate="upper20"),
    _Rule("aws_access_key_id", 88, re.compile(r"\bACCA[A-Z2-7]{16}\b"), "ACCA", gate="upper20"),
    _Rule("aws_secret_access_key", 92, re.compile(
        r"(?i:aws_?secret_?(?:access_?)?key|secret_?access_?key)[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"),
        ("ecret", "ECRET"), 1, gate="b64_40"),  # the keyword is matched case-insensitively
    _Rule("github_token", 92,
          re.compile(r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b"),
          ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), gate="b64_23"),
    _Rule("github_token", 92, re.compile(r"\bgithub_pat_[A-Za-z0-9_]{82}\b"), "github_pat_", gate="b64_23"),
    _Rule("slack_token", 90, re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}"), "xox"),
    _Rule("slack_webhook", 80, re.compile(r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}"),
          "hooks.slack", gate="slack_url"),
    _Rule("google_api_key", 85, re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"), "AIza", gate="b64_23"),
    _Rule("stripe_key", 92, re.compile(r"\b(?:sk|rk)_live_[0-9a-zA-Z]{24,}\b"), "_live_", gate="b64_23"),
    _Rule("stripe_test_key", 60, re.compile(r"\b(?:sk|rk)_test_[0-9a-zA-Z]{24,}\b"), "_test_", gate="b64_23"),
    _Rule("private_key", 98, re.compile(
        r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----"
        r"(?:[\s\S]{0,8000}?-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----)?"), "PRIVATE KEY"),
    _Rule("jwt", 70, re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}"), "eyJ"),
    _Rule("connection_string", 85, re.compile(
        r"\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|ftp|sftp)"
        r"://[^\s:/@]{1,64}:([^\s@/]{3,128})@[^\s/]+"),
        ("postgres", "mysql", "mariadb", "mongodb", "redis", "amqp", "mssql", "sqlserver", "ftp://"), 1,
        gate="db_url"),
)  # fmt: skip

_ROWS: Final = tuple((rule, (rule.trigger,) if isinstance(rule.trigger, str) else rule.trigger) for rule in _RULES)
_UNGATED: Final = tuple(row for row in _ROWS if not row[0].gate)
"""The rules to try when no gate is open (most messages), in rule order like ``_ROWS``."""
_UPPER20: Final = b"U" * 20
_DB_SCHEMES: Final = ("postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "amqp",
                      "amqps", "mssql", "sqlserver", "ftp", "sftp")  # fmt: skip
"""Every scheme the ``connection_string`` rule accepts right before ``://``."""
_SLACK_PATH: Final = "hooks.slack.com/services/"


def _open_gates(text: str, f: MessageFacts) -> set[str]:
    """The names of the rule gates that pass for ``text`` (see ``_Rule.gate``).

    ``b64_23``/``b64_40``: a run of 23/40 ``[A-Za-z0-9+/_-]`` (a superset of the token alphabet
    ``[A-Za-z0-9_-]``); ``upper20``: 20 ``[A-Z0-9]`` (looked for only where an ``A`` and a base64
    run of 20 exist: every rule gated on it starts with ``A``, and the class is in the base64
    alphabet); ``db_url``: a database scheme right before a ``://``; ``slack_url``:
    ``https://hooks.slack.com/services/``.
    """
    gates: set[str] = set()
    if f.b64_run(23):
        gates.add("b64_23")
        if f.b64_run(40):
            gates.add("b64_40")
    if "A" in text and f.b64_run(20) and _UPPER20 in f.upper:
        gates.add("upper20")
    pos = text.find("://")
    while pos >= 0:
        if text.endswith(_DB_SCHEMES, 0, pos):
            gates.add("db_url")
        if text.startswith(_SLACK_PATH, pos + 3) and text.endswith("https", 0, pos):
            gates.add("slack_url")
        pos = text.find("://", pos + 3)
    return gates


_ASSIGN: Final = re.compile(
    r"(?i:\b(?:password|passwd|pwd|passphrase|secret|client_secret|api[_-]?key|apikey|access[_-]?token"
    r"|auth[_-]?token|token|private[_-]?key|secret[_-]?key)\b)[\"']?\s*(?:=|:|=>)\s*[\"']?([^\s\"',;]{8,200})"
)
_PLACEHOLDER: Final = re.compile(
    r"^(?:<.*>|\{.*\}|\$\{?\w+\}?|x{4,}|\*{3,}|\.{3,}|your[_-].*|changeme|example.*)$", re.I
)
_PLACEHOLDER_PASSWORDS: Final = frozenset(
    {"password", "passwd", "pass", "pwd", "secret", "changeme", "change_me", "change-me", "mypassword", "yourpassword",
     "your_password", "your-password"}
)  # fmt: skip
"""Words written where a password goes in documentation (``postgres://user:password@localhost:5432/app``): a
placeholder only at a local or example host, since a real service can have a password this weak."""
_TEMPLATE_PASSWORD: Final = re.compile(
    r"\$\{[A-Za-z_]\w*\}|\$[A-Z_][A-Z0-9_]*|x{4,}|X{4,}|\*{3,}|\.{3,}|%s|%\(\w+\)s"
    r"|(?i:<[^<>\d]*(?:pass|pwd|secret|your)[^<>\d]*>|\{\{?\s*\w*(?:pass|pwd|secret)\w*\s*\}?\})"
)
"""A password written as a template's slot, at any host: ``${DB_PASSWORD}``, ``$PGPASSWORD``, ``<password>``,
``{{ db_password }}``, ``xxxx``, ``***``, ``%s``. Not any ``$…``, ``<…>`` or ``{…}``: ``$3cr3tPassw0rd`` and
``<hunter2-prod>`` are passwords."""
_LOCAL_HOST: Final = re.compile(
    r"(?i)(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|host|hostname|your[-_]?host|(?:[\w-]+\.)*example"
    r"(?:\.(?:com|org|net))?|[\w-]+\.(?:local|test|invalid))(?::\d+|:<[^>]*>)?"
)


def _placeholder_password(value: str, host: str) -> bool:
    """Whether a connection string's password is a placeholder: a template's slot (``_TEMPLATE_PASSWORD``), or a word
    for "password" (``_PLACEHOLDER_PASSWORDS``) at a local or example host (``_LOCAL_HOST``)."""
    if _TEMPLATE_PASSWORD.fullmatch(value) is not None:
        return True
    return value.lower() in _PLACEHOLDER_PASSWORDS and _LOCAL_HOST.fullmatch(host) is not None


_GENERIC_TRIGGERS: Final = ("pass", "pwd", "secret", "key", "token")
_KEYWORD_REACH: Final = 20
"""A trigger and the rest of its keyword (``password``, ``api_key``) span at most this many characters."""
_TRIGGER_AT: Final = tuple(
    re.compile(re.escape(t) + rf"(?=[\w-]{{0,{_KEYWORD_REACH - len(t)}}}[\"']?\s*(?:=|:|=>))")
    for t in _GENERIC_TRIGGERS
)
"""Each trigger where the keyword it starts is followed by an assignment operator (searched in the view;
a literal prefix, so ``re`` skips to each occurrence in C). No trigger overlaps itself, so ``finditer``
finds every occurrence."""
_MAX_SCAN: Final = 256 * 1024


def _assignments(text: str) -> list[re.Match[str]]:
    """``_ASSIGN`` matches, found without a full regex pass over ordinary prose.

    Each trigger word is located by a regex with the word as its literal prefix (C speed); only
    where an assignment operator follows the keyword within a few characters is ``_ASSIGN`` run,
    on a window.
    """
    low = scan_view(text)
    # An _ASSIGN keyword is a whole word in the view. _ASSIGN ignores case, and with IGNORECASE a
    # few non-ASCII letters match ASCII ones: "K" (Kelvin), "İ" and "ı" become ASCII in the view,
    # "ſ" stays as it is, so the word gate holds for an ASCII view only.
    if low.isascii() and ASSIGN_WORDS.isdisjoint(facts(text).vocabulary):
        return []
    starts: set[int] = set()
    for trigger_at in _TRIGGER_AT:
        for m in trigger_at.finditer(low):
            starts.add(max(0, m.start() - 16))
    found: dict[int, re.Match[str]] = {}
    for start in sorted(starts):
        for m in _ASSIGN.finditer(text, start, min(len(text), start + 260)):
            found.setdefault(m.start(1), m)
    return [found[k] for k in sorted(found)]


def _connection_strings(text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for the ``connection_string`` rule, tried only where a match can start: at a
    scheme of ``_DB_SCHEMES`` right before a ``://`` (every scheme the pattern accepts is one). Its scheme is an
    alternation with no literal to skip to, so ``finditer`` read the whole text (~17 µs a 1.2 KB README with a
    ``redis://`` in it). Candidates are tried in order and those inside a match skipped, as ``finditer`` does:
    the same matches."""
    done = 0
    pos = text.find("://")
    while pos >= 0:
        starts = sorted({pos - len(scheme) for scheme in _DB_SCHEMES if text.endswith(scheme, 0, pos)})
        for start in starts:
            if start >= done and (m := pattern.match(text, start)) is not None:
                yield m
                done = m.end()
                break
        pos = text.find("://", max(pos + 3, done))


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
    gates = _open_gates(text, facts(text))
    for rule, triggers in _UNGATED if not gates else _ROWS:
        if rule.gate and rule.gate not in gates:
            continue
        if not any(map(text.__contains__, triggers)):
            continue
        matches = (
            _connection_strings(text, rule.pattern) if rule.name == "connection_string" else rule.pattern.finditer(text)
        )
        for m in matches:
            if rule.name == "connection_string" and _placeholder_password(m.group(1), text[m.end(1) + 1 : m.end()]):
                continue  # postgres://user:password@localhost in a README or a .env.example (the host after the "@")
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
