"""Count phrases whose noun comes after a modifier ("50 more civilians")."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.models import Document


@pytest.mark.parametrize(("text", "group", "n"), [
    ("The ministry said 40 more civilians had been killed in the shelling since Monday.", "civilians", 40),
    ("Two more children died of their wounds at the district hospital.", "children", 2),
    ("Seven more soldiers were wounded when the convoy hit a mine.", "combatants", 7),
])
def test_more_before_a_group_noun_keeps_the_group(text: str, group: str, n: int) -> None:
    figs = extract(Document(id="d", text=text))
    assert any(f.low == n and f.group == group for f in figs), figs


def test_more_before_a_participle_stays_more_of_the_counted() -> None:
    figs = extract(Document(id="d", text="Nine civilians were killed and dozens more wounded in the raid."))
    assert any(f.outcome == "injured" and f.group == "civilians" for f in figs)


def test_many_more_is_a_comparison_not_a_count() -> None:
    figs = extract(Document(id="d", text="Villagers say many more people died in the days after the raid."))
    assert not [f for f in figs if f.qualifier == "vague" and f.low == 2]


@pytest.mark.parametrize(("text", "outcome", "n"), [
    ("MEMPHIS, Tenn. (AP) - A man fired into a crowded lounge early Saturday, killing two patrons, police said.",
     "killed", 2),
    ("Four partygoers were wounded when gunfire erupted at a house party in Ohio, police said.", "injured", 4),
    ("Officers said three co-workers were shot and killed at the warehouse in Texas on Monday.", "killed", 3),
])
def test_patrons_partygoers_and_co_workers_are_counted_people(text: str, outcome: str, n: int) -> None:
    figs = extract(Document(id="d", text=text))
    assert any(f.low == n and f.outcome == outcome and f.group == "people" for f in figs), figs
