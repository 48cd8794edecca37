"""Counts that are not new casualty figures (``data/extract/statusparts.toml``).

* A part of the wounded told only by its hospital status ("Five people were wounded ... Two of the
  injured officers were still in the hospital", "three of those patients stayed in intensive care", "One was
  treated and released") is the state of people the page has already counted: the injured figure is
  dropped (:func:`status_parts`) when the page tells a larger injured count before it (or in the
  same sentence) and the part's clause tells no harm of its own ("At least 12 of the injured had
  gunshot wounds" stays: a new fact about the part).
* Lives saved are no casualty count ("the deputy saved dozens of lives"): :func:`saved_lives`.
* In a US story, a definite count of the dead equal to one told before, by the same claimant or
  none ("Two men were shot dead ... Ann Lee and her son were the two killed"; "The three deaths raise
  the city's homicides to 41"), is the same people again: :func:`restated_dead`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.docstate import Doc
from civcas.extract.regex_speed import found_in
from civcas.models import Figure

# the count token at a figure's count start, with a leading qualifier ("at least 12", "One")
_COUNT = re.compile(r"(?:(?:at\s+least|more\s+than|about|nearly|some|all)\s+)?[\w,-]+", re.IGNORECASE)
# where the part's clause ends
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while)\s|\s+(?:and|but)\s+(?:the\s+)?others?\b")
# a relative clause: its status tells of the person named before it, not of the part
_RELATIVE = re.compile(r"\b(?:who|whom|which|whose)\b", re.IGNORECASE)
# the part's predicate: a copula after the part (and an appositive), and the word after it
_COPULA = re.compile(r"^\s*(?:,[^,]{1,80},\s*)?(?:is|are|was|were)\s+(\w+)", re.IGNORECASE)
# a clause opening just before the count: sentence start, ";", ", and", "and", "while"
_OPENS = re.compile(r"(?:^|[;:]\s*|,\s*(?:and|but|while)\s+|\s(?:and|but|while)\s+)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = load_toml("extract", "statusparts.toml")

    def words(key: str) -> re.Pattern[str]:
        alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(raw[key], key=len, reverse=True))
        return re.compile(r"\b(?:" + alts + r")\b", re.IGNORECASE)

    return (re.compile(raw["partitive"], re.IGNORECASE), re.compile(raw["bare"], re.IGNORECASE),
            words("status"), words("harm"), re.compile(raw["saved"], re.IGNORECASE))


@lru_cache(maxsize=1)
def _data_words() -> dict[str, frozenset[str]]:
    raw = load_toml("extract", "statusparts.toml")
    return {"after_copula": frozenset(raw["after_copula"])}


def _status_clause(st: Doc, f: Figure) -> bool:
    """The figure's count opens a part of the wounded ("two of them", "One was") whose clause tells a
    hospital status and no harm."""
    span = st.count_spans.get(f.id)
    if span is None:
        return False
    partitive, bare, status, harm, _ = _data()
    i = st.sentence_at(span[0])
    sent = st.sents[i]
    if not sent.start <= span[0] < sent.start + len(sent.text):
        return False
    at = span[0] - sent.start
    m = _COUNT.match(sent.text, at)
    if m is None:
        return False
    rest = sent.text[m.end():]
    part = partitive.match(rest)
    if part is not None:
        rest = rest[part.end():]
    elif bare.match(rest) is None or _OPENS.search(sent.text[:at]) is None:
        return False
    end = _CLAUSE_END.search(rest)
    clause = rest[:end.start()] if end is not None else rest
    cop = _COPULA.match(clause)
    if cop is not None and cop.group(1).lower() not in _data_words()["after_copula"]:
        return False  # "one of the injured is a policeman": who the part is, a breakdown of its own
    rel = _RELATIVE.search(clause)
    clause = clause[:rel.start()] if rel is not None else clause
    return status.search(clause) is not None and harm.search(clause) is None


def status_parts(st: Doc, figures: list[Figure]) -> list[Figure]:
    """Drop the injured figures of hospital-status parts of a larger injured count told before (see
    the module doc)."""
    if not any(f.outcome == "injured" for f in figures):
        return figures
    drop: set[str] = set()
    for f in figures:
        if f.outcome != "injured" or f.scope != "incident" or f.low is None or f.low > 20:
            continue
        before = f.evidence.start
        total = any(k.outcome == "injured" and k.id != f.id and k.id not in drop and k.low is not None
                    and k.low > f.low and k.evidence.start <= before for k in figures)
        if total and _status_clause(st, f):
            drop.add(f.id)
    return [f for f in figures if f.id not in drop] if drop else figures


def saved_lives(st: Doc, figures: list[Figure]) -> list[Figure]:
    """Drop counts of lives saved ("saved dozens of lives"): no one was harmed."""
    saved = _data()[4]
    out = []
    for f in figures:
        span = st.count_spans.get(f.id)
        if span is not None and f.outcome == "killed":
            before = st.text[max(0, span[0] - 40):span[0]]
            after = st.text[span[0]:span[0] + 40].lower()
            if found_in(saved, before) and re.match(r"[\w,-]+\s+(?:of\s+)?(?:\w+\s+)?lives\b", after):
                continue
        out.append(f)
    return out


# the count after a definite article ("were the two killed", "The three deaths"), not "the other two"
_DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _not_same() -> re.Pattern[str]:
    words = "|".join(map(re.escape, load_toml("extract", "statusparts.toml")["other_people"]))
    return re.compile(r"[\w,-]+\s+(?:" + words + r")\b", re.IGNORECASE)


def restated_dead(st: Doc, figures: list[Figure]) -> list[Figure]:
    """Drop a definite count of the dead that takes up an equal count told before ("two people were
    shot dead ... Ann and her son were the two killed at the car wash"; "The three deaths raise the
    city's homicides to 41"): the same people, no new figure, unless another claimant says it (a
    statement of its own: "the patriarchate said a sniper had killed the two women")."""
    if not st.theatre or st.theatre[0] != "US":
        return figures  # (a war story's restatements carry its sources' claims: read them all)
    out: list[Figure] = []
    for f in figures:
        span = st.count_spans.get(f.id)
        if (span is not None and f.outcome == "killed" and f.low is not None and f.low >= 2 and f.high == f.low
                and _DEFINITE.search(st.text[max(0, span[0] - 8):span[0]])
                and _not_same().match(st.text, span[0]) is None):
            start = st.sents[st.sentence_at(span[0])].start
            said = f.claimant.name if f.claimant is not None else None
            if any(k.outcome == "killed" and k.low == f.low and k.high == f.low and k.evidence.start < start
                   and k.scope == "incident" and (said in (None, "unattributed")
                                                  or (k.claimant is not None and k.claimant.name == said))
                   for k in out):
                continue
        out.append(f)
    return out
