"""Small helpers for writing the injection rules (``_injection_rules`` and the per-language modules)."""

from __future__ import annotations

from agentmesh_guard.detectors._text import fold_confusables

__all__ = ["each", "folded", "has_top_level_bar"]


def has_top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has an alternation ``|`` outside any group or character class."""
    depth, i = 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # skip a character class
            i = pattern.index("]", i + 2 if pattern.startswith("[^]", i) or pattern.startswith("[]", i) else i + 1)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def each(words: str, rest: str) -> list[str]:
    """One alternative per word: the word (spaces match any whitespace) followed by ``rest``. A ``rest``
    with alternatives of its own is grouped, so every alternative follows the word."""
    if has_top_level_bar(rest):
        rest = f"(?:{rest})"
    return [w.replace(" ", r"\s+") + rest for w in words.split("|")]


def folded(rules: list[str]) -> list[str]:
    """Rules folded like the view the detector reads (Cyrillic and Greek letters that look Latin become
    Latin: ``_text.fold_confusables``), so a rule written in Greek or Ukrainian matches the view."""
    return [fold_confusables(r) for r in rules]
