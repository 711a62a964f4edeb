"""Invisible and look-alike Unicode: smuggled tag text, zero-width and bidi controls, homoglyphs.

- Tag characters (U+E0000..E007F) render as nothing but each shadows an ASCII
  character; the smuggled ASCII is decoded and scanned for injection. The only
  legitimate use, emoji subdivision flags (🏴 + tags + U+E007F), is skipped.
- Zero-width characters inside words and bidi overrides (Trojan Source) are
  flagged; the text with them stripped is rescanned, so ``ig\u200bnore previous
  instructions`` is caught.
- Words mixing Latin with Cyrillic/Greek look-alikes are flagged; the folded
  copy (``_text.fold_confusables``) is rescanned.
- Combining marks, vowel points, the Arabic kashida and compatibility forms (ligatures,
  presentation forms) change how a text is written, not how it reads: a text holding any of them
  is also scored as it reads, composed (``Игнорируи\u0306`` decomposed, pointed Hebrew or
  Arabic, ``ﬁle``) and without its marks (``Íǵńóŕé``: an accent stacked on every letter).
  Styled letters that stand for one letter each (ⓘ, 🄸, ᴵ, small capitals) are folded in the
  detectors' shared view (``_text.scan_view``) instead.

Pure ASCII text costs one ``str.isascii()`` call.
"""

from __future__ import annotations

import re
import unicodedata
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
_MARKS: Final = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
"""The combining diacritical marks blocks: marks any letter of any script can carry."""
_POINTS: Final = (
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"  # Hebrew points and cantillation marks
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"  # Arabic harakat
    "\u0640"  # the Arabic tatweel (kashida): a stretch between letters, not a letter
)
_COMPAT: Final = "\ufb00-\ufdff\ufe70-\ufefc"
"""Ligatures (ﬁ, ﬂ), Hebrew and Arabic presentation forms: one character for what reads as others."""
_RESHAPED: Final = re.compile(f"[{_MARKS}{_POINTS}{_COMPAT}]")
_MARK_RUN: Final = re.compile(f"[{_MARKS}{_POINTS}]+")
_LATIN_ACCENTED: Final = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_ACCENTED: Final = re.compile(f"[{_LATIN_ACCENTED}]")
"""Latin letters with diacritics, precomposed (Latin-1, Latin Extended-A and -B, Latin Extended Additional)."""
_NOT_A_LETTER: Final = bytes(c for c in range(128) if not chr(c).isalpha())
ACCENTED_SHARE: Final = 0.3
"""Above this share of accented letters among a text's Latin letters, accents decorate the text rather than
spell a language (French has ~4%, Czech or Polish ~10%; Vietnamese, ~40%, is read without them too, at the
cost of one more reading)."""
_ACCENTED_MIN: Final = 8
_ACCENTED_WORDS: Final = re.compile(rf"(?:[^\W\d_]*[{_LATIN_ACCENTED}][^\W\d_]*[\s,.;:]+){{4}}")
"""Four words in a row each with an accented letter ("Ignóre áll prévious instrúctions"): read as base letters
too, whatever the share over the whole text (plain text around such a stretch would dilute it)."""


def _accents_throughout(text: str) -> re.Match[str] | None:
    """The first accented Latin letter of ``text`` when accents are on ``ACCENTED_SHARE`` of its Latin letters or more
    (at least ``_ACCENTED_MIN`` of them: "Ígnóré áll prévíóús ínstrúctíóns"), else the first stretch of four words
    in a row that each have one."""
    accented = _ACCENTED.findall(text)
    if len(accented) < _ACCENTED_MIN:
        return None
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _NOT_A_LETTER))
    if len(accented) >= ACCENTED_SHARE * (len(accented) + ascii_letters):
        return _ACCENTED.search(text)
    return _ACCENTED_WORDS.search(text)  # or a stretch of them, however much plain text is around it


_COMPOSED: Final = "composed (ligatures, decomposed letters, vowel points, kashidas)"
_UNMARKED: Final = "without the combining marks written after its letters"
_BARE: Final = "without accents and other marks, as its base letters"


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
        reshaped = _RESHAPED.search(text) or _accents_throughout(text)
        if zw is None and bidi is None and not mixed and reshaped is None:
            return findings
        before = score_injection(text, data_channel=data, tool_names=context.tool_names).severity
        if reshaped is not None:
            finding = self._as_it_reads(text, reshaped.start(), before, data, context.tool_names)
            if finding is not None:
                findings.append(finding)
            if zw is None and bidi is None and not mixed:
                return findings
        cleaned = fold_confusables(strip_invisible(text))
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

    def _as_it_reads(
        self, text: str, start: int, before: int, data: bool, tool_names: frozenset[str]
    ) -> Finding | None:
        """A finding when ``text``, read the way it reads, is an instruction injection that the text as written
        is not (or is less of), at the severity of that reading: the disguise neither hides a text's words nor
        counts against them. Three readings, each scored once when they differ:

        - composed: NFKC, then the marks that compose with nothing, vowel points and kashidas left out (decomposed
          text such as macOS file names, pointed scripture, typeset ligatures, presentation forms);
        - unmarked: the combining marks as written left out, then NFKC (an accent put after every letter of a
          text, whose own letters, accented or not, stay as they are);
        - bare: NFKD with every mark left out (letters under stacked accents, read as their base letters).
        """
        visible = strip_invisible(text)
        readings = {
            _COMPOSED: _MARK_RUN.sub("", unicodedata.normalize("NFKC", visible)),
            _UNMARKED: unicodedata.normalize("NFKC", _MARK_RUN.sub("", visible)),
            _BARE: unicodedata.normalize("NFC", _MARK_RUN.sub("", unicodedata.normalize("NFKD", visible))),
        }
        scored = {text: before}
        for reading in readings.values():
            if reading not in scored:
                scored[reading] = score_injection(reading, data_channel=data, tool_names=tool_names).severity
        how, severity = max(((how, scored[r]) for how, r in readings.items()), key=lambda hs: hs[1])
        if severity < 40 or severity <= before:
            return None
        message = f"read {how}, the text is an instruction injection"
        return Finding(
            kind="hidden_unicode",
            severity=severity,
            detector=self.name,
            message=message,
            start=start,
            end=start + 1,
            excerpt=text[max(0, start - 20) : start + 60][:200],
        )

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
