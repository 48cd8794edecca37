"""Perpetrator families of the s8 session (issue 3), part 1: the target of an attack is not its author.

A group named as the target or among the dead ("X operatives were among those killed", "an X
commander was the target of the strike", "the strike was aiming at X fighters", "a vehicle used by
an X cell") is never the perpetrator and never wins the document's vote; the belligerent that
confirms the strike or says what it aimed at is the author, also when the next sentence goes on
with it as "it". All sentences are the team's own.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from civcas.extract.accused import accused_in
from civcas.extract.perpetrators import pronoun_acts
from extract_helpers import actor_score, figures_on, perpetrators_on

figures = partial(figures_on, published=date(2024, 3, 2))
perps = partial(perpetrators_on, published=date(2024, 3, 2))
_score = actor_score


@pytest.mark.parametrize(("sentence", "name"), [
    ("US Africa Command said al-Shabaab operatives were among those killed.", "al-Shabaab"),
    ("A senior Hamas commander was the intended target of the raid, officials said.", "Hamas"),
    ("Hezbollah positions were targeted in the overnight raids, the army said.", "Hezbollah"),
    ("THE ARMY SAID SEVERAL FMLN FIGHTERS WERE AMONG THE DEAD.", "FMLN"),
    ("The vehicle was being used by a Hamas cell, the statement said.", "Hamas"),
    ("Two Islamic State leaders are believed to have died when the drone struck.", "Islamic State"),
])
def test_a_target_is_not_an_author(sentence: str, name: str) -> None:
    assert _score(sentence, name) < 0


@pytest.mark.parametrize(("text", "author"), [
    ("Seven people died when a missile hit a flat in Tyre on Sunday, the Lebanese health ministry said. "
     "The Israeli army said the strike was targeting Hezbollah fighters.", "Israeli military"),
    ("Nine people died overnight when a missile hit a house in Rafah, hospital officials said. "
     "A Hamas commander was the target of the strike, the Israeli military said.", "Israeli military"),
    ("Twelve people were killed when a car was hit near the hospital gate, medics said. The Israeli "
     "military confirmed the strike, saying the vehicle was being used by a Hamas cell.", "Israeli military"),
    ("Five people were killed in a drone strike on a motorbike in Marib, residents said. The Saudi-led "
     "coalition said its raid had hit Houthi fighters.", "Saudi-led coalition"),
    ("Fourteen people died in Tuesday's strike on a market in Deir al-Balah, the civil defence said. "
     "The Israeli military confirmed carrying out an air strike in the area and said an Islamic Jihad "
     "operative was the target.", "Israeli military"),
])
def test_the_confirming_belligerent_is_the_author(text: str, author: str) -> None:
    assert perps(text) == {author}


@pytest.mark.parametrize("text", [
    ("A drone strike killed six people near Jilib in southern Somalia on Tuesday, local elders said. "
     "US Africa Command said al-Shabaab operatives were among those killed."),
    ("THIRTEEN PEOPLE WERE KILLED WHEN PLANES BOMBED A FARM NEAR SUCHITOTO, RESIDENTS SAID. THE "
     "COMMAND SAID FMLN FIGHTERS WERE AMONG THE DEAD."),
    ("Eight people were killed in an air strike on a car in Saada, medics said. Houthi commanders were "
     "among those killed, a coalition spokesman said."),
])
def test_the_target_group_never_wins_the_vote(text: str) -> None:
    assert not perps(text) & {"al-Shabaab", "FMLN", "Houthis"}


@pytest.mark.parametrize("sentence", [
    "The raid had been aimed at an Islamic Jihad commander who took part in a rocket attack last year.",
    "TROOPS KILLED TWO REBELS INVOLVED IN THE AMBUSH OF THE PATROL.",
    "The raid was aimed at a commander who was behind the bombing of the market.",
])
def test_the_accused_of_another_attack_is_a_target_here(sentence: str) -> None:
    assert accused_in(sentence, theatre=("PS", "IL")) is None


def test_an_accused_who_is_no_target_stays() -> None:
    got = accused_in("Police arrested two men involved in the killing of the mayor.", theatre=("CO",))
    assert got is not None and got.text == "two men"


@pytest.mark.parametrize("sentence", [
    "Hours later it added that its raid had been aimed at a senior commander.",
    "It confirmed the raid on Thursday.",
    "THEY SAID THEIR STRIKES HIT A GUERRILLA CAMP.",
    "Later, it said its jets had struck a weapons depot.",
])
def test_a_pronoun_goes_on_with_the_speaker(sentence: str) -> None:
    assert pronoun_acts(sentence)


@pytest.mark.parametrize("sentence", [
    "It said 12 people were killed.",
    "They confirmed the death toll on Monday.",
    "In the afternoon the army said the rebels had hit a bus.",
])
def test_a_pronoun_that_owns_no_act(sentence: str) -> None:
    assert not pronoun_acts(sentence)


def test_the_pronoun_speaker_is_the_author() -> None:
    text = ("At least 21 people were killed when a missile hit the yard of a school in Khan Younis, the "
            "health ministry said. The Israeli military said it was looking into the reports. In a second "
            "statement it said the strike had been aimed at a Hamas gunman.")
    assert perps(text) == {"Israeli military"}
