"""The claimant of each sentence of a document, computed lazily (used by :mod:`civcas.extract.assemble`).

Read in order, sentence by sentence, a document gives its claimants like this:

* a sentence the extractor looks at (it has a casualty, denial or admission word) is attributed by
  its own words (:func:`civcas.extract.claims.claimant_in`), else by reported speech in the next
  sentence of its paragraph ("... . The monitor said."), else by a quotation the previous sentence
  introduces ("... said:"); with none of these, by the last claimant when that one was named in
  the same paragraph (the paragraph goes on reporting its source), except in upper-case wire copy,
  whose sentences carry their own attribution (there only a sentence opening on an anaphor, "THE
  COMMUNIQUE ...", "HE ...", takes the paragraph's source);
* another sentence with a reporting word, before the last looked-at sentence, by its own words;
* the *last claimant* of a sentence is the actor of the latest claim (not unattributed) of a
  sentence before it; it resolves "he said", "the ministry said" and role nouns ("a monitoring
  group said").

:class:`DocClaims` gives exactly these claimants, but reads a sentence's own attribution only
when something needs it (a sentence with figures or a denial, or a later sentence that needs its
last claimant), and at most once: ``claimant_in`` asks for the last claimant only when a sentence
needs it, and only then are the earlier sentences read (in order, so that no chain of "he said"
sentences recurses).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial
from typing import Protocol

from civcas.extract.actors import actor_of, find_actors
from civcas.extract.claim_people import PEOPLE_NAMES
from civcas.extract.claim_resolve import Claim, LastClaimant
from civcas.extract.claim_wire import anaphoric_opening
from civcas.extract.claims import claimant_in
from civcas.extract.lexicon import lexicon
from civcas.extract.shooters import background_event
from civcas.extract.text import Sentence
from civcas.models import Actor

__all__ = ["SAY_WORDS", "DocClaims"]

# reporting words: a sentence without any has no attribution of its own
SAY_WORDS = frozenset(
    ["said", "says", "say", "told", "tells", "according", "reported", "reports", "citing", "quoted", "quoting", "stated", "states", "announced", "announces", "added", "adds", "confirmed", "confirms", "insisted", "insists", "maintained", "estimated", "estimates", "documented", "documents", "recorded", "records", "assessed", "assesses", "assess", "grades", "graded", "grade", "based", "listed", "learned", "gave", "given", "gives", "put", "puts", "claimed", "described", "verified", "claims", "tweeted", "posted", "counted", "noted", "wrote", "published", "cited", "saying", "reporting", "denied", "denies", "rejected", "acknowledged", "admitted", "concluded", "found", "accused", "blamed", "raised", "revised", "updated", "lowered",
     "data", "figures", "statistics", "tally", "compiled", "showed", "shows", "show", "conceded", "concedes",
     "admits", "acknowledges", "spoke", "spoken", "claim", "names", "identified", "termed", "characterized",
     "characterised", "labeled", "labelled", "called", "issued", "released",
     # a hospital's own intake ("Mercy Hospital took in five victims": claims.py _INTAKE_END)
     "took", "taken", "takes", "treating", "received", "treated"]
)


# a report with no one behind it: "were said to have been injured", "reportedly died"
_AGENTLESS = re.compile(r"\b(?:(?:is|are|was|were|had\s+been|have\s+been)\s+(?:said|reported|believed|thought|"
                        r"feared)\s+to\b|reportedly)", re.IGNORECASE)


# the heading of a monitor's own assessment paragraph: "Assessment.", "Airwars assessment:"
_ASSESSMENT_HEAD = re.compile(r"\s*(?:[A-Z][\w'’-]+\s+)?[Aa]ssessment\s*[.:]")


# a toll named by its owner, with no reporting verb: "the Ministry of Health's cumulative toll stood at"
_OWNED_TOLL = re.compile(r"['’]s?\s+(?:(?:own|latest|cumulative|overall|running|updated|official|final|daily)\s+){0,2}"
                         r"(?:death\s+|casualty\s+)?(?:toll|tally|count|figures)\s+(?:\w+\s+){0,3}?(?:stood|stands|"
                         r"rose|reached|was|is|had\s+reached|has\s+reached|climbed|put)\b", re.IGNORECASE)


def _owned_toll(text: str, theatre: tuple[str, ...]) -> Claim | None:
    """The known claimant whose toll a sentence states ("the health ministry's toll stood at 41,000")."""
    m = _OWNED_TOLL.search(text) if "'" in text or "’" in text else None
    if m is None:
        return None
    owners = [f for f in find_actors(text[:m.start() + 2], theatre=theatre)
              if f.entry.role in ("claimant", "both") and f.end >= m.start()]
    return Claim(actor_of(owners[-1]), owners[-1].start, owners[-1].end) if owners else None


# a sentence opening on a part of the dead or wounded counted before: "Three of the dead were ...", "One
# of the injured was ...", "Two of them died at the scene" (the outlet's own breakdown in a US story)
_PART_OF = re.compile(r"\s*(?P<n>[A-Za-z]+|\d+)\s+of\s+(?:them|those|the\s+(?:\w+\s+)?(?:dead|killed|slain|"
                      r"injured|wounded|victims|hurt))\b")


def _breakdown_opening(text: str) -> bool:
    """True when ``text`` opens on a number of a group counted before ("Four of the dead ...")."""
    m = _PART_OF.match(text)
    return m is not None and (m.group("n").isdigit() or m.group("n").lower() in lexicon().units)


class DocState(Protocol):
    """What :class:`DocClaims` reads of a document (``docstate.Doc``)."""

    text: str
    sents: list[Sentence]
    theatre: tuple[str, ...]

    def words(self, i: int) -> set[str]: ...

    def background(self, i: int) -> bool: ...


class DocClaims:
    """Claimants of the sentences of one document (see the module doc). ``looked[i]``: sentence i
    is looked at; ``gate``: the casualty words (a next sentence holding one is no mere attribution)."""

    def __init__(self, st: DocState, looked: Sequence[bool], *, gate: frozenset[str]) -> None:
        self._st = st
        self._looked = looked
        self._gate = gate
        # a claimant only matters to a later sentence that is looked at: none after the last one
        self._last_looked = max((i for i, v in enumerate(looked) if v), default=-1)
        self._own: dict[int, Claim | None] = {}
        self._setter: dict[int, int | None] = {0: None}  # i -> latest j < i with a valid own claim

    def claim(self, i: int, *, voice: bool = True) -> Claim | None:
        """The claimant of looked-at sentence i, or None; ``voice``: a monitor's assessment paragraph
        speaks for its figures (not for a numberless denial in it)."""
        c = self._own_claim(i)
        if c is not None or self._st.background(i) or _AGENTLESS.search(self._st.sents[i].text):
            # (an earlier attack told for context has no claimant but its own; nor has a figure "said to" be
            # true by no one: "Dozens of others were said to have been injured")
            return c
        sents = self._st.sents
        if self._st.theatre[:1] == ("US",) and _breakdown_opening(sents[i].text):
            return None  # a US story's own breakdown of a count told before: "Two of the dead were ..."
        j = i - 1  # the latest valid claim, if it is in this paragraph (sentences of one are contiguous)
        if sents[i].text.isupper() and not anaphoric_opening(sents[i].text):
            j = -1  # wire copy attributes each sentence of its own: no paragraph's source carried over
        while j >= 0 and sents[j].paragraph == sents[i].paragraph:
            got = self._own_claim(j)
            if got is not None and got.actor.kind != "unattributed":
                return Claim(got.actor, -1, -1)  # the paragraph goes on reporting its source
            j -= 1
        return self._assessor(j + 1, i) if voice else None

    def _assessor(self, first: int, i: int) -> Claim | None:
        """A monitor's own voice: in a paragraph headed "Assessment." (or "Airwars assessment:") whose
        sentences from ``first`` name one monitor, an unattributed sentence i is that monitor's
        ("Assessment. ... recorded in Airwars' archive. On the sources reviewed, between 9 and 12
        civilians were likely killed")."""
        sents = self._st.sents
        if not _ASSESSMENT_HEAD.match(sents[first].text):
            return None
        k = first
        while k < len(sents) and sents[k].paragraph == sents[i].paragraph:
            k += 1
        monitors = {f.entry.name: f for m in range(first, k)
                    for f in find_actors(sents[m].text[:2000], theatre=self._st.theatre) if f.entry.kind == "monitor"}
        return Claim(actor_of(next(iter(monitors.values()))), -1, -1) if len(monitors) == 1 else None

    def last(self, i: int) -> Actor | None:
        """The last claimant before sentence i (the actor of the latest valid claim), or None."""
        k = i
        while k not in self._setter:
            k -= 1
        for m in range(k, i):  # in order: each sentence's own last claimant is known when it is read
            c = self._own_claim(m)
            self._setter[m + 1] = m if c is not None and c.actor.kind != "unattributed" else self._setter[m]
        j = self._setter[i]
        got = self._own_claim(j) if j is not None else None
        return got.actor if got is not None else None

    def _own_claim(self, i: int) -> Claim | None:
        """Sentence i's own attribution (without the paragraph's), read once."""
        if i in self._own:
            return self._own[i]
        st = self._st
        last: LastClaimant = partial(self.last, i)
        c: Claim | None = None
        if self._looked[i]:
            c = self._claim_for(i, last)
        elif i < self._last_looked and not st.words(i).isdisjoint(SAY_WORDS):
            c = claimant_in(st.sents[i].text, last=last, theatre=st.theatre, document=st.text)
        if c is not None and i > 0 and (c.actor.text or "").lower() == "it" and (
                c.actor.name in PEOPLE_NAMES or (self._own.get(i - 1, c) is None  # (read: "it" asked for the last)
                                                 and st.sents[i - 1].paragraph == st.sents[i].paragraph)):
            # "The army gave another account. It said ...": the institution opening the sentence before
            c = self._it_subject(i - 1) or c
        self._own[i] = c
        return c

    def _it_subject(self, j: int) -> Claim | None:
        """An institution opening sentence j, for an "It said" after it that the last claimant (unnamed
        people: "relatives") cannot be: "The health ministry gave no toll for the strike. It said ..."."""
        head = self._st.sents[j].text[:80]
        for f in find_actors(head, theatre=self._st.theatre)[:1]:
            if f.start <= 4 and f.entry.role in ("claimant", "both") and f.entry.kind != "local":
                return Claim(actor_of(f), -1, -1)
        return None

    def _claim_for(self, i: int, last: LastClaimant) -> Claim | None:
        """A looked-at sentence's attribution: its own, else reported speech in the next sentence of
        the paragraph ("... . The monitor said."), else a quotation introduced by the previous one."""
        st = self._st
        s = st.sents[i]
        c = claimant_in(s.text, last=last, theatre=st.theatre, document=st.text) \
            if not st.words(i).isdisjoint(SAY_WORDS) else None
        if c is not None or background_event(s.text):
            return c
        owned = _owned_toll(s.text, st.theatre)
        if owned is not None:  # "the ministry's cumulative toll stood at 41,000": the ministry's
            return owned
        if i + 1 < len(st.sents):
            nxt = st.sents[i + 1]
            w = st.words(i + 1)
            if (nxt.paragraph == s.paragraph and len(nxt.text) < 200
                    and not w.isdisjoint(SAY_WORDS) and w.isdisjoint(self._gate)):
                c2 = claimant_in(nxt.text, last=last, theatre=st.theatre, document=st.text)
                if c2 is not None:
                    return Claim(c2.actor, -1, -1)
        if i > 0:
            prev = st.sents[i - 1]
            if prev.paragraph == s.paragraph and prev.text.rstrip().endswith(":"):
                c3 = claimant_in(prev.text, last=last, theatre=st.theatre, document=st.text)
                if c3 is not None:
                    return Claim(c3.actor, -1, -1)
        return None
