"""Cheap per-message facts the detectors gate on, computed once per message and shared.

Python's ``re`` reads ~15 ns per character for a pattern that has no literal prefix, and
``str.find``/``in`` costs ~0.5 µs per needle on a 1.2 KB text; the detectors used to pay
both for every rule on every message. Most rules, though, can only match where the text has
a *run* of characters of one class (a base64 blob, a hex dump, a key id) or a whole word
(a send verb, a rot13 hint). Those facts are read from the message's bytes mapped through
a 256-entry table (``bytes.translate``, ~0.5 ns per byte), after which one ``in`` with a
long, repetitive needle answers "is there a run of N such characters?" in C.

Every gate here is a *necessary* condition for a rule's match (the rule's pattern cannot
match where the gate says no): a gate skips work, never evidence.
``tests/detectors/test_prefilter.py`` derives that from the rules' patterns, so a future
rule that a gate would hide fails the suite.

Non-ASCII characters are multi-byte in UTF-8 and every such byte maps to "no class"; all
classes here are ASCII, so a run in the bytes is a run in the text and vice versa.
"""

from __future__ import annotations

import string
from typing import Final

from agentmesh_guard.detectors._text import LOWER_MAX, scan_view

__all__ = [
    "ASSIGN_WORDS",
    "ATBASH",
    "CIPHER_WORDS",
    "DECODE_WORDS",
    "ML_CLASS_WORDS",
    "ML_READER_AI_WORDS",
    "NATO_WORDS",
    "READER_AGENT_WORDS",
    "READER_MACHINE_WORDS",
    "READER_ROLE_WORDS",
    "READER_WORK_WORDS",
    "ROT13_WORDS",
    "SEND_WORDS",
    "VIEW_VOCABULARY",
    "MessageFacts",
    "caesar",
    "class_table",
    "facts",
]


def class_table(members: dict[bytes, int], default: int = 0x20) -> bytes:
    """A ``bytes.translate`` table: each byte of each key maps to that key's value, the rest to ``default``."""
    table = bytearray([default] * 256)
    for chars, value in members.items():
        for c in chars:
            table[c] = value
    return bytes(table)


_ALNUM: Final = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_HEX_DIGITS: Final = b"0123456789abcdefABCDEF"

B64_TABLE: Final = class_table({_ALNUM + b"+/_-": ord("b")})
"""``[A-Za-z0-9+/_-]`` -> ``b``: the base64 (standard and URL-safe) alphabet."""
UPPER_TABLE: Final = class_table({b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789": ord("U")})
"""``[A-Z0-9]`` -> ``U`` (AWS key ids are 20 of ``[A-Z2-7]``)."""
HEX_TABLE: Final = class_table({_HEX_DIGITS: ord("h"), b" :": ord(":")}, ord("x"))
"""Hex digits -> ``h``, the dump separators ``[ :]`` -> ``:``."""
WORD_TABLE: Final = bytes(c | 0x20 if 0x41 <= c <= 0x5A else c if c in _ALNUM else 0x20 for c in range(256))
"""ASCII letters and digits map to themselves (capitals to small letters), everything else to a
space: ``_`` too, and every non-ASCII byte. A word here is never longer than the ``\\w`` run it is
in, so a whole ``\\w`` word is always one of them (``client_secret`` gives ``client`` and
``secret``); splitting finer can only add words, never lose one. (``_`` must split: the view folds
a fullwidth low line, which is not ``\\w``, to ``_``, which is. Digits need not: nothing that is
not ``\\w`` becomes a digit in the view, and keeping them keeps ``3fcc0a`` from yielding ``cc``.)"""

SEND_WORDS: Final = {
    b"send": ("send",), b"forward": ("forward",), b"email": ("email",), b"mail": ("e-mail",), b"post": ("post",),
    b"upload": ("upload",), b"transmit": ("transmit",), b"submit": ("submit",), b"deliver": ("deliver",),
    b"exfiltrate": ("exfiltrate",), b"leak": ("leak",), b"share": ("share",), b"cc": ("cc",), b"bcc": ("bcc",),
    b"report": ("report",), b"sync": ("sync",),
}  # fmt: skip
"""The send verbs of ``exfil._SEND`` as whole words of the view (``e-mail`` is the words ``e`` and
``mail``), each with the verbs to look for in the view where the word is present."""
ROT13_WORDS: Final = frozenset({b"vtaber", b"vafgehpgvba", b"vafgehpgvbaf", b"cerivbhf", b"flfgrz", b"cnffjbeq",
                                b"qvfertneq", b"nffvfgnag", b"cebzcg"})  # fmt: skip
"""The alternatives of ``encoded._ROT13_HINT``."""
DECODE_WORDS: Final = frozenset({b"decode", b"decrypt", b"decipher", b"unscramble"})
"""The verbs ``encoded._DECODE_REQUEST`` starts with."""
ASSIGN_WORDS: Final = frozenset({b"password", b"passwd", b"pwd", b"passphrase", b"secret", b"apikey", b"key", b"token",
                                 b"privatekey", b"secretkey", b"accesstoken", b"authtoken"})  # fmt: skip
"""A word every keyword of ``secrets._ASSIGN`` leaves in the view (``client_secret`` leaves ``secret``,
``api-key`` and ``private_key`` leave ``key``, ``privatekey`` is itself)."""
_CUE_WORDS: Final = (
    "ignore", "instructions", "instruction", "previous", "system", "prompt", "password", "passwords", "disregard",
    "assistant", "forget", "reveal", "secret", "secrets", "credentials", "forward", "delete", "execute", "override",
    "admin", "administrator", "confidential", "private", "token", "transfer", "upload", "download",
    # and frequent words of any English text, so that a whole text in a cipher is read back too
    "about", "after", "again", "before", "could", "every", "first", "their", "there", "these", "thing", "think",
    "those", "through", "under", "where", "which", "while", "would", "write", "should", "please", "answer", "email",
    "message", "document", "summary", "reply", "people", "today", "other", "customer", "account", "information",
    "report", "review", "order", "below", "above", "following", "include", "output", "respond", "response",
    "follow", "instead", "contents", "files", "immediately", "important", "always", "never", "without", "anyone",
    "user", "users", "tell", "send", "your", "from", "with", "that", "this", "have", "will", "what", "when",
)  # fmt: skip
"""Words an instruction to the reader is made of, and frequent words of English text (``_decoders._ciphers`` reads
a text back when two of its words are one of these shifted, in Atbash or backwards)."""


def caesar(text: str, k: int) -> str:
    """``text`` with each ASCII letter shifted ``k`` places on in the alphabet (its case kept)."""
    low, up = string.ascii_lowercase, string.ascii_uppercase
    return text.translate(str.maketrans(low + up, low[k:] + low[:k] + up[k:] + up[:k]))


ATBASH: Final = str.maketrans(
    string.ascii_lowercase + string.ascii_uppercase, string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1]
)
"""The Atbash cipher (a <-> z, b <-> y, …) as a ``str.translate`` table; it is its own inverse."""


def _cipher_words() -> dict[bytes, str]:
    words: dict[bytes, str] = {}
    for cue in _CUE_WORDS:
        for k in range(1, 26):
            words.setdefault(caesar(cue, k).encode(), f"caesar-{k}")
        words.setdefault(cue.translate(ATBASH).encode(), "atbash")
        words.setdefault(cue[::-1].encode(), "backwards")
    return words


CIPHER_WORDS: Final = _cipher_words()
"""The cue words shifted by every amount, in Atbash and written backwards -> how (``_decoders._ciphers``; rot13 has an
older reading of its own too, ``ROT13_WORDS``, for the injection words alone)."""
NATO_WORDS: Final = frozenset({
    b"alfa", b"alpha", b"bravo", b"charlie", b"delta", b"echo", b"foxtrot", b"golf", b"hotel", b"india", b"juliett",
    b"juliet", b"kilo", b"lima", b"mike", b"november", b"oscar", b"papa", b"quebec", b"romeo", b"sierra", b"tango",
    b"uniform", b"victor", b"whiskey", b"whisky", b"xray", b"yankee", b"zulu",
})  # fmt: skip
"""The NATO spelling alphabet (``_decoders``: a text spelt in it)."""
READER_MACHINE_WORDS: Final = frozenset({
    b"ai", b"ais", b"llm", b"llms", b"gpt", b"gpts", b"genai", b"chatbot", b"chatbots", b"bot", b"bots", b"copilot",
    b"copilots", b"summarizer", b"summarizers", b"summariser", b"summarisers", b"crawler", b"crawlers", b"scraper",
    b"scrapers", b"language", b"automated", b"autonomous", b"virtual", b"digital", b"machine", b"robotic",
})  # fmt: skip
"""A word of the view wherever ``injection._reader_note`` reads a machine by its noun or an AI word before it (``a.i.``
leaves only ``a`` and ``i``: tested as a substring)."""
READER_AGENT_WORDS: Final = frozenset({b"assistant", b"assistants", b"agent", b"agents"})
READER_ROLE_WORDS: Final = READER_AGENT_WORDS | {b"bot", b"bots", b"copilot", b"copilots"}
"""The nouns of ``_reader_notes._ROLE_NOUN`` as words (a compound's last part is one: "notes-bot")."""
READER_WORK_WORDS: Final = frozenset({
    b"summarising", b"summarizing", b"generating", b"compiling", b"answering", b"processing", b"parsing", b"indexing",
    b"crawling", b"scraping", b"triaging", b"screening", b"ranking", b"reading", b"comparing", b"evaluating",
    b"analysing", b"analyzing", b"ingesting", b"digesting", b"collating", b"aggregating",
})  # fmt: skip
"""The words of ``injection._READING_WORK``: with an assistant or an agent and no AI word, a note needs one."""
ML_READER_AI_WORDS: Final = frozenset(
    {b"ki", b"ia", b"yapay", b"artificial", b"artificielle", b"artificiale", b"sztucznej"}
)
"""The ASCII words of ``injection._ML_AI`` other than ``ai`` (``inteligência artificial`` leaves ``artificial``)."""
ML_CLASS_WORDS: Final = frozenset({
    b"asistente", b"asistentes", b"assistente", b"assistentes", b"assistenti", b"agente", b"agentes", b"agenti",
    b"asystent", b"asystenta", b"asystenci", b"asystentow", b"assistent", b"assistenten", b"agenten", b"ki",
})  # fmt: skip
"""The ASCII words of ``_reader_notes``' nouns in other languages (``ml_class_rule``, ``ml_role_note``): their gate in
a text of ASCII alone ("KI-Systeme" leaves ``ki``)."""
VIEW_VOCABULARY: Final = (
    frozenset(SEND_WORDS)
    | ROT13_WORDS
    | DECODE_WORDS
    | ASSIGN_WORDS
    | frozenset(CIPHER_WORDS)
    | NATO_WORDS
    | READER_MACHINE_WORDS
    | READER_ROLE_WORDS
    | READER_WORK_WORDS
    | ML_READER_AI_WORDS
    | ML_CLASS_WORDS
)


class MessageFacts:
    """Facts about one text, each computed on first use (the text is held only by the cache)."""

    __slots__ = ("_b64", "_bytes", "_hex", "_runs", "_upper", "_vocab", "_words", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._bytes: bytes | None = None
        self._b64: bytes | None = None
        self._runs: dict[int, bool] = {}
        self._upper: bytes | None = None
        self._hex: bytes | None = None
        self._vocab: frozenset[bytes] | None = None
        self._words: list[bytes] | None = None

    @property
    def raw(self) -> bytes:
        """The text as UTF-8 (lone surrogates passed through, never an error)."""
        if self._bytes is None:
            self._bytes = self.text.encode("utf-8", "surrogatepass")
        return self._bytes

    @property
    def b64(self) -> bytes:
        """``raw`` through ``B64_TABLE``."""
        if self._b64 is None:
            self._b64 = self.raw.translate(B64_TABLE)
        return self._b64

    def b64_run(self, n: int) -> bool:
        """Whether the text has ``n`` characters of ``[A-Za-z0-9+/_-]`` in a row. Memoised, and
        monotone in ``n`` (no run of 20 means no run of 40), so the detectors asking for 20, 23 and
        40 search ``b64`` at most once or twice per message."""
        runs = self._runs
        known = runs.get(n)
        if known is not None:
            return known
        for m, ok in runs.items():
            if (ok and m >= n) or (not ok and m <= n):
                runs[n] = ok
                return ok
        ok = b"b" * n in self.b64
        runs[n] = ok
        return ok

    @property
    def upper(self) -> bytes:
        """``raw`` through ``UPPER_TABLE``."""
        if self._upper is None:
            self._upper = self.raw.translate(UPPER_TABLE)
        return self._upper

    @property
    def hex(self) -> bytes:
        """``raw`` through ``HEX_TABLE``."""
        if self._hex is None:
            self._hex = self.raw.translate(HEX_TABLE)
        return self._hex

    @property
    def vocabulary(self) -> frozenset[bytes]:
        """The words of ``VIEW_VOCABULARY`` that occur as whole words in the lowercase view (``scan_view``).

        A word here is a maximal run of ASCII letters and digits (capitals lowered), so wherever
        ``\\bsend\\b`` matches the view, ``b"send"`` is in the result (a non-ASCII neighbour only
        splits words further: the answer can be a superset, never miss a word).
        """
        if self._vocab is None:
            text = self.text
            if text.isascii() and len(text) <= LOWER_MAX and ("\\" not in text or "\\n" not in text):
                words = self.ascii_words  # the view's words are the text's own (but see ``scan_view`` on "\\n")
            else:
                words = scan_view(text).encode("utf-8", "surrogatepass").translate(WORD_TABLE).split()
            self._vocab = VIEW_VOCABULARY.intersection(words)
        return self._vocab

    @property
    def ascii_words(self) -> list[bytes]:
        """For an ASCII text, its words as ``WORD_TABLE`` cuts them (runs of letters and digits, capitals
        lowered), in order; read by ``vocabulary`` and by shingle hashing (``_shingles``), so a message is
        split once. (``scan_view`` of an ASCII text is the text in small letters with ``*`` as a space,
        which ``WORD_TABLE`` makes of it anyway, and a JSON string's ``\\n`` as a line break, which
        ``vocabulary`` reads from the view instead.) Not for other texts."""
        if self._words is None:
            self._words = self.raw.translate(WORD_TABLE).split()
        return self._words


_last: MessageFacts = MessageFacts("")


def facts(text: str) -> MessageFacts:
    """The facts of ``text``; a one-entry cache keyed by identity (replaced atomically, so safe
    across threads) means the detectors of one scan share them."""
    global _last
    last = _last
    if last.text is text:
        return last
    made = MessageFacts(text)
    _last = made
    return made
