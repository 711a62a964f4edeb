"""More encodings an instruction can be hidden in and a model can read back: base32, Ascii85 / base85, binary and
decimal character codes, ``\\u`` escapes and ``U+`` code points, quoted-printable, uuencode, Morse, the NATO
alphabet, shift ciphers (Caesar, any shift; Atbash) and text written backwards. (Braille, one cell a letter, is
read in the detectors' shared view, like styled letters: ``_text.CONFUSABLE_TABLE``.)

Each is what red-team tools try after base64 and rot13 (garak's encoding probes, for one), and each is one line of
code for an attacker. Every decoder here has a gate read from the message's bytes or words (``_prefilter.facts``)
that ordinary text almost never opens, so a message pays a few byte-table passes (~20 µs for a 1.2 KB message of
the bench's traffic); a blob is only decoded where its gate is open, and kept only when it decodes to readable text
(``readable``). The encoded detector scores what comes out like any other decoded payload, at its own severity.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Callable, Iterator
from typing import Final

from agentmesh_guard.detectors._prefilter import ATBASH, CIPHER_WORDS, NATO_WORDS, MessageFacts, caesar, class_table

__all__ = ["more_candidates", "readable"]

MAX_DECODE: Final = 16 * 1024


def readable(text: str) -> bool:
    """Whether ``text`` reads as text: more than 90% printable, and more than half letters (what ``encoded`` asks of
    every decoded blob, base64 and hex included)."""
    if not text:
        return False
    printable = sum(1 for c in text if c.isprintable() or c in "\n\t\r")
    return printable / len(text) > 0.9 and sum(c.isalpha() for c in text) > len(text) // 2


# ---- shift ciphers and backwards text: read from the words the message holds


_CIPHER_HITS_MIN: Final = 2
_WORD_RUN: Final = re.compile(r"\S+")


def _ciphers(text: str, vocabulary: frozenset[bytes]) -> Iterator[tuple[str, str]]:
    """``(encoding, decoded)`` for every way of reading the text that turns at least two of its words (or one
    long one) into cue words."""
    hits: dict[str, list[bytes]] = {}
    for word in vocabulary:
        how = CIPHER_WORDS.get(word)
        if how is not None:
            hits.setdefault(how, []).append(word)
    head = text[:MAX_DECODE]
    for how, words in hits.items():
        if len(words) < _CIPHER_HITS_MIN and max(map(len, words)) < 9:
            continue
        if how == "atbash":
            yield how, head.translate(ATBASH)
        elif how == "backwards":
            yield how, head[::-1]
            yield "backwards-words", _WORD_RUN.sub(lambda m: m.group()[::-1], head)
        else:
            yield how, caesar(head, 26 - int(how.split("-")[1]))


# ---- base32, Ascii85, base85: long tokens

_BASE32: Final = re.compile(r"[A-Z2-7]{16,}={0,6}")
_NOT_SPACE_TABLE: Final = class_table({b" \t\n\r\f\v": ord(" ")}, ord("a"))
_LONG_TOKEN: Final = 24
_LONG_RUN: Final = b"a" * _LONG_TOKEN
_LONG_TOKEN_RE: Final = re.compile(rf"(?<!\S)\S{{{_LONG_TOKEN},}}")
_WORDISH: Final = re.compile(r"[a-z]{6}|[A-Z][a-z]{5}")
"""Six letters of a word in a row: base85 text has them with odds of ~1 in 1,000 a position (its alphabet is a
third small letters), JSON, paths and prose in most of their tokens: a token with more than one per 100 characters is
not tried."""
_B85_ONLY: Final = frozenset("vwxyz{|}~")
_A85_ONLY: Final = frozenset("\"',./:[\\]")


def _base32(token: str) -> str | None:
    """Base32 in capitals or small letters, padded or not."""
    blob = token[:MAX_DECODE].upper()
    if not _BASE32.fullmatch(blob):
        return None
    blob = blob.rstrip("=")
    try:
        decoded = base64.b32decode(blob + "=" * (-len(blob) % 8)).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return None
    return decoded if readable(decoded) else None


def _base85(token: str) -> tuple[str, str] | None:
    """Ascii85 (Adobe, with or without ``<~ ~>``) or base85 (RFC 1924, git), whichever the token's characters
    allow."""
    blob = token[:MAX_DECODE]
    if blob.startswith("<~") and blob.endswith("~>"):
        blob = blob[2:-2]
    chars = set(blob)
    attempts: list[tuple[str, Callable[[str], bytes]]] = []
    if chars.isdisjoint(_B85_ONLY):
        attempts.append(("ascii85", base64.a85decode))
    if chars.isdisjoint(_A85_ONLY):
        attempts.append(("base85", base64.b85decode))
    for name, decode in attempts:
        try:
            decoded = decode(blob).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            continue
        if readable(decoded):
            return name, decoded
    return None


def _long_tokens(text: str, f: MessageFacts) -> Iterator[tuple[int, str]]:
    """``(start, token)`` for the whitespace-separated tokens of at least ``_LONG_TOKEN`` characters that are not
    URLs (most long tokens of ordinary text are)."""
    spaced = f.raw[: 4 * MAX_DECODE].translate(_NOT_SPACE_TABLE)
    run = _LONG_RUN
    at = spaced.find(run)
    if at < 0:
        return
    if not text.isascii():  # byte offsets are not character offsets
        for m in _LONG_TOKEN_RE.finditer(text, 0, MAX_DECODE):
            if "://" not in m.group():
                yield m.start(), m.group()
        return
    while at >= 0:
        start = spaced.rfind(b" ", 0, at) + 1
        end = spaced.find(b" ", at)
        end = len(spaced) if end < 0 else end
        token = text[start:end]
        if "://" not in token:
            yield start, token
        at = spaced.find(run, end)


# ---- character codes, escapes, quoted-printable, uuencode

_DIGIT_TABLE: Final = class_table({b"0123456789": ord("d"), b" ,;": ord(" ")}, ord("x"))
_DECIMAL_GATE: Final = re.compile(rb"(?:d{2,3} {1,2}){7}d{2,3}")
_DIGIT_GAPS: Final = re.compile(rb"d {1,2}(?=d)")
"""A digit, one or two separators, a digit: ``_DECIMAL_GATE`` holds seven, each found here (a number has two digits
or more, so no two of them overlap). One pass of ``re`` skipping to each ``d`` (~1.3 µs a 1.2 KB text, where counting
``d d`` and ``d  d`` took ~1.8); text with numbers has few."""
_DECIMAL_RUN: Final = re.compile(r"(?<![\d.])(?:\d{2,3}[ ,;]{1,2}){7,}\d{2,3}(?![\d.])")
_HEX_CODE_RUN: Final = re.compile(r"(?:0[xX][0-9a-fA-F]{2}[ ,;]{0,2}){8,}")
_HEX_CODE: Final = re.compile(rb"0[xX]")
"""Where ``_HEX_CODE_RUN`` can start: found by ``re`` in ~0.6 µs a 1.2 KB text, where ``b"0x" in raw or b"0X" in raw``
took ~2 (``0`` is frequent in text, and ``find`` compares at each one)."""
_BINARY_TABLE: Final = class_table({b"01": ord("b"), b" ,;": ord(" ")}, ord("x"))
_BINARY_RUN: Final = re.compile(r"(?<![01])(?:[01]{8}[ ,;]?){8,}(?![01])")
_ESCAPE_RUN: Final = re.compile(r"(?:\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}){6,}")
_LETTER_ESCAPE: Final = re.compile(r"\\(?:u00|x)(?:[46][1-9a-fA-F]|[57][0-9aA])(?=[A-Za-z])")
"""An escaped ASCII letter followed by a letter: one letter of a word written as ``\\u0049`` or ``\\x49``."""
_ANY_ESCAPE: Final = re.compile(r"\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}")
_LETTER_PERCENT: Final = re.compile(r"%(?:[46][1-9a-fA-F]|[57][0-9aA])(?=[A-Za-z])")
"""A percent-escaped ASCII letter followed by a letter (``%49gnore``): URLs escape what is not a letter."""
_LETTER_ESCAPES_MIN: Final = 3
_CODE_POINT_RUN: Final = re.compile(r"(?:[Uu]\+[0-9A-Fa-f]{4,6}[ ,;]*){6,}")
_QP_TABLE: Final = class_table({b"0123456789ABCDEF": ord("h"), b"=": ord("=")}, ord("x"))
_QP_RUN: Final = re.compile(
    r"(?<![^\s=])(?:[^\s=]*(?:=[0-9A-F]{2}|=\r?\n))(?:[^\s=]*(?:=[0-9A-F]{2}|=\r?\n)){5,}[^\s=]*"
)
_UU_START: Final = re.compile(rb"\nM")
"""A line that starts with ``M``, as a uuencoded line of 45 bytes does (``re`` reads a 1.2 KB text for it in ~0.5 µs,
``b"\\nM" in raw`` in ~1)."""
_UU_LINES: Final = re.compile(r"(?m)(?:^M[ -`]{60}\r?\n)+(?:^[!-M][ -`]{1,60}\r?$)?")


def _line_starts(text: str, letter: str) -> Iterator[int]:
    """Where the lines of ``text`` that start with ``letter`` start."""
    if text.startswith(letter):
        yield 0
    i = text.find("\n" + letter)
    while i >= 0:
        yield i + 1
        i = text.find("\n" + letter, i + 1)


def _uu_line(text: str, start: int) -> bool:
    """Whether a full uuencoded line (``M`` and 60 characters of ``[ -`]``) starts at ``start``."""
    line = text[start : start + 62].rstrip("\r\n")
    return len(line) == 61 and max(line) <= "`" and min(line) >= " "


def _unescape(escape: re.Match[str]) -> str:
    """A ``\\uXXXX`` or ``\\xXX`` escape as its character; a surrogate stays written as it is (a lone one cannot
    be encoded: a finding holding it could not be written as JSON)."""
    code = int(escape.group()[2:], 16)
    return escape.group() if 0xD800 <= code < 0xE000 else chr(code)


def _chars(codes: list[int]) -> str | None:
    if not all(9 <= c < 0x110000 and not 0xD800 <= c < 0xE000 for c in codes):
        return None
    decoded = "".join(map(chr, codes))
    return decoded if readable(decoded) else None


def _codes(text: str, f: MessageFacts) -> Iterator[tuple[str, int, int, str]]:
    raw = f.raw
    digits = raw.translate(_DIGIT_TABLE)
    if len(_DIGIT_GAPS.findall(digits)) >= 7 and _DECIMAL_GATE.search(digits) is not None:
        for m in _DECIMAL_RUN.finditer(text, 0, MAX_DECODE):
            if (decoded := _chars([int(n) for n in re.findall(r"\d+", m.group())])) is not None:
                yield "decimal character codes", m.start(), m.end(), decoded
    if _HEX_CODE.search(raw) is not None:
        for m in _HEX_CODE_RUN.finditer(text, 0, MAX_DECODE):
            if (
                decoded := _chars([int(h, 16) for h in re.findall(r"(?<=0[xX])[0-9a-fA-F]{2}", m.group())])
            ) is not None:
                yield "hex character codes", m.start(), m.end(), decoded
    if b"b" * 8 in raw.translate(_BINARY_TABLE):
        for m in _BINARY_RUN.finditer(text, 0, MAX_DECODE):
            data = bytes(int(b, 2) for b in re.findall(r"[01]{8}", m.group()))
            decoded = data.decode("utf-8", "replace")
            if readable(decoded):
                yield "binary", m.start(), m.end(), decoded
    if b"\\" in raw and (b"\\u" in raw or b"\\U" in raw or b"\\x" in raw):
        for m in _ESCAPE_RUN.finditer(text, 0, MAX_DECODE):
            if (decoded := _chars([int(h, 16) for h in re.findall(r"[0-9a-fA-F]{4,8}", m.group())])) is not None:
                yield "unicode escapes", m.start(), m.end(), decoded
        head = text[:MAX_DECODE]
        if len(_LETTER_ESCAPE.findall(head)) >= _LETTER_ESCAPES_MIN:
            # a few letters escaped inside words ("\\u0049gnore \\u0061ll"): a JSON reader, or a model, reads the words
            yield "unicode escapes", 0, len(head), _ANY_ESCAPE.sub(_unescape, head)
    if b"%" in raw:
        head = text[:MAX_DECODE]
        if len(_LETTER_PERCENT.findall(head)) >= _LETTER_ESCAPES_MIN:
            yield (
                "percent-escaped letters",
                0,
                len(head),
                _LETTER_PERCENT.sub(lambda e: chr(int(e.group()[1:], 16)), head),
            )
    if b"+" in raw and (b"U+" in raw or b"u+" in raw):
        for m in _CODE_POINT_RUN.finditer(text, 0, MAX_DECODE):
            codes = [int(h, 16) for h in re.findall(r"[0-9A-Fa-f]{4,6}", m.group())]
            if (decoded := _chars(codes)) is not None:
                yield "code points", m.start(), m.end(), decoded
    # quoted-printable leaves ASCII letters as they are: it hides words only where it escapes every character
    if raw.count(b"=") >= 6 and raw.translate(_QP_TABLE).count(b"=hh=hh") >= 3:
        for m in _QP_RUN.finditer(text, 0, MAX_DECODE):
            decoded = quopri.decodestring(m.group().encode("ascii", "replace")).decode("utf-8", "replace")
            if readable(decoded):
                yield "quoted-printable", m.start(), m.end(), decoded
    if (raw.startswith(b"M") or _UU_START.search(raw) is not None) and any(
        _uu_line(text, i) for i in _line_starts(text, "M")
    ):
        for m in _UU_LINES.finditer(text, 0, MAX_DECODE):
            try:
                data = b"".join(binascii.a2b_uu(line) for line in m.group().splitlines() if line)
            except binascii.Error:
                continue
            decoded = data.decode("utf-8", "replace")
            if readable(decoded):
                yield "uuencode", m.start(), m.end(), decoded


# ---- Morse, NATO, braille

_MORSE: Final = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
    ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
    "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",", "..--..": "?", ".--.-.": "@",
    "-..-.": "/", "-....-": "-", "---...": ":", ".----.": "'", "-.-.--": "!",
}  # fmt: skip
_MORSE_TABLE: Final = class_table({b".-": ord("m"), b" /|\n": ord(" ")}, ord("x"))
_MORSE_GATE: Final = re.compile(rb"(?:m{1,6} {1,7}){7}m")
_MORSE_RUN: Final = re.compile(r"[.\-]{1,7}(?:[ /|\n]{1,9}[.\-]{1,7}){7,}")

_NATO: Final = {
    "alfa": "a", "alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f", "golf": "g",
    "hotel": "h", "india": "i", "juliett": "j", "juliet": "j", "kilo": "k", "lima": "l", "mike": "m",
    "november": "n", "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t",
    "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "x-ray": "x", "yankee": "y",
    "zulu": "z",
}  # fmt: skip
_NATO_MIN: Final = 6
"""Distinct code words before a text is read as spelt in them ("the Delta team at the India office" is not)."""
_NATO_ALTERNATIVES: Final = "|".join(sorted(_NATO, key=len, reverse=True)).replace("-", r"\-")
_NATO_RUN: Final = re.compile(rf"(?i)\b(?:(?:{_NATO_ALTERNATIVES})\b[\s,.;/|-]*){{8,}}")


def _morse_run(run: str, segment: Callable[[str], str]) -> str:
    """A run of Morse read back: letters apart by spaces, words by a slash, a bar or three spaces or more."""
    words = re.split(r" *[/|\n][ /|\n]*| {3,}", run)
    return " ".join(segment("".join(_MORSE.get(code, "") for code in word.split())) for word in words)


def _nato_run(run: str, segment: Callable[[str], str]) -> str:
    """A run of NATO code words read back: words apart by a slash, a bar or three spaces or more."""
    words = re.split(r"\s*[/|][\s/|]*|\s{3,}", run)
    return " ".join(
        segment("".join(_NATO.get(w.lower(), "") for w in re.findall(r"[A-Za-z]+(?:-ray)?", word))) for word in words
    )


def _spelt(
    text: str, f: MessageFacts, vocabulary: frozenset[bytes], segment: Callable[[str], str]
) -> Iterator[tuple[str, int, int, str]]:
    """Morse and the NATO alphabet, each read back in place over the whole text (a run is broken wherever a
    character has no code, and what is said around it, a quote or a description, must stay with it); a word of
    letters spelt with no gaps between words is cut into words by ``segment``."""
    head = text[:MAX_DECODE]
    if b"m m" in (morse := f.raw.translate(_MORSE_TABLE)) and _MORSE_GATE.search(morse) is not None:
        runs = [_morse_run(m.group(), segment) for m in _MORSE_RUN.finditer(head)]
        if runs and readable(" ".join(runs)):
            decoded = iter(runs)
            yield "morse", 0, len(head), _MORSE_RUN.sub(lambda m: " " + next(decoded) + " ", head)
    if len(NATO_WORDS.intersection(vocabulary)) >= _NATO_MIN:
        runs = [_nato_run(m.group(), segment) for m in _NATO_RUN.finditer(head)]
        if runs and readable(" ".join(runs)):
            decoded = iter(runs)
            yield "nato alphabet", 0, len(head), _NATO_RUN.sub(lambda m: " " + next(decoded) + " ", head)


def _as_spelt(word: str) -> str:
    return word


def more_candidates(
    text: str, f: MessageFacts, segment: Callable[[str], str] = _as_spelt
) -> Iterator[tuple[str, int, int, str]]:
    """``(encoding, start, end, decoded)`` for each blob of ``text`` in one of this module's encodings that decodes
    to readable text (``encoded.decode_candidates`` bounds how many are taken); ``segment`` cuts a word spelt in
    Morse or NATO with no gaps between words into words (``encoded`` passes its own)."""
    vocabulary = f.vocabulary
    for how, decoded in _ciphers(text, vocabulary):
        yield how, 0, min(len(text), MAX_DECODE), decoded
    for start, token in _long_tokens(text, f):
        decoded32 = _base32(token) if token.isupper() or token.islower() else None
        if decoded32 is not None:
            yield "base32", start, start + len(token), decoded32
            continue
        if not token.isalnum() and len(_WORDISH.findall(token)) * 100 <= len(token):
            found = _base85(token)
            if found is not None:
                yield found[0], start, start + len(token), found[1]
    yield from _codes(text, f)
    yield from _spelt(text, f, vocabulary, segment)
