"""Wire copy (MUC-4 style) round 2: partitive counts ("one of the three leaders"), "X and seven
other people", name-numbers ("M-19"), plurals and compounds after death nouns, adverbs before
"died", sentences recalling a killing long past.  All sentences are written by the civcas team."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.models import Document


def _figs(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.outcome, f.low, f.high) for f in extract(Document(id="m2", text=text))]


@pytest.mark.parametrize(("text", "want", "not_want"), [
    ("ONE OF THE THREE UNION LEADERS HAS BEEN FOUND DEAD.", ("killed", 1, 1), ("killed", 3, 3)),
    ("Two of the five hostages were killed by their captors.", ("killed", 2, 2), ("killed", 5, 5)),
    ("One of the five was killed.", ("killed", 1, 1), ("killed", 5, 5)),
    ("Three of the 12 passengers died in the ambush.", ("killed", 3, 3), ("killed", 12, 12)),
])
def test_partitive_counts_the_part(text: str, want: tuple[str, int, int], not_want: tuple[str, int, int]) -> None:
    figs = _figs(text)
    assert want in figs
    assert not_want not in figs


@pytest.mark.parametrize(("text", "want"), [
    ("Six of the 40 people killed were children.", ("killed", 40, 40)),  # the whole is a toll
    ("Two of the 12 wounded were children.", ("injured", 12, 12)),
    ("He was one of the two men who died in the ambush.", ("killed", 2, 2)),
])
def test_partitive_whole_that_states_a_toll(text: str, want: tuple[str, int, int]) -> None:
    assert want in _figs(text)


@pytest.mark.parametrize(("text", "n", "outcome"), [
    ("MAYOR LUIS ROJAS AND SEVEN OTHER PEOPLE WERE KILLED IN THE AMBUSH.", 8, "killed"),
    ("He and two others were wounded by the blast.", 3, "injured"),
    ("The driver and two others were killed.", 3, "killed"),
])
def test_one_and_others(text: str, n: int, outcome: str) -> None:
    assert (outcome, n, n) in _figs(text)


@pytest.mark.parametrize(("text", "want", "not_want"), [
    # the word before "and" is a trigger: two injured, not three
    ("One person was killed and two others were injured.", ("injured", 2, 2), ("injured", 3, 3)),
    # no person before "and": three soldiers, not four
    ("DURING THE NIGHT ATTACK AND THREE OTHER SOLDIERS WERE WOUNDED.", ("injured", 3, 3), ("injured", 4, 4)),
])
def test_no_one_and_others(text: str, want: tuple[str, int, int], not_want: tuple[str, int, int]) -> None:
    figs = _figs(text)
    assert want in figs
    assert not_want not in figs


@pytest.mark.parametrize("text", [
    "THE MINISTER CLAIMED THAT THE M-19 LEADERS ARE BEING SLAIN BY HIRED GUNMEN.",
    "AK-47 RIFLES WERE FOUND NEAR THE BODIES.",
])
def test_name_numbers_are_no_counts(text: str) -> None:
    assert not any(low in (19, 47) for _o, low, _h in _figs(text))


@pytest.mark.parametrize("text", [
    "THE DIALOGUE WILL COLLAPSE IF THE MURDER OF M-19 ACTIVISTS GOES ON.",
    "HE BLAMED THE BISHOP FOR THE MURDER OF LOWLAND PEOPLE WHO CROSSED THE RIVER.",
    "THE CAMPAIGN IS LED BY THE BRIGADE'S DEATH SQUADS, THE OPPOSITION SAID.",
    "NOW THAT IT HAS OFFICIALLY DIED, THE ENGINEERS HAVE LEFT.",
])
def test_no_single_victim(text: str) -> None:
    assert ("killed", 1, 1) not in _figs(text)


@pytest.mark.parametrize("text", [
    "WE MUST NOT FORGET THE MURDER OF BISHOP JUAN ORTIZ, WHICH WAS NEVER SOLVED.",
    "THE ARCHBISHOP RECALLED THAT TEACHER ANA RIOS WAS KILLED IN HER CLASSROOM.",
    "THE UNION LEADER ANDRES PALMA WAS KILLED 10 YEARS AGO.",
    "MARIA DIAZ WAS KILLED 10 YEARS AGO IN THE CAPITAL.",
])
def test_caps_recalled_killing_is_no_figure(text: str) -> None:
    assert ("killed", 1, 1) not in _figs(text)


def test_caps_killing_last_month_still_counts() -> None:
    # "last month" dates a reported incident; only recalling words and "years ago" drop a name
    assert ("killed", 1, 1) in _figs("MARIA DIAZ WAS KILLED LAST MONTH IN THE CAPITAL.")
