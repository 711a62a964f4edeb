"""Supply-chain checks on tool calls that install packages: typosquats.

A detector (evidence only): for every package a tool call would install (``pip
install``, ``npm i``, a ``package`` argument, requirements text; see ``facts.py``)
it compares the name with a shipped list of popular names (``data/popular_packages.txt``)
and the caller's ``packages.allow`` list. A name on either list is fine; a near miss is a
``typosquat`` finding:

| trick | example | severity |
|---|---|---|
| non-ASCII letters in the name | ``rеquests`` (Cyrillic е) | 90 |
| confusable characters | ``reque5ts``, ``rnatplotlib`` | 85 |
| separators moved or reordered | ``dateutil-python``, ``pythondateutil`` | 80 |
| edit distance 1 (Damerau-Levenshtein) | ``reqeusts``, ``numpyy`` | 80 |
| edit distance 2, names of 8+ letters | ``beautifulsop`` | 75 |

Short names get less slack (distance 1 from 5 letters, none below), because short
popular names have many legitimate neighbours. PyPI treats ``-``, ``_`` and ``.`` alike
(PEP 503), so ``python_dateutil`` *is* ``python-dateutil`` there; on npm it is not.
Severity >= 70 means the default policy ``quarantine-high-severity`` quarantines the call.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Final

from agentmesh_guard.config import MeshConfig
from agentmesh_guard.envelope import Envelope, ToolCall
from agentmesh_guard.governance.facts import Ecosystem, Package, extract
from agentmesh_guard.governance.rules import canonical_package
from agentmesh_guard.types import ScanContext
from agentmesh_guard.verdict import Finding

__all__ = ["TYPOSQUAT", "SupplyChainDetector", "Suspicion", "damerau_levenshtein", "load_popular", "typosquat_of"]

TYPOSQUAT: Final = "typosquat"
INSTALL_KINDS: Final = frozenset({"package", "requirements", "command"})

_CONFUSABLE: Final = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ј": "j",
        "ѕ": "s", "ԁ": "d", "ɡ": "g", "ӏ": "l", "к": "k", "м": "m", "т": "t", "н": "h", "в": "b",
        "α": "a", "ο": "o", "ρ": "p", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u", "χ": "x",
        "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "|": "l", "i": "l",
    }
)  # fmt: skip
_SEPARATORS: Final = re.compile(r"[-_.]+")


@dataclass(frozen=True, slots=True)
class Suspicion:
    package: str
    looks_like: str
    trick: str
    severity: int


def load_popular(text: str | None = None) -> dict[str, frozenset[str]]:
    """The shipped popular names by ecosystem (or those in ``text``, same format)."""
    if text is None:
        text = resources.files("agentmesh_guard.governance").joinpath("data/popular_packages.txt").read_text("utf-8")
    names: dict[str, set[str]] = {"pypi": set(), "npm": set()}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        eco, _, name = line.partition(":")
        if eco in names and name:
            names[eco].add(canonical_package(line)[1])
    return {eco: frozenset(v) for eco, v in names.items()}


def damerau_levenshtein(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment distance (adjacent swaps count 1), or ``limit + 1`` once over."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[len(b)], limit + 1)


def _skeleton(name: str) -> str:
    s = name.lower().translate(_CONFUSABLE)
    return _SEPARATORS.sub("", s.replace("rn", "m").replace("vv", "w").replace("cl", "d"))


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(sorted(t for t in _SEPARATORS.split(name.lower()) if t))


def _slack(target: str) -> int:
    n = len(target)
    return 2 if n >= 8 else 1 if n >= 5 else 0


@functools.lru_cache(maxsize=4096)
def typosquat_of(name: str, known: frozenset[str]) -> Suspicion | None:
    """Whether ``name`` (canonical) is a near miss of one of ``known`` (and not one of them)."""
    if name in known or len(name) < 3:
        return None
    if not name.isascii():
        folded = name.lower().translate(_CONFUSABLE)
        target = next((k for k in sorted(known) if _skeleton(k) == _skeleton(folded)), "")
        return Suspicion(name, target, "non-ASCII characters in a package name", 90)
    skeleton, stripped, tokens = _skeleton(name), _SEPARATORS.sub("", name), _tokens(name)
    best: Suspicion | None = None
    for target in sorted(known):
        if _SEPARATORS.sub("", target) == stripped or (len(tokens) > 1 and _tokens(target) == tokens):
            return Suspicion(name, target, "separators moved or words reordered", 80)
        if _skeleton(target) == skeleton:
            return Suspicion(name, target, "confusable characters", 85)
        slack = _slack(target)
        if slack and best is None and abs(len(target) - len(name)) <= slack:
            distance = damerau_levenshtein(name, target, slack)
            if distance <= slack:
                best = Suspicion(name, target, f"edit distance {distance}", 80 if distance == 1 else 75)
    return best


class SupplyChainDetector:
    """Finds typosquatted installs in calls to tools whose ``arg_kinds`` include
    ``package``, ``requirements`` or ``command``. Failing to read the arguments raises,
    which the guard records as a ``detector_error`` (fail closed)."""

    name = "supplychain"

    def __init__(self, mesh: MeshConfig, *, popular: Mapping[str, Iterable[str]] | None = None) -> None:
        base = load_popular() if popular is None else {k: frozenset(v) for k, v in popular.items()}
        self._tools = {
            name: (dict(tool.arg_kinds), tool.ecosystem)
            for name, tool in mesh.tools.items()
            if INSTALL_KINDS & set(tool.arg_kinds.values())
        }
        self._known: dict[tuple[str, str], frozenset[str]] = {}
        self._roots: dict[str, tuple[str | None, str | None]] = {}
        for agent, config in mesh.agents.items():
            profile = config.profile
            allow = profile.packages.allow if profile and profile.packages and profile.packages.allow else ()
            fs = profile.filesystem if profile else None
            self._roots[agent] = (fs.root, fs.home) if fs else (None, None)
            for eco in ("pypi", "npm"):
                own = {n for e, n in map(canonical_package, allow) if e in (None, eco)}
                self._known[(agent, eco)] = base.get(eco, frozenset()) | frozenset(own)
        self._base = {eco: base.get(eco, frozenset()) for eco in ("pypi", "npm")}

    @property
    def enabled(self) -> bool:
        return bool(self._tools)

    def known(self, agent: str, ecosystem: Ecosystem) -> frozenset[str]:
        return self._known.get((agent, ecosystem), self._base[ecosystem])

    def suspicions(self, agent: str, packages: Sequence[Package]) -> list[Suspicion]:
        found = []
        for package in packages:
            if package.registry_name:
                hit = typosquat_of(package.name, self.known(agent, package.ecosystem))
                if hit is not None:
                    found.append(hit)
        return found

    def scan(self, text: str, envelope: Envelope, context: ScanContext) -> Sequence[Finding]:
        if not isinstance(envelope, ToolCall) or envelope.recipient not in self._tools:
            return []
        kinds, ecosystem = self._tools[envelope.recipient]
        root, home = self._roots.get(envelope.sender, (None, None))
        facts = extract(envelope.arguments, kinds, root=root, home=home, ecosystem=ecosystem)
        findings = []
        for s in self.suspicions(envelope.sender, facts.packages):
            findings.append(
                Finding(
                    kind=TYPOSQUAT,
                    severity=s.severity,
                    detector=self.name,
                    message=f"{s.package!r} looks like {s.looks_like!r} ({s.trick})",
                    excerpt=s.package[:100],
                )
            )
        return findings
