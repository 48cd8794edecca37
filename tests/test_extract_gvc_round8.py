"""US local shooting news, round 8: families seen on gun-violence reporting (sentences are our own)."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Figure


def figs(text: str) -> list[Figure]:
    from civcas.models import Document

    return extract(Document(id="t", text=text, title=None, published=date(2016, 9, 20)))


def summary(text: str) -> list[tuple[str, str, int | None]]:
    return sorted({(f.outcome, f.group, f.low) for f in figs(text) if f.outcome in ("killed", "injured")})


@pytest.mark.parametrize(("text", "want"), [
    ("The 16-year-old was hit in the back on Friday and later died at a hospital, police said.",
     ("killed", "children", 1)),
    ("A 17-year-old was shot near the park and was later pronounced dead at the hospital.",
     ("killed", "children", 1)),
    ("Two men were wounded outside the bar on Elm Street and were later pronounced dead.",
     ("killed", "men", 2)),
    ("A woman suffered a single gunshot wound and succumbed on Monday, deputies said.",
     ("killed", "women", 1)),
    ("A man, 42, was shot in the neck on Pine Avenue and died at the scene.", ("killed", "men", 1)),
])
def test_a_hit_joined_by_and_to_a_death_is_a_death(text: str, want: tuple[str, str, int]) -> None:
    got = summary(text)
    assert want in got
    assert not any(o == "injured" for o, _, _ in got)


@pytest.mark.parametrize(("text", "want"), [
    ("A man was shot in the arm and taken to a hospital in stable condition.", [("injured", "men", 1)]),
    ("Three people were shot outside the club and one later died.",
     [("injured", "people", 2), ("killed", "people", 1)]),
])
def test_a_hit_without_its_own_death_stays_a_hit(text: str, want: list[tuple[str, str, int]]) -> None:
    assert summary(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Darnell Price, 15, was shot in the chest and later died at a local hospital.", ("killed", "children", 1)),
    ("Darnell Price, 34, suffered a gunshot wound to the abdomen and later died at the hospital.",
     ("killed", "people", 1)),
])
def test_a_named_victim_with_an_age_who_was_shot_and_died(text: str, want: tuple[str, str, int]) -> None:
    assert want in summary(text)


def test_a_named_victim_with_an_age_who_was_shot_and_lived() -> None:
    got = summary("Darnell Price, 15, was shot in the chest and taken to a local hospital.")
    assert not any(o == "killed" for o, _, _ in got)


@pytest.mark.parametrize("text", [
    "Police in Dayton are looking into two shootings Tuesday that left two men dead.",
    "One man is dead and another is hurt following two separate shooting incidents on the east side of Akron.",
    "Two people died and three others were hurt after several separate shootings overnight, police said.",
    "Eight people were wounded during a violent weekend in Dayton.",
    "At least six children were killed statewide in accidental shootings last year, the report found.",
])
def test_a_roundup_of_several_shootings_is_a_tally(text: str) -> None:
    hurt = [f for f in figs(text) if f.outcome in ("killed", "injured")]
    assert hurt
    assert all(f.scope == "tally" for f in hurt)


@pytest.mark.parametrize("text", [
    "Two people were killed following a shooting in the parking lot of a grocery store.",
    "A man was wounded after the shooting on Elm Street, police said.",
])
def test_one_shooting_stays_an_incident(text: str) -> None:
    hurt = [f for f in figs(text) if f.outcome in ("killed", "injured")]
    assert hurt
    assert all(f.scope == "incident" for f in hurt)


def test_all_of_the_dead_with_their_wounds_are_not_wounded() -> None:
    got = summary("Four people were found dead in a trailer on Route 9 on Monday. "
                  "All four had suffered gunshot wounds to the head, the coroner said.")
    assert got == [("killed", "people", 4)]


@pytest.mark.parametrize("text", [
    "Shots were fired outside a bar on Sunday. All three men had leg wounds and are "
    "expected to survive.",
    "Four people were found dead in a trailer on Route 9. All four suffered gunshot wounds and were "
    "taken to a hospital.",
])
def test_all_three_wounded_without_as_many_dead_or_with_survival_stay_wounded(text: str) -> None:
    assert any(o == "injured" for o, _, _ in summary(text))


def test_one_of_the_victims_is_a_part_of_the_total() -> None:
    fs = [f for f in figs("Four men were wounded outside the club on Saturday. One of the victims was flown "
                          "to a trauma center in critical condition.") if f.outcome == "injured"]
    totals = [f for f in fs if f.part_of is None]
    assert [f.low for f in totals] == [4]
    assert all(f.part_of == totals[0].id and f.group == "men" for f in fs if f.low == 1)


def test_one_of_the_wounded_who_died_is_a_death_of_its_own() -> None:
    fs = figs("Four men were shot outside the club on Saturday. One of the victims later died at the hospital.")
    assert any(f.outcome == "killed" and f.low == 1 and f.part_of is None for f in fs)


@pytest.mark.parametrize(("text", "scope"), [
    ("Last August alone, four teenagers were wounded in the city, police records show.", "tally"),
    ("In 2015 alone, 30 children were killed in accidental shootings across the state.", "tally"),
    ("He was left alone after two men were shot on Elm Street last week.", "incident"),
])
def test_a_period_stressed_by_alone_is_a_tally(text: str, scope: str) -> None:
    hurt = [f for f in figs(text) if f.outcome in ("killed", "injured")]
    assert hurt
    assert all(f.scope == scope for f in hurt)


@pytest.mark.parametrize(("text", "want"), [
    ("Two adults were found shot to death in the living room, as was a 5-year-old boy.", ("killed", "children", 1)),
    ("A man and a woman were found dead in the apartment, as were two children.", ("killed", "children", 2)),
])
def test_as_were_shares_the_outcome(text: str, want: tuple[str, str, int]) -> None:
    assert want in summary(text)


def test_as_was_without_a_count_adds_nothing() -> None:
    assert summary("Two men were killed in the shooting, as was reported by a witness.") == [("killed", "men", 2)]
