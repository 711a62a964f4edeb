"""The per-word cache behind shingle hashing stays bounded and keeps serving the words in use."""

from __future__ import annotations

import pytest

from agentmesh_guard.detectors import _shingles


def test_a_full_word_cache_starts_over_instead_of_refusing_new_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """One-off tokens that fill the cache must not keep later words out of it for good; the hashes
    are the same whether a word's terms come from the cache or not."""
    monkeypatch.setattr(_shingles, "_WORD_CACHE_MAX", 100)
    cache = _shingles._ByteWordTerms()
    for i in range(100):  # request ids and figures, each seen once
        cache[b"%016x" % i]
    assert len(cache) == 100
    terms = cache[b"invoice"]  # a word the traffic uses from now on
    assert b"invoice" in cache and len(cache) <= 100
    assert terms == _shingles._ByteWordTerms()[b"invoice"]
    text = "the invoice for northwind is due on friday " * 3
    fresh = _shingles._shingle_hashes(text, _shingles._DEFAULT_SEED, 3)
    monkeypatch.setattr(_shingles, "_byte_terms", cache)
    assert _shingles._shingle_hashes(text, _shingles._DEFAULT_SEED, 3) == fresh
    words = _shingles._WordTerms()
    for i in range(101):
        words[f"tok{i}é"]
    assert len(words) <= 100 and "tok100é" in words
