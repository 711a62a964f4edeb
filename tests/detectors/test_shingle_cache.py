"""The per-word cache behind shingle hashing stays bounded and keeps serving the words in use."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentmesh_guard.detectors import _shingles


def test_a_full_word_cache_starts_over_instead_of_refusing_new_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """One-off tokens that fill the cache must not keep later words out of it for good; the hashes
    are the same whether a word's hash comes from the cache or not."""
    monkeypatch.setattr(_shingles, "_WORD_CACHE_MAX", 100)
    cache = _shingles._ByteWordLanes()
    for i in range(100):  # request ids and figures, each seen once
        cache[b"%016x" % i]
    assert len(cache) == 100
    h = cache[b"invoice"]  # a word the traffic uses from now on
    assert b"invoice" in cache and len(cache) <= 100
    assert h == _shingles._ByteWordLanes()[b"invoice"]
    text = "the invoice for northwind is due on friday " * 3
    fresh = set(_shingles._lane_values(*_shingles._lanes(text)))
    monkeypatch.setattr(_shingles, "_byte_lanes", cache)
    assert set(_shingles._lane_values(*_shingles._lanes(text))) == fresh
    words = _shingles._WordHashes()
    for i in range(101):
        words[f"tok{i}é"]
    assert len(words) <= 100 and "tok100é" in words


def _lane_shingles(hashes: list[int]) -> set[int]:
    return set(_shingles._lane_values(_shingles._lanes_of(hashes), len(hashes)))


def _per_shingle(hashes: list[int]) -> set[int]:
    m1, m2, m3 = _shingles._M1, _shingles._M2, _shingles._M3
    triples = zip(hashes, hashes[1:], hashes[2:], strict=False)
    return {(a * m1 + b * m2 + c * m3) & _shingles.MASK64 for a, b, c in triples}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.integers(0, 2**32 - 1), st.sampled_from([0, 1, 2**31, 2**32 - 1])), min_size=3, max_size=300)
)
def test_all_shingles_at_once_are_each_shingle_computed_alone(hashes: list[int]) -> None:
    """The lanes of one long multiplication never carry into each other, whatever the word hashes
    (the largest, 2**32 - 1 everywhere, included)."""
    assert _lane_shingles(hashes) == _per_shingle(hashes)


def test_the_largest_word_hashes_do_not_carry_between_lanes() -> None:
    top = [2**32 - 1] * 50
    assert _lane_shingles(top) == _per_shingle(top)
    assert _lane_shingles([2**32 - 1, 0, 2**32 - 1, 0, 7]) == _per_shingle([2**32 - 1, 0, 2**32 - 1, 0, 7])
