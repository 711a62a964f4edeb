"""Encodings an instruction can be hidden in, to test a guard with (``eval/evasion.py --encodings``, the tests).

``ENCODINGS`` maps a name to a function that writes a whole text in that encoding: base32, Ascii85 / base85,
binary, decimal and ``0x`` character codes, ``\\u`` escapes, letters of words escaped one at a time, ``U+`` code
points, quoted-printable, uuencode, Morse, the NATO alphabet, braille, Caesar shifts, Atbash, two layers (base64
of base64, of rot13, of gzip), text written backwards. What red-team tools try after base64 and rot13; each is a
line of code for an attacker.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import gzip
import re
import string
from collections.abc import Callable
from typing import Final

__all__ = ["ENCODINGS"]

_MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..",
    "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
    "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
    "7": "--...", "8": "---..", "9": "----.", "@": ".--.-.", ".": ".-.-.-",
}  # fmt: skip
_NATO = dict(zip(string.ascii_lowercase, [
    "Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima",
    "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Xray",
    "Yankee", "Zulu",
], strict=True))  # fmt: skip
_BRAILLE = dict(zip(string.ascii_lowercase, "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵", strict=True))
_LOW, _UP = string.ascii_lowercase, string.ascii_uppercase


def _caesar(k: int) -> Callable[[str], str]:
    return lambda t: t.translate(str.maketrans(_LOW + _UP, _LOW[k:] + _LOW[:k] + _UP[k:] + _UP[:k]))


def _uu(text: str) -> str:
    data = text.encode()
    return "".join(binascii.b2a_uu(data[i : i + 45]).decode() for i in range(0, len(data), 45))


ENCODINGS: Final[dict[str, Callable[[str], str]]] = {
    "base32": lambda t: base64.b32encode(t.encode()).decode(),
    "ascii85": lambda t: base64.a85encode(t.encode()).decode(),
    "ascii85 adobe": lambda t: base64.a85encode(t.encode(), adobe=True).decode(),
    "base85": lambda t: base64.b85encode(t.encode()).decode(),
    "binary": lambda t: " ".join(f"{b:08b}" for b in t.encode()),
    "binary, no gaps": lambda t: "".join(f"{b:08b}" for b in t.encode()),
    "decimal codes": lambda t: " ".join(str(b) for b in t.encode()),
    "decimal codes, commas": lambda t: ",".join(str(b) for b in t.encode()),
    "hex codes": lambda t: " ".join(f"0x{b:02x}" for b in t.encode()),
    "unicode escapes": lambda t: "".join(f"\\u{ord(c):04x}" for c in t),
    "first letters as \\u escapes": lambda t: re.sub(r"\b([a-z])(?=[a-z])", lambda m: f"\\u{ord(m[1]):04x}", t),
    "first letters as \\x escapes": lambda t: re.sub(r"\b([a-z])(?=[a-z])", lambda m: f"\\x{ord(m[1]):02x}", t),
    "first letters percent-escaped": lambda t: re.sub(r"\b([a-z])(?=[a-z])", lambda m: f"%{ord(m[1]):02x}", t),
    "code points": lambda t: " ".join(f"U+{ord(c):04X}" for c in t),
    "quoted-printable": lambda t: "".join(f"={b:02X}" for b in t.encode()),
    "uuencode": _uu,
    "morse": lambda t: " / ".join(" ".join(_MORSE.get(c, "") for c in w.lower()) for w in t.split()),
    "nato": lambda t: " / ".join(" ".join(_NATO.get(c, "") for c in w.lower()) for w in t.split()),
    "nato, no word gaps": lambda t: " ".join(_NATO[c] for c in t.lower() if c in _NATO),
    "braille": lambda t: "".join(_BRAILLE.get(c, c) for c in t.lower()),
    "caesar 3": _caesar(3),
    "caesar 20": _caesar(20),
    "atbash": lambda t: t.translate(str.maketrans(_LOW + _UP, _LOW[::-1] + _UP[::-1])),
    "base64, twice": lambda t: base64.b64encode(base64.b64encode(t.encode())).decode(),
    "rot13, then base64": lambda t: base64.b64encode(codecs.encode(t, "rot13").encode()).decode(),
    "gzip, then base64": lambda t: base64.b64encode(gzip.compress(t.encode(), mtime=0)).decode(),
    "backwards": lambda t: t[::-1],
    "each word backwards": lambda t: re.sub(r"\S+", lambda m: m.group()[::-1], t),
}
