"""Sentence-level speed shortcuts that must not change any output: claimants read lazily
(``claimants.DocClaims``), literal pre-tests of the place and typed-perpetrator patterns, the
group-led alternatives of ``regex_speed.literal_requirement`` and the indexed non-violent cues. All
sentences are the team's own."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.extract import typed, where
from civcas.extract.claim_resolve import Claim
from civcas.extract.claimants import SAY_WORDS, DocClaims
from civcas.extract.claims import claimant_in
from civcas.extract.denialforms import DENIAL_WORDS as _DENIAL_WORDS
from civcas.extract.docstate import ADMIT_WORDS, GATE_WORDS, Doc
from civcas.extract.forms import _cause_words, non_violent_cause
from civcas.extract.regex_speed import literal_requirement, may_match
from civcas.extract.typed import generic_perpetrator
from civcas.extract.where import place_in
from civcas.models import Actor, Document

_POOL = [
    "Five civilians were killed in the strike on the market, the monitor said.",
    "Three people died in the shelling.",
    "He said the bodies were taken to the morgue.",
    "The ministry said two children were among the dead.",
    "Roads into the town stayed closed on Monday, the Observatory said.",
    "Residents said they heard two explosions.",
    "It said the toll could rise.",
    "A monitoring group said 14 fighters were killed.",
    "The coalition denied conducting any raids in the district.",
    "The army said it mistakenly struck the house, killing four.",
    "Officials said the hospital was running out of fuel.",
    "The Syrian Observatory for Human Rights reported the strikes.",
    "They said:",
    "Seven people were wounded.",
    "The weather was cold.",
]


def _value(actor: Actor | None) -> Callable[[], Actor | None]:
    return lambda: actor


def _eager(st_: Doc, looked: list[bool]) -> dict[int, Claim | None]:
    """The claimants of the looked-at sentences as the extractor read them before DocClaims:
    every sentence in order, the last claimant carried along (the reference for the lazy reader)."""
    claims = DocClaims(st_, looked, gate=GATE_WORDS)
    last: Actor | None = None
    para: tuple[int, Actor] | None = None
    last_looked = max((i for i, v in enumerate(looked) if v), default=-1)
    out: dict[int, Claim | None] = {}
    for i, s in enumerate(st_.sents):
        claim: Claim | None = None
        if looked[i]:
            claim = claims._claim_for(i, _value(last))  # the looked-at sentence's own reading
            if claim is None and para is not None and para[0] == s.paragraph:
                claim = Claim(para[1], -1, -1)
            out[i] = claim
        elif i < last_looked and not st_.words(i).isdisjoint(SAY_WORDS):
            claim = claimant_in(s.text, last=last, theatre=st_.theatre, document=st_.text)
        if claim is not None and claim.actor.kind != "unattributed":
            last, para = claim.actor, (s.paragraph, claim.actor)
    return out


def _looked(st_: Doc) -> list[bool]:
    return [not w.isdisjoint(GATE_WORDS) or not w.isdisjoint(_DENIAL_WORDS)
            or not w.isdisjoint(ADMIT_WORDS) for w in map(st_.words, range(len(st_.sents)))]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_POOL), st.booleans()), min_size=1, max_size=14),
       st.lists(st.integers(min_value=0, max_value=13), max_size=8))
def test_lazy_claimants_equal_the_eager_reading(rows: list[tuple[str, bool]], asks: list[int]) -> None:
    text = "".join(s + ("\n\n" if new_para else " ") for s, new_para in rows).strip()
    st_ = Doc(Document(id="d", text=text), None)
    looked = _looked(st_)
    eager = _eager(st_, looked)
    lazy = DocClaims(st_, looked, gate=GATE_WORDS)
    for i in [a for a in asks if a in eager] + sorted(eager):  # asked in any order
        assert lazy.claim(i) == eager[i], (i, text)


def test_claimant_of_an_unneeded_sentence_is_never_read() -> None:
    text = ("Roads into the town stayed closed on Monday, the Observatory said. "
            "Five civilians were killed in the strike, the UN said.")
    st_ = Doc(Document(id="d", text=text), None)
    claims = DocClaims(st_, _looked(st_), gate=GATE_WORDS)
    got = claims.claim(1)
    assert got is not None and got.actor.name == "United Nations"
    assert 0 not in claims._own  # named in its own sentence: the earlier one is not read
    # "he said" needs the last claimant: the earlier sentence is read
    text2 = text.replace("the UN said", "he said")
    st2 = Doc(Document(id="d", text=text2), None)
    claims2 = DocClaims(st2, _looked(st2), gate=GATE_WORDS)
    got2 = claims2.claim(1)
    assert got2 is not None and got2.actor.name == "Syrian Observatory for Human Rights"
    assert 0 in claims2._own


def test_claimant_in_takes_the_last_claimant_as_a_function() -> None:
    monitor = Actor(name="Airwars", text="Airwars", kind="monitor")
    asked: list[bool] = []

    def last() -> Actor:
        asked.append(True)
        return monitor

    named = claimant_in("Four people died, the UN said.", last=last)
    assert named is not None and named.actor.name == "United Nations" and not asked
    he = claimant_in("Four people died, he said.", last=last)
    assert he is not None and he.actor == Actor(name="Airwars", text="he", kind="monitor") and asked
    assert claimant_in("Four people died, he said.", last=monitor) == he


# ------------------------------------------------------------------------------ literal pre-tests

_GATED = [where._REL_KM, where._ADMIN, where._POSS, where._OF, where._REL_DIR, typed._UNIDENTIFIED,
          typed._BY_MEN, typed._MEN_SUBJECT, typed._GENERIC_PERP, typed._GENERIC_SUBJECT]
_WORDS = st.sampled_from([
    "by", "unknown", "Unidentified", "masked", "armed", "gunmen", "gunman", "a", "the", "two", "men",
    "persons", "suicide", "bomber", "shot", "opened", "fire", "when", "guerrillas", "killed", "death",
    "squad", "Rebels", "were", "responsible", "40", "km", "north", "of", "Raqa", "village", "in",
    "Mosul", "Mosul's", "old", "city", "Idlib", "province", "near", "east", "Gaza", "women", "ſuicide",
    ",", ".", "attackers", "police", "army", "hit", "blamed", "on", "terrorists", "north-east", "southern",
    "2.5", "kilometres", "miles", "(3", "mi)", "to", "just", "west", "at", "least", "1km"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, max_size=14).map(" ".join))
def test_pretests_never_hide_a_match(text: str) -> None:
    low = text.lower() if text.isascii() else None
    for rx in _GATED:
        if rx.search(text):
            assert may_match(rx, text, low), (rx.pattern[:60], text)
    if where._REL_KM.search(text):
        assert where._DIR_OF.search(text) and where._DIGIT_UNIT.search(text), text
    if where._REL_DIR.search(text):
        assert where._DIR_OF.search(text), text


@pytest.mark.parametrize(("sentence", "name"), [
    ("Masked men opened fire on the bus, killing three.", "unidentified gunmen"),
    ("Three farmers were shot by two men on a motorcycle.", "unidentified gunmen"),
    ("Two people were killed by urban guerrillas in the capital.", "urban guerrillas"),
    ("Unknown gunmen killed two people in Bogotá.", "unidentified gunmen"),  # not ASCII: no pre-test
    ("A suicide bomber killed 12 people at the checkpoint.", "suicide bomber"),
])
def test_typed_perpetrator_still_found(sentence: str, name: str) -> None:
    got = generic_perpetrator(sentence)
    assert got is not None and got.name == name


def test_typed_perpetrator_absent_without_its_words() -> None:
    assert generic_perpetrator("Two civilians were killed in the shelling of the market.") is None
    assert generic_perpetrator("Twelve women were wounded at the statement's release.") is None


@pytest.mark.parametrize(("sentence", "name", "relation"), [
    ("A strike hit a village about 40 km north of Raqa, killing five.", "Raqa", "a village about 40 km north of"),
    ("Two people died in Idlib province on Monday.", "Idlib province", None),
    ("Fighting raged in Mosul's old city, where 12 civilians died.", "Mosul", None),
    ("Shelling killed four east of Khan Younis.", "Khan Younis", "east of"),
    ("Two died in a strike 2.5 kilometres north-east of Idlib.", "Idlib", "2.5 kilometres north-east of"),
    ("Three people were wounded in the town of Beit Lahia.", "Beit Lahia", None),
    ("Four people were killed in Bogotá.", "Bogotá", None),  # not ASCII: no pre-test
])
def test_place_still_found(sentence: str, name: str, relation: str | None) -> None:
    got = place_in(sentence)
    assert got is not None and got.name == name and got.relation == relation


def test_no_place_without_a_name() -> None:
    assert place_in("Three people died and seven were wounded, the ministry said.") is None


def test_requirement_of_alternatives_led_by_a_group() -> None:
    rx = re.compile(r"\b(?:(?:unknown|masked)\s+men|gunm[ae]n|a\s+(?:lone\s+)?shooter)\b", re.IGNORECASE)
    assert literal_requirement(rx) == ("gunm", "masked", "shooter", "unknown")  # not "a"
    assert not may_match(rx, "Two men were killed.", "two men were killed.")
    assert may_match(rx, "A lone shooter fired.", "a lone shooter fired.")
    assert literal_requirement(re.compile(r"(?:\d+|x)")) is None  # an alternative with no literal
    assert literal_requirement(re.compile(r"(?:\d+|x)yz")) == ("yz",)


# ------------------------------------------------------------------------------ non-violent cues

_CAUSE_WORDS = st.sampled_from(["the", "pilot", "died", "in", "emergency", "landing", "plane", "crash",
                                "heart", "attack", "accident", "shot", "a", "drowned", "natural",
                                "causes", "quake", "killed"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CAUSE_WORDS, max_size=12))
def test_indexed_causes_equal_the_plain_scan(lows: list[str]) -> None:
    cues, violent = _cause_words()
    phrases = [c for group in cues.values() for c in group]
    found = any(tuple(lows[i:i + len(c)]) == c for i in range(len(lows)) for c in phrases)
    plain = found and not any(w in violent and not (w == "attack" and i > 0 and lows[i - 1] == "heart")
                              for i, w in enumerate(lows))
    assert non_violent_cause(lows) == plain
