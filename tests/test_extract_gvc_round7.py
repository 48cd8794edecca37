"""US local shooting news, round 7: families seen on gun-violence reporting (sentences are our own)."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Figure


def figs(text: str) -> list[Figure]:
    from civcas.models import Document

    return extract(Document(id="t", text=text, title=None, published=date(2016, 9, 20)))


def summary(text: str) -> list[tuple[str, str, int | None, bool]]:
    return sorted({(f.outcome, f.group, f.low, f.part_of is not None) for f in figs(text)})


@pytest.mark.parametrize(("text", "child"), [
    ("Police say Mark Dunn is accused of killing 28-year-old Tanya Holt and her three-year-old daughter, Mia.",
     True),
    ("Police charged a neighbor with murdering Carla Mendes and her 7-year-old son last spring.",
     True),
    ("Deputies said the gunman fatally shot Gary Olsen and his wife inside their farmhouse.", False),
])
def test_a_named_victim_and_a_relative_of_theirs_are_two(text: str, child: bool) -> None:
    got = summary(text)
    assert ("killed", "people", 2, False) in got
    assert (("killed", "children", 1, True) in got) is child


@pytest.mark.parametrize("text", [
    "An arrest was made in the murders of a 31-year-old woman and her 6-year-old son, who were shot near "
    "their home.",
    "Detectives made an arrest in the slayings of a 40-year-old man and his 9-year-old son.",
])
def test_murders_of_a_list_is_a_toll(text: str) -> None:
    got = summary(text)
    assert ("killed", "people", 2, False) in got
    assert ("killed", "children", 1, True) in got


@pytest.mark.parametrize("text", [
    "The agency confirmed the death of Rami Haddad and his wife, children and grandchildren in the strike.",
    "Relatives mourned the death of Sami and his wife Lina Odeh, as well as their three sons.",
])
def test_a_named_victim_and_a_relative_in_a_longer_list_is_no_total_of_two(text: str) -> None:
    assert [f for f in figs(text) if f.low == 2 and f.qualifier == "exact"] == []


def test_a_named_victim_alone_before_and_is_no_list() -> None:
    got = summary("Police said Tom Reyes was killed and two people were wounded in the shooting.")
    assert ("killed", "people", 2, False) not in got


@pytest.mark.parametrize("text", [
    "A 13-year-old boy was home alone with his sister when the boy shot his 7-year-old sister to death and "
    "then killed himself, deputies said.",
    "The 15-year-old girl fatally shot her 4-year-old brother and then herself, police said.",
])
def test_a_child_who_kills_a_sibling_and_himself_is_a_child(text: str) -> None:
    got = summary(text)
    assert ("killed", "children", 2, False) in got


def test_an_adult_who_kills_his_son_and_himself_is_no_child() -> None:
    got = summary("The man shot his 5-year-old son to death and then killed himself, deputies said.")
    assert ("killed", "people", 2, False) in got
    assert ("killed", "children", 2, False) not in got


def title_figs(title: str, text: str = "Police are investigating the case.") -> list[Figure]:
    from civcas.models import Document

    return extract(Document(id="t", title=title, text=text, published=date(2016, 9, 20)))


@pytest.mark.parametrize(("title", "expected", "word"), [
    ("Teen killed in drive-by shooting on Carver Street", ("killed", "children", 1), "Teen"),
    ("Sheriff: 16-year-old shot and killed near Lakeview high school", ("killed", "children", 1), "16-year-old"),
    ("Dayton teen fatally shot outside corner store", ("killed", "children", 1), "teen"),
    ("Woman wounded in shooting near Maple Park", ("injured", "women", 1), "Woman"),
    ("Boy, 6, dies after shooting at family gathering", ("killed", "children", 1), "Boy"),
    ("4-year-old kills himself with uncle's handgun", ("killed", "children", 1), "4-year-old"),
    ("Police: Teen accidentally shoots, kills self while cleaning rifle", ("killed", "children", 1), "Teen"),
])
def test_a_headline_without_its_article(title: str, expected: tuple, word: str) -> None:
    got = [f for f in title_figs(title) if f.evidence.part == "title"]
    assert [(f.outcome, f.group, f.low) for f in got] == [expected]
    assert got[0].number_text == word
    assert got[0].evidence.text == title and (got[0].evidence.start, got[0].evidence.end) == (0, len(title))


@pytest.mark.parametrize("title", [
    "Man charged in shooting on Pine Street",
    "Police: Two arrested after robbery at Elm Street store",
    "Teen charged with murder in Oak Street case",
])
def test_a_headline_naming_no_victim_gives_nothing(title: str) -> None:
    assert [f for f in title_figs(title) if f.outcome in ("killed", "injured")] == []


def test_a_headline_defers_to_the_body() -> None:
    got = title_figs("Man killed in shooting on Pine Street",
                     "Two men were shot dead on Pine Street on Friday night, police said.")
    assert [(f.outcome, f.low) for f in got] == [("killed", 2)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police confirmed that one is dead after a shooting on Canal Street.", ("killed", "people", 1, False)),
    ("Deputies said that one was killed in the shooting on Route 9 and the driver fled.",
     ("killed", "people", 1, False)),
])
def test_that_after_a_verb_of_saying_opens_a_clause_with_a_count(text: str, expected: tuple) -> None:
    assert expected in summary(text)


def test_that_one_as_a_reference_is_no_count() -> None:
    assert summary("The second gun, that one, was found in the car.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Three people shot to death at a home on Birch Lane, deputies said.", ("killed", "people", 3, False)),
    ("Two civilians killed at a checkpoint near the border, officials said.", ("killed", "civilians", 2, False)),
])
def test_a_reduced_passive_before_its_place_at(text: str, expected: tuple) -> None:
    assert expected in summary(text)


def test_killed_at_least_stays_active() -> None:
    got = summary("Two gunmen killed at least five villagers in the raid.")
    assert ("killed", "civilians", 5, False) in {(o, g, n, p) for o, g, n, p in got}
    assert not any(n == 2 for _o, _g, n, _p in got)


def test_passed_away_opens_the_sentence_gate() -> None:
    got = summary("A farmer accidentally shot himself while clearing brush on Monday. "
                  "The man later passed away at the county medical center.")
    assert ("killed", "men", 1, False) in got


@pytest.mark.parametrize(("text", "expected"), [
    ("The suspect is accused of killing two people and critically wounding another outside a tavern.",
     {("killed", "people", 2, False), ("injured", "people", 1, False)}),
    ("A gunman opened fire on the porch, killing one and wounding another, police said.",
     {("killed", "people", 1, False), ("injured", "people", 1, False)}),
    ("The bomb killed one in the crowded market and wounded 14.",
     {("killed", "people", 1, False), ("injured", "people", 14, False)}),
])
def test_a_bare_one_or_another_as_the_object_before_a_place(text: str, expected: set) -> None:
    assert set(summary(text)) == expected


def test_another_of_a_group_is_no_bare_count() -> None:
    assert summary("Troops were wounding another of the gunmen when the convoy arrived.") == []


@pytest.mark.parametrize("text", [
    "Dana and Mark Ellis, along with their two sons, were found dead inside the farmhouse on Sunday.",
    "Dana and Mark Ellis were found dead along with their two sons on Sunday.",
    "Dana Ellis, Mark Ellis and their two sons were found shot to death inside the farmhouse.",
])
def test_named_parents_and_their_counted_children_are_one_toll(text: str) -> None:
    got = summary(text)
    assert ("killed", "people", 4, False) in got
    assert not any(o == "killed" and n == 2 and not p for o, _g, n, p in got)


def test_a_station_tag_before_a_dash_is_no_named_victim() -> None:
    got = summary("(WKRQ) — A woman and her two daughters were found dead inside their home on Friday.")
    assert ("killed", "people", 3, False) in got
    assert not any(n == 4 for _o, _g, n, _p in got)


@pytest.mark.parametrize("text", [
    "Investigators are looking into the 4-year-old's death at the apartment complex.",
    "Deputies are investigating the 3-and-a-half-year-old's death as a homicide.",
    "A 2-and-a-half-year-old was shot and killed inside the car on Friday.",
])
def test_an_age_noun_child_in_a_possessive_or_with_a_half(text: str) -> None:
    assert ("killed", "children", 1, False) in summary(text)


def test_an_adult_age_noun_in_a_possessive_is_no_child() -> None:
    assert ("killed", "children", 1, False) not in summary("Police are investigating the 45-year-old's death.")


@pytest.mark.parametrize(("text", "child"), [
    ("Officers found a mother and her young son shot to death inside the home.", True),
    ("The man killed his baby daughter before turning the gun on himself, deputies said.", True),
    ("A young man and his wife were wounded in the drive-by shooting.", False),
])
def test_a_young_relative_is_a_child(text: str, child: bool) -> None:
    got = summary(text)
    assert any(g == "children" for _o, g, _n, _p in got) is child
