"""Deaths and injuries from accidents, disasters or illness are not casualty figures
(extract/forms.py ``non_violent_cause``, ``[causes]`` in the lexicon). All sentences are the team's own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civcas.extract import extract
from civcas.extract.forms import non_violent_cause
from civcas.models import Document


def tolls(text: str) -> set[tuple[str, int | None]]:
    return {(f.outcome, f.low) for f in extract(Document(id="t", text=text))
            if f.outcome in ("killed", "injured") and f.subgroup != "named"}


@pytest.mark.parametrize("text", [
    "THE CO-PILOT WAS KILLED AND A MECHANIC WAS INJURED IN THE EMERGENCY LANDING.",
    "TWO PEOPLE DIED WHEN A LIGHT PLANE CRASHED NEAR THE AIRPORT ON SUNDAY.",
    "An earthquake in the north killed about 200 people in 1983.",
    "Some 3,000 people die of drug overdoses in the state every year.",
    "FOUR WORKERS WERE KILLED IN A ROAD ACCIDENT ON THE HIGHWAY TO THE PORT.",
])
def test_accidents_and_disasters_give_no_casualty_figure(text: str) -> None:
    assert tolls(text) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("The helicopter crashed after it was hit by rebel fire; four soldiers died.", ("killed", 4)),
    ("One man is dead after a hunting accident on the ridge, deputies said.", ("killed", 1)),
    ("THREE PEOPLE WERE KILLED WHEN A BOMB EXPLODED AT THE SITE OF THE ACCIDENT.", ("killed", 3)),
    ("A MAN DIED OF A HEART ATTACK AFTER GUNMEN KILLED 3 PEOPLE IN THE MARKET.", ("killed", 3)),
])
def test_violence_overrides_the_accident_cue(text: str, want: tuple[str, int]) -> None:
    assert want in tolls(text)


def test_heart_attack_is_not_an_attack() -> None:
    assert non_violent_cause(["a", "guard", "died", "of", "a", "heart", "attack"])
    assert not non_violent_cause(["a", "guard", "died", "in", "the", "attack"])


@given(st.lists(st.sampled_from(["the", "man", "died", "in", "a", "village", "shot", "accident", "bomb",
                                 "quake", "two", "people"]), max_size=12))
def test_a_word_of_violence_always_wins(words: list[str]) -> None:
    if {"shot", "bomb"} & set(words):
        assert not non_violent_cause(words)
    if not {"accident", "quake"} & set(words):
        assert not non_violent_cause(words)
