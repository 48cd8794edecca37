"""Document-level passes over the figures of a document (used by :mod:`civcas.extract.assemble`).

* :func:`headline_duplicates`: a headline-like first line whose figures the body repeats;
* :func:`civilian_context`: figures in a document about civilians in a war;
* :func:`denial_figures`: a belligerent's denial or admission, recorded as its own figures.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from civcas.extract.claim_resolve import Claim
from civcas.extract.docstate import (
    DEATH,
    INJURY,
    Doc,
)
from civcas.extract.figure_details import event_kind
from civcas.extract.lexicon import Lexicon
from civcas.extract.perpetrators import (
    as_perpetrator,
    perpetrators_in,
)
from civcas.extract.sentence_figures import figure_perpetrator
from civcas.extract.text import literal_view, tokenize
from civcas.models import Figure, Span, stable_id


def headline_duplicates(st: Doc, figures: list[Figure]) -> list[Figure]:
    """Drop figures of a headline-like first line that the body repeats (one statement)."""
    if not st.sents:
        return figures
    first = st.sents[0]
    is_headline = (len(st.sents) > 1 and st.sents[1].paragraph != first.paragraph
                   and len(first.text) < 200 and not first.text.rstrip().endswith((".", "!", "?", ":")))
    if not is_headline:
        return _title_line_duplicates(st, figures)
    body = {(f.outcome, f.group, f.low, f.high) for f in figures if f.evidence.start >= first.end}
    loose = {(f.outcome, f.low, f.high) for f in figures if f.evidence.start >= first.end}
    return [f for f in figures
            if f.evidence.start >= first.end
            or ((f.outcome, f.group, f.low, f.high) not in body
                and not (f.group == "people" and (f.outcome, f.low, f.high) in loose))]

# a wire title on the line before the body's dateline, read in one sentence with it: "SHINING PATH KILLS
# THREE EXPERTS\n[TEXT] QUITO, 4 FEB 90 (DOMESTIC SERVICE) -- ... KILLED THREE AGRONOMISTS ..."
_TITLE_LINE = re.compile(r"(?![^\n]*(?:--|\[))[^\n.!?:]{5,200}\n(?=\s*(?:\[TEXT\]|[A-Z][A-Z .,()'-]{2,60},\s+\d{1,2}\s+[A-Z]{3}))")


def _title_line_duplicates(st: Doc, figures: list[Figure]) -> list[Figure]:
    """Drop figures counted in a wire title line that the body repeats (the same outcome and number,
    whatever the noun: the title's "EXPERTS" are the body's "AGRONOMISTS")."""
    title = _TITLE_LINE.match(st.text)
    if title is None:
        return figures
    end = title.end()
    def in_title(f: Figure) -> bool:
        span = st.count_spans.get(f.id)
        return span is not None and span[0] < end
    body = {(f.outcome, n) for f in figures if not in_title(f) for n in (f.low, f.high) if n is not None}
    return [f for f in figures if not in_title(f) or not any((f.outcome, n) in body for n in (f.low, f.high))]


_GENERIC_WAR = re.compile(r"\b(?:war|conflict|civil war|violence)\b", re.IGNORECASE)
_CIVILIAN = re.compile(r"\bcivilians?\b", re.IGNORECASE)


def civilian_context(st: Doc, figures: list[Figure]) -> list[Figure]:
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


def _lead_outcome(st: Doc, figures: list[Figure]) -> str:
    """The outcome of the story's lead event: "TWO GUNMEN WOUNDED GENERAL X ... THE FPMR CLAIMED THE
    ATTACK" claims (and a denial denies) a wounding: the story's first six sentences tell injuries (a
    word or a figure) and no death; an abduction ("ARMED MEN KIDNAPPED X ... THE FPMR SAID IT HAS NOTHING
    TO DO WITH THE ABDUCTION") when they tell only people taken (a figure) and no harm; else killed."""
    hurt = held = False
    for s in st.sents[:6]:
        told = {f.outcome for f in figures if f.evidence.start == s.start}
        if "killed" in told or DEATH.search(s.text) is not None:
            return "killed"
        hurt = hurt or "injured" in told or any(
            _NOT_BEFORE.search(s.text, max(0, m.start() - 16), m.start()) is None for m in INJURY.finditer(s.text))
        held = held or "detained" in told or _ABDUCTED.search(s.text) is not None
    return "injured" if hurt else "detained" if held else "killed"


# "a witness was not hurt", "no one was injured": no injury told
_NOT_BEFORE = re.compile(r"\b(?:not|no\s+one|nobody|none|never)\b[^.;,]*$", re.IGNORECASE)
# an abduction told in the lead: "was kidnapped last night by armed men", "the abduction of a banker"
_ABDUCTED = re.compile(r"\b(?:kidnapp(?:ed|ing|ings)|abduct(?:ed|ion|ions)|taken\s+hostage)\b", re.IGNORECASE)


# what a denial of people taken denies: "nothing to do with the kidnappings", "is not holding any
# foreigner", "were never detained"
_HELD = re.compile(r"\b(?:kidnapp\w*|abduct\w*|taken\s+hostage|hostages?|detained|detention|holding|held|arrested)\b",
                   re.IGNORECASE)


# a denial of one's own part in the act (not of the harm): "denied any involvement", "denied that any of
# its agents had taken part", "said its troops had not fired on the crowd"
_OWN_PART = re.compile(r"\b(?:involvement|involved|participat\w*|(?:taken|take|took|taking)\s+part|responsibility|"
                       r"(?:had|have|has|did|do|does)\s+not\s+(?:fire|fired|shoot|shot|attack|attacked|carry|carried|open|"
                       r"opened|strike|struck|bomb|bombed|kill|killed))\b", re.IGNORECASE)


def denial_figures(st: Doc, figures: list[Figure], denials: list[tuple[int, Claim, str]],
             lex: Lexicon) -> list[Figure]:
    """Figures with no number for sentences that deny the harm or the attack (stance denied) or
    that admit it (stance asserted, the admitting belligerent as claimant and perpetrator), in
    documents that report casualties: outcome killed, the article's main group."""
    groups = Counter(f.group for f in figures if f.outcome == "killed" and f.group in ("civilians", "people"))
    group = "civilians" if groups["civilians"] >= groups["people"] else "people"
    lead = _lead_outcome(st, figures)
    out: list[Figure] = []
    own_tolls = {f.claimant.name for f in figures if f.claimant is not None and f.low is not None}
    for i, claim, stance in denials:
        if stance == "claim" and claim.actor.name in own_tolls:
            continue  # "X claimed responsibility ... It claimed to have killed 80": the group's own toll
        stance = "asserted" if stance == "claim" else stance
        s = st.sents[i]
        group_here = "civilians" if _CIVILIAN.search(s.text) else group
        # a denial of an abduction of its own: "said no security force was involved in the kidnappings"
        outcome = "detained" if _HELD.search(s.text) is not None and DEATH.search(s.text) is None else lead
        lows = [t.low for t in tokenize(s.text[:2000])]
        perps = perpetrators_in(s.text, exclude=(claim.start, claim.end) if claim.start >= 0 else None,
                                theatre=st.theatre, words=st.words(i))
        admits = stance == "asserted"
        author = as_perpetrator(claim.actor, theatre=st.theatre)
        out.append(Figure(
            id=stable_id("f", st.doc.id, s.start, outcome, group_here, "admission" if admits else "denial"),
            doc=st.doc.id,
            statement=stable_id("s", st.doc.id, s.start), outcome=outcome, group=group_here, low=None,
            high=None, qualifier="exact", scope="incident", stance=stance,  # type: ignore[arg-type]
            evidence=Span(s.text, s.start, s.end), source=st.doc.source,
            # a government denies or admits for its forces: "Moscow denies targeting civilians" -> Russian
            # forces (a defence ministry keeps its name: it speaks as the forces' own institution)
            claimant=as_perpetrator(claim.actor) if claim.actor.kind == "government" else claim.actor,
            # an admitting or denying belligerent is the (alleged) author: "the coalition denied
            # carrying out any strikes" answers an accusation against the coalition
            # ("Moscow denied any involvement": a government denies for its forces; "the police denied that
            # any agent had taken part": a government body denies its own part, not the harm)
            perpetrator=author if admits or author.kind == "belligerent"
            or (claim.actor.kind == "government" and _OWN_PART.search(s.text) is not None)
            else figure_perpetrator(st, s.text, perps, tally=False),
            place=st.back_place(i),
            date=st.back_date(i), published=st.published, publisher=st.doc.publisher,
            near_group=st.doc.near_group, event=event_kind(lows, lex), segment=st.segment(i),
        ))
    return out
