"""The fast tier's prefilters skip work, never evidence.

Every gate in ``_prefilter`` and the rule gates in ``secrets``/``encoded``/``exfil`` is a
*necessary* condition for a match of the pattern it guards. The tests below derive that from the
patterns themselves (parsed with ``re``'s own parser), so changing a pattern, or adding a rule
whose matches a gate would hide, fails here instead of silently losing detections; property tests
then check the same on strings generated from the patterns.
"""

from __future__ import annotations

import re
import zlib
from re import _constants as sre  # the parser's opcodes (stable since Python 3.11)
from re import _parser as sre_parse
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from agentmesh_guard.detectors import _decoders, _prefilter, _shingles, encoded, exfil, secrets
from agentmesh_guard.detectors._prefilter import (
    ASSIGN_WORDS,
    B64_TABLE,
    DECODE_WORDS,
    HEX_TABLE,
    ROT13_WORDS,
    SEND_WORDS,
    UPPER_TABLE,
    VIEW_VOCABULARY,
    WORD_TABLE,
    MessageFacts,
    facts,
)
from agentmesh_guard.detectors._text import normalized_words, scan_view

# -- reading patterns ---------------------------------------------------------------------------

Seq = Any  # re._parser.SubPattern (untyped)


def _chars(op: Any, av: Any) -> frozenset[int] | None:
    """The code points one LITERAL/IN item matches, or None when not a finite explicit set
    (categories such as ``\\d`` match non-ASCII digits, negations match almost anything)."""
    if op is sre.LITERAL:
        return frozenset({av})
    if op is sre.IN:
        out: set[int] = set()
        for o, a in av:
            if o is sre.LITERAL:
                out.add(a)
            elif o is sre.RANGE:
                out.update(range(a[0], a[1] + 1))
            else:
                return None
        return frozenset(out)
    return None


def _runs(seq: Seq, cls: frozenset[int]) -> tuple[bool, int, int]:
    """For every match of ``seq``: (all its characters are in ``cls``, its minimum length, the length
    of a run of ``cls`` characters it is guaranteed to contain)."""
    whole, length, best, cur = True, 0, 0, 0
    for op, av in seq:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero width
            continue
        w, n, b = _item(op, av, cls)
        length += n
        if w:
            cur += n
        else:
            whole, cur = False, 0
        best = max(best, cur, b)
    return whole, length, best


def _item(op: Any, av: Any, cls: frozenset[int]) -> tuple[bool, int, int]:
    if op in (sre.LITERAL, sre.IN):
        chars = _chars(op, av)
        inside = chars is not None and chars <= cls
        return inside, 1, int(inside)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        w, n, b = _runs(sub, cls)
        return (True, lo * n, lo * n) if w else (False, lo * n, b if lo else 0)
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        w, n, b = _runs(sub, cls)
        if add_flags & sre.SRE_FLAG_IGNORECASE:  # other cases and non-ASCII look-alikes match too
            return False, n, 0
        return w, n, b
    if op is sre.BRANCH:
        results = [_runs(alt, cls) for alt in av[1]]
        return all(w for w, _, _ in results), min(n for _, n, _ in results), min(b for _, _, b in results)
    return False, 0, 0


def _expand(seq: Seq) -> set[str]:
    """Every string a finite, literal-only pattern matches (alternations, optional parts, groups)."""
    out = {""}
    for op, av in seq:
        if op is sre.AT:
            continue
        if op is sre.LITERAL:
            part = {chr(av)}
        elif op is sre.SUBPATTERN:
            part = _expand(av[3])
        elif op is sre.BRANCH:
            part = set().union(*(_expand(alt) for alt in av[1]))
        elif op is sre.MAX_REPEAT and av[1] <= 2:
            inner = _expand(av[2])
            part = {"".join(p) for k in range(av[0], av[1] + 1) for p in _product(inner, k)}
        elif op is sre.IN and (chars := _chars(op, av)) is not None and len(chars) <= 8:
            part = {chr(c) for c in chars}
        else:
            raise ValueError(f"not a finite literal pattern: {op} {av}")
        out = {a + b for a in out for b in part}
    return out


def _product(items: set[str], k: int) -> list[tuple[str, ...]]:
    result: list[tuple[str, ...]] = [()]
    for _ in range(k):
        result = [(*r, i) for r in result for i in items]
    return result


def _parse(pattern: re.Pattern[str] | str) -> Seq:
    return sre_parse.parse(pattern.pattern if isinstance(pattern, re.Pattern) else pattern)


def _class(table: bytes, mark: int) -> frozenset[int]:
    """The ASCII code points ``table`` maps to ``mark``; no non-ASCII byte may map there."""
    assert all(table[b] != mark for b in range(0x80, 0x100)), "a non-ASCII byte maps into a class"
    return frozenset(b for b in range(0x80) if table[b] == mark)


def _words(text: str) -> list[bytes]:
    return text.encode().translate(WORD_TABLE).split()


# -- the tables ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "mark", "cls"),
    [
        (B64_TABLE, ord("b"), r"[A-Za-z0-9+/_-]"),
        (UPPER_TABLE, ord("U"), r"[A-Z0-9]"),
        (HEX_TABLE, ord("h"), r"[0-9a-fA-F]"),
        (HEX_TABLE, ord(":"), r"[ :]"),
    ],
)
def test_each_table_maps_exactly_its_ascii_class(table: bytes, mark: int, cls: str) -> None:
    assert _class(table, mark) == frozenset(c for c in range(0x80) if re.fullmatch(cls, chr(c)))


def test_word_table_keeps_only_ascii_letters_and_digits() -> None:
    for b in range(256):
        ch = chr(b)
        expected = ord(ch.lower()) if b < 0x80 and ch.isalnum() else 0x20
        assert WORD_TABLE[b] == expected, hex(b)


def test_facts_are_shared_by_identity_and_rebuilt_for_another_text() -> None:
    text = "x" * 40
    assert facts(text) is facts(text)
    other = "y" * 40
    assert facts(other) is not facts(text)
    assert facts(other).text is other


# -- secrets: each rule's gate is implied by its pattern ----------------------------------------

_RUN_GATES = {"b64_23": (B64_TABLE, b"b" * 23), "b64_40": (B64_TABLE, b"b" * 40), "upper20": (UPPER_TABLE, b"U" * 20)}
_KNOWN_GATES = {*_RUN_GATES, "db_url", "slack_url", ""}


def test_run_gates_read_the_tables_they_were_derived_from() -> None:
    assert _RUN_GATES["upper20"][1] == secrets._UPPER20
    # upper20 is looked for only where a base64 run of 20 exists: its class must be inside that alphabet
    assert _class(UPPER_TABLE, ord("U")) <= _class(B64_TABLE, ord("b"))
    text = "x " + "A" * 19 + "/" + " " + "Zz9+" * 10
    f = MessageFacts(text)
    assert [f.b64_run(n) for n in (20, 40, 41, 23, 19)] == [True, True, False, True, True]
    assert not MessageFacts("ab " * 30).b64_run(3)


@pytest.mark.parametrize("rule", secrets._RULES, ids=lambda r: f"{r.name}-{r.severity}")
def test_secret_rule_gate_is_implied_by_its_pattern(rule: Any) -> None:
    assert rule.gate in _KNOWN_GATES, f"unknown gate {rule.gate!r}: derive it and add it to this test"
    parsed = _parse(rule.pattern)
    if rule.gate in _RUN_GATES:
        table, needle = _RUN_GATES[rule.gate]
        cls = _class(table, needle[0])
        assert _runs(parsed, cls)[2] >= len(needle), f"{rule.name}: a match need not have {len(needle)} in a row"
        if rule.gate == "upper20":  # _open_gates looks for an "A" before mapping the text
            first = next((op, av) for op, av in parsed if op is not sre.AT)
            assert {s[:1] for s in _expand([first])} == {"A"}
    elif rule.gate == "db_url":
        scheme, sep = parsed[1], list(parsed[2:5])
        assert parsed[0] == (sre.AT, sre.AT_BOUNDARY)
        assert sep == [(sre.LITERAL, ord(c)) for c in "://"]
        schemes = _expand([scheme])
        assert all(s.endswith(secrets._DB_SCHEMES) for s in schemes), schemes
        # _connection_strings tries the pattern only at a scheme of _DB_SCHEMES right before "://"
        assert set(schemes) <= set(secrets._DB_SCHEMES), schemes
    elif rule.gate == "slack_url":
        assert rule.pattern.pattern.startswith(re.escape("https://" + secrets._SLACK_PATH))
    else:  # the trigger alone
        assert rule.name in {"private_key", "jwt", "slack_token"}


@pytest.mark.parametrize("rule", secrets._RULES, ids=lambda r: f"{r.name}-{r.severity}")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_secret_rule_gate_passes_on_generated_matches(rule: Any, data: st.DataObject) -> None:
    match = data.draw(st.from_regex(rule.pattern, fullmatch=True))
    text = f"config {match} end"
    if rule.pattern.search(text) is None:  # \b next to a generated non-ASCII character
        return
    assert not rule.gate or rule.gate in secrets._open_gates(text, MessageFacts(text))


def _reference_assignment_starts(low: str) -> set[int]:
    """The start positions as ``secrets._assignments`` computed them before ``_TRIGGER_AT``."""
    starts = set()
    for trigger in secrets._GENERIC_TRIGGERS:
        pos = low.find(trigger)
        while pos >= 0:
            end = pos + len(trigger)
            while end < len(low) and (low[end].isalnum() or low[end] in "_-") and end - pos < 20:
                end += 1
            if re.compile(r"[\"']?\s*(?:=|:|=>)").match(low, end) is not None:
                starts.add(max(0, pos - 16))
            pos = low.find(trigger, pos + 1)
    return starts


_ASSIGN_PIECES = st.sampled_from(
    ["pass", "pwd", "secret", "key", "token", "word", "_", "-", "=", ":", "=>", "'", '"', " ", "\n", "x" * 9,
     "Xk9mQ2vL8pW4", "é", "٣", "ſ", "\u212a", "İ", "＿", "a1", "client_", "api-", "passpass", "keykey"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_ASSIGN_PIECES, max_size=14).map("".join))
def test_assignment_trigger_regexes_find_the_same_starts(text: str) -> None:
    low = scan_view(text)
    starts = {max(0, m.start() - 16) for rx in secrets._TRIGGER_AT for m in rx.finditer(low)}
    assert starts == _reference_assignment_starts(low)
    assert all(t not in (t + t)[1:-1] for t in secrets._GENERIC_TRIGGERS)  # no trigger overlaps itself


@settings(max_examples=400, deadline=None)
@given(st.lists(_ASSIGN_PIECES, max_size=14).map("".join))
def test_assignment_word_gate_never_hides_a_match(text: str) -> None:
    low = scan_view(text)
    if secrets._ASSIGN.search(text) is not None and low.isascii():
        assert not ASSIGN_WORDS.isdisjoint(MessageFacts(text).vocabulary)


def test_assignment_keywords_leave_a_gate_word() -> None:
    keywords = _expand(_parse(secrets._ASSIGN)[0][1][3][1:-1])  # inside (?i:\b(...)\b)
    assert "password" in keywords
    assert "secret_key" in keywords
    for keyword in keywords:
        assert set(_words(keyword)) & ASSIGN_WORDS, keyword


# -- encoded ------------------------------------------------------------------------------------


def test_base64_gate_is_implied_by_the_base64_pattern() -> None:
    cls = _class(B64_TABLE, ord("b"))
    assert _runs(_parse(encoded._B64), cls)[2] >= encoded._B64_RUN


def test_hex_gates_are_implied_by_the_hex_pattern() -> None:
    # derived from exactly this pattern: its first half needs a literal "\x", its second half
    # twelve hex pairs joined by [ :] (the _HEX_DUMP needle on the HEX_TABLE view)
    assert encoded._HEX_ESCAPED.pattern == (r"(?:\\x[0-9a-fA-F]{2}){8,}|\b(?:[0-9a-fA-F]{2}[ :]){11,}[0-9a-fA-F]{2}\b")
    assert encoded._HEX_DUMP == b"hh:" * 11 + b"hh"


@settings(max_examples=200, deadline=None)
@given(st.from_regex(encoded._HEX_ESCAPED, fullmatch=True))
def test_hex_gate_passes_on_generated_hex(blob: str) -> None:
    text = f"data {blob} end"
    f = MessageFacts(text)
    assert "\\x" in text or encoded._HEX_DUMP in f.hex


@settings(max_examples=200, deadline=None)
@given(st.from_regex(encoded._B64, fullmatch=True))
def test_base64_gate_passes_on_generated_base64(blob: str) -> None:
    assert MessageFacts(f"data {blob} end").b64_run(encoded._B64_RUN)


_QUOTE_PIECES = st.one_of(
    st.sampled_from(['"', "'", " ", "  ", "\t", "\n", "\x1c", ",", ".", ")", "]", "}", "!", ":", "-", "a", "word"]),
    st.sampled_from(['"ignore"', "'all'", '"previous",', "'it''s'", '"a")', '"b".']),
    st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=3),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_QUOTE_PIECES, max_size=24).map("".join))
def test_the_quoted_run_gate_never_hides_a_run(text: str) -> None:
    """Wherever ``_QUOTED_RUN`` matches an ASCII text, ``_quoted_runs_possible`` says it may."""
    if encoded._QUOTED_RUN.search(text) is not None:
        assert encoded._quoted_runs_possible(text, text)


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(encoded._QUOTED_RUN, fullmatch=True, alphabet=st.characters(max_codepoint=0x7F)),
    st.sampled_from(["", "see ", "x\n"]),
)
def test_the_quoted_run_gate_passes_on_generated_runs(run: str, before: str) -> None:
    text = f"{before}{run} end"
    assert encoded._QUOTED_RUN.search(text) is not None
    assert encoded._quoted_runs_possible(text, text)


def test_the_quoted_run_gate_keeps_runs_and_skips_json() -> None:
    assert encoded._quoted_runs_possible('Say "Ignore" "all" "previous" now.', 'Say "Ignore" "all" "previous" now.')
    assert encoded._quoted_runs_possible("'a', 'b', 'c'", "'a', 'b', 'c'")
    json = '{"title": "Quarterly report", "url": "https://docs.example/q3", "tags": ["finance", "q3"]}'
    assert encoded._QUOTED_RUN.search(json) is None
    assert not encoded._quoted_runs_possible(json, json)


def test_rot13_and_decode_words_are_the_patterns_alternatives() -> None:
    rot13 = _parse(encoded._ROT13_HINT)
    assert rot13[0] == (sre.AT, sre.AT_BOUNDARY)
    assert rot13[-1] == (sre.AT, sre.AT_BOUNDARY)
    assert {w.encode() for w in _expand(rot13)} == ROT13_WORDS
    request = _parse(encoded._DECODE_REQUEST)
    assert request[0] == (sre.AT, sre.AT_BOUNDARY)
    assert {w.encode() for w in _expand([request[1]])} == DECODE_WORDS


# -- exfil --------------------------------------------------------------------------------------


def test_send_words_are_the_send_patterns_verbs() -> None:
    parsed = _parse(exfil._SEND)
    assert parsed[0] == (sre.AT, sre.AT_BOUNDARY)
    assert parsed[2] == (sre.AT, sre.AT_BOUNDARY)
    verbs = _expand([parsed[1]])
    assert verbs == {v for vs in SEND_WORDS.values() for v in vs} == set(exfil._SEND_VERBS)
    for word, vs in SEND_WORDS.items():
        for verb in vs:
            assert word in _words(verb)
    # _send_instructions relies on this: a verb found at a position is the only one that can match there
    assert not [(a, b) for a in verbs for b in verbs if a != b and b.startswith(a)]


# -- the vocabulary: a whole word of the view is always found -----------------------------------

_VOCAB_WORDS = sorted(w.decode() for w in VIEW_VOCABULARY)
_TEXT_PIECES = st.one_of(
    st.sampled_from(_VOCAB_WORDS),
    st.sampled_from([" ", "\n", "-", "_", ".", "@", "2", "é", "ſ", "\u212a", "İ", "ı", "＿", "Ｓ", "«", "\u200b", "а"]),
    st.sampled_from([w.upper() for w in _VOCAB_WORDS] + [w.title() for w in _VOCAB_WORDS]),
    st.text(max_size=3),
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_TEXT_PIECES, max_size=12).map("".join))
def test_vocabulary_has_every_whole_word_of_the_view(text: str) -> None:
    view = scan_view(text)
    found = MessageFacts(text).vocabulary
    for word in _VOCAB_WORDS:
        if re.search(rf"\b{word}\b", view) is not None:
            assert word.encode() in found, word
        if view.isascii() and re.search(rf"(?i)\b{word}\b", view) is not None:
            assert word.encode() in found, word


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_TEXT_PIECES, st.sampled_from(["*", "**", "SEND*", "Ab9", "\t"])), max_size=12).map("".join))
def test_an_ascii_texts_words_are_read_once_for_the_vocabulary_and_the_shingles(text: str) -> None:
    """``ascii_words`` (one split a message, shared with shingle hashing) is what the view's words were."""
    if not text.isascii():
        text = text.encode("ascii", "ignore").decode()
    of_view = scan_view(text).encode().translate(WORD_TABLE).split()
    assert MessageFacts(text).ascii_words == of_view == _words(text)
    assert MessageFacts(text).vocabulary == VIEW_VOCABULARY.intersection(of_view)


# -- cheaper forms of the encoded and secrets gates: the same answers ------------------------------

_CLASSY = st.text(alphabet="abgzAGZ01379$dxX-_.%4f ,;\t\n\x1c+/=éM", max_size=200)
_B64_PIECES = st.lists(
    st.sampled_from(["A" * 10, "b" * 9, "z", "+/", "_-", "0", "=", "==", " ", "\t", "\n", "\r", "\x0b", "\x0c",
                     "\x1c", "\x1d", "\x1f", "é", "\x85", "\u00a0", ".", ":", "%"]),
    max_size=30,
).map("".join)  # fmt: skip
"""Runs of base64 characters (of 20 exactly, too) beside every separator ``str.split`` knows, and beside others."""


@settings(max_examples=500, deadline=None)
@given(st.one_of(_CLASSY, _B64_PIECES))
@example("A" * 10 + "b" * 9 + "z\x1c" + "A" * 20 + "==\x1fz")
def test_base64_tokens_are_the_long_tokens_that_can_match(text: str) -> None:
    """``_b64_tokens`` gives every whitespace token ``_B64`` can match in, at its own place, as the split did."""
    split = list(encoded._tokens_with_spans(text, [t for t in text.split() if len(t) >= encoded._B64_RUN]))
    found = list(encoded._b64_tokens(text, MessageFacts(text)))
    if text.isascii():  # only the tokens with a run of base64 characters, which the others cannot match
        split = [(s, t) for s, t in split if b"b" * 20 in t.encode().translate(B64_TABLE)]
    assert found == split
    assert [m.span() for _, t in found for m in encoded._B64.finditer(t)] == [
        m.span() for t in text.split() for m in encoded._B64.finditer(t)
    ]


@settings(max_examples=400, deadline=None)
@given(_CLASSY)
def test_pre_counts_read_from_a_rare_byte_are_never_below_the_counts(text: str) -> None:
    raw = text.encode()
    leet = raw.translate(encoded._LEET_CLASSES)
    assert len(encoded._LEET_INSIDE.findall(leet)) >= leet.count(b"g1g")
    case = raw.translate(encoded._CASE_TABLE)
    assert len(encoded._HUMP_CLASSES.findall(case)) == case.count(b"aA")
    assert (_decoders._HEX_CODE.search(raw) is not None) == (b"0x" in raw or b"0X" in raw)


_PCT_PIECES = st.lists(
    st.sampled_from(["%41", "%aF", "%e9", "%A0", "%2f", "%4", "%", "%%", "%zz", "a", "x", " ", "\n", "é"]), max_size=20
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_CLASSY, _PCT_PIECES))
@example("%41%aF%A0 %4%")
def test_a_percent_escaped_token_has_three_escapes_in_the_text(text: str) -> None:
    """``decode_candidates`` looks for ``_PCT`` only in a text with three ``_PCT_ESCAPE``: every match holds three."""
    if any(encoded._PCT.search(t) for t in text.split()):
        assert len(encoded._PCT_ESCAPE.findall(text)) >= 3


_DIGIT_CLASSES = st.lists(
    st.tuples(st.integers(1, 4), st.sampled_from(["", " ", "  ", "   ", "x", " x"])), max_size=24
).map(lambda pieces: "".join("d" * k + sep for k, sep in pieces).encode())
"""Runs of ``_decoders._DIGIT_TABLE``'s classes: numbers (``d``) with separators (`` ``) and other bytes (``x``)."""


@settings(max_examples=400, deadline=None)
@given(_DIGIT_CLASSES)
@example(b"dd dd  ddd dd dd dd dd dd")
def test_a_decimal_run_has_seven_digit_gaps(digits: bytes) -> None:
    """``_codes`` searches for ``_DECIMAL_GATE`` only where ``_DIGIT_GAPS`` finds seven: every match holds seven."""
    if _decoders._DECIMAL_GATE.search(digits) is not None:
        assert len(_decoders._DIGIT_GAPS.findall(digits)) >= 7


_HYPHENATED = st.lists(
    st.one_of(
        st.tuples(
            st.sampled_from(["ignore", "previous", "instructions", "system", "password", "Reveal", "follow"]),
            st.integers(1, 5),
        ).map(lambda w: w[0][: w[1]] + "-" + w[0][w[1] :]),
        st.sampled_from([" ", " ", "-", "a-b", "x-", "-y", "é", "\n", ".", "all", "in-struc-tions", "1"]),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_HYPHENATED)
@example("ig-nore p-revious")
def test_inword_hyphens_are_found_where_two_hyphenated_words_are_rule_words(text: str) -> None:
    """``_inword_hyphens``, read from the first hyphen of each run, against every run of letters and hyphens read
    whole."""
    raw = text.encode()
    hyphenated = [w for w in re.findall(rb"[A-Za-z-]+", raw) if re.search(rb"[A-Za-z]-[A-Za-z]", w)]
    runs = {w.replace(b"-", b"").lower() for w in hyphenated}
    hyphens = [m.start() for m in re.finditer(r"(?<=[A-Za-z])-(?=[A-Za-z])", text)]
    expected = hyphens if len(runs & encoded._RULE_VOCABULARY_BYTES) >= encoded.HYPHENATED_WORDS_MIN else []
    assert encoded._inword_hyphens(text, raw, raw.translate(encoded._HYPHENS)) == expected


_DB_PIECES = st.lists(
    st.sampled_from([*secrets._DB_SCHEMES, "://", "u:secret1@h", ":", "@", "/", " ", "s", "x", "é", "_", "+srv"]),
    max_size=30,
).map("".join)
_DB_URLS = st.lists(
    st.tuples(
        st.sampled_from(["", "", " ", "/", "x", "s", "é", "_", "+", "://"]),
        st.sampled_from([*secrets._DB_SCHEMES, "sql", "srv"]),
        st.sampled_from(["://", "://", ":/", ":"]),
        st.sampled_from(["u:secret1@h", "u:pw@", ":@h", "a:bcd@h/x", "u:secret1@"]),
    ).map("".join),
    max_size=6,
).map("".join)
"""Connection strings in a row: overlapping (a host running into the next scheme), adjacent, after a word character."""


@settings(max_examples=500, deadline=None)
@given(st.one_of(_DB_PIECES, _DB_URLS))
@example("mongodb+srv://u:secret1@redis://u:secret1@h sftp://u:pw@h")
def test_connection_strings_are_found_as_finditer_finds_them(text: str) -> None:
    rule = next(r for r in secrets._RULES if r.name == "connection_string")
    assert [m.span(1) + m.span() for m in secrets._connection_strings(text, rule.pattern)] == [
        m.span(1) + m.span() for m in rule.pattern.finditer(text)
    ]


# -- shingles: the ASCII fast path hashes the same words ----------------------------------------


def _reference_shingles(text: str) -> set[int]:
    tokens = normalized_words(text)[: _shingles.MAX_WORDS]
    wh = [zlib.crc32(t.encode(), 0x5EED) for t in tokens]
    if not wh:
        return set()
    if len(wh) < 3:
        acc = 0x5EED
        for h in wh:
            acc = _shingles.mix64(acc * 0x100000001B3 + h & _shingles.MASK64)
        return {acc}
    m1, m2, m3 = _shingles._M1, _shingles._M2, _shingles._M3
    return {(a * m1 + b * m2 + c * m3) & _shingles.MASK64 for a, b, c in zip(wh, wh[1:], wh[2:], strict=False)}


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=120), st.text(max_size=60)))
def test_shingle_hashes_match_the_reference(text: str) -> None:
    assert _shingles._shingle_hashes(text, 0x5EED, 3) == _reference_shingles(text)
    # the values immune memory reads (lanes joined from the cached per-word bytes), and their cache
    assert set(_shingles.shingle_values(text)) == _reference_shingles(text)
    assert set(_shingles.shingle_values(text)) == _reference_shingles(text)
    assert _shingles.shingle_hashes(text) == _reference_shingles(text)


def test_prefilter_module_names_its_test() -> None:
    assert "test_prefilter.py" in (_prefilter.__doc__ or "")
