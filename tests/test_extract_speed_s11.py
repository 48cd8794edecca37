"""Speed shortcuts of session 11 that must not change any output: the attacker pass's sentences of a
killer already counted (found from the figures, not by reading every sentence), the exact literal
pre-tests of a recalled year's attack, of "its"/"their" before a typed author and of a wire
president, the main author's events read only when asked, and the sentence index's union. Each is
checked against the plain reading. All sentences are the team's own."""

from __future__ import annotations

import re
from datetime import date

from civcas.extract import attackerdeaths, docstate, shooters
from civcas.extract.assemble import _extract
from civcas.extract.regex_speed import may_match
from civcas.extract.sentindex import SentenceIndex
from civcas.extract.text import sentences
from civcas.extract.victimitems import tables
from civcas.models import Document
from extract_helpers import figures_on

_DAY = date(2024, 5, 6)

# murder-suicides (the killer counted in the family's total), other shootings, and a near miss
_STORIES = [
    "A man shot his wife and two daughters before taking his own life at their home on Friday, police said. "
    "The four were found by a neighbour. The man had no criminal record.",
    "Police said a father killed his son and then himself in a car parked near the lake. Both were dead "
    "when officers arrived.",
    "Three people died in what investigators called a murder-suicide: a woman shot her husband and her "
    "mother before she turned the gun on herself.",
    "A gunman killed two clerks at a store on Main Street. Officers shot and killed the gunman minutes later.",
    "Two people were wounded in a shooting outside a bar late on Saturday, the sheriff's office said.",
    "The council met on Tuesday to discuss the budget for the new school year.",
]


def _brute_counted(st: docstate.Doc, figures: list) -> list[int]:
    return [k for k in range(min(len(st.sents), 400)) if attackerdeaths._already_counted(st, figures, k)]


def test_counting_sentences_match_the_scan_of_every_sentence() -> None:
    seen_any = False
    for text in _STORIES:
        doc = Document(id="t", text=text, published=_DAY)
        figures = _extract(doc, _DAY)
        st = docstate.Doc(doc, _DAY)
        got = attackerdeaths._counting_sentences(st, figures)
        assert got == _brute_counted(st, figures)
        seen_any = seen_any or bool(got)
    assert seen_any  # some story counts its killer in the total


def test_murder_suicide_stories_read_the_same() -> None:
    # "killed his son and then himself", "shot her husband and her mother before she turned the gun on herself"
    for text in _STORIES[1:3]:
        assert [f for f in figures_on(text, _DAY) if f.outcome == "killed" and f.group == "people"]
    assert not [f for f in figures_on(_STORIES[5], _DAY)]  # near miss: no harm told


_YEAR_SENTENCES = [
    "The worst before Sunday was a 1999 attack at a diner in the same town.",
    "It recalled the 2015 shooting at a church, when nine people were killed.",
    "Residents still speak of the March 2008 bombing of the market.",
    "Flight 370 left at 11:40 with 239 people on board.",  # digits, no year: near miss
    "Officers found 3 rifles and 45 rounds in the truck.",  # near miss
    "No date is given for the raid.",
]


def test_recalled_year_pre_test_is_exact() -> None:
    for s in _YEAR_SENTENCES:
        plain = any(int(m.group(1)) < 2024 for m in shooters._YEAR_EVENT.finditer(s))
        assert shooters.background_event(s, year=2024) == (
            (may_match(shooters._BACKGROUND, s, s.lower()) and shooters._BACKGROUND.search(s) is not None) or plain)
    assert shooters.background_event(_YEAR_SENTENCES[0], year=2024)
    assert not shooters.background_event(_YEAR_SENTENCES[3], year=2024)


def test_its_their_pre_test_holds_every_match() -> None:
    for s, noun in [("The group has raided towns before. In 2016 its fighters killed 60 villagers.", "fighters"),
                    ("Their gunmen opened fire on the bus.", "gunmen"),
                    ("THE ARMY SAID ITS   SOLDIERS KILLED FIVE REBELS.", "soldiers"),
                    ("Its militants were blamed for the blast.", "militants"),
                    ("The fighters killed 60 villagers, its council said.", "fighters")]:  # near miss
        full = re.search(r"\b(?:its|their)\s+" + re.escape(noun) + r"\b", s, re.IGNORECASE)
        assert full is None or docstate._ITS_THEIR.search(s) is not None


def test_sentence_index_union_is_the_sentences_that_may_match() -> None:
    text = ("Gunmen killed Maria Lopez and her son Daniel on Friday. The dead were identified as Omar Haddad "
            "and Lina Haddad. A neighbour said the family had lived there for years. Among those killed were "
            "Sara Nasser and her sister Huda.")
    sents = sentences(text)
    index = SentenceIndex(text, sents)
    for cue in tables().cues:
        want = {i for i, s in enumerate(sents) if may_match(cue.rx, s.text, s.text.lower())}
        got = index.matching(cue.rx)
        assert want <= set(got)
        assert all(cue.rx.search(sents[i].text) is None for i in range(len(sents)) if i not in got)
