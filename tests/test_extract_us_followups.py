"""US follow-up stories and who was hurt by what (sentence_figures, shooters.hurt_apart,
count_triggers toll groups, shotforms.relative_death, [groups_us])."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document

_LEAD = "DENTON, Texas -- A gunman killed two people at a mall on Saturday, police said. "


def figs(text: str) -> list[tuple[str, str, int | None, str | None, str | None]]:
    return [(f.outcome, f.group, f.low, f.perpetrator.name if f.perpetrator else None,
             f.claimant.name if f.claimant else None) for f in extract(Document(id="f", text="Story\n\n" + text))]


def test_a_wounded_person_who_died_and_the_new_toll() -> None:
    got = figs("DENTON, Texas -- A man who was shot while driving past the mall during Friday's rampage died "
               "on Sunday, raising the number of people killed by the gunman to four, police said.")
    assert [(o, g, n, c) for o, g, n, _p, c in got] == [("killed", "men", 1, "police"), ("killed", "people", 4, "police")]


def test_the_new_toll_takes_the_group_of_its_noun() -> None:
    got = figs("DENTON, Texas -- A Navy sailor who was shot during the attack died early Saturday, bringing the "
               "number of service members killed to three, the Navy said.")
    assert [(o, g, n) for o, g, n, _p, _c in got] == [("killed", "combatants", 1), ("killed", "combatants", 3)]


def test_people_hurt_fleeing_and_not_by_gunfire_have_no_perpetrator() -> None:
    got = figs(_LEAD + "About 20 more people were hurt in the chaos as the crowd fled, the sheriff said. None of "
               "those injuries was from gunfire.")
    assert ("injured", "people", 20, None, "sheriff's office") in got


def test_people_hurt_fleeing_keep_the_gunman_unless_the_story_says_otherwise() -> None:
    assert ("injured", "people", 2, "gunman", "police") in figs(_LEAD + "Two others were hurt as the crowd fled.")


def test_a_hospital_that_treated_none_for_gunshot_wounds() -> None:
    got = figs(_LEAD + "Mercy Hospital said six people were treated there, none of them for gunshot wounds.")
    assert ("injured", "people", 6, None, "Mercy Hospital") in got


def test_worshippers_and_students_are_people_in_a_us_story() -> None:
    got = figs("DENTON, Texas -- A gunman killed nine worshippers at a church and wounded three students outside, "
               "police said.")
    assert [(o, g, n) for o, g, n, _p, _c in got] == [("killed", "people", 9), ("injured", "people", 3)]


def test_worshippers_stay_civilians_elsewhere() -> None:
    got = figs("KABUL, Afghanistan -- A suicide bomber killed 40 worshippers at a mosque in the Afghan capital on "
               "Friday, officials said.")
    assert ("killed", "civilians", 40) in [(o, g, n) for o, g, n, _p, _c in got]


def test_a_possessive_shared_by_a_relative_with_a_modifier() -> None:
    got = figs("Troopers said the girl phoned 911 and told them her mom and older brother were dead.")
    assert [(o, g, n) for o, g, n, _p, _c in got] == [("killed", "people", 2), ("killed", "women", 1),
                                                      ("killed", "men", 1)]
