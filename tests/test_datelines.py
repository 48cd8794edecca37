"""The quick dateline readers of civcas.datelines (shared by ingest and the extraction rules).

All sentences are the team's own.
"""

from __future__ import annotations

import pytest

from civcas.datelines import dateline_city, dateline_date


@pytest.mark.parametrize(("text", "city"), [
    ("ODESA, Ukraine — Two rockets struck a grain terminal before dawn, officials said.", "ODESA"),
    ("NEW HAVEN, Conn. (AP) - A teenager was shot outside a corner store late Friday.", "NEW HAVEN"),
    ("MOSUL -- Coalition aircraft hit a row of houses near the old bridge.", "MOSUL"),
])
def test_the_city_of_an_opening_dateline(text: str, city: str) -> None:
    assert dateline_city(text) == city


@pytest.mark.parametrize("text", [
    "Two rockets struck a grain terminal in Odesa before dawn, officials said.",
    "Odesa, Ukraine — two rockets struck a grain terminal before dawn.",
])
def test_no_city_without_a_capitalised_dateline(text: str) -> None:
    assert dateline_city(text) is None


@pytest.mark.parametrize(("text", "day"), [
    ("CARTAGO, 11 OCT 89 (ACAN) -- [TEXT] A PATROL WAS AMBUSHED NEAR THE DAM.", "11 OCT 89"),
    ("Fresno, Calif., June 4 — A man was found shot dead in a parked car.", "June 4"),
    ("LEON, 27 FEBRUARY 1990 — [TEXT] FOUR SOLDIERS DIED IN THE AMBUSH.", "27 FEBRUARY 1990"),
])
def test_the_date_of_an_opening_dateline(text: str, day: str) -> None:
    m = dateline_date(text)
    assert m is not None and m["d"] == day


def test_a_date_in_the_first_sentence_is_no_dateline() -> None:
    assert dateline_date("Police said on June 4 that a man was found shot dead in a parked car.") is None
