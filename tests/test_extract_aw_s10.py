"""Airwars-style narratives (session 10): estimates spelled as nouns, "hundreds" as 100-200, named
victims after a speaker's clause or a naming cue, "others" after "N civilians, both women", and
the scorer's civilians credit for a breakdown figure that is no part of a total."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.evaluate.figures import score_figures
from civcas.extract import extract
from civcas.extract.text import sentences
from civcas.extract.victimdoc import collect
from civcas.models import Document, Figure


def figs(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(2023, 11, 2)))


def counted(text: str) -> set[tuple[str, str, int | None, int | None, str]]:
    return {(f.outcome, f.group, f.low, f.high, f.qualifier) for f in figs(text) if f.subgroup != "named"}


def victims(text: str) -> set[tuple[str, ...]]:
    return {v.key for v in collect(text, sentences(text)) if v.outcome == "killed"}


# -- an estimate spelled as a noun phrase ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The shelling of the camp killed 31 people, among them a likely estimate of 12 children, medics said.",
     ("killed", "children", 12, 12, "about")),
    ("Rescuers said the bombing of the tower killed an estimated total of 60 residents.",
     ("killed", "civilians", 60, 60, "about")),
    ("The civil defence gave a rough estimate of 25 wounded after the market was hit.",
     ("injured", "people", 25, 25, "about")),
])
def test_estimate_nouns_qualify_about(text: str, expected: tuple) -> None:
    assert expected in counted(text)


def test_estimate_without_a_number_adds_nothing() -> None:
    got = counted("The raid on the village killed 14 people, a likely estimate, the monitor said.")
    assert got == {("killed", "people", 14, 14, "exact")}


# -- "hundreds" runs to 200 -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "outcome"), [
    ("The blast in the market killed 40 people and wounded hundreds, doctors said.", "injured"),
    ("Hundreds of people were injured when the shells hit the crowded square, the hospital said.", "injured"),
    ("Residents said hundreds of civilians were killed in the week-long bombardment of the quarter.", "killed"),
])
def test_hundreds_is_a_range_to_200(text: str, outcome: str) -> None:
    assert any(o == outcome and (lo, hi) == (100, 200) for o, _g, lo, hi, _q in counted(text))


def test_dozens_and_hundreds_of_thousands_keep_their_bounds() -> None:
    got = counted("The strike killed three people and wounded dozens, the civil defence said.")
    assert ("injured", "people", 12, 24, "vague") in got
    big = counted("Hundreds of thousands of people were displaced and 20 were killed in the offensive.")
    assert not any(hi == 200 for _o, _g, _lo, hi, _q in big)


# -- named victims after a speaker's clause --------------------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("An airstrike hit the house at dawn, killing three civilians. Local sources reported that Nabil "
     "Fares Saqr, his brother Walid Fares Saqr and his son Fares Nabil Fares Saqr were killed.",
     {("nabil", "fares", "saqr"), ("walid", "fares", "saqr"), ("fares", "nabil", "fares", "saqr")}),
    ("A shell struck the flat, killing two civilians. Neighbours said Hiba Omar Daher and her daughter "
     "Yasmin Daher were killed.", {("hiba", "omar", "daher"), ("yasmin", "daher")}),
    ("A drone hit the car, killing two civilians. His cousin wrote that 45-year-old Jamil Yousef Awad "
     "(known as Abu Rami) and his eldest son 20-year-old Rami Jamil Awad were killed.",
     {("jamil", "yousef", "awad"), ("rami", "jamil", "awad")}),
])
def test_a_speakers_clause_does_not_hide_the_first_victim(text: str, names: set) -> None:
    assert victims(text) >= names


def test_a_subject_without_a_speaker_is_read_as_before() -> None:
    got = victims("A shell struck the flat, killing two civilians. Hiba Omar Daher and her daughter "
                  "Yasmin Daher were killed.")
    assert got == {("hiba", "omar", "daher"), ("yasmin", "daher")}


# -- naming cues -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("A strike destroyed the Khatib home, killing nine civilians. A cousin posted a tribute to the relatives "
     "he lost, identifying them as: his uncle Sami Khatib, his aunt Muna Khatib and their son Tarek Khatib (8).",
     {("sami", "khatib"), ("muna", "khatib"), ("tarek", "khatib")}),
    ("A strike destroyed the Salman home, killing six civilians. A neighbour listed the members of the "
     "Salman family who were killed, describing a massacre: Adel Salman (father, 58), Reem Salman "
     "(mother, 50) and Nour Salman (daughter, 19).", {("adel", "salman"), ("reem", "salman")}),
    ("A strike hit the Barakat home. At least five members of the Barakat family reportedly died in the "
     "attack, including: Ziad Barakat, Lubna Barakat (31) and Omar Barakat (6).",
     {("ziad", "barakat"), ("lubna", "barakat"), ("omar", "barakat")}),
    ("A strike hit the Mansour home, killing four civilians. A former colleague identified their friend "
     "Bassam Mansour as one of those killed.", {("bassam", "mansour")}),
    ("A shell hit the courtyard and killed three civilians identified as Hatem Issa (52), his son Wael "
     "Issa (24) and Amir Jaber.", {("hatem", "issa"), ("wael", "issa"), ("amir", "jaber")}),
    ("A radio station reported four deaths, identifying the victims as 40-year-old Khalil Rayyan, "
     "33-year-old Murad Sabbah, Ali Qasem and Fuad Qasem.",
     {("khalil", "rayyan"), ("murad", "sabbah"), ("ali", "qasem"), ("fuad", "qasem")}),
])
def test_naming_cues_count_the_named_dead(text: str, names: set) -> None:
    assert victims(text) >= names


def test_a_list_of_survivors_is_no_list_of_dead() -> None:
    assert not victims("A strike hit the Salman home. A neighbour listed the members of the Salman family "
                       "who survived: Adel Salman, Reem Salman and Nour Salman.")


def test_fighters_identified_by_name_are_not_civilians_named() -> None:
    got = counted("Police killed three gunmen identified as Fadi Amer, Sami Amer and Rami Khoury.")
    assert ("killed", "combatants", 3, 3, "exact") in got
    assert not victims("Police killed three gunmen identified as Fadi Amer, Sami Amer and Rami Khoury.")


# -- "N civilians, both women": the count and its restating article -------------------------------

@pytest.mark.parametrize(("text", "total", "part"), [
    ("Two civilians, both women, were probably killed, and from four to eight others were probably hurt.",
     ("killed", "civilians", 2), ("killed", "women", 2)),
    ("Two people, both children, were killed in the strike on the school and others were hurt.",
     ("killed", "people", 2), ("killed", "children", 2)),
    ("Two civilians, both men, were reportedly killed near the well, and a third was wounded.",
     ("killed", "civilians", 2), ("killed", "men", 2)),
])
def test_an_article_restating_a_count_is_its_part(text: str, total: tuple, part: tuple) -> None:
    got = {(f.outcome, f.group, f.low): f.part_of is not None for f in figs(text) if f.subgroup != "named"}
    assert got.get(total) is False and got.get(part) is True
    assert not any(o == "injured" and g in ("men", "women", "children") for o, g, _lo in got)


@pytest.mark.parametrize("text", [
    "Two civilians, both women, were probably killed, and from four to eight others were probably hurt.",
    "Two civilians, both women, were killed in the strike on the bakery and others were wounded.",
    "At least one civilian, a young woman, was killed on the road and others were wounded.",
])
def test_others_take_the_civilians_an_article_restates(text: str) -> None:
    got = counted(text)
    assert any(o == "injured" and g == "civilians" for o, g, *_r in got)
    assert not any(o == "injured" and g in ("men", "women") for o, g, *_r in got)


def test_others_after_a_plural_women_count_stay_women() -> None:
    assert ("injured", "women", 5, 5, "exact") in counted("Three women were killed on the farm and five others were hurt.")


def test_one_person_restated_is_one_figure() -> None:
    got = counted("A second pupil, a 10-year-old girl, was wounded and taken to hospital.")
    assert not any(g == "people" for _o, g, *_r in got)


def test_a_different_number_after_the_comma_is_no_restatement() -> None:
    got = counted("Two civilians, a man and his son, were killed when the shell hit the car.")
    assert ("killed", "civilians", 2, 2, "exact") in got and ("killed", "men", 2, 2, "exact") not in got


# -- scorer: a breakdown figure that is no part of a total -----------------------------------------

def _aw_gold(civ: list[int], **parts: list[int]) -> dict:
    killed = {"civilians": civ, "children": None, "women": None, "men": None, "people": None} | parts
    return {"a1": {"doc_id": "a1", "incident": {"date": None, "perpetrator": None, "killed": killed,
                                                "injured": {"civilians": None, "people": None}}}}


@pytest.mark.parametrize(("text", "group"), [
    ("On Monday two children were reportedly killed when a shell hit their home in Khan Younis.", "children"),
    ("Two young men were killed on Sunday when a drone hit their motorcycle near the market.", "men"),
    ("Two women were killed on Tuesday when a missile struck the tent they were sheltering in.", "women"),
])
def test_a_top_level_breakdown_figure_hits_the_civilians_value(text: str, group: str) -> None:
    doc = Document(id="a1", text=text)
    score = score_figures([doc], _aw_gold([2, 2], **{group: [2, 2]}), extract(doc))
    assert score.gold_items == 2 and score.gold_hit == 2
    assert score.predicted == 1  # scored once, under its own group


def test_a_breakdown_part_of_a_total_gets_no_civilians_credit() -> None:
    doc = Document(id="a1", text="A strike on the house killed five people, including two children.")
    score = score_figures([doc], _aw_gold([2, 2], children=[2, 2]), extract(doc))
    assert [m.value for m in score.misses] == [2] and score.misses[0].group == "civilians"
