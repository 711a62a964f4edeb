"""Invisible and look-alike Unicode: smuggled tag text, zero-width and bidi controls, homoglyphs.

- Tag characters (U+E0000..E007F) render as nothing but each shadows an ASCII
  character; the smuggled ASCII is decoded and scanned for injection. The only
  legitimate use, emoji subdivision flags (🏴 + tags + U+E007F), is skipped.
- Zero-width characters inside words and bidi overrides (Trojan Source) are
  flagged; the text with them stripped is rescanned, so ``ig\u200bnore previous
  instructions`` is caught.
- Words mixing Latin with Cyrillic/Greek look-alikes are flagged; the folded
  copy (``_text.fold_confusables``) is rescanned.

Pure ASCII text costs one ``str.isascii()`` call.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from agentmesh_guard.detectors._text import (
    CONFUSABLE_RE,
    TAG_RE,
    ZERO_WIDTH_RE,
    fold_confusables,
    strip_invisible,
)
from agentmesh_guard.detectors.injection import is_data_channel, score_injection
from agentmesh_guard.envelope import Envelope
from agentmesh_guard.types import ScanContext
from agentmesh_guard.verdict import Finding

__all__ = ["UnicodeDetector", "decode_tags"]

_FLAG_TAGS: Final = re.compile("\U0001f3f4[\U000e0020-\U000e007e]{1,8}\U000e007f")
_CYR_GREEK: Final = "\u0370-\u03ff\u0400-\u052f"
_MIXED_WORD: Final = re.compile(f"[a-zA-Z][{_CYR_GREEK}]|[{_CYR_GREEK}][a-zA-Z]")
"""A Latin letter touching a Cyrillic/Greek one: a word mixing scripts."""
SOFT_HYPHEN: Final = "\u00ad"
_ZW_IN_WORD: Final = re.compile(r"[^\W\d_][\u200b\u200c\u2060-\u2064\ufeff\u00ad]+(?=[^\W\d_])")
_RISKY_BIDI: Final = re.compile("[\u202a-\u202e\u2066-\u2069]")
_MAX_SCAN: Final = 256 * 1024


def decode_tags(text: str) -> str:
    """The ASCII that tag characters in ``text`` smuggle (emoji subdivision flags excluded)."""
    clean = _FLAG_TAGS.sub("", text)
    return "".join(chr(ord(c) - 0xE0000) for run in TAG_RE.findall(clean) for c in run if 0xE0020 <= ord(c) <= 0xE007E)


class UnicodeDetector:
    """Flags hidden or obfuscating Unicode (kind ``hidden_unicode``)."""

    name = "unicode"

    def scan(self, text: str, envelope: Envelope, context: ScanContext) -> Sequence[Finding]:
        if text.isascii():
            return []
        text = text[:_MAX_SCAN]
        data = is_data_channel(envelope)
        findings: list[Finding] = []
        hidden = decode_tags(text) if TAG_RE.search(text) else ""
        if hidden.strip():
            inj = score_injection(hidden, data_channel=data, tool_names=context.tool_names)
            m = TAG_RE.search(text)
            start, end = (m.start(), m.end()) if m else (-1, -1)
            findings.append(
                Finding(
                    kind="hidden_unicode",
                    severity=max(80, inj.severity),
                    detector=self.name,
                    message=f"{len(hidden)} characters of text hidden in Unicode tag characters",
                    start=start,
                    end=end,
                    excerpt=hidden[:200],
                )
            )
        zw = _ZW_IN_WORD.search(text) if ZERO_WIDTH_RE.search(text) else None
        bidi = _RISKY_BIDI.search(text)
        mixed = _MIXED_WORD.findall(text, 0, _MAX_SCAN) if CONFUSABLE_RE.search(text) else []
        if zw is None and bidi is None and not mixed:
            return findings
        cleaned = fold_confusables(strip_invisible(text))
        before = score_injection(text, data_channel=data, tool_names=context.tool_names).severity
        after = score_injection(cleaned, data_channel=data, tool_names=context.tool_names).severity
        obfuscated_injection = after >= 40 and (after > before or bool(mixed))
        if zw is not None:
            invisible = ZERO_WIDTH_RE.findall(text)
            if all(set(run) == {SOFT_HYPHEN} for run in invisible) and bidi is None and not mixed:
                # soft hyphens are typography (hyphenation points in text copied from pages and
                # PDFs), not a hiding trick by themselves: what counts is the text without them,
                # at its own severity
                if after >= 40 and after > before:
                    findings.append(
                        Finding(
                            kind="hidden_unicode",
                            severity=after,
                            detector=self.name,
                            message="read without its soft hyphens, the text is an instruction injection",
                            start=zw.start() + 1,
                            end=zw.end(),
                            excerpt=text[max(0, zw.start() - 20) : zw.end() + 40][:200],
                        )
                    )
                return findings
            sev = 45 if len(invisible) >= 3 else 25
            findings.append(
                self._finding(
                    sev,
                    obfuscated_injection,
                    after,
                    "zero-width characters inside words",
                    zw.start() + 1,
                    zw.end(),
                    text,
                )
            )
        if bidi is not None:
            findings.append(
                self._finding(
                    50,
                    obfuscated_injection,
                    after,
                    "bidirectional override/isolate controls",
                    bidi.start(),
                    bidi.end(),
                    text,
                )
            )
        if mixed:
            sev = 55 if len(mixed) >= 3 else 35
            m = _MIXED_WORD.search(text)
            start, end = (m.start(), m.end()) if m else (-1, -1)
            findings.append(
                self._finding(
                    sev,
                    obfuscated_injection,
                    after,
                    f"{len(mixed)} places mix Latin with look-alike letters",
                    start,
                    end,
                    text,
                )
            )
        return findings

    def _finding(
        self, severity: int, obfuscated: bool, injection: int, message: str, start: int, end: int, text: str
    ) -> Finding:
        if obfuscated:
            severity = max(severity, injection, 75)
            message += "; hides an instruction injection"
        return Finding(
            kind="hidden_unicode",
            severity=min(100, severity),
            detector=self.name,
            message=message,
            start=start,
            end=end,
            excerpt=text[max(0, start - 20) : end + 40][:200],
        )
