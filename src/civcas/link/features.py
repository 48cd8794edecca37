"""Summaries of groups of figures ("reports") and the evidence score between two reports.

A *report* is what one document says about one event: the figures of one statement, joined with the
document's other statements about the same place and time. Reports are what cross-document linking
compares. All dates are proleptic ordinals (``date.toordinal()``) so comparisons are integer maths.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from civcas.link.config import LinkConfig, link_config
from civcas.models import Figure, Place

PRECISION_RANK: dict[str | None, int] = {
    "exact": 0, "neighbourhood": 1, "settlement": 2, "near_settlement": 3, "district": 4,
    "governorate": 5, "country": 6, "unknown": 7, None: 7,
}
FINE_RANK = 3  # settlement-level or finer
FINE_DATES = frozenset({"day", "days", "week"})

# date kinds, best first
DATE_FINE, DATE_COARSE, DATE_PUB, DATE_NONE = 0, 1, 2, 3


@lru_cache(maxsize=1 << 16)
def norm(text: str | None) -> str:
    """Lower-case, whitespace-collapsed text ('' for None)."""
    return " ".join(text.lower().split()) if text else ""


def perpetrator_key(name: str) -> str:
    """A perpetrator as compared in linking. A typed one ("guerrillas", "terrorists", "army": the
    extractor's all-lower-case names; canonical actors always carry a capital) is marked with "~"."""
    return ("~" if name == name.lower() else "") + norm(name)


def perpetrators_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two reports' perpetrators (:func:`perpetrator_key`) contradict: no name shared and
    either both name an actor ("FMLN" vs "Shining Path") or both only type one ("guerrillas" vs
    "army"). A type against a name ("guerrillas" vs "FMLN") is compatible: the type describes,
    the name identifies, and reports of one attack often differ so."""
    if a & b:
        return False
    named_a = any(not x.startswith("~") for x in a)
    named_b = any(not x.startswith("~") for x in b)
    return named_a == named_b


@dataclass(frozen=True, slots=True)
class Anchor:
    """The most precise place of a report, reduced to what comparisons need."""

    key: str
    lat: float | None
    lon: float | None
    radius: float
    rank: int
    admin1: str
    country: str


def place_anchor(place: Place | None, cfg: LinkConfig) -> Anchor | None:
    """An :class:`Anchor` for a place, or None when nothing usable is known."""
    if place is None:
        return None
    if cfg is not link_config():
        return _anchor(place, cfg)
    hit = _ANCHORS.get(id(place))
    if hit is not None and hit[0] is place:
        return hit[1]
    if len(_ANCHORS) >= 1 << 17:
        _ANCHORS.clear()
    anchor = _anchor(place, cfg)
    _ANCHORS[id(place)] = (place, anchor)  # holding ``place`` keeps its id from being reused
    return anchor


_ANCHORS: dict[int, tuple[Place, Anchor | None]] = {}


def _anchor(place: Place, cfg: LinkConfig) -> Anchor | None:
    key = place.key or norm(place.name)
    rank = PRECISION_RANK.get(place.precision, 7)
    if not key and place.lat is None and not place.country:
        return None
    radius = place.radius_km
    if radius is None:
        radius = cfg.default_radius_km.get(place.precision or "unknown", 400.0)
    return Anchor(key=key, lat=place.lat, lon=place.lon, radius=float(radius), rank=rank,
                  admin1=norm(place.admin1), country=(place.country or "").upper())


def distance_km(a: Anchor, b: Anchor) -> float:
    """Great-circle distance between two anchors with coordinates (equirectangular approx.)."""
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(x, y)


def figure_dates(f: Figure, cfg: LinkConfig) -> tuple[int, int, int]:
    """(lo, hi, kind) of a figure's incident date; falls back to the publication date."""
    if f.date is not None:
        kind = DATE_FINE if f.date.precision in FINE_DATES else DATE_COARSE
        return f.date.start.toordinal(), f.date.end.toordinal(), kind
    if f.published is not None:
        p = f.published.toordinal()
        return p - cfg.published_before_days, p, DATE_PUB
    return 0, 0, DATE_NONE


@dataclass(slots=True)
class Report:
    """What one document says about one event (a group of its figures)."""

    id: str  # smallest figure id
    doc: str
    source: str  # near-duplicate group (or doc)
    figures: list[str]
    anchor: Anchor | None
    lo: int
    hi: int
    date_kind: int
    perpetrators: frozenset[str]
    details: frozenset[str]
    events: frozenset[str]
    killed: frozenset[tuple[str, int]]  # (group, exact killed count) stated
    texts: tuple[str, ...] = ()  # evidence sentences, read for names only when needed
    context: frozenset[str] = frozenset()  # document-level keys (people, streets)
    _names: frozenset[str] | None = None

    @property
    def names(self) -> frozenset[str]:
        """Capitalised words and ages of the evidence (computed on first use)."""
        if self._names is None:
            if len(self.texts) == 1:
                self._names = evidence_names(self.texts[0])
            else:
                self._names = frozenset().union(*(evidence_names(t) for t in self.texts))
        return self._names


def summarise(figs: Sequence[Figure], cfg: LinkConfig) -> Report:
    """Build the :class:`Report` of a group of figures of one document."""
    if len(figs) == 1:
        return _summarise_one(figs[0], cfg)
    best: Place | None = None
    places: Counter[tuple[int, str]] = Counter()
    for f in figs:
        if f.place is not None:
            r = PRECISION_RANK.get(f.place.precision, 7)
            places[(r, f.place.key or norm(f.place.name))] += 1
    if places:
        (best_rank, best_key), _n = min(places.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
        for f in sorted(figs, key=lambda g: g.id):
            if f.place is not None and (f.place.key or norm(f.place.name)) == best_key and \
                    PRECISION_RANK.get(f.place.precision, 7) == best_rank:
                best = f.place
                break
    dates = [figure_dates(f, cfg) for f in figs]
    kind = min(d[2] for d in dates)
    chosen = [d for d in dates if d[2] == kind]
    lo, hi = min(d[0] for d in chosen), max(d[1] for d in chosen)
    return Report(
        id=min(f.id for f in figs), doc=figs[0].doc, source=figs[0].near_group or figs[0].doc,
        figures=sorted(f.id for f in figs), anchor=place_anchor(best, cfg), lo=lo, hi=hi,
        date_kind=kind,
        perpetrators=frozenset(perpetrator_key(f.perpetrator.name) for f in figs  # unidentified: compatible with any
                               if f.perpetrator is not None and f.perpetrator.name and f.perpetrator.identified),
        details=frozenset(norm(d) for f in figs for d in f.details if d.strip()),
        events=frozenset(norm(f.event) for f in figs if f.event),
        killed=frozenset(k for f in figs if (k := _exact_killed(f)) is not None),
        texts=tuple(sorted({f.evidence.text for f in figs})),
        context=frozenset(k for f in figs for k in f.context),
    )


_AGE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\b", re.IGNORECASE)
_OPENERS = "\"“‘'(["
_ENDERS = ".!?:;\"“”"
_TRAIL = ".,;:!?\"”’')]-"
_DASHES = frozenset({"-", "–", "—"})


@lru_cache(maxsize=1 << 16)
def evidence_names(text: str) -> frozenset[str]:
    """Names (capitalised words not at a sentence start, not common) and ages in a sentence.

    A word counts as sentence-initial at the start, after a word ending in ``.!?:;`` or a quote,
    after a dash, and when it opens a quotation.
    """
    cfg = link_config()
    stop = cfg.stopwords
    shortest = cfg.names_min_length
    out: set[str] = set()
    initial = True
    for w in text.split():
        if w in _DASHES:
            initial = True
            continue
        if w[0].isupper() and not initial:
            word = w.rstrip(_TRAIL)
            if word.endswith(("'s", "’s")):
                word = word[:-2]
            low = word.lower()
            if len(low) >= shortest and low not in stop and not word.isupper():
                out.add(low)
        initial = w[0] in _OPENERS or w[-1] in _ENDERS
    if "old" in text:
        out.update(f"age:{a}" for a in _AGE.findall(text))
    return frozenset(out)


def _exact_killed(f: Figure) -> tuple[str, int] | None:
    """(group, exact killed count) a figure asserts, or None."""
    if f.outcome == "killed" and f.qualifier == "exact" and f.stance != "denied" and \
            f.low is not None and f.low == f.high and f.low > 0:
        return (f.group, f.low)
    return None


def count_evidence(a: frozenset[tuple[str, int]], b: frozenset[tuple[str, int]],
                   cfg: LinkConfig) -> float:
    """+same_count when a group's exact toll agrees; other_count when the groups both sides
    count all differ by more than 2 and more than 20 % (tolls that grow a little are no evidence)."""
    if a & b:
        return cfg.same_count
    far = False
    for ga, na in a:
        for gb, nb in b:
            if ga == gb:
                gap = abs(na - nb)
                if gap <= 2 or gap <= 0.2 * max(na, nb):
                    return 0.0
                far = True
    return cfg.other_count if far else 0.0


_EMPTY: frozenset[str] = frozenset()


def _summarise_one(f: Figure, cfg: LinkConfig) -> Report:
    """Fast path of :func:`summarise` for a single figure."""
    lo, hi, kind = figure_dates(f, cfg)
    k = _exact_killed(f)
    p = f.perpetrator
    return Report(
        id=f.id, doc=f.doc, source=f.near_group or f.doc, figures=[f.id],
        anchor=place_anchor(f.place, cfg), lo=lo, hi=hi, date_kind=kind,
        perpetrators=frozenset((perpetrator_key(p.name),)) if p is not None and p.name and p.identified else _EMPTY,
        details=frozenset(norm(d) for d in f.details if d.strip()) if f.details else _EMPTY,
        events=frozenset((norm(f.event),)) if f.event else _EMPTY,
        killed=frozenset((k,)) if k is not None else frozenset(),
        texts=(f.evidence.text,),
        context=frozenset(f.context) if f.context else _EMPTY,
    )


def place_score(a: Anchor | None, b: Anchor | None, cfg: LinkConfig) -> float | None:
    """Evidence from two places; None when they cannot be the same place."""
    if a is None or b is None:
        return 0.0
    fine = a.rank <= FINE_RANK and b.rank <= FINE_RANK
    if a.country and b.country and a.country != b.country:
        return None
    if a.rank > FINE_RANK and b.rank > FINE_RANK:  # two vague places: no evidence of one event
        if a.rank == 7 and b.rank == 7 and a.key and a.key == b.key:
            return cfg.coarse  # the same unresolved name on both sides ("Big Creek reservoir")
        if a.key == b.key or a.rank == 7 or b.rank == 7 or a.admin1 == b.admin1 or \
                max(a.rank, b.rank) >= 6:
            return cfg.both_coarse
        return None
    if a.key == b.key and a.key:
        return cfg.same_fine if fine else cfg.coarse
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        d = distance_km(a, b)
        if d > max(a.radius, b.radius) + cfg.slack_km:
            return None
        if fine:
            return cfg.same_fine if d <= cfg.slack_km else cfg.near_fine
        return cfg.coarse
    if fine:
        return None
    coarse, other = (a, b) if a.rank > b.rank else (b, a)
    if coarse.rank >= 6 or (coarse.admin1 and coarse.admin1 == other.admin1) or \
            coarse.key in (other.admin1, other.country.lower()):
        return cfg.coarse if coarse.rank < 7 else 0.0
    return None


def date_score(a: Report, b: Report, cfg: LinkConfig) -> float | None:
    """Evidence from two date windows; None when they are too far apart."""
    if a.date_kind == DATE_NONE or b.date_kind == DATE_NONE:
        return 0.0
    gap = max(0, b.lo - a.hi, a.lo - b.hi)
    if a.date_kind == DATE_FINE and b.date_kind == DATE_FINE:
        if gap == 0:
            narrow = a.hi - a.lo <= 1 and b.hi - b.lo <= 1
            return cfg.date_same if narrow else cfg.date_overlap_wide
        return cfg.date_adjacent if gap <= cfg.max_gap_days else None
    if DATE_COARSE in (a.date_kind, b.date_kind):
        return 0.0 if gap == 0 else None
    if a.date_kind == DATE_PUB and b.date_kind == DATE_PUB:
        apart = abs(a.hi - b.hi)
        if apart <= 2:
            return cfg.date_published
        return 0.0 if apart <= cfg.published_max_gap_days else None
    if gap == 0:
        return cfg.date_published
    return 0.0 if gap <= 2 else None


def pair_score(a: Report, b: Report, cfg: LinkConfig) -> float | None:
    """Total evidence that two reports describe the same incident; None if they cannot.

    Places too far apart or dates too distant rule a pair out, unless both documents name the
    same people or streets (:func:`strong_context`): then the place and date are taken as
    neutral, since the geocoder or the date resolution more likely erred than two articles
    naming the same two people report different events.
    """
    ds = date_score(a, b, cfg)
    ps = place_score(a.anchor, b.anchor, cfg)
    if ds is None or ps is None:
        if not strong_context(a, b, cfg):
            return None
        ds = ds or 0.0
        ps = ps or 0.0
    score = ps + ds
    if a.source == b.source:
        score += cfg.near_duplicate
    if a.details and b.details:
        shared = len(a.details & b.details)
        score += cfg.shared_detail * min(shared, 2) if shared else cfg.detail_conflict
    if a.perpetrators and b.perpetrators:
        score += cfg.same_perpetrator if a.perpetrators & b.perpetrators else \
            cfg.other_perpetrator if perpetrators_conflict(a.perpetrators, b.perpetrators) else 0.0
    if a.events and b.events:
        score += cfg.same_event if a.events & b.events else cfg.other_event
    if a.killed and b.killed:
        score += count_evidence(a.killed, b.killed, cfg)
    if a.names and b.names:
        shared = len(a.names & b.names)
        if shared:
            score += cfg.names_weight * min(shared, cfg.names_max_shared)
    if a.context and b.context:
        score += context_evidence(a.context, b.context, cfg)
    return score


def strong_context(a: Report, b: Report, cfg: LinkConfig) -> bool:
    """Whether two reports' documents share enough people and streets to override place and date."""
    return bool(a.context) and bool(b.context) and \
        context_evidence(a.context, b.context, cfg) >= cfg.context_override


def context_evidence(a: frozenset[str], b: frozenset[str], cfg: LinkConfig) -> float:
    """Evidence from the people and streets both documents name (strongest first, capped)."""
    shared = a & b
    if not shared:
        named = any(k.startswith("n:") for k in a) and any(k.startswith("n:") for k in b)
        return cfg.context_conflict if named else 0.0
    weights = sorted((cfg.context_name if k.startswith("n:") else cfg.context_street
                      for k in shared), reverse=True)
    return sum(weights[: cfg.context_max_shared])
