"""The antecedent of "N of them" after a plural person noun with no count of its own
(civcas.extract.sides.parts_of_a_side).  All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.models import Document


def groups(text: str) -> list[tuple[str, str, int | None]]:
    doc = Document(id="p", text="Ambush on patrol\n\n" + text)
    return [(f.outcome, f.group, f.low) for f in extract(doc, published=dt.date(2016, 7, 20))]


@pytest.mark.parametrize(("sentence", "want"), [
    ("A man in a ski mask ambushed sheriff's deputies outside a diner on Friday, killing two of them, police said.",
     ("killed", "combatants", 2)),
    ("A rifleman fired on police officers from a rooftop, wounding four of them.", ("injured", "combatants", 4)),
    ("A gunman opened fire on a crowd of shoppers at the mall, killing three of them.",
     ("killed", "civilians", 3)),
])
def test_of_them_counts_the_plural_noun_before_it(sentence: str, want: tuple[str, str, int]) -> None:
    assert want in groups("DALLAS -- " + sentence)


def test_the_attackers_side_is_not_the_antecedent_of_their_victims() -> None:
    got = groups("DALLAS -- A sniper fired on worshippers leaving a church, killing two of them.")
    assert ("killed", "combatants", 2) not in got


def test_others_after_a_partitive_are_of_the_same_noun() -> None:
    got = groups("DALLAS -- A man ambushed police officers at a gas station, killing two of them and wounding three "
                 "others, police said.")
    assert ("killed", "combatants", 2) in got and ("injured", "combatants", 3) in got


def test_a_part_of_a_counted_whole_keeps_the_whole() -> None:
    got = groups("DALLAS -- Fifteen soldiers were wounded in the blast, four of them seriously.")
    assert ("injured", "combatants", 4) in got
