"""Text helpers shared by the detectors: invisible characters, confusables, casefolding.

Kept apart from the detectors so that ``unicode``, ``injection``, ``encoded`` and
``immune`` can all use them without importing each other.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import repeat
from typing import Final

__all__ = [
    "BIDI_RE",
    "INVISIBLE_RE",
    "LOWER_MAX",
    "TAG_RE",
    "ZERO_WIDTH_RE",
    "fold_confusables",
    "lower_same_length",
    "normalize",
    "normalized_words",
    "scan_view",
    "strip_invisible",
]

TAG_RE: Final = re.compile("[\U000e0000-\U000e007f]+")
"""Unicode tag characters: each one shadows an ASCII character and renders as nothing."""

ZERO_WIDTH_RE: Final = re.compile("[\u200b\u200c\u200d\u2060-\u2064\ufeff\u180e\u00ad\u034f\u115f\u1160]")
BIDI_RE: Final = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
INVISIBLE_RE: Final = re.compile(
    "[\U000e0000-\U000e007f\u200b\u200c\u200d\u2060-\u2064\ufeff\u180e\u00ad\u034f\u115f\u1160"
    "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufe00-\ufe0f]"
)

# Characters that look like ASCII letters but are not (Cyrillic, Greek, a few others).
# Fullwidth and mathematical alphanumerics are handled by the range mapping below.
_CONFUSABLES: Final = {
    # Cyrillic lower / upper
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ӏ": "l", "ү": "y", "ʏ": "y",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I", "Ј": "J", "Һ": "H",
    "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I",
    # Greek
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u", "χ": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Latin look-alikes and dotless letters
    "ı": "i", "ȷ": "j", "ℓ": "l", "ⅰ": "i", "ⅼ": "l", "ꓲ": "I", "ǀ": "l",
}  # fmt: skip


_STYLED_BLOCKS: Final = (
    (0x017F, 0x0180),  # long s
    (0x02B0, 0x0300),  # spacing modifier letters: ʰ ʲ ʳ ʷ ˡ ˢ ˣ
    (0x1D00, 0x1DC0),  # phonetic extensions: ᴬ ᵃ ᵇ ᶜ ᶻ, subscripts ᵢ ᵣ
    (0x2070, 0x20A0),  # superscripts and subscripts: ⁱ ⁿ ₐ ₑ
    (0x2100, 0x2190),  # letterlike symbols and Roman numerals: ℌ ℑ ℓ ℯ Ⅰ ⅴ
    (0x2460, 0x2500),  # enclosed alphanumerics: Ⓐ ⓐ
    (0x2C7C, 0x2C7E),
    (0xA7F2, 0xA7F5),
    (0x10780, 0x107C0),  # Latin extended-F: modifier letters
    (0x1D400, 0x1D800),  # mathematical alphanumeric symbols: 13 styles of A-Z a-z
    (0x1F100, 0x1F200),  # enclosed alphanumeric supplement: 🄰 (squared)
)
"""Blocks whose characters are styled ASCII letters: each one whose compatibility form (NFKC) is
one ASCII letter reads as that letter. "Fancy text" generators write a whole sentence this way
(ⓘⓖⓝⓞⓡⓔ, 🄸🄶🄽🄾🅁🄴, ᵢᵍⁿᵒʳᵉ), and a model reads it as the words."""

_STYLED_EXTRA: Final = {
    # small capitals have no compatibility form
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
    "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ꞯ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z",
}  # fmt: skip


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # styled letters (fullwidth and mathematical ones included); ª and º (Spanish and Portuguese
    # ordinals, "nº") are outside these blocks and stay as they are
    for first, end in _STYLED_BLOCKS:
        for code in range(first, end):
            plain = unicodedata.normalize("NFKC", chr(code))
            if len(plain) == 1 and plain.isascii() and plain.isalpha():
                table[code] = plain
    for i in range(0x21, 0x7F):  # fullwidth ASCII block (U+FF01-FF5E): letters, punctuation and digits
        table[0xFF00 + i - 0x20] = chr(i)
    # negative circled and negative squared capitals (🅐, 🅰) have no compatibility form
    for i in range(26):
        table[0x1F150 + i] = table[0x1F170 + i] = chr(ord("A") + i)
    # braille letters (one cell a letter; the capital and number signs stay, as marks between words would)
    table.update(
        {
            ord(cell): letter
            for cell, letter in zip("⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵", "abcdefghijklmnopqrstuvwxyz", strict=True)
        }
    )
    table.update({ord(k): v for k, v in _STYLED_EXTRA.items()})
    table.update({ord(k): v for k, v in _CONFUSABLES.items()})
    return table


CONFUSABLE_TABLE: Final = _build_table()
CONFUSABLE_RE: Final = re.compile(
    "[\u0370-\u03ff\u0400-\u052f\uff01-\uff5e\U0001d400-\U0001d7ff\u017f\u02b0-\u02ff\u1d00-\u1dbf"
    "\u2070-\u209f\u2100-\u218f\u2460-\u24ff\u2c7c\u2c7d\ua7f2-\ua7f4\U00010780-\U000107bf"
    "\U0001f100-\U0001f1ff\u2801-\u283f\u0262\u026a\u0274\u0280\u0299\u029c\u029f\ua730\ua731\ua7af"
    "ıȷꓲǀɡʏ]"
)
"""Candidate look-alikes (a superset of the table's keys, as ranges: a long class of single
characters makes ``re`` slow)."""
_PUNCT_RUN: Final = re.compile(r"[\W_]+")
_WORD: Final = re.compile(r"[^\W_]+")


def strip_invisible(text: str) -> str:
    """Remove invisible format characters (zero-width, bidi, tags, variation selectors)."""
    return INVISIBLE_RE.sub("", text)


def fold_confusables(text: str) -> str:
    """Map look-alike letters to their ASCII twin; the length of the text is preserved."""
    return text.translate(CONFUSABLE_TABLE)


def lower_same_length(text: str) -> str:
    """``text.lower()``, but guaranteed to keep every index where it was.

    A handful of characters (e.g. ``İ``) lower to two code points; those are
    lowered one by one and truncated, so spans found in the result index ``text``.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[:1] or c for c in text)


def normalize(text: str) -> str:
    """The canonical form used to compare texts: no invisibles, confusables folded,
    casefolded, punctuation and whitespace runs collapsed to one space."""
    folded = text.lower() if text.isascii() else fold_confusables(strip_invisible(text)).casefold()
    return _PUNCT_RUN.sub(" ", folded).strip()


def normalized_words(text: str) -> list[str]:
    """The words of ``normalize(text)``, without building the joined string."""
    folded = text.lower() if text.isascii() else fold_confusables(strip_invisible(text)).casefold()
    return _WORD.findall(folded)


_SPACES: Final = (
    "\u2800\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
"""Space separators other than the space: a no-break space between words is still a gap."""
_VIEW_TABLE: Final = {
    **{code: plain.lower() for code, plain in CONFUSABLE_TABLE.items()},
    **{ord(c): " " for c in _SPACES},
}
"""The view is in small letters, and styled capitals (𝐈, 🄸, Ⓘ) have no small form ``lower()`` could give."""

LOWER_MAX: Final = 256 * 1024
"""The detectors look at most at this many characters of one text (bounded work per message)."""

_last_view: tuple[str, str] = ("", "")


def scan_view(text: str) -> str:
    """The lowercase, look-alike-folded view of ``text[:LOWER_MAX]`` that the detectors scan
    (no-break and other space separators read as spaces, markdown's ``*`` as a space, a line break
    escaped in a JSON string or an iCalendar text as a space and a line break).

    Same length as the prefix, so spans found in it index ``text``. Every detector of the
    fast tier asks for the view of the same string in turn; a one-entry cache (keyed by
    identity, replaced atomically, so safe across threads) means it is built once per message.
    """
    global _last_view
    last = _last_view
    if last[0] is text:
        return last[1]
    low = lower_same_length(text[:LOWER_MAX])
    if not low.isascii():
        low = low.translate(_VIEW_TABLE)  # look-alikes folded, no-break and other spaces made spaces
    if "*" in low:  # markdown emphasis: "**ignore** all **previous**" reads as the words
        low = low.replace("*", " ")
    if "\\" in low and "\\n" in low and ('":' in low or "begin:v" in low):  # (one character is found at memchr speed)
        # a line break escaped in a JSON string or an iCalendar text reads as one ('"description":"…\\nScheduling
        # assistants: …"'); elsewhere "\\n" is left as written (a payload that spells it out, a path)
        low = low.replace("\\n", " \n")
    _last_view = (text, low)
    return low


def apply_edits(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """``text`` with each ``(start, end, replacement)`` of ``edits`` applied (in order of ``start``; an
    edit that overlaps one applied before it is skipped), and the index in ``text`` of each character
    of the result (a replacement's characters map to its ``start``), so spans found in the result can
    be told in ``text``."""
    parts: list[str] = []
    index: list[int] = []
    pos = 0
    for start, end, replacement in sorted(edits):
        if start < pos:
            continue
        parts += (text[pos:start], replacement)
        index.extend(range(pos, start))
        index.extend(repeat(start, len(replacement)))
        pos = end
    parts.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(parts), index
