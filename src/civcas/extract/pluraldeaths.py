"""Deaths reported in the plural with no number: "the strike left martyrs and wounded", "a number
of deaths", "several injuries and deaths among the displaced".

Monitors record a plural report as "at least two" (Airwars' practice when sources speak of the dead
only in the plural, with no number), the same convention as the bare plurals of
:mod:`civcas.extract.plurals`, which need a person noun ("civilians were killed").  This module
reads the casualty nouns that say deaths themselves (patterns in ``pluraldeaths.toml``).

The same for injured people reported in the plural (``[injured]`` patterns: "martyrs and
wounded", "a number of injuries", "others were wounded"; never one person's "suffered injuries"),
where the document states no injured toll of two or more.

One figure per document and outcome, from the first such sentence: outcome killed, ``low = 2``, no high,
qualifier ``vague``, group ``civilians`` when the sentence or the document says civilians (as for
named lists) or a death toll of the document counts civilians, and ``people`` otherwise.  Only
when the document states no death toll of two or more (incident scope, not denied, combatants
aside): a stated toll is the better figure, and a plural next to it is part of it.  A single stated death ("at least one civilian was killed") stays and the
plural raises the reconciled high to two.  Never counted: a negated report ("caused no deaths and
injuries"), a sentence about fighters (``fighters`` words) or about an earlier event
(``victimlist.toml``'s ``background`` words), and all-capitals wire copy, whose rhetoric ("eternal
glory to the martyrs") cannot be told from a report without letter case.  The claimant is the one
the sentence names ("the local radio reported martyrs and injured"), else none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from civcas.datafiles import load_toml
from civcas.errors import DataError
from civcas.extract.claim_resolve import Claim
from civcas.extract.claims import claimant_in
from civcas.extract.regex_speed import has_match, may_match
from civcas.extract.text import literal_view
from civcas.extract.victimitems import WORD
from civcas.extract.victimlist import DocState
from civcas.models import UNATTRIBUTED, Actor, Figure, Span, stable_id

PLURAL_LOW = 2  # a plural means at least two
_CIVILIAN = re.compile(r"\bcivilians?\b", re.IGNORECASE)
_WINDOW = 4  # words before and after a match searched for a negation
_OUTCOMES = ("killed", "injured")
_HURT = ("injur", "wound", "hurt")  # in every [injured] pattern of pluraldeaths.toml
_ID_KEYS = {"killed": ("killed", "plural-deaths"), "injured": ("injured", "plural-injured")}


class PerpetratorState(DocState, Protocol):
    """The assembler's per-document state, with the document's main belligerent."""

    def main_perpetrator(self) -> Actor | None: ...


@dataclass(frozen=True, slots=True)
class _Rules:
    report: tuple[re.Pattern[str], ...]
    injured: tuple[re.Pattern[str], ...]
    negation: frozenset[str]
    disclaimer: frozenset[str]
    background: re.Pattern[str]
    fighters: frozenset[str]
    with_kin: re.Pattern[str]  # one person killed with relatives of his own ([beside_toll])


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = load_toml("extract", "pluraldeaths.toml")
    words = load_toml("extract", "victimlist.toml")["words"]
    try:
        return _Rules(
            report=tuple(re.compile(p, re.IGNORECASE) for p in raw["report"]["patterns"]),
            injured=tuple(re.compile(p, re.IGNORECASE) for p in raw["injured"]["patterns"]),
            negation=frozenset(raw["report"]["negation"]),
            disclaimer=frozenset(raw["report"].get("disclaimer", ())),
            background=re.compile("|".join(re.escape(w) for w in words["background"]), re.IGNORECASE),
            fighters=frozenset(raw["report"]["fighters"]),
            with_kin=re.compile(raw["beside_toll"]["with_kin"], re.IGNORECASE),
        )
    except (KeyError, TypeError, re.error) as exc:
        raise DataError(f"invalid plural-deaths table: {exc!r}",
                        hint="check src/civcas/data/extract/pluraldeaths.toml") from exc


def _negated(text: str, start: int, end: int, negation: frozenset[str],
             disclaimer: frozenset[str] = frozenset()) -> bool:
    """A negation among the words before the match or after it; after it, not one that only
    disclaims a number ("... were wounded but no figure was given")."""
    before = WORD.findall(text[max(0, start - 60):start])[-_WINDOW:]
    if any(w.lower() in negation for w in before):
        return True
    after = [w.lower() for w in WORD.findall(text[end:end + 80])]
    for k, w in enumerate(after[:_WINDOW]):
        if w in negation and disclaimer.isdisjoint(after[k + 1:k + 5]):
            return True
    return False


def plural_report(text: str, *, outcome: str = "killed") -> re.Match[str] | None:
    """The first plural report of deaths (``outcome`` "injured": of injured people) in a sentence
    ``text`` (not negated, not about fighters or an earlier event), or None."""
    r = _rules()
    for rx in r.report if outcome == "killed" else r.injured:
        for m in rx.finditer(text):
            if not _negated(text, m.start(), m.end(), r.negation, r.disclaimer):
                if r.background.search(text) or any(w.lower() in r.fighters for w in WORD.findall(text)):
                    return None
                return m
    return None


def _largest_toll(figures: list[Figure], outcome: str) -> int:
    return max((max(f.low or 0, f.high or 0) for f in figures
                if f.outcome == outcome and f.scope == "incident" and f.stance != "denied"
                and f.group != "combatants"), default=0)


def plural_death_figures(st: PerpetratorState, figures: list[Figure], *,
                         claim_of: Callable[[int], Claim | None] | None = None) -> list[Figure]:
    """``figures`` plus one "at least two killed" figure when the document reports deaths in the
    plural with no number and states no death toll of two or more (see the module doc), and
    likewise one "at least two injured" for injured people reported in the plural ("martyrs and
    wounded", "a number of injuries", "others were wounded") where it states no injured toll.
    ``claim_of(i)`` gives sentence i's claimant (the assembler passes its document reader);
    without it the sentence is read on its own."""
    if st.capitals:
        return figures
    low = literal_view(st.text)  # exact literal pre-tests (regex_speed.may_match), sentence i is low[start:end]
    for outcome in _OUTCOMES:
        figures = _plural_figures(st, figures, outcome, claim_of, low)
    return figures


def _plural_figures(st: PerpetratorState, figures: list[Figure], outcome: str,
                    claim_of: Callable[[int], Claim | None] | None, low: str | None) -> list[Figure]:
    if _largest_toll(figures, outcome) >= PLURAL_LOW:
        return figures
    report = _rules().report if outcome == "killed" else _rules().injured
    hurt = outcome == "injured"  # every injured pattern holds one of _HURT: a sentence test, no document scan
    if (not any(w in (low if low is not None else st.text.lower()) for w in _HURT) if hurt
            else not any(has_match(rx, st.text, low) for rx in report)):
        return figures
    for i, s in enumerate(st.sents):
        if hurt:
            if not any(w in (low[s.start:s.end] if low is not None else s.text.lower()) for w in _HURT):
                continue
        elif low is not None and not any(may_match(rx, s.text, low[s.start:s.end]) for rx in report):
            continue
        m = plural_report(s.text, outcome=outcome)
        if m is None or any(f.outcome == outcome and s.start <= f.evidence.start < s.end
                            and max(f.low or 0, f.high or 0) >= PLURAL_LOW for f in figures):
            continue  # none, or the sentence's own reading has it (a tally: "many others were wounded this year")
        before = [f for f in figures if f.evidence.start <= s.start + len(s.text)]
        model = before[-1] if before else (figures[0] if figures else None)
        claim = claim_of(i) if claim_of is not None else claimant_in(s.text, document=st.text)
        civilian = bool(_CIVILIAN.search(s.text)) or len(_CIVILIAN.findall(st.text[:100_000])) >= 2 or any(
            f.outcome in ("killed", outcome) and f.group == "civilians" for f in figures)
        fig = Figure(
            id=stable_id("f", st.doc.id, s.start, *_ID_KEYS[outcome]), doc=st.doc.id,
            statement=stable_id("s", st.doc.id, s.start), outcome=outcome,
            group="civilians" if civilian else "people", low=PLURAL_LOW, high=None, qualifier="vague",
            scope="incident", stance="asserted", evidence=Span(s.text, s.start, s.end),
            source=st.doc.source, number_text=m.group(),
            claimant=claim.actor if claim is not None else UNATTRIBUTED,
            perpetrator=model.perpetrator if model is not None else st.main_perpetrator(),
            place=(model.place if model is not None else None) or st.back_place(i),
            date=(model.date if model is not None else None) or st.back_date(i),
            published=st.published, publisher=st.doc.publisher, near_group=st.doc.near_group,
            details=model.details if model is not None else (), event=model.event if model else None)
        return sorted([*figures, fig], key=lambda f: f.evidence.start)
    return figures


def plurals_beside_tolls(figures: list[Figure]) -> list[Figure]:
    """Without the bare plurals of the dead ("at least two": "her daughters were killed", "the strike
    killed his sons", "a number of civilians were killed") in an event whose story states a death
    toll of two or more in figures: the toll counts them, and the plural adds no claim of its own
    (as for the plural reports above). Likewise one person told as killed with relatives of his own
    ("An elderly man, X, was killed alongside his mother and three grandsons"): one family among the
    dead the toll counts, not a toll of one. Tallies and injured people stay."""
    tolls: dict[int | None, set[int]] = {}  # event -> the sentences stating a toll of two or more
    for f in figures:
        if f.outcome == "killed" and f.scope == "incident" and f.stance != "denied" and f.group != "combatants" \
                and f.qualifier != "vague" and max(f.low or 0, f.high or 0) >= PLURAL_LOW:
            tolls.setdefault(f.segment, set()).add(f.evidence.start)
    if not tolls:
        return figures
    with_kin = _rules().with_kin
    return [f for f in figures if not (
        f.outcome == "killed" and f.scope == "incident" and f.segment in tolls and (
            (f.qualifier == "vague" and f.low == PLURAL_LOW and f.high is None)
            or (f.low == 1 and f.high == 1 and f.group != "combatants"  # (a toll told apart from the family)
                and tolls[f.segment] - {f.evidence.start} and with_kin.search(f.evidence.text[:2000]) is not None)))]
