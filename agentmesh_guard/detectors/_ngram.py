"""The learned part of the injection score: a word n-gram logistic regression.

It reads a *window* of the text around the rule evidence (``window``), turns it into its
lowercase ASCII words and adjacent word pairs (``features``), and adds up the weights the
model learned for them (``ngram_probability``). The weights are fitted on the tuning split by
``eval/train_ngram.py`` (pure Python) and checked in as constants in ``_ngram_weights.py``.

The detector only asks the model when some rule already fired (a cascade): the rules propose
a span, the model judges the words around it. Text with no rule evidence costs nothing here.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise, repeat
from typing import Final

from agentmesh_guard.detectors._ngram_weights import BIAS, BIGRAMS, UNIGRAMS

__all__ = ["WINDOW", "features", "learned_strength", "ngram_probability", "window"]

WINDOW: Final = 250
"""Characters read on each side of the rule evidence."""
MAX_WINDOW: Final = 1000
_NO_EVIDENCE_WINDOW: Final = 800

_TABLE: Final = bytes(c if (97 <= c <= 122 or c == 39) else 32 for c in range(256))
"""a-z and the apostrophe stay, everything else separates words (the text is lowercase already)."""


def window(low: str, start: int, end: int) -> str:
    """The part of ``low`` the model reads: the evidence span ``[start, end)`` with ``WINDOW``
    characters either side, at most ``MAX_WINDOW`` characters (the head when there is no span)."""
    if end <= start:
        return low[:_NO_EVIDENCE_WINDOW]
    lo = max(0, start - WINDOW)
    return low[lo : min(len(low), end + WINDOW, lo + MAX_WINDOW)]


_TAG: Final = re.compile(r"</?[a-z][a-z0-9-]{0,20}(?:\s[^<>\n]{0,300})?/?>")
"""An HTML tag with its attributes: markup, not language. The model reads the words a reader sees;
otherwise it learns carriers (``<div style="font-size:0px;color:#ffffff">``) instead of requests."""


_ADDRESS: Final = re.compile(
    r"(?<![a-z0-9+.-])(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>\"')\]]*|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
"""A URL or an e-mail address: where text points, not what it says (the exfiltration and indicator
detectors judge destinations). Left in, the model learns the sample corpora's host names
(``.example``) instead of language. Tried only where a name starts (the look-behinds), so a long word
is not read again from each of its letters."""


def _words(low: str) -> list[bytes]:
    if "<" in low:
        low = _TAG.sub(" ", low)
    if "@" in low or "://" in low or "www." in low:
        low = _ADDRESS.sub(" ", low)
    return low.encode("ascii", "ignore").translate(_TABLE).split()


def features(low: str) -> tuple[list[bytes], list[tuple[bytes, bytes]]]:
    """The words and adjacent word pairs of a lowercase text (ASCII letters and apostrophes only,
    HTML tags, URLs and e-mail addresses left out), in order, repeats included (the model counts them)."""
    words = _words(low)
    return words, list(pairwise(words))


def ngram_probability(low_window: str) -> float:
    """P(injection) for a lowercase window of text, by the checked-in logistic regression."""
    words = _words(low_window)
    z = BIAS + sum(map(UNIGRAMS.get, words, repeat(0.0)))
    z += sum(map(BIGRAMS.get, pairwise(words), repeat(0.0)))
    if z < -30.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def learned_strength(p: float) -> float:
    """Evidence strength of the learned family: 0 at p <= 0.5, rising to 1 at p = 1."""
    return max(0.0, 2.0 * p - 1.0)
