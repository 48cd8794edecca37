"""The attacker's own death or wound in a shooting story (civcas.extract.attackerdeaths) and the
murder-suicide total kept for killings within a family (civcas.extract.shootings)."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.extract.attackerdeaths import attacker_names
from civcas.models import Document, Figure

_LEAD = "DENTON, Texas -- A gunman opened fire at a bowling alley on Saturday night, killing four people, police said."


def figs(text: str) -> list[Figure]:
    return extract(Document(id="a", text="Shooting at a bowling alley\n\n" + text))


def attacker(text: str) -> list[tuple[str, str, int | None, str | None]]:
    return [(f.outcome, f.group, f.low, f.perpetrator.name if f.perpetrator else None)
            for f in figs(text) if f.group == "combatants"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He then shot himself, the sheriff said.", ("killed", "combatants", 1, "gunman")),
    ("Two deputies confronted him behind the store and shot him dead, the sheriff said.",
     ("killed", "combatants", 1, "police")),
    ("Officers shot and killed the gunman in the parking lot.", ("killed", "combatants", 1, "police")),
    ("The gunman, Dale Ruiz, 31, was shot and killed by sheriff's deputies.", ("killed", "combatants", 1, "police")),
    ("The suspect, 52, died of a self-inflicted gunshot wound, the coroner said.",
     ("killed", "combatants", 1, "gunman")),
])
def test_the_attackers_death_in_a_sentence_of_its_own(sentence: str, expected: tuple) -> None:
    assert attacker(_LEAD + " " + sentence) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("A man opened fire in a warehouse on Monday, killing three co-workers before turning the gun on himself, "
     "police said.", ("killed", "combatants", 1, "gunman")),
    ("The shooter wounded five people at a skating rink before taking his own life, officials said.",
     ("killed", "combatants", 1, "gunman")),
    ("A man opened fire at a diner, killing two people before he was shot dead by officers, police said.",
     ("killed", "combatants", 1, "police")),
    ("A man opened fire at a diner, killing two customers before being shot dead by officers, police said.",
     ("killed", "combatants", 1, "police")),
    ("The gunman wounded four people at the depot and was killed by deputies minutes later, officials said.",
     ("killed", "combatants", 1, "police")),
    ("A gunman stormed a church hall, wounding six people until he was shot and taken into custody, "
     "officials said.", ("injured", "combatants", 1, "police")),
])
def test_the_attackers_death_beside_his_victims(text: str, expected: tuple) -> None:
    assert attacker(text) == [expected]


def test_a_public_attack_gives_no_total_with_the_gunman() -> None:
    got = figs("A gunman killed three people at a car wash before killing himself, police said.")
    assert sorted((f.group, f.low) for f in got) == [("combatants", 1), ("people", 3)]
    assert all(f.part_of is None for f in got)


def test_a_killing_within_a_family_keeps_the_murder_suicide_total() -> None:
    got = figs("Deputies said a man shot and killed his wife and two stepsons before killing himself.")
    totals = [f for f in got if f.part_of is None]
    assert [(t.group, t.low) for t in totals] == [("people", 4)]
    killer = [f for f in got if f.number_text == "himself"]
    assert [(f.group, f.part_of) for f in killer] == [("combatants", totals[0].id)]
    assert len([f for f in got if f.group == "combatants"]) == 1  # not counted twice


def test_only_the_first_telling_counts() -> None:
    text = (_LEAD + " Police identified the gunman as Dale Ruiz, 31. Ruiz then shot himself in a storage room. "
            "Officers who entered the room found Ruiz dead near a shelf.")
    assert len(attacker(text)) == 1


def test_the_attacker_named_by_the_story() -> None:
    text = "Police identified the gunman as Dale Ruiz, 31, of Glenview. The suspect, Carla Moss, 27, was held."
    assert attacker_names(text) == frozenset({"ruiz", "moss"})


def test_the_man_in_the_subject_is_the_attacker_not_another_victim() -> None:
    got = figs(_LEAD + " The suspect, a 52-year-old man, was found dead the next day in a motel in another town.")
    assert [(f.outcome, f.group, f.low) for f in got if f.low == 1] == [("killed", "combatants", 1)]


@pytest.mark.parametrize("text", [
    # no attacker in the story: a child's accident
    "A 6-year-old boy found his father's pistol and shot himself on Sunday. He died at the hospital.",
    # the attacker survived
    _LEAD + " He then shot himself and was in critical condition on Sunday.",
    # a speech verb and another subject between the police and the verb: the victim, not the attacker
    _LEAD + " Police said the gunman shot him dead in the lobby.",
    # taken into custody unhurt
    _LEAD + " Deputies arrested him without a shot being fired.",
])
def test_no_attacker_figure(text: str) -> None:
    assert attacker(text) == []


def test_no_attacker_death_without_victims() -> None:
    assert attacker("Police said a gunman was in the building for an hour. He then shot himself.") == []


def test_a_recalled_attack_has_its_own_attacker() -> None:
    text = (_LEAD + " He then shot himself, police said. It came two years after a gunman wounded three people at a "
            "library until officers shot him dead outside the building.")
    assert len(attacker(text)) == 2


def test_an_object_pronoun_beside_a_count_is_one_of_the_dead() -> None:
    got = figs("FRESNO, Calif. -- A man went to the salon where his former partner worked and opened fire on "
               "Tuesday, killing her and a 7-year-old pupil, then turned his rifle on himself, officers said.")
    assert sorted((f.group, f.low, f.part_of) for f in got) == [
        ("children", 1, None), ("combatants", 1, None), ("women", 1, None)]  # no total with the pronoun


def test_him_and_n_more_people_is_one_more() -> None:
    got = figs("The missile struck the flat at dawn, killing him and nine more people.")
    assert [(f.low, f.part_of is not None) for f in got] == [(10, False), (9, True)]


def test_n_more_after_another_outcome_is_no_total() -> None:
    got = figs("A guard died in the ambush and four more people were injured.")
    assert [(f.outcome, f.low) for f in got] == [("killed", 1), ("injured", 4)]


def test_a_shooting_spree_names_an_attacker() -> None:
    got = figs("A man stabbed a neighbour and then went on a shooting spree, killing three people before he was "
               "found dead in his car, deputies said.")
    assert ("killed", "combatants", 1, "gunman") in [
        (f.outcome, f.group, f.low, f.perpetrator.name if f.perpetrator else None) for f in got]
