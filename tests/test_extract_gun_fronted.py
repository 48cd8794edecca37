"""Victims listed after a fronted participle and its copula ("Also wounded were ...", "Killed were
...", lexicon.toml [outcomes] before).  All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from civcas.extract import extract
from civcas.models import Document

_LEAD = "GARY, Ind. -- A man was shot dead outside a tavern early Friday, police said."


def counts(sentence: str) -> list[tuple[str, str, int | None]]:
    doc = Document(id="f", text="Tavern shooting\n\n" + _LEAD + " " + sentence)
    return [(f.outcome, f.group, f.low) for f in extract(doc, published=dt.date(2015, 3, 2)) if f.part_of is None]


@pytest.mark.parametrize(("sentence", "want"), [
    ("Also wounded were two bystanders who had been waiting for a bus.", ("injured", "civilians", 2)),
    ("Also wounded were three men who had been playing cards on the porch.", ("injured", "men", 3)),
    ("Injured were a cashier and two customers, police said.", ("injured", "civilians", 3)),
    ("Wounded were 3 women and a man, police said.", ("injured", "people", 4)),
    ("Also injured were four teenagers standing near the door.", ("injured", "children", 4)),
])
def test_fronted_wounded_lists_the_injured(sentence: str, want: tuple[str, str, int]) -> None:
    assert want in counts(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Killed were two cousins who had stopped at the store for snacks.", ("killed", "people", 2)),
    ("Also killed was a 70-year-old neighbour who ran out to help.", ("killed", "people", 1)),
    ("Slain were three brothers who lived above the tavern.", ("killed", "men", 3)),
])
def test_fronted_killed_lists_the_dead(sentence: str, want: tuple[str, str, int]) -> None:
    assert want in counts(sentence)


def test_the_wounded_taken_away_are_no_count() -> None:
    assert [c for c in counts("The wounded were taken to a hospital in Chicago.") if c[0] == "injured"] == []
