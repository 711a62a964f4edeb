"""How much detection survives simple disguises: spacing, markup, case, character references, styled
Unicode letters, combining marks.

    python eval/evasion.py [--file eval/samples/tuning.jsonl] [--limit 400] [--non-ascii] [--encodings]

Takes the injections (label 1) the fast tier flags (>= 70) in a labelled JSON-lines file, applies
each disguise to every one of them, and prints how many are no longer flagged; then applies the
same disguises to the benign rows (label 0) and prints how many become flagged. A model reads
each disguised text as the original words, so a detector should not lose them. ``changed`` counts the
flagged injections a disguise changes at all (NFD leaves an ASCII text as it is); ``--non-ascii`` reads
only rows written in other scripts, where NFD, harakat, kashidas and Hebrew points apply. ``--encodings`` applies
``ENCODINGS`` (the whole text in base32, Morse, braille, …) instead of the disguises.

Run it on the tuning split (the default): the held-out split is for reporting detection quality
(docs/detection.md), not for probing.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Callable

from agentmesh_guard.detectors import StaticScanContext, fast_detectors
from agentmesh_guard.evaluation import scan_one
from agentmesh_guard.testing.encodings import ENCODINGS

QUARANTINE = 70
_SMALL_CAPITALS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ", strict=True))
_MODIFIERS = dict(zip("abcdefghijklmnoprstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ", strict=True))  # no small q


def _letters(text: str, styled: Callable[[str], str | None]) -> str:
    """``text`` with each small ASCII letter written as ``styled`` gives it (kept where it gives none)."""
    return "".join((styled(c) or c) if "a" <= c <= "z" else c for c in text)


DISGUISES: dict[str, Callable[[str], str]] = {
    "upper case": str.upper,
    "title case": str.title,
    "double spaces": lambda t: t.replace(" ", "  "),
    "one word per line": lambda t: t.replace(" ", "\n"),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "markdown bold words": lambda t: re.sub(r"\b(\w{4,})\b", r"**\1**", t),
    "markdown italic words": lambda t: re.sub(r"\b(\w{4,})\b", r"_\1_", t),
    "each word in a <span>": lambda t: " ".join(f"<span>{w}</span>" for w in t.split(" ")),
    "every third word in <b>": lambda t: " ".join(f"<b>{w}</b>" if i % 3 == 0 else w
                                                  for i, w in enumerate(t.split(" "))),
    "first letters as &#NN;": lambda t: re.sub(r"\b([a-z])(\w{3,})\b", lambda m: f"&#{ord(m[1])};{m[2]}", t),
    "soft hyphens in words": lambda t: re.sub(r"\b(\w{3})(\w{3,})\b", "\\1\u00ad\\2", t),
    "words in quotes": lambda t: " ".join(f'"{w}"' for w in t.split(" ")),
    "underscores for spaces": lambda t: t.replace(" ", "_"),
    "dots for spaces": lambda t: t.replace(" ", "."),
    "hyphen inside words": lambda t: re.sub(r"\b(\w{3})(\w{3,})\b", r"\1-\2", t),
    "leetspeak (a e i o s t)": lambda t: t.translate(str.maketrans("aeiostAEIOST", "4310574310$7")),
    "vowels as digits": lambda t: t.translate(str.maketrans("aeioAEIO", "43104310")),
    "letters spaced out": lambda t: "  ".join(" ".join(w) for w in t.split(" ")),
    "letters dotted": lambda t: "  ".join(".".join(w) for w in t.split(" ")),
    "letters spaced, no word gap": lambda t: " ".join(t.replace(" ", "")),
    "camel case words": lambda t: re.sub(r"(\w)\s+(\w)", lambda m: m[1] + m[2].upper(), t),
    # Unicode: styled letters ("fancy text" generators), combining marks, compatibility forms
    "circled letters": lambda t: _letters(t, lambda c: chr(0x24D0 + ord(c) - 97)),
    "squared capitals": lambda t: _letters(t.lower(), lambda c: chr(0x1F130 + ord(c) - 97)),
    "small capitals": lambda t: _letters(t, _SMALL_CAPITALS.get),
    "modifier letters": lambda t: _letters(t, _MODIFIERS.get),
    "math sans-serif": lambda t: _letters(t, lambda c: chr(0x1D5BA + ord(c) - 97)),
    "ligatures fi fl ff": lambda t: t.replace("ff", "\ufb00").replace("fi", "\ufb01").replace("fl", "\ufb02"),
    "accented vowels": lambda t: t.translate(str.maketrans("aeiouAEIOU", "áéíóúÁÉÍÓÚ")),
    "acute on every letter": lambda t: "".join(c + "\u0301" if c.isalpha() else c for c in t),
    "three marks on letters": lambda t: "".join(c + "\u0301\u0316\u0353" if c.isalpha() else c for c in t),
    "decomposed (NFD)": lambda t: unicodedata.normalize("NFD", t),
    "harakat on Arabic letters": lambda t: re.sub("([\u0621-\u064a])", "\\1\u064e", t),
    "kashida in Arabic words": lambda t: re.sub("([\u0621-\u064a])(?=[\u0621-\u064a])", "\\1\u0640", t),
    "points on Hebrew letters": lambda t: re.sub("([\u05d0-\u05ea])", "\\1\u05b8", t),
}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", default="eval/samples/tuning.jsonl")
    parser.add_argument("--limit", type=int, default=400, help="at most this many rows of each label")
    parser.add_argument("--encodings", action="store_true", help="apply the encodings instead of the disguises")
    parser.add_argument(
        "--non-ascii", action="store_true", help="only rows with non-ASCII text (the disguises of other scripts)"
    )
    args = parser.parse_args()
    with open(args.file, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if args.non_ascii:
        rows = [r for r in rows if not str(r["text"]).isascii()]
    detectors = fast_detectors()
    context = StaticScanContext()
    scanned = 0

    def severity(text: str, channel: str | None) -> int:
        nonlocal scanned
        scanned += 1  # each text is a message of its own: stateful detectors (split) never join two
        return max((f.severity for f in scan_one(text, channel, detectors, context, f"row-{scanned}")), default=0)

    attacks = [(r["text"], r.get("channel")) for r in rows if r.get("label") == 1][: args.limit]
    benign = [(r["text"], r.get("channel")) for r in rows if r.get("label") == 0][: args.limit]
    flagged = [(t, c) for t, c in attacks if severity(t, c) >= QUARANTINE]
    print(f"{len(flagged)} of {len(attacks)} injections flagged as written; {len(benign)} benign rows")
    print(f"{'disguise':28s} {'injections lost':>16s} {'benign flagged':>15s}   {'changed':>7s}")
    base = sum(severity(t, c) >= QUARANTINE for t, c in benign)
    print(f"{'(as written)':28s} {'':>16s} {base:>15d}")
    for name, disguise in (ENCODINGS if args.encodings else DISGUISES).items():
        disguised = [(disguise(t), t, c) for t, c in flagged]
        changed = sum(d != t for d, t, _ in disguised)  # NFD leaves an ASCII text as it is, kashidas English
        lost = sum(severity(d, c) < QUARANTINE for d, _, c in disguised)
        fp = sum(severity(disguise(t), c) >= QUARANTINE for t, c in benign)
        print(f"{name:28s} {lost:>6d} ({100 * lost / max(1, len(flagged)):3.0f}%)   {fp:>15d}   {changed:>7d}")


if __name__ == "__main__":
    main()
