"""Exfiltration: URLs built to carry data out, and instructions to send data elsewhere.

- A markdown image is fetched by the renderer without a click, so an image URL
  carrying data (a long query string, a base64-ish path segment, a template
  placeholder such as ``{secret}`` or ``[DATA]``) to a host not in
  ``context.allowed_hosts`` is the classic zero-click leak.
- Markdown links with the same traits are suspicious (one click away), and as strong as an
  image when the text tells its reader to fill the URL's placeholder with encoded data or
  with the conversation ("replacing [DATA] with a URL encoded previous message").
- Reference-style markdown (``![logo][ref]`` with ``[ref]: https://...`` elsewhere) is read
  like the inline form: the renderer resolves it the same way.
- "send/forward/post ... to <address>" where the address (e-mail or URL host)
  is not allowed is suspicious; combined with sensitive data words, strong.
- A URL on an allowed host that carries another URL (an open redirect: ``?url=``, ``?next=//``, a
  redirect path, percent-encoded or not) leads where that URL leads: the renderer follows the
  redirect, so the carried URL is checked as if it were written there.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable, Sequence
from typing import Final

from agentmesh_guard.detectors._prefilter import SEND_WORDS, facts
from agentmesh_guard.detectors._text import scan_view
from agentmesh_guard.detectors.injection import is_data_channel
from agentmesh_guard.envelope import Envelope
from agentmesh_guard.types import ScanContext
from agentmesh_guard.verdict import Finding

__all__ = ["ExfiltrationDetector", "carried_urls", "host_allowed", "leaving_url", "split_url", "url_host"]

_MD_TAIL: Final = re.compile(r"\]\(\s*<?((?:(?i:https?):)?//[^\s)>]{1,4000})")
"""The ``](url`` half of a markdown link; the ``[label]`` half is checked by hand (a literal
prefix lets ``re`` skip ahead with a fast character search). A scheme is case-insensitive
(``HTTPS://`` renders like ``https://``)."""
_URL: Final = re.compile(r"https?://[^\s)\]>\"'`]{1,4000}")
"""Searched in the lowercase view; the URL itself is then taken from the original text."""
_DOT: Final = re.compile(r"[.@](?=[a-z0-9])")
"""Where an address or host name may be (``send`` is only tried in a window before one)."""
_MAX_SCAN: Final = 256 * 1024
_EMAIL: Final = re.compile(r"[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63})+)")
_PLACEHOLDER: Final = re.compile(
    r"\{\{?[^}]{1,40}\}\}?|\[[A-Z_]{2,30}\]|<[A-Za-z_]{2,30}>|\$\{?[A-Z_]{2,30}\}?|%[A-Z_]{3,30}%", re.ASCII
)
_B64ISH: Final = re.compile(r"[A-Za-z0-9+/=_-]{32,}")
_MD_DEFINITION: Final = re.compile(
    r"^[ \t]{0,3}\[([^\]\n]{1,200})\]:[ \t]*<?((?:(?i:https?):)?//[^\s>]{1,4000})", re.MULTILINE
)
"""A markdown link reference definition, ``[ref]: https://...`` at the start of a line."""
_MD_REFERENCE: Final = re.compile(r"\[([^\[\]\n]{0,200})\](?:\[([^\[\]\n]{0,200})\])?")
"""``[label][ref]``, ``[label][]`` or ``[label]`` (a shortcut): resolved through the definitions. A label
holds no bracket (as in CommonMark), so each ``[`` is read up to the next one only (a text of 200,000
``[`` took 0.3 s while a label could hold one)."""
_FILL: Final = re.compile(
    r"\b(?:replac\w*|substitut\w*|fill\w*(?:\s+in)?|where(?:as)?|with)\s+("
    + _PLACEHOLDER.pattern
    + r")\s+(?:with|by|is|as|for|=|being)\b[^.\n]{0,160}?\b(?:encod\w*|base64|base-64|hex|quoted-printable|mime"
    r"|conversation|previous\s+messages?|chat|history|summary|the\s+page|(?:the\s+)?user'?s)\b",
    re.IGNORECASE,
)
"""An instruction to fill a URL's placeholder (formatted with it) with encoded data or with what the
reader holds (the conversation, a summary of the page, the user's data). Not with "your key": API
documentation tells people to put their own key into a URL."""
_SEND: Final = re.compile(
    r"\b(?:send|forward|e-?mail|post|upload|transmit|submit|deliver|exfiltrate|leak|share|cc|bcc|report|sync)"
    r"\b[^.\n]{0,120}?\b(?:to|at|into|via)\s+(?:[\w']+\s+){0,3}?(?:address|url|endpoint|server|site)?"
    r"\s*[:,]?\s*<?((?:https?://)?[\w.+-]*@?[\w-]+(?:\.[\w-]+)+)",
)
"""Searched in the lowercase view."""
_SEND_WORD_SET: Final = frozenset(SEND_WORDS)
_SEND_VERBS: Final = ("send", "forward", "email", "e-mail", "post", "upload", "transmit", "submit", "deliver",
                      "exfiltrate", "leak", "share", "cc", "bcc", "report", "sync")  # fmt: skip
_SENSITIVE: Final = re.compile(
    r"\b(?:password|credential|api[\s_-]?key|secret|token|private\s+key|ssh|system\s+prompt|conversation"
    r"|chat\s+history|transcripts?|recordings?|e-?mails|inbox|contacts|customer|personal|credit\s+card|ssn|bank|session"
    r"|cookie|\.env"
    r"|previous\s+message|user'?s?\s+(?:data|info|details|messages|name|address))",
)
"""Searched in the lowercase view."""


def host_allowed(host: str, allowed: frozenset[str]) -> bool:
    """True when ``host`` equals an allowed host or is a subdomain of one."""
    host = host.lower().rstrip(".")
    return any(host == a or host.endswith("." + a) for a in allowed)


def split_url(url: str) -> urllib.parse.SplitResult | None:
    """``urlsplit`` of ``url`` (``https://`` assumed when it has no scheme); ``None`` if unreadable.

    A backslash is read as a slash, as browsers read web URLs: ``https://evil.example\\@docs.example`` goes to
    ``evil.example`` (``urlsplit`` alone would name ``docs.example``, the host a reader is shown)."""
    url = url.replace("\\", "/")
    try:
        return urllib.parse.urlsplit(url if "//" in url[:8] else "https://" + url.lstrip("/"))
    except ValueError:  # e.g. an unbalanced "[" (invalid IPv6 literal)
        return None


def url_host(url: str) -> str:
    """The host ``url`` names, lower case (``""`` when none or unreadable)."""
    parsed = split_url(url)
    return (parsed.hostname or "") if parsed is not None else ""


_CARRIED_URL: Final = re.compile(r"(?i)https?://[^\s\"'<>`]{1,4000}|(?<==)//[\w-]+(?:\.[\w-]+)+[^\s\"'<>`]{0,4000}")
"""An absolute URL inside another one's path, query or fragment (decoded): ``https://...`` anywhere, or
``//host`` right after ``=`` (``?next=//evil.example``, protocol-relative)."""
REDIRECT_DEPTH: Final = 3
"""URLs carried inside URLs are followed this deep."""


def carried_urls(url: str) -> list[str]:
    """The absolute URLs ``url`` carries in its path, query or fragment, outermost first, each found in the
    previous one after percent-decoding (twice: a redirect parameter is often encoded twice), at most
    ``REDIRECT_DEPTH`` deep. ``https://docs.example/out?to=https%3A%2F%2Fevil.example%2Fc%3Fd%3D1`` carries
    ``https://evil.example/c?d=1``."""
    found: list[str] = []
    current = url
    for _ in range(REDIRECT_DEPTH):
        parsed = split_url(current)
        if parsed is None:
            break
        rest = current[current.find(parsed.netloc) + len(parsed.netloc) :] if parsed.netloc else current
        if "//" not in rest and "%2" not in rest.lower():
            break
        once = urllib.parse.unquote(rest)
        m = _CARRIED_URL.search(once) or _CARRIED_URL.search(urllib.parse.unquote(once))
        if m is None:
            break
        current = m.group()
        found.append(current)
    return found


def leaving_url(url: str, allowed: frozenset[str]) -> str | None:
    """Where ``url`` takes its reader off the allowed hosts: ``url`` itself when its host is not allowed (or
    no host is), else the first URL it carries whose host is not allowed (an open redirect on an allowed
    host); ``None`` when it stays on allowed hosts."""
    if not allowed or not host_allowed(url_host(url), allowed):
        return url
    for inner in carried_urls(url):
        if not host_allowed(url_host(inner), allowed):
            return inner
    return None


def _redirect_note(written: str, leads_to: str) -> str:
    """How a finding names a redirect: nothing when the URL itself leaves the allowed hosts."""
    return "" if leads_to is written else f" (redirected by allowed host {url_host(written)} to {url_host(leads_to)})"


def _url_carries_data(url: str) -> str | None:
    """Why ``url`` looks built to carry data, or ``None``."""
    parsed = split_url(url)
    if parsed is None:
        return "a malformed URL"
    query = parsed.query
    if _PLACEHOLDER.search(urllib.parse.unquote(url)):
        return "a template placeholder"
    if len(query) >= 60:
        return "a long query string"
    # a decoded query value is never longer than the query it came from
    if len(query) >= 24 and any(len(v) >= 24 for _, v in urllib.parse.parse_qsl(query)):
        return "a long query value"
    if _B64ISH.search(parsed.path):
        return "an encoded path segment"
    return None


def _md_links(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, url)`` of markdown links/images: a ``[label]`` (no ``]`` or newline, at
    most 200 characters) right before ``](url``. ``start`` is the ``[``."""
    found = []
    for m in _MD_TAIL.finditer(text):
        close = m.start()
        open_ = text.rfind("[", max(0, close - 201), close)
        if open_ < 0 or "\n" in text[open_:close] or "]" in text[open_ + 1 : close]:
            continue
        found.append((open_, m.end(), m.group(1)))
    return found


def _md_references(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, url)`` of reference-style markdown links/images whose reference is defined in
    ``text`` (``[label][ref]``, ``[label][]``, ``[label]`` with ``[ref]: url`` on a line of its own;
    labels compared case-insensitively, as CommonMark does). ``start`` is the ``[``."""
    definitions = {m.group(1).strip().lower(): (m.start(), m.group(2)) for m in _MD_DEFINITION.finditer(text)}
    if not definitions:
        return []
    found = []
    for m in _MD_REFERENCE.finditer(text):
        label = (m.group(2) or m.group(1)).strip().lower()
        definition = definitions.get(label)
        if definition is None or definition[0] == m.start():  # the definition itself is not a use
            continue
        if m.group(2) is None and text.startswith(":", m.end()):
            continue
        found.append((m.start(), m.end(), definition[1]))
    return found


def _filled_placeholders(text: str) -> frozenset[str]:
    """The placeholders (lower case) ``text`` tells its reader to fill with encoded data or with what the
    reader holds (the conversation, a summary of the page, the user's data): one pass over the text, however
    many links name them."""
    return frozenset(m.group(1).lower() for m in _FILL.finditer(text))


def _send_instructions(low: str, verbs: Iterable[str] = _SEND_VERBS) -> list[re.Match[str]]:
    """``_SEND`` matches in the lowercase view, tried only at a send verb (found with
    ``str.find``) that has a dotted name or an ``@`` within reach after it.

    ``verbs``: the verbs to look for (default all); the detector passes those whose whole word
    occurs in the view (``_prefilter.SEND_WORDS``): ``_SEND`` matches a verb only as a whole word,
    and no verb is a prefix of another, so the others cannot start a match."""
    starts: list[int] = []
    for verb in verbs:
        pos = low.find(verb)
        while pos >= 0:
            if (pos == 0 or not low[pos - 1].isalnum()) and _DOT.search(low, pos, pos + 220) is not None:
                starts.append(pos)
            pos = low.find(verb, pos + 1)
    found = []
    last_end = -1
    for pos in sorted(starts):
        if pos >= last_end and (m := _SEND.match(low, pos)) is not None:
            found.append(m)
            last_end = m.end()
    return found


def _sentence_start(low: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (at most 200 characters back): what is sent is
    named in the sending sentence, not in a file name or a record header before it."""
    floor = max(0, pos - 200)
    ends = [low.rfind(mark, floor, pos) for mark in (". ", ".\n", "\n", "! ", "? ", ': "')]
    return max(max(ends) + 1, floor)


class ExfiltrationDetector:
    """Flags data-carrying URLs and send-to-elsewhere instructions (kind ``exfiltration``)."""

    name = "exfil"

    def scan(self, text: str, envelope: Envelope, context: ScanContext) -> Sequence[Finding]:
        allowed = context.allowed_hosts
        best: Finding | None = None

        def offer(severity: int, message: str, start: int, end: int) -> None:
            nonlocal best
            if best is None or severity > best.severity:
                best = Finding(kind="exfiltration", severity=severity, detector=self.name, message=message,
                               start=start, end=end, excerpt=text[start:end][:200])  # fmt: skip

        text = text[:_MAX_SCAN]
        links = _md_links(text) if "]" in text and "](" in text else []
        filled_placeholders: frozenset[str] | None = None
        if "]:" in text:
            links += _md_references(text)
        for start, end, written in links:
            url = leaving_url(written, allowed)
            if url is None:
                continue
            via = _redirect_note(written, url)
            why = _url_carries_data(url)
            image = start > 0 and text[start - 1] == "!"
            start -= image
            if why is not None:
                filled = False
                if why == "a template placeholder":
                    if filled_placeholders is None:
                        filled_placeholders = _filled_placeholders(text)
                    filled = any(
                        p.lower() in filled_placeholders for p in _PLACEHOLDER.findall(urllib.parse.unquote(url))
                    )
                severity = 80 if image or filled else 60
                asked = ", which the text asks to fill" if filled else ""
                kind = "image" if image else "link"
                offer(severity, f"markdown {kind} URL{via} carries {why}{asked}", start, end)
            elif image:
                offer(20, f"markdown image from a host not allowed{via}", start, end)
        low = scan_view(text)
        if "http" in low:
            for m in _URL.finditer(low):
                written = text[m.start() : m.end()]
                url = leaving_url(written, allowed)
                if url is not None and (why := _url_carries_data(url)) is not None:
                    severity = 50 if _PLACEHOLDER.search(urllib.parse.unquote(url)) else 25
                    offer(severity, f"URL{_redirect_note(written, url)} carries {why}", m.start(), m.end())
        present = _SEND_WORD_SET.intersection(facts(text).vocabulary)
        if present:
            for m in _send_instructions(low, [verb for word in present for verb in SEND_WORDS[word]]):
                target = text[m.start(1) : m.end(1)]
                host = target.rpartition("@")[2] if "@" in target else url_host(target)
                if "." not in host or host_allowed(host, allowed):
                    continue
                # what is sent, not where: "inbox" in receipts@spendwise-inbox.example names no inbox
                sensitive = (
                    _SENSITIVE.search(low, _sentence_start(low, m.start()), m.start(1)) is not None
                    or _SENSITIVE.search(low, m.end(1), m.end()) is not None
                )
                severity = 72 if sensitive else (50 if is_data_channel(envelope) else 35)
                offer(severity, f"instruction to send data to {target} (not an allowed host)",
                      m.start(), m.end())  # fmt: skip
        return [best] if best is not None else []
