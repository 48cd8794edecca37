"""Perpetrators of the s9 session: the victims' or targets' side is never the author.

(1) A belligerent named only as the struck side ("40 al-Shabaab fighters were killed", "strikes on
Houthi positions") wins no document vote; a belligerent that tells those losses is the striking
side. (2) A person's origin ("came to Ohio from Iraq as a boy", "a Somali-born driver", "of Syrian
descent") names no state force. (3) The plain names of the US armed forces ("US troops", "the
Pentagon") mean the US-led coalition only in its theatres; elsewhere the US military. A place
"frequented by US servicemen" names its visitors, not an author. All sentences are the team's own.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from civcas.extract import canonical_actor
from civcas.extract.actor_context import as_origin
from extract_helpers import actor_score, figures_on, perpetrators_on

figures = partial(figures_on, published=date(2016, 5, 2))
perps = partial(perpetrators_on, published=date(2016, 5, 2))
_score = actor_score


# (1) the struck side


@pytest.mark.parametrize(("sentence", "name"), [
    ("Jets carried out air strikes on Islamic State positions south of the town overnight.", "Islamic State"),
    ("The army said its raids on al-Shabaab camps had gone on for three days.", "al-Shabaab"),
    ("Planes flew a fresh wave of attacks against Houthi depots near the port.", "Houthis"),
])
def test_the_target_of_strikes_scores_below_zero(sentence: str, name: str) -> None:
    assert _score(sentence, name) < 0


@pytest.mark.parametrize("text", [
    "Egyptian military planes hit camps outside the city at first light. An army spokesman in Cairo said "
    "that some 30 ISIS fighters had been killed. Doctors at the city hospital said four civilians, "
    "among them two boys, had also died.",
    "Warplanes bombed three districts of the town on Friday. Egypt's air force said 25 Islamic State "
    "militants were killed in the raids. A rights group later said that nine residents had died.",
    "The Egyptian army announced that 18 IS fighters had been killed in the dawn strikes. Relatives "
    "told reporters that six members of one family had been killed when their house was hit.",
])
def test_the_side_telling_its_foes_losses_is_the_author(text: str) -> None:
    got = perps(text)
    assert "Islamic State" not in got
    assert "Egyptian military" in got


@pytest.mark.parametrize("text", [
    "Strikes on Islamic State positions near the village left 11 civilians dead, residents said. "
    "Islamic State had held the area since the spring.",
    "Seven civilians died in raids on al-Shabaab bases outside the town, elders said. Al-Shabaab "
    "has controlled the district for years.",
    "Five farmers were killed when planes struck Houthi positions in the valley, a local official said. "
    "The Houthis have run the province since 2015.",
])
def test_a_group_only_struck_is_not_the_author(text: str) -> None:
    got = perps(text)
    assert not got & {"Islamic State", "al-Shabaab", "Houthis"}


# (2) a person's origin


@pytest.mark.parametrize(("sentence", "word"), [
    ("The suspect, who moved to Ohio from Russia with his parents, was charged on Monday.", "Russia"),
    ("Police said the gunman, who came to Texas from Turkey in 1999, had no record.", "Turkey"),
    ("Investigators said the Iranian-born engineer had bought the rifle legally.", "Iranian"),
    ("The 24-year-old, a Syrian national, was held without bail.", "Syrian"),
    ("A man of Israeli descent was named as the shooter.", "Israeli"),
])
def test_an_origin_is_told(sentence: str, word: str) -> None:
    start = sentence.index(word)
    assert as_origin(sentence, start, start + len(word))


@pytest.mark.parametrize(("sentence", "word"), [
    ("Troops from Turkey shelled the village at dawn.", "Turkey"),
    ("The fire that hit the school came from Russian positions.", "Russian"),
    ("A Syrian National Army unit stormed the village.", "Syrian"),
])
def test_a_force_is_no_origin(sentence: str, word: str) -> None:
    start = sentence.index(word)
    assert not as_origin(sentence, start, start + len(word))


@pytest.mark.parametrize("text", [
    "TULSA, Okla. -- A gunman killed three people at a warehouse on Tuesday, police said. The suspect, "
    "who emigrated from Turkey to the United States in his teens, was detained at his apartment.",
    "DAYTON, Ohio -- Four people were shot dead at a car wash on Sunday, police said. The Turkish-born "
    "suspect, 29, was taken into custody an hour later.",
    "PHOENIX, Ariz. -- Police said a man opened fire at a bus stop, killing two women. Relatives said "
    "the suspect had moved to Arizona from Russia with his family in 2008.",
])
def test_an_origin_names_no_state_force_in_a_us_crime_story(text: str) -> None:
    got = perps(text)
    assert not got & {"Turkish forces", "Russian forces"}


# (3) the US armed forces outside the coalition's theatres


@pytest.mark.parametrize(("words", "theatre", "name"), [
    ("US troops", ("PA",), "US military"),
    ("the Pentagon", ("HN",), "US military"),
    ("U.S. forces", ("SV",), "US military"),
    ("US Army", ("NI",), "US military"),
    ("the Pentagon", ("SY",), "US-led coalition"),
    ("U.S. forces", ("IQ",), "US-led coalition"),
    ("US forces", ("SO",), "US Africa Command"),
])
def test_us_forces_by_theatre(words: str, theatre: tuple[str, ...], name: str) -> None:
    got = canonical_actor(words, theatre=theatre)
    assert got is not None and got.name == name


@pytest.mark.parametrize("text", [
    "TEGUCIGALPA, 3 MAR 89 -- UNKNOWN MEN THREW A GRENADE INTO A DISCOTHEQUE FREQUENTED BY U.S. "
    "MILITARY PERSONNEL IN SAN PEDRO SULA, WOUNDING THREE U.S. SOLDIERS AND TWO HONDURANS.",
    "SAN SALVADOR, 4 APR 90 -- A BOMB EXPLODED AT A RESTAURANT VISITED BY U.S. MILITARY ADVISERS, "
    "INJURING FOUR SALVADORANS, POLICE SAID.",
    "PANAMA CITY, 9 JAN 90 -- GUNMEN FIRED ON A CLUB PATRONIZED BY US FORCES PERSONNEL, KILLING ONE "
    "PANAMANIAN WAITER, POLICE SAID.",
])
def test_the_visitors_of_a_place_are_no_author(text: str) -> None:
    got = perps(text)
    assert not got & {"US-led coalition", "US military"}

