"""Document-level passes over the figures of a document (used by :mod:`civcas.extract.assemble`).

* :func:`_headline_duplicates`: a headline-like first line whose figures the body repeats;
* :func:`_civilian_context`: figures in a document about civilians in a war;
* :func:`_denials`: a belligerent's denial or admission, recorded as its own figures.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from civcas.extract.claim_resolve import Claim
from civcas.extract.docstate import (
    _Doc,
)
from civcas.extract.lexicon import Lexicon
from civcas.extract.perpetrators import (
    as_perpetrator,
    perpetrators_in,
)
from civcas.extract.sentence_figures import (
    _event,
    _perpetrator,
)
from civcas.extract.text import literal_view, tokenize
from civcas.models import Figure, Span, stable_id


def _headline_duplicates(st: _Doc, figures: list[Figure]) -> list[Figure]:
    """Drop figures of a headline-like first line that the body repeats (one statement)."""
    if not st.sents:
        return figures
    first = st.sents[0]
    is_headline = (len(st.sents) > 1 and st.sents[1].paragraph != first.paragraph
                   and len(first.text) < 200 and not first.text.rstrip().endswith((".", "!", "?", ":")))
    if not is_headline:
        return figures
    body = {(f.outcome, f.group, f.low, f.high) for f in figures if f.evidence.start >= first.end}
    loose = {(f.outcome, f.low, f.high) for f in figures if f.evidence.start >= first.end}
    return [f for f in figures
            if f.evidence.start >= first.end
            or ((f.outcome, f.group, f.low, f.high) not in body
                and not (f.group == "people" and (f.outcome, f.low, f.high) in loose))]

_GENERIC_WAR = re.compile(r"\b(?:war|conflict|civil war|violence)\b", re.IGNORECASE)
_CIVILIAN = re.compile(r"\bcivilians?\b", re.IGNORECASE)


def _civilian_context(st: _Doc, figures: list[Figure]) -> list[Figure]:
    """"The dead", "deaths", "bodies", "victims" and bare tolls count civilians when the article is
    plainly about civilians (it says "civilian(s)" at least twice and the figure's own words are not
    "people"/"persons"); otherwise they stay ``people``."""
    def bare(f: Figure) -> bool:
        return f.group == "people" and f.subgroup is None and f.scope == "incident" and f.outcome == "killed" \
            and f.id in st.generic and f.id not in st.named

    if not any(map(bare, figures)):
        return figures  # nothing to change: the document is not read
    low = literal_view(st.text[:100_000])  # exact pre-test: each match holds "civilian"
    if (low is not None and low.count("civilian") < 2) \
            or next(islice(_CIVILIAN.finditer(st.text, 0, 100_000), 1, None), None) is None:  # fewer than two
        return figures
    from dataclasses import replace

    return [replace(f, group="civilians") if bare(f) else f for f in figures]


def _denials(st: _Doc, figures: list[Figure], denials: list[tuple[int, Claim, str]],
             lex: Lexicon) -> list[Figure]:
    """Figures with no number for sentences that deny the harm or the attack (stance denied) or
    that admit it (stance asserted, the admitting belligerent as claimant and perpetrator), in
    documents that report casualties: outcome killed, the article's main group."""
    groups = Counter(f.group for f in figures if f.outcome == "killed" and f.group in ("civilians", "people"))
    group = "civilians" if groups["civilians"] >= groups["people"] else "people"
    out: list[Figure] = []
    for i, claim, stance in denials:
        s = st.sents[i]
        group_here = "civilians" if _CIVILIAN.search(s.text) else group
        lows = [t.low for t in tokenize(s.text[:2000])]
        perps = perpetrators_in(s.text, exclude=(claim.start, claim.end) if claim.start >= 0 else None,
                                theatre=st.theatre, words=st.words(i))
        admits = stance == "asserted"
        out.append(Figure(
            id=stable_id("f", st.doc.id, s.start, "killed", group_here, "admission" if admits else "denial"),
            doc=st.doc.id,
            statement=stable_id("s", st.doc.id, s.start), outcome="killed", group=group_here, low=None,
            high=None, qualifier="exact", scope="incident", stance=stance,  # type: ignore[arg-type]
            evidence=Span(s.text, s.start, s.end), source=st.doc.source,
            # a government denies or admits for its forces: "Moscow denies targeting civilians" -> Russian
            # forces (a defence ministry keeps its name: it speaks as the forces' own institution)
            claimant=as_perpetrator(claim.actor) if claim.actor.kind == "government" else claim.actor,
            # an admitting or denying belligerent is the (alleged) author: "the coalition denied
            # carrying out any strikes" answers an accusation against the coalition
            perpetrator=as_perpetrator(claim.actor) if admits or claim.actor.kind == "belligerent"
            else _perpetrator(st, s.text, perps, tally=False),
            place=st.back_place(i),
            date=st.back_date(i), published=st.published, publisher=st.doc.publisher,
            near_group=st.doc.near_group, event=_event(lows, lex), segment=st.segment(i),
        ))
    return out
