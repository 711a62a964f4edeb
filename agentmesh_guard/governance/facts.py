"""Facts from tool arguments: which files, commands, hosts, packages and secrets a call touches.

A tool says what its arguments hold (``tools.<name>.arg_kinds`` in the mesh config);
``extract`` turns those arguments into normalised facts the policy can reason about:
resolved paths, command names (``/usr/bin/curl`` -> ``curl``, through ``sudo``/``env``/
``bash -c``/``$(...)``), hosts (from URLs, ``curl`` targets, ``git@host:``), installed
packages (``pip install``, ``npm i``, requirements text, PEP 503 names).

Anything that can't be read with confidence (an unclosed quote, a NUL in a path, a URL
without a host, an argument of the wrong type) raises ``FactError``: the guard turns it
into a ``detector_error`` finding and quarantines the call. It never guesses "harmless".
"""

from __future__ import annotations

import posixpath
import re
import shlex
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal
from urllib.parse import urlsplit

import msgspec

from agentmesh_guard.governance.globs import normalise_path

__all__ = ["ArgFacts", "Ecosystem", "FactError", "Package", "SimpleCommand", "extract", "parse_package_spec"]

Ecosystem = Literal["pypi", "npm"]

MAX_VALUES: Final = 256
MAX_VALUE_CHARS: Final = 16_384
MAX_DEPTH: Final = 4

_ASSIGNMENT: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")
_PYPI_NAME: Final = re.compile(r"([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)", re.S)
_NPM_NAME: Final = re.compile(r"((?:@[a-z0-9~][a-z0-9._~-]*/)?[a-z0-9~][a-z0-9._~-]*)(?:@(.*))?", re.S)
_SCP_HOST: Final = re.compile(r"(?:[A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!//)")
_SEPARATORS: Final = frozenset({";", "&", "&&", "|", "||", "|&", "(", ")", "((", "))", ";;", "\n"})
_REDIRECTS: Final = frozenset({"<", ">", ">>", "<<", "<<<", ">&", "<&", "&>", "&>>", ">|", "<>"})
_WRAPPERS: Final = frozenset({"sudo", "doas", "env", "nohup", "time", "nice", "exec", "command", "builtin", "xargs"})
_SHELLS: Final = frozenset({"sh", "bash", "zsh", "dash", "ksh", "fish", "ash"})
_NET_TOOLS: Final = frozenset({"curl", "wget", "http", "https", "xh", "aria2c"})
_SSH_TOOLS: Final = frozenset({"ssh", "scp", "sftp", "rsync"})


class FactError(ValueError):
    """An argument could not be read with confidence; the call must not pass on a guess."""


@dataclass(frozen=True, slots=True, order=True)
class Package:
    ecosystem: Ecosystem
    name: str
    """Canonical name (PEP 503 for PyPI, lower case for npm), or the spec as written when
    it isn't a registry name (a URL, a path): such a spec never matches an allow list."""

    @property
    def registry_name(self) -> bool:
        return "/" not in self.name.lstrip("@") and ":" not in self.name and not self.name.startswith(".")

    def __str__(self) -> str:
        return f"{self.ecosystem}:{self.name}"


@dataclass(frozen=True, slots=True)
class SimpleCommand:
    name: str
    """The program's base name: ``/usr/bin/curl`` -> ``curl``."""
    words: tuple[str, ...]

    @property
    def line(self) -> str:
        return " ".join(self.words)


@dataclass(slots=True)
class ArgFacts:
    paths_read: set[str] = field(default_factory=set)
    paths_written: list[str] = field(default_factory=list)
    """A list: each written path counts towards ``files_modified``."""
    commands: list[SimpleCommand] = field(default_factory=list)
    command_words: set[str] = field(default_factory=set)
    """Non-option words of command lines, normalised as paths: checked against ``filesystem.deny`` only."""
    hosts: set[str] = field(default_factory=set)
    packages: list[Package] = field(default_factory=list)
    secrets: set[str] = field(default_factory=set)

    @property
    def command_names(self) -> set[str]:
        return {c.name for c in self.commands}


@dataclass(frozen=True, slots=True)
class _Where:
    root: str | None
    home: str | None


def extract(
    arguments: Mapping[str, Any],
    arg_kinds: Mapping[str, str],
    *,
    root: str | None = None,
    home: str | None = None,
    ecosystem: Ecosystem = "pypi",
) -> ArgFacts:
    """The facts in one tool call's arguments. Raises ``FactError`` when unsure.

    One guard decision asks for the same call's facts up to three times (the Cedar context,
    the supply-chain detector, the budget settlement); the last result is kept, keyed by the
    arguments' *content* (a caller may reuse and change one arguments dict between calls),
    so the work is done once. The facts returned must not be modified.
    """
    global _last_extract
    try:
        key = (_args_encoder.encode(arguments), tuple(arg_kinds.items()), root, home, ecosystem)
    except (TypeError, ValueError, OverflowError):
        return _extract(arguments, arg_kinds, root=root, home=home, ecosystem=ecosystem)
    last = _last_extract
    if last is not None and last[0] == key:
        return last[1]
    facts = _extract(arguments, arg_kinds, root=root, home=home, ecosystem=ecosystem)
    _last_extract = (key, facts)
    return facts


_args_encoder: Final = msgspec.json.Encoder(order="sorted")
_last_extract: tuple[tuple[Any, ...], ArgFacts] | None = None


def _extract(
    arguments: Mapping[str, Any],
    arg_kinds: Mapping[str, str],
    *,
    root: str | None,
    home: str | None,
    ecosystem: Ecosystem,
) -> ArgFacts:
    facts = ArgFacts()
    where = _Where(root, home)
    for arg, kind in arg_kinds.items():
        if arg not in arguments:
            continue
        for value in _strings(arg, arguments[arg]):
            match kind:
                case "path":
                    if path := _path(value, where):
                        facts.paths_read.add(path)
                case "write_path":
                    if path := _path(value, where):
                        facts.paths_written.append(path)
                case "command":
                    _command_line(value, facts, where, depth=0)
                case "url":
                    _url(value, facts, where)
                case "package":
                    facts.packages.extend(_package_specs([value], ecosystem, facts))
                case "requirements":
                    _requirements(value, facts, where)
                case "secret":
                    facts.secrets.add(value.strip())
                case _:
                    raise FactError(f"argument {arg!r}: unknown kind {kind!r}")
    return facts


def _strings(arg: str, value: Any) -> Iterator[str]:
    values = value if isinstance(value, list) else [value]
    if len(values) > MAX_VALUES:
        raise FactError(f"argument {arg!r} has {len(values)} values; at most {MAX_VALUES} are checked")
    for item in values:
        if item is None:
            continue
        if not isinstance(item, str):
            raise FactError(f"argument {arg!r} must be a string or a list of strings, not {type(item).__name__}")
        if len(item) > MAX_VALUE_CHARS:
            raise FactError(f"argument {arg!r} is longer than {MAX_VALUE_CHARS} characters")
        yield item


def _path(value: str, where: _Where) -> str:
    try:
        return normalise_path(value, root=where.root, home=where.home)
    except ValueError as exc:
        raise FactError(str(exc)) from exc


def host_of(url: str) -> str | None:
    """The host a URL names, lower case, without port or trailing dot; ``None`` for
    URLs that name no host (``data:``, ``mailto:``). Raises ``FactError`` if unreadable."""
    text = url.strip()
    if "://" not in text and not text.lower().startswith(("data:", "mailto:", "file:")):
        text = "http://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError as exc:
        raise FactError(f"cannot read URL {url[:200]!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme in ("data", "mailto", "file"):
        return None
    if not host:
        raise FactError(f"URL {url[:200]!r} names no host")
    host = host.rstrip(".")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise FactError(f"URL {url[:200]!r}: host is not a valid international name") from exc
    if not re.fullmatch(r"[a-z0-9._:-]+", host):
        raise FactError(f"URL {url[:200]!r}: host {host!r} has characters no host name has")
    return host


def _url(value: str, facts: ArgFacts, where: _Where) -> None:
    if value.strip().lower().startswith("file:"):
        facts.paths_read.add(_path(urlsplit(value.strip()).path, where))
        return
    host = host_of(value)
    if host:
        facts.hosts.add(host)


# -- command lines -----------------------------------------------------------------------------


def _command_line(line: str, facts: ArgFacts, where: _Where, *, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise FactError(f"command nests shells deeper than {MAX_DEPTH} levels")
    # command substitution and backticks run commands too: read them as separate commands
    flat = line.replace("$(", " ; ").replace("`", " ; ").replace("<(", " ; ").replace(">(", " ; ")
    lexer = shlex.shlex(flat, posix=True, punctuation_chars=";&|()<>")
    lexer.whitespace_split = True
    lexer.commenters = ""
    try:
        tokens = list(lexer)
    except ValueError as exc:
        raise FactError(f"cannot parse command line ({exc}): {line[:200]!r}") from exc
    words: list[str] = []
    redirect = ""
    for token in (*tokens, ";"):
        if token in _SEPARATORS or set(token) <= set(";&|()"):
            _simple_command(words, facts, where, depth)
            words, redirect = [], ""
        elif token in _REDIRECTS or set(token) <= set("<>&"):
            redirect = token
        elif redirect:
            if not (token.startswith("&") or token.isdigit()):  # not fd duplication (2>&1)
                target = _path(token, where)
                if ">" in redirect:
                    facts.paths_written.append(target)
                else:
                    facts.paths_read.add(target)
                facts.command_words.add(target)
            redirect = ""
        else:
            words.append(token)


def _simple_command(words: list[str], facts: ArgFacts, where: _Where, depth: int) -> None:
    rest = _unwrap(words)
    if not rest:
        return
    name = posixpath.basename(rest[0]) or rest[0]
    facts.commands.append(SimpleCommand(name=name, words=tuple(rest)))
    args = rest[1:]
    for word in args:
        value = word.split("=", 1)[1] if word.startswith("-") and "=" in word else word
        if value.startswith("-") or not value:
            continue
        if "://" in value:
            host = host_of(value)
            if host:
                facts.hosts.add(host)
            continue
        facts.command_words.add(_path(value, where))
    if name in _SHELLS or name == "eval":
        inner = _shell_script(name, args)
        if inner is not None:
            _command_line(inner, facts, where, depth=depth + 1)
    elif name in _NET_TOOLS:
        for word in args:
            if not word.startswith("-") and "://" not in word and "." in word:
                host = host_of(word)
                if host:
                    facts.hosts.add(host)
    elif name in _SSH_TOOLS:
        for word in args:
            m = _SCP_HOST.match(word)
            if not word.startswith("-") and m:
                facts.hosts.add(m.group(1).lower().rstrip("."))
    elif name == "git":
        for word in args:
            m = _SCP_HOST.match(word)
            if m and "@" in word:
                facts.hosts.add(m.group(1).lower().rstrip("."))
    facts.packages.extend(_installs(name, args, facts, where))


def _unwrap(words: list[str]) -> list[str]:
    """Skip ``VAR=value`` prefixes and wrappers (sudo, env, timeout 5, xargs ...) to the real program."""
    i = 0
    while i < len(words):
        word = words[i]
        base = posixpath.basename(word)
        if _ASSIGNMENT.match(word):
            i += 1
        elif base in _WRAPPERS:
            i += 1
            while i < len(words) and (words[i].startswith("-") or _ASSIGNMENT.match(words[i])):
                i += 1
        elif base == "timeout":
            i += 1
            while i < len(words) and words[i].startswith("-"):
                i += 1
            i += 1  # the duration
        else:
            return words[i:]
    return []


def _shell_script(name: str, args: Sequence[str]) -> str | None:
    if name == "eval":
        return " ".join(args)
    for i, word in enumerate(args):
        if word.startswith("-") and not word.startswith("--") and "c" in word[1:]:
            return args[i + 1] if i + 1 < len(args) else None
    return None


# -- package installs --------------------------------------------------------------------------

_PIP_VALUE_OPTIONS: Final = frozenset(
    {
        "-r",
        "--requirement",
        "-c",
        "--constraint",
        "-e",
        "--editable",
        "-i",
        "--index-url",
        "--extra-index-url",
        "-t",
        "--target",
        "--prefix",
        "--root",
        "-f",
        "--find-links",
        "--python",
        "-p",
        "--platform",
        "--src",
    }
)
_NPM_VALUE_OPTIONS: Final = frozenset({"--registry", "--prefix", "-w", "--workspace", "--tag", "--cache"})


def _installs(name: str, args: Sequence[str], facts: ArgFacts, where: _Where) -> list[Package]:
    """Packages a simple command installs (or runs, for ``npx``)."""
    specs: list[str] = []
    eco: Ecosystem
    verbs: tuple[str, ...]
    base = re.sub(r"[0-9.]+$", "", name)  # pip3.11 -> pip, python3 -> python
    sub = [a for a in args if not a.startswith("-")]
    if base in ("python", "py") and len(args) >= 3 and args[0] == "-m" and re.sub(r"[0-9.]+$", "", args[1]) == "pip":
        base, args, sub = "pip", args[2:], [a for a in args[2:] if not a.startswith("-")]
    if base == "uv" and sub[:2] == ["pip", "install"]:
        base, args = "pip", args[args.index("install") :]
        sub = [a for a in args if not a.startswith("-")]
    if base in ("pip", "pipx", "pipenv", "easy_install", "conda", "mamba") or (base in ("uv", "poetry", "pdm")):
        eco, verbs, options = "pypi", ("install", "add"), _PIP_VALUE_OPTIONS
        if base == "easy_install":
            verbs = ()
    elif base in ("npm", "yarn", "pnpm", "bun", "npx", "cnpm"):
        eco, verbs, options = "npm", ("install", "i", "add", "isntall", "in"), _NPM_VALUE_OPTIONS
        if base == "npx":
            verbs = ()
    else:
        return []
    words = list(args)
    if verbs:
        if not sub or sub[0] not in verbs:
            return []
        words = words[words.index(sub[0]) + 1 :]
    i = 0
    while i < len(words):
        word = words[i]
        if word in options or (word.startswith("--") and "=" in word and word.split("=", 1)[0] in options):
            value = word.split("=", 1)[1] if "=" in word else (words[i + 1] if i + 1 < len(words) else "")
            i += 1 if "=" in word else 2
            editable = _install_option(word.split("=", 1)[0], value, facts, where)
            if editable is not None:
                specs.append(editable)
            continue
        if not word.startswith("-"):
            specs.append(word)
            if base == "npx":
                break  # what follows are the package's own arguments
        i += 1
    return _package_specs(specs, eco, facts)


def _install_option(flag: str, value: str, facts: ArgFacts, where: _Where) -> str | None:
    """One value-taking install option (on a command line or in a requirements file): a requirements or
    constraints file is read, an index or link URL names a host; returns the spec of an editable install."""
    if flag in ("-r", "--requirement", "-c", "--constraint"):
        facts.paths_read.add(_path(value, where))
        return None
    if "://" in value:
        host = host_of(value)
        if host:
            facts.hosts.add(host)
    return value if flag in ("-e", "--editable") else None


def _package_specs(specs: Iterable[str], eco: Ecosystem, facts: ArgFacts) -> list[Package]:
    packages = []
    for spec in specs:
        spec = spec.strip()
        if not spec:
            continue
        package = parse_package_spec(spec, eco)
        if not package.registry_name and "://" in spec:
            host = host_of(spec.split("+", 1)[1] if spec.startswith(("git+", "hg+", "svn+", "bzr+")) else spec)
            if host:
                facts.hosts.add(host)
        packages.append(package)
    return packages


def parse_package_spec(spec: str, eco: Ecosystem) -> Package:
    """``requests[socks]>=2`` -> pypi:requests; ``@types/node@20`` -> npm:@types/node;
    a URL, path or VCS spec is kept as written (it names no registry package)."""
    text = spec.strip()
    if eco == "pypi":
        m = _PYPI_NAME.fullmatch(text)
        rest = m.group(3).strip() if m else ""
        if m and (not rest or rest[0] in "<>=!~;@(,") and not text.startswith((".", "/")):
            if rest.startswith("@") and "://" in rest:  # name @ https://... (a direct reference)
                return Package("pypi", text)
            return Package("pypi", re.sub(r"[-_.]+", "-", m.group(1)).lower())
        return Package("pypi", text)
    m = _NPM_NAME.fullmatch(text.lower())
    if m and not text.startswith((".", "/")) and ":" not in text:
        return Package("npm", m.group(1))
    return Package("npm", text)


def _requirements(text: str, facts: ArgFacts, where: _Where) -> None:
    joined = re.sub(r"\\\r?\n", " ", text)
    for raw in joined.splitlines():
        line = re.sub(r"(^|\s)#.*$", "", raw).strip()
        if not line:
            continue
        if line.startswith("-"):
            flag, _, value = line.replace("=", " ", 1).partition(" ")
            editable = _install_option(flag, value.strip(), facts, where)
            if editable is not None:
                facts.packages.append(Package("pypi", editable))
            continue
        spec = line.split(";", 1)[0].strip()  # environment markers
        facts.packages.extend(_package_specs([spec], "pypi", facts))
