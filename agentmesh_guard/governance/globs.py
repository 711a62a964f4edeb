"""Patterns in agent profiles, checked at load and compiled once: paths, hosts, names.

Cedar's ``like`` matches one string and has no quantifiers over sets, so globs are
matched here, in Python, and the policy sees the result (see ``rules.py``).

Path globs, after normalisation (``~``/``$HOME``, the profile's root, ``..`` resolved):

- ``*`` matches within one segment, ``?`` one character, ``[abc]`` a class;
- ``**`` spans any number of segments: ``**/.env``, ``/work/**``;
- a pattern without ``/`` matches any single segment: ``.env``, ``*.pem``, ``.ssh``.

Host globs: ``example.com`` is exact; ``*.example.com`` matches its subdomains only.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from collections.abc import Callable, Sequence
from typing import ClassVar, Final

__all__ = [
    "CommandName",
    "CommandPattern",
    "HostPattern",
    "NamePattern",
    "PackageName",
    "PathPattern",
    "PatternCheck",
    "compile_command_patterns",
    "compile_host_patterns",
    "compile_name_patterns",
    "compile_path_patterns",
    "normalise_path",
]

Matcher = Callable[[str], bool]


class PatternCheck:
    """Load-time check of one pattern; ``problem`` says what is wrong, or ``None``."""

    regex: ClassVar[re.Pattern[str]]
    expected: ClassVar[str]

    @classmethod
    def problem(cls, value: str) -> str | None:
        return None if cls.regex.fullmatch(value) else f"not {cls.expected}"


class PathPattern(PatternCheck):
    regex = re.compile(r"[^\x00]+")
    expected = "a path glob"

    @classmethod
    def problem(cls, value: str) -> str | None:
        if value.count("[") != value.count("]"):
            return "unbalanced '[' in the glob"
        if "***" in value:
            return "'***' is not a glob; use '**' to span directories"
        return None


class CommandName(PatternCheck):
    regex = re.compile(r"[A-Za-z0-9_.+-]+")
    expected = "a command name (letters, digits, '_', '.', '+', '-'; no paths or spaces)"


class CommandPattern(PatternCheck):
    regex = re.compile(r"\S(?:[^\x00-\x1f]*\S)?")
    expected = "a command name or a command-line glob"


class HostPattern(PatternCheck):
    regex = re.compile(r"(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|[0-9a-f:]+")
    expected = "a lower-case host name, '*.' + a domain, or an IP address"


class NamePattern(PatternCheck):
    regex = re.compile(r"[A-Za-z0-9_./*?-]+")
    expected = "a name or name glob (letters, digits, '_', '.', '/', '-', '*', '?')"


class PackageName(PatternCheck):
    regex = re.compile(r"(?:(?:pypi|npm):)?(?:@[a-z0-9][a-z0-9._-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*")
    expected = "a package name, optionally prefixed 'pypi:' or 'npm:'"


_HOME: Final = re.compile(r"^(?:\$HOME|\$\{HOME\})(?=/|$)")


def normalise_path(value: str, *, root: str | None = None, home: str | None = None) -> str:
    """A path as a policy should see it: ``~`` expanded if the profile knows the home
    directory, relative paths joined to ``root`` if set, ``.``/``..``/``//`` resolved.
    Raises ``ValueError`` on a NUL byte (never a real path; a classic truncation trick)."""
    if "\x00" in value:
        raise ValueError("a path contains a NUL byte")
    path = value.strip()
    if path.startswith("file://"):
        path = path[len("file://") :]
    path = _HOME.sub("~", path)
    if home is not None and (path == "~" or path.startswith("~/")):
        path = home + path[1:]
    if root is not None and not path.startswith(("/", "~")):
        path = posixpath.join(root, path)
    if not path:
        return ""
    norm = posixpath.normpath(path)
    return "/" + norm.lstrip("/") if norm.startswith("//") else norm


def _path_regex(pattern: str) -> re.Pattern[str]:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            end = pattern.index("]", i + 1)  # balanced: checked at load
            body = pattern[i + 1 : end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("".join(out))


def compile_path_patterns(
    patterns: Sequence[str], *, root: str | None = None, home: str | None = None
) -> list[tuple[str, Matcher]]:
    """(pattern as written, matcher of a normalised path) for each pattern."""
    compiled: list[tuple[str, Matcher]] = []
    for pattern in patterns:
        if "/" not in pattern:
            seg = re.compile(fnmatch.translate(pattern))
            compiled.append((pattern, _any_segment(seg)))
            continue
        target = pattern if pattern.startswith("**") else normalise_path(pattern, root=root, home=home)
        compiled.append((pattern, _regex_matcher(_path_regex(target))))
    return compiled


def _regex_matcher(rx: re.Pattern[str]) -> Matcher:
    def match(value: str) -> bool:
        return rx.fullmatch(value) is not None

    return match


def _any_segment(seg: re.Pattern[str]) -> Matcher:
    def match(path: str) -> bool:
        return any(seg.fullmatch(part) for part in path.split("/") if part)

    return match


def compile_host_patterns(patterns: Sequence[str]) -> list[tuple[str, Matcher]]:
    return [(p, _subdomain_of(p[1:]) if p.startswith("*.") else _equals(p)) for p in patterns]


def _subdomain_of(suffix: str) -> Matcher:
    def match(host: str) -> bool:
        return host.endswith(suffix) and len(host) > len(suffix)

    return match


def _equals(expected: str) -> Matcher:
    def match(value: str) -> bool:
        return value == expected

    return match


def compile_name_patterns(patterns: Sequence[str]) -> list[tuple[str, Matcher]]:
    return [(p, _regex_matcher(re.compile(fnmatch.translate(p), re.S))) for p in patterns]


def compile_command_patterns(patterns: Sequence[str]) -> list[tuple[str, Callable[[str, str], bool]]]:
    """Deny patterns: a bare name matches the command's name; a glob matches the whole
    simple command (words joined by one space). Matchers take (name, line)."""
    compiled: list[tuple[str, Callable[[str, str], bool]]] = []
    for pattern in patterns:
        if CommandName.regex.fullmatch(pattern):
            compiled.append((pattern, _on_name(_equals(pattern))))
        else:
            compiled.append((pattern, _on_line(_regex_matcher(re.compile(fnmatch.translate(pattern), re.S)))))
    return compiled


def _on_name(match: Matcher) -> Callable[[str, str], bool]:
    def on_name(name: str, line: str) -> bool:
        return match(name)

    return on_name


def _on_line(match: Matcher) -> Callable[[str, str], bool]:
    def on_line(name: str, line: str) -> bool:
        return match(line)

    return on_line
