"""Figures stated only in a document's headline (:attr:`civcas.models.Document.title`).

Local news often puts the toll in the headline and tells the story without repeating it ("4 hurt
in shooting outside Gary club" over a body that only says "several people were shot"). A title
kept apart from the text (HTML ``<title>``/``og:title``, a JSON or CSV ``title`` column, an RSS
item title) is read as a one-sentence document; its figures are kept for an outcome (killed,
injured, ...) the body states no number of. The body is the fuller statement, often updated
later than the headline, so "2 dead" over a body that says "three people were killed" gives only
the body's figure, and a headline that repeats the body is one statement (the issue's rule).
Evidence of such a figure has ``part="title"``: its offsets index the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.docstate import _GATE_WORDS, _words
from civcas.models import Document, Figure, Span

#: A longer "title" is not a headline (a feed that puts the whole text in the title).
MAX_TITLE = 300


def headline_figures(doc: Document, body: list[Figure], *, published: date | None,
                     read: Callable[[Document, date | None], list[Figure]]) -> list[Figure]:
    """Figures of ``doc.title`` for outcomes ``body`` (the figures of ``doc.text``) has no
    number for. ``read`` extracts the figures of a document (``civcas.extract.assemble``)."""
    title = " ".join((doc.title or "").split())
    if not title or len(title) > MAX_TITLE:
        return []
    if title.lower() in " ".join(doc.text[:len(title) + 400].split()).lower():
        return []  # the headline is also the text's first line: already read there
    # (a tally of the body, "the fifth murder-suicide in the state since 2013 that killed two", numbers
    # no outcome of the story's own incident)
    numbered = {f.outcome for f in body if (f.low is not None or f.high is not None) and f.scope == "incident"}
    if _possible_outcomes(_words(title)) <= numbered:
        return []  # no casualty word, or the body numbers every outcome the title's could state
    at, noun = _bare_person(title)
    read_as = title if at is None else f"{title[:at]}A {title[at:]}"  # headlinese drops the article
    heading = replace(doc, id=f"{doc.id}#title", text=read_as, title=None)  # same url, dateline...
    context = body[0].context if body else None  # the document's linking keys, read from its text
    out = []
    tallied = {(f.outcome, v) for f in body if f.scope == "tally" for v in (f.low, f.high) if v is not None}
    for f in read(heading, published):
        if f.outcome in numbered or (f.low is None and f.high is None):
            continue
        if any(o == f.outcome for o, _v in tallied) and (
                (f.outcome, f.low) in tallied or (f.outcome, f.high) in tallied or (f.low or f.high or 0) >= _BIG):
            continue  # the title restates the body's tally ("Coalition raises its count to 484")
        start, end, number_text = f.evidence.start, f.evidence.end, f.number_text
        if at is not None:  # offsets and words of the title as written
            start, end = (k - 2 if k > at else k for k in (start, end))
            if f.number_text == "A":
                number_text = noun
        out.append(replace(f, doc=doc.id, context=f.context if context is None else context,
                           number_text=number_text,
                           evidence=Span(text=title[start:end], start=start, end=end, part="title")))
    return out


_BIG = 100  # a title count this large over a body of tallies is one of them, not the story's incident
_PREFIX = re.compile(r"^[^:]{1,40}:\s+")  # "Police: ", "UPDATE: ", "Sheriff's Office: "
_AGE_NOUN = re.compile(r"^\d{1,3}-(?:year|month|week|day)-old\b", re.IGNORECASE)
_PLACE_WORD = re.compile(r"^[A-Z][a-z]+$")


def _bare_person(title: str) -> tuple[int | None, str]:
    """Where a headline opens on a person with no article ("Teen killed in drive-by", "Police:
    15-year-old shot", "Bronx teen fatally shot"): the offset to put "A " at and the person word;
    (None, "") when it opens otherwise."""
    from civcas.extract.lexicon import lexicon

    m = _PREFIX.match(title)
    at = m.end() if m else 0
    words = title[at:].split(maxsplit=3)
    persons = lexicon().persons
    for k, w in enumerate(words[:3]):
        word = w.rstrip(",;")
        low = word.lower()
        if _AGE_NOUN.match(word):
            return at, word
        hit = persons.match_at([low], 0)
        if hit is not None and hit[0] == 1 and not low.endswith("s"):
            return at, word
        if not _PLACE_WORD.match(word) or low in _NOT_PLACE or k == 2:
            return None, ""  # up to two place words before the person ("Rock Hill teen")
    return None, ""


#: words that open a headline and are no place before a person ("A", "Two", "Police")
_NOT_PLACE = frozenset({"a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight",
                        "nine", "ten", "police", "cops", "sheriff", "deputies", "officials", "update",
                        "breaking", "another", "second", "third", "former", "suspect", "accused"})


#: casualty words that may state an injury as well as a death ("casualties", "victims", "toll")
_EITHER = frozenset({"casualties", "casualty", "victims", "victim", "toll", "tolls", "harmed", "maimed"})


@lru_cache(maxsize=1)
def _outcome_words() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The sentence-gate words of each outcome's trigger phrases (lexicon ``[outcomes.*]``, with
    the hit and condition tables counted as injured), and those of every outcome but killed."""
    raw = load_toml("extract", "lexicon.toml")["outcomes"]
    out: dict[str, set[str]] = {}
    for name, table in raw.items():
        if not isinstance(table, dict):
            continue
        key = "injured" if name in ("shot", "condition") else name
        for part in ("both", "after", "before", "head"):
            out.setdefault(key, set()).update(w for phrase in table.get(part, []) for w in _words(phrase))
    table = {k: frozenset(v & _GATE_WORDS) for k, v in out.items()}
    return table, frozenset().union(*(ws for name, ws in table.items() if name != "killed"))


def _possible_outcomes(words: set[str]) -> set[str]:
    """The outcomes a title's words could state: killed for any casualty word that is not only an
    injury or another outcome's word, injured for an injury word or an ambiguous one, and every
    other outcome whose words it holds; none without a casualty word (the text's sentence gate).
    Generous on purpose: it only decides what to skip."""
    table, specific = _outcome_words()
    gate = words & _GATE_WORDS
    out = {name for name, ws in table.items() if not ws.isdisjoint(gate)}
    if gate - specific:
        out.add("killed")
    if not gate.isdisjoint(_EITHER):
        out |= {"killed", "injured"}
    return out
