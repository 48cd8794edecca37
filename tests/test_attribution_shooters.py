"""Lone shooters named by their act and past shootings a US story recalls (civcas.extract.shooters,
civcas.extract.docstate.past_shooting)."""

from __future__ import annotations

from civcas.extract import extract
from civcas.extract.shooters import lone_shooter
from civcas.models import Document


def test_one_person_who_shoots_and_kills_is_a_gunman() -> None:
    got = lone_shooter("A 19-year-old man shot and killed two neighbours in a dispute over parking, deputies said.")
    assert got is not None and got.name == "gunman" and got.text == "A 19-year-old man"


def test_a_man_who_was_shot_is_no_gunman() -> None:
    assert lone_shooter("A man was shot and killed outside a bar on Elm Street early Sunday, police said.") is None


def _by_low(text: str) -> dict[int | None, str | None]:
    return {f.low: f.perpetrator.name if f.perpetrator else None
            for f in extract(Document(id="s", text=text)) if f.low is not None}


def test_a_past_shooting_recalled_by_a_us_story_is_a_gunmans() -> None:
    text = ("SPRINGFIELD, Ill. -- Several people opened fire outside a bar early Saturday, killing two people, police "
            "said.\n\nThe shooting came a month after nine people were killed at a church in Dayton, Ohio.")
    got = _by_low(text)
    assert got[9] == "gunman" and got[2] is None


def test_a_past_bombing_recalled_by_a_war_story_has_no_gunman() -> None:
    text = ("KABUL, Afghanistan -- A car bomb exploded near a mosque in the west of the capital on Friday, killing "
            "six people, officials said.\n\nThe attack came a month after nine people were killed at a market in "
            "Jalalabad.")
    assert _by_low(text).get(9) != "gunman"


def test_a_described_man_who_fires_in_a_us_story_is_the_gunman() -> None:
    text = ("DAYTON, Ohio -- Police are looking for the motive of a shooting at a diner on Friday night.\n\n"
            "A man armed with a shotgun shot four customers, killing two of them, police said. Officers arrested "
            "him a block away.")
    assert _by_low(text)[2] == "gunman"


def test_a_recalled_shooting_by_a_described_woman_is_a_gunmans() -> None:
    text = ("MESA, Ariz. -- Two people were wounded early Sunday in a shooting outside a tavern, police "
            "said.\n\nIn March, a woman carrying a pistol fatally shot three relatives at a ranch east of town before "
            "she was arrested.")
    assert _by_low(text)[3] == "gunman"


def test_an_armed_young_man_described_in_a_us_story_is_the_gunman() -> None:
    text = ("TOLEDO, Ohio -- Detectives are investigating a shooting at a house party on Saturday.\n\nAn armed "
            "young man wounded five guests and fled on foot, police said.")
    assert _by_low(text)[5] == "gunman"


def test_two_described_men_stay_unidentified_gunmen() -> None:
    text = ("TOLEDO, Ohio -- Detectives are investigating a shooting at a house party on Saturday.\n\nTwo masked "
            "men wounded five guests and fled in a car, police said.")
    assert _by_low(text)[5] != "gunman"


def test_a_lone_description_reads_one_person_only() -> None:
    from civcas.extract.described import lone_description
    assert lone_description("a man carrying a rifle") and lone_description("An armed woman")
    assert not lone_description("two men on a motorbike") and not lone_description("a man or men")
    assert not lone_description("masked men")
