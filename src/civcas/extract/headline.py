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
    if _GATE_WORDS.isdisjoint(_words(title)):
        return []  # no casualty word: nothing to read (the sentence gate of the text)
    numbered = {f.outcome for f in body if f.low is not None or f.high is not None}
    words = _words(title)
    if {"killed", "injured"} <= numbered and _other_outcome_words().isdisjoint(words):
        return []  # the body numbers both; the title names no missing or detained people
    heading = replace(doc, id=f"{doc.id}#title", text=title, title=None)  # same url, dateline...
    context = body[0].context if body else None  # the document's linking keys, read from its text
    out = []
    for f in read(heading, published):
        if f.outcome in numbered or (f.low is None and f.high is None):
            continue
        out.append(replace(f, doc=doc.id, context=f.context if context is None else context,
                           evidence=Span(text=f.evidence.text, start=f.evidence.start,
                                         end=f.evidence.end, part="title")))
    return out


@lru_cache(maxsize=1)
def _other_outcome_words() -> frozenset[str]:
    """The casualty words of the outcomes besides killed and injured ("missing", "abducted")."""
    outcomes = load_toml("extract", "lexicon.toml")["outcomes"]
    out: set[str] = set()
    for name, table in outcomes.items():
        if name in ("killed", "injured", "shot", "condition") or not isinstance(table, dict):
            continue
        for key in ("both", "after", "before", "head"):
            out.update(w for phrase in table.get(key, []) for w in _words(phrase))
    return frozenset(out & _GATE_WORDS)
