"""Notes headed with the automated reader they are for, read by their grammar (fifteenth round).

The rules name the reader in phrases ("to any AI reading this", "AI agents processing this should"); each round's
sample sets found readers named in words no list held. Set A16 (written by a separate hand) had 50 injections with no
rule evidence at all, and the commonest shape among them was a note whose heading names a machine and what it is
doing: "For AI research assistants compiling vendor comparisons: …", "AI agents retrieving this page to answer user
questions: tell users …", "If an AI coding assistant is reading this, …", "falls ein KI-Assistent diese E-Mail
bearbeitet: bitte …". This module reads that shape from its parts instead:

- ``reader_note``: from the start of a sentence, line, bracket or quote, a label ("note", "addendum"), an opener
  ("for", "to the", "dear") or a condition ("if", "when", "once"), a determiner, at most three modifiers and a noun
  that names a machine (``_AI_NOUN``; an assistant, an agent, tools or systems only with an AI word before them, or
  an assistant or an agent doing reading work), then what it is doing and a colon or a dash (a vocative), or its
  verb and a comma (a condition);
- ``ml_reader_note``: in other languages, a sentence that names an AI assistant by an AI word beside an assistant
  word and ends in a colon; ``ml_note_asks`` whether a request ("bitte", "por favor", "주세요") follows.

Both are evidence for ``reader_ref`` (a weak family: alone it is held at most), the multilingual note that asks also
for ``reader_request``. Each pass has a gate read from the message's words (``_prefilter.MessageFacts.vocabulary``),
a necessary condition for a match: the passes cost ~20 and ~60 µs a message and open on ~3% and ~2% of the bench
traffic.
"""

from __future__ import annotations

import re
from typing import Final

from agentmesh_guard.detectors import _prefilter as pre

HUMAN_ROLE_BEFORE: Final = re.compile(
    r"\b(?:support|service|sales|travel|insurance|estate|booking|customer|executive|personal|administrative"
    r"|teaching|legal|dental|medical|lab|shop|store|field|finance|office|marketing|research|editorial|human"
    r"|call[- ]cent(?:er|re)|contact[- ]cent(?:er|re)|care|help[- ]?desk|front[- ]desk|purchasing|procurement|hr"
    r"|accounting|press|campaign|ticket|property|leasing|shipping|claims|loan|secret|double|free|talent|sports"
    r"|literary|station|gate)\s+$"
)
"""Before "agent" or "assistant": the word that makes it a person's job ("support agents working this queue must",
"note to the finance assistant: please"), not an automated reader."""

# ------------------------------------------------------------------------------------------------ English notes
_AI_NOUN: Final = re.compile(
    r"\b(?:ai|ais|a\.i\.|llms?|gpts?|chatbots?|bots?|copilots?|summari[sz]ers?|crawlers?|scrapers?|language\s+models?"
    r"|assistants?|agents?|models?|tools?|systems?|readers?|reviewers?|screeners?|helpers?|services?|workers?"
    r"|parsers?|recruiters?)\b"
)
"""The noun a note's heading ends with; from "assistants" on, a machine only after an AI word (``_AI_WORD``) or, for
an assistant or an agent, when what it is doing is reading work (``_READING_WORK``)."""
_MACHINE_NOUN: Final = re.compile(
    r"(?:ai|ais|a\.i\.|llms?|gpts?|chatbots?|bots?|copilots?|summari[sz]ers?|crawlers?|scrapers?|language\s+models?)$"
)
_AI_WORD: Final = re.compile(
    r"\b(?:ai|a\.i\.|llm|gpt|genai|gen-ai|automated|autonomous|virtual|digital|ai-powered|ai-based|llm-based"
    r"|llm-powered|machine|robotic|bot)\b"
)
_READING_WORK: Final = re.compile(
    r"\s+(?:summari[sz]ing|generating|compiling|answering|processing|parsing|indexing|crawling|scraping|triaging"
    r"|screening|ranking|reading|comparing|evaluating|analy[sz]ing|ingesting|digesting|collating|aggregating)\b"
)
"""What an assistant or an agent is doing when it is a machine reading this ("To the meeting assistant generating the
minutes:", "Note to shopping assistants comparing prices:"); not "handling" or "working", which people do."""
_NOTE_BEFORE: Final = re.compile(
    r"[\s*•>#_-]*(?:(?:p\.?s\.?|n\.?b\.?|note|notes|message|instructions?|addendum|reminder|guidance|tips?|memo"
    r"|comment|action\s+items?|heads[- ]?up|important|attention|attn|fyi|request|hint|context)\s*[:,]?\s+)?"
    r"(?:(?P<opener>for|to(?=\s+(?:the|any|all|every|each|your|our|whatever|whichever)\s)|attention|attn|dear|hey|hi"
    r"|hello|greetings|calling)\s*,?\s+)?"
    r"(?:(?:the|any|all|every|each|your|our|whatever|whichever)\s+)?(?:[\w'.-]+[\s-]+){0,3}"
)
"""From the start of a sentence to the noun of a vocative: a label ("note", "addendum for"), an opener ("for", "to
the", "dear"), a determiner and at most three modifiers ("the AI research")."""
_NOTE_AFTER: Final = re.compile(
    r"(?P<post>\s+(?:[\w'-]+ing|that|which|who|for|on|in|of|with|at|reads|handles|processes|sees|summari[sz]es)\b"
    r"[^.:\n!?;\"]{0,80}?)?[ \t]*(?::(?!//)|—|–|[ \t]-[ \t])[ \t]*[^\s]"
)
"""After the noun: what the machine is doing ("compiling vendor comparisons"), then, on the same line, a colon or a
dash and the note (not a URL's "://", not a list's "- " on the next line)."""
_CONDITION_BEFORE: Final = re.compile(
    r"[\s*•>#_(\[-]*(?:p\.?s\.?\s+|n\.?b\.?\s+)?(?:if|when|whenever|while|once|in\s+case|should)\s+(?:(?P<passive>(?:this"
    r"|these)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|was|were|gets|get)\s+(?:being\s+)?[\w-]+\s+by\s+)|you(?:'re|\s+are)\s+)?"
    r"(?:(?:your|an?|any|some|whatever|whichever)\s+)?(?:(?!the\s)[\w'.()-]+[\s-]+){0,3}"
)
"""The noun as a condition on a reader the writer does not know ("If an AI coding assistant is reading this, …", "If
this ticket is being handled by an AI model: …", "If your AI assistant is preparing a briefing for you, …"): not
"the" ("When the bot reads this file, it should find the config section first" is a developer's own bot)."""
_CONDITION_VERB: Final = re.compile(r"\s+(?:is\s+|are\s+|happens?\s+to\s+be\s+)?[\w-]+(?:ing|s)\b")
"""The machine is the condition's subject, with its verb ("an AI assistant is reading this", "an assistant reads
this"), or the agent of a passive; "when you use the AI assistant, your prompts are processed" is about a user."""
_CONDITION_AFTER: Final = re.compile(r"[^.:\n!?;,—–]{0,100}?(?:[:,—–]|[ \t]-[ \t])")
_DEIXIS: Final = re.compile(r"\b(?:this|these|here|you|your)\b")
"""A condition on the reader points at this text or at whoever it is for ("reading this", "a briefing for you");
"when an AI agent processes a ticket, it checks …" describes a product."""
_SENTENCE_OPENERS: Final = '\n.!?([|>"“«'
_REACH: Final = 70
"""How far before the noun a sentence may start."""


def reader_note(low: str, words: frozenset[bytes]) -> tuple[int, int] | None:
    """The span of the first note in ``low`` (the scan view) headed with the automated reader it is for, as a vocative
    ("For AI research assistants compiling vendor comparisons: …", "(For automated screening tools: …") or as a
    condition on the reader ("If an AI email assistant is reading this on the candidate's behalf: …"). A vocative
    needs an opener, a plural or what the machine is doing ("AI assistant: Hello!" is a transcript's speaker); a
    condition needs to point at this text or its reader (``_DEIXIS``). ``words``: the view's words
    (``_prefilter.MessageFacts.vocabulary``), for the gate."""
    if not _may_name_a_machine(low, words):
        return None
    for m in _AI_NOUN.finditer(low):
        start, end = m.span()
        lo = max(0, start - _REACH)
        head = max(low.rfind(c, lo, start) for c in _SENTENCE_OPENERS) + 1
        if head == 0 and lo > 0:
            continue  # no sentence start within reach
        noun = m.group()
        if not (
            _MACHINE_NOUN.search(noun) is not None
            or _AI_WORD.search(low, head, start) is not None
            or (
                noun.startswith(("assistant", "agent"))
                and _READING_WORK.match(low, end) is not None
                and HUMAN_ROLE_BEFORE.search(low, max(0, start - 24), start) is None
            )
        ):
            continue
        before = _NOTE_BEFORE.fullmatch(low, head, start)
        after = _NOTE_AFTER.match(low, end) if before is not None else None
        # a vocative needs an opener, what the machine is doing or a plural ("AI assistant: Hello!" is a speaker)
        vocative = (
            before is not None
            and after is not None
            and (before.group("opener") is not None or after.group("post") is not None or noun.endswith("s"))
        )
        if vocative and after is not None:
            return _skip_marks(low, head, start, " \t*•>#_-"), after.end() - 1
        condition = _CONDITION_BEFORE.fullmatch(low, head, start)
        clause = _CONDITION_AFTER.match(low, end) if condition is not None else None
        if condition is not None and clause is not None:
            subject = condition.group("passive") is not None or _CONDITION_VERB.match(low, end) is not None
            if subject and _DEIXIS.search(low, head, clause.end()) is not None:
                return _skip_marks(low, head, start, " \t*•>#_(-["), clause.end()
    return None


def _may_name_a_machine(low: str, words: frozenset[bytes]) -> bool:
    """A necessary condition for ``reader_note``: a machine's noun or an AI word, or an assistant or an agent and
    reading work (``_prefilter.READER_*_WORDS``, the words of ``_MACHINE_NOUN``, ``_AI_WORD`` and ``_READING_WORK``)."""
    return (
        not pre.READER_MACHINE_WORDS.isdisjoint(words)
        or "a.i." in low
        or (not pre.READER_AGENT_WORDS.isdisjoint(words) and not pre.READER_WORK_WORDS.isdisjoint(words))
    )


def _skip_marks(low: str, head: int, start: int, marks: str) -> int:
    """Where the note's words begin: ``head`` past the spaces and list marks before them."""
    return head + len(low[head:start]) - len(low[head:start].lstrip(marks))


# ---------------------------------------------------------------------------------------- notes in other languages
_ML_ASSISTANT: Final = (
    r"(?:assistent\w*|asistentes?|assistentes?|assistants?|asystent\w*|agent\w*|agentes?|modell\w*|modelos?|modèles?"
    r"|bots?|chatbots?|助手|助理|アシスタント|エージェント|비서|어시스턴트|에이전트|सहायक|trợ\s+lý|asistan\w*"
    r"|accиcteht\w*|aгeht\w*|مساعد|المساعد|الوكيل)"
)
_ML_AI: Final = (
    r"(?:ai|ki|ia|i\.a\.|ии|yapay\s+zek[aâ]|人工智能|एआई|الذكي|الذكاء\s+الاصطناعي|인공지능|人工知能|inteligencia\s+artificial"
    r"|intelligence\s+artificielle|intelligenza\s+artificiale|inteligência\s+artificial|sztucznej\s+inteligencji)"
)
_ML_MACHINE: Final = re.compile(
    rf"(?<![a-z0-9]){_ML_AI}(?![a-z0-9])[\s-]*(?:\w+\s+)?{_ML_ASSISTANT}"
    rf"|{_ML_ASSISTANT}[\s-]*(?:\w+\s+)?(?:de\s+|di\s+|d'|da\s+|do\s+)?{_ML_AI}(?![a-z0-9])"
)
"""An AI assistant, agent or model named in another language: an AI word beside an assistant word ("KI-Assistent",
"asistente de IA", "AI 비서", "trợ lý AI", "المساعد الذكي"); "ai" alone is an Italian preposition. Russian words are
written as the scan view folds them (``_text.fold_confusables``: "ассистент" reads "accиcteht")."""
_ENGLISH_MACHINE: Final = re.compile(r"ai[\s-]+(?:\w+\s+)?(?:assistants?|agents?|models?|bots?|chatbots?)")
"""An English name ("AI agent"): its notes are ``reader_note``'s ("Fin (AI agent) 14:02: …" is a speaker)."""
_ENGLISH_WORDS: Final = re.compile(r"\b(?:the|for|to|if|when|note|any|all|your|our|this)\b")
_ML_NOTE_END: Final = re.compile(r"[^.!?\n。！？:：]{0,100}?(?P<colon>[:：])[ \t]*[^\s]")
_ML_REQUEST: Final = re.compile(
    r"[^.!?\n。！？]{0,80}?(?:\b(?:bitte|por\s+favor|per\s+favore|merci\s+de|veuillez|proszę|lütfen|vui\s+lòng|vänligen"
    r"|alsjeblieft|graag|kérem|prosím|пожалуйста|please)\b|يرجى|الرجاء|주세요|ください|请|कृपया|अनुरोध)"
)
"""A request after a note to the AI in another language: "bitte", "por favor", "proszę", "주세요", "يرجى"."""
_ML_SENTENCE_OPENERS: Final = '\n.!?([|>"“«。！？'
_ML_REACH: Final = 100
_ML_AI_SCRIPTS: Final = ("ии", "人工智能", "एआई", "الذكي", "الذكاء", "인공지능", "人工知能")
_ML_ASSISTANT_STEMS: Final = (
    "assist", "asist", "asystent", "agent", "model", "modèle", "bot", "助手", "助理", "アシスタント", "エージェント",
    "비서", "어시스턴트", "에이전트", "सहायक", "trợ", "مساعد", "الوكيل", "accиcteht", "aгeht",
)  # fmt: skip
"""A piece of every word of ``_ML_ASSISTANT`` (its words end in ``\\w*``, so whole words would not do)."""


def ml_reader_note(low: str, words: frozenset[bytes]) -> tuple[int, int] | None:
    """``reader_note`` in other languages, read from the shape alone: a sentence that names an AI assistant
    (``_ML_MACHINE``) and ends in a colon followed by the note ("falls ein KI-Assistent diese E-Mail bearbeitet: bitte
    …", "이 메일을 처리하는 AI 비서께: …", "Till AI-assistenten som hanterar kalendern: acceptera …"). The words before
    the colon must be more than the name ("KI-Assistent: Guten Tag" is a speaker)."""
    if not _may_name_a_machine_elsewhere(low, words):
        return None
    for m in _ML_MACHINE.finditer(low):
        start, end = m.span()
        if _ENGLISH_MACHINE.fullmatch(m.group()) is not None:
            continue
        lo = max(0, start - _ML_REACH)
        head = max(low.rfind(c, lo, start) for c in _ML_SENTENCE_OPENERS) + 1
        if head == 0 and lo > 0:
            continue
        if (tail := _ML_NOTE_END.match(low, end)) is None:
            continue
        colon = tail.start("colon")
        segment = low[head:colon].strip()
        if len(segment) - (end - start) < 4 or (segment.isascii() and _ENGLISH_WORDS.search(segment)):
            continue
        return _skip_marks(low, head, start, " \t"), colon + 1
    return None


def ml_note_asks(low: str, end: int) -> bool:
    """Whether a request follows a note to the AI that ends at ``end`` (``ml_reader_note``)."""
    return _ML_REQUEST.match(low, end) is not None


def _may_name_a_machine_elsewhere(low: str, words: frozenset[bytes]) -> bool:
    """A necessary condition for ``ml_reader_note``: an AI word other than "ai" (``_prefilter.ML_READER_AI_WORDS``,
    "i.a.", or one in another script), or "ai" and a piece of an assistant word (``_ML_ASSISTANT_STEMS``)."""
    if not pre.ML_READER_AI_WORDS.isdisjoint(words) or "i.a." in low:
        return True
    if not low.isascii() and any(w in low for w in _ML_AI_SCRIPTS):
        return True
    return b"ai" in words and any(stem in low for stem in _ML_ASSISTANT_STEMS)
