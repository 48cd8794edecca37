"""Publication dates in the forms news text uses, with precision and the day-first rule."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civcas.ingest import parse_date
from civcas.ingest.textdoc import parse_dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017-08-10", date(2017, 8, 10)),
        (" date 2017-08-10", date(2017, 8, 10)),
        ("2016-11-09T14:05:00+03:00", date(2016, 11, 9)),
        ("Posted June 10, 2017", date(2017, 6, 10)),
        ("Nov. 9, 2016", date(2016, 11, 9)),
        ("November 9 2016", date(2016, 11, 9)),
        ("9 November 2016", date(2016, 11, 9)),
        ("9th Nov 2016", date(2016, 11, 9)),
        ("Wed, 09 Nov 2016 10:00:00 GMT", date(2016, 11, 9)),
        ("Updated: Nov. 9, 2016 at 10:43 a.m. ET", date(2016, 11, 9)),
        ("SAN SALVADOR, 3 JAN 90 --", date(1990, 1, 3)),
        ("3 de marzo de 2017", date(2017, 3, 3)),
        ("le 9 novembre 2016", date(2016, 11, 9)),
        ("12. Oktober 2019", date(2019, 10, 12)),
        ("2016/11/09", date(2016, 11, 9)),
        ("20161109T101500Z", date(2016, 11, 9)),
        ("25/12/2016", date(2016, 12, 25)),  # a part above 12 decides on its own
        ("09.11.2016", date(2016, 11, 9)),  # dotted dates are day first
    ],
)
def test_day_precision_forms(text: str, expected: date) -> None:
    assert parse_date(text) == (expected, "day")


def test_numeric_dates_follow_the_dayfirst_rule() -> None:
    assert parse_date("09/11/2016") == (date(2016, 9, 11), "day")
    assert parse_date("09/11/2016", dayfirst=True) == (date(2016, 11, 9), "day")
    assert parse_date("11-09-16") == (date(2016, 11, 9), "day")


def test_month_and_year_precision() -> None:
    assert parse_date("November 2016") == (date(2016, 11, 1), "month")
    assert parse_date("2016-11") == (date(2016, 11, 1), "month")
    assert parse_date("2016") == (date(2016, 1, 1), "year")


def test_day_and_month_without_year_need_a_reference() -> None:
    assert parse_date("Nov 9") is None
    assert parse_date("Nov 9", reference=date(2016, 11, 20)) == (date(2016, 11, 9), "day")
    # a date well after the reference belongs to the year before
    assert parse_date("Dec 30", reference=date(2017, 1, 2)) == (date(2016, 12, 30), "day")


@pytest.mark.parametrize("text", ["", "no date here", "12 people were killed", "the 2016 offensive",
                                  "31/02/2016", "2016-13-45", "Room 101"])
def test_non_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "place", "published"),
    [
        ("SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMY SAID", "SAN SALVADOR", date(1990, 1, 3)),
        ("BEIRUT (AP) — Rescue crews dug through the rubble", "BEIRUT", None),
        ("AFP, AIN ISSA, Syria", "AIN ISSA, Syria", None),
        ("MOSUL, Iraq — A car bomb exploded near a checkpoint", "MOSUL, Iraq", None),
        ("KABUL, Afghanistan, March 19 (Reuters) - A suicide bomber", "KABUL, Afghanistan", None),
    ],
)
def test_datelines(line: str, place: str, published: date | None) -> None:
    dl = parse_dateline(line)
    assert dl is not None
    assert dl.place == place
    assert dl.published == published


def test_dateline_date_without_year_uses_reference() -> None:
    dl = parse_dateline("BEIRUT, Nov 9 (Reuters) - Air strikes hit", reference=date(2016, 11, 10))
    assert dl is not None and dl.place == "BEIRUT" and dl.agency == "Reuters"
    assert dl.published == date(2016, 11, 9)


@pytest.mark.parametrize("line", ["He said - nothing more", "The market was hit: nine died",
                                  "Witnesses said the strike came at dawn."])
def test_sentences_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@given(st.text(max_size=300), st.booleans())
def test_parse_date_never_raises(text: str, dayfirst: bool) -> None:
    found = parse_date(text, dayfirst=dayfirst, reference=date(2020, 1, 1))
    if found is not None:
        assert found[1] in ("day", "month", "year")
        assert 1900 <= found[0].year <= 2100
