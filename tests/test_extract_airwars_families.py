"""Figure families of monitors' incident narratives (Airwars-style assessments quoting several
sources): breakdowns whose items are separated by commas, and parts nested inside one item of a
breakdown. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document


def counted(text: str) -> set[tuple[str, str, int | None, bool]]:
    """(outcome, group, low, is a part) of the counted figures of ``text``."""
    figs = extract(Document(id="t", text=text, published=date(2023, 11, 2)))
    return {(f.outcome, f.group, f.low, f.part_of is not None) for f in figs
            if f.subgroup != "named" and f.low is not None}


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, at least seven civilians, including two women, one of whom was heavily pregnant, and four "
     "children, were reportedly killed in a suspected Israeli strike on a home in Deir al-Balah.",
     {("killed", "civilians", 7, False), ("killed", "women", 2, True), ("killed", "children", 4, True)}),
    ("Nine members of the Salem family – including two men, three women, and four children – were "
     "reportedly killed when an alleged airstrike hit their home.",
     {("killed", "people", 9, False), ("killed", "men", 2, True), ("killed", "women", 3, True),
      ("killed", "children", 4, True)}),
    ("At least 11 civilians, including a doctor, at least three women and six children, were killed "
     "and dozens were wounded in the shelling of the market.",
     {("killed", "civilians", 11, False), ("killed", "women", 3, True), ("killed", "children", 6, True)}),
])
def test_breakdown_items_separated_by_commas(text: str, expected: set[tuple[str, str, int, bool]]) -> None:
    got = counted(text)
    assert expected <= got
    assert ("killed", "women", 1, True) not in got  # "one of whom was pregnant" is inside the three


def test_items_followed_by_another_clause_are_not_a_breakdown() -> None:
    # the comma-separated items end in a clause of their own: the total is not the subject of "were"
    got = counted("Rescuers pulled 12 residents, including two women, three children, and a man, from "
                  "the rubble, and four were killed.")
    assert ("killed", "people", 12, False) not in got
    assert ("killed", "civilians", 12, False) not in got


@pytest.mark.parametrize("text", [
    "At least 21 civilians, including at least six women and eleven children, one of them a "
    "3-month-old baby, were reportedly killed in an alleged strike on two houses.",
    "At least 14 people were killed, including five women and four children, one of whom was a "
    "newborn girl.",
])
def test_part_of_a_breakdown_item_is_not_another_part(text: str) -> None:
    got = counted(text)
    assert not any(g == "children" and low == 1 for _o, g, low, _p in got)
    assert any(g == "children" and low in (4, 11) for _o, g, low, _p in got)


def test_part_of_the_total_is_still_counted() -> None:
    # "two of them children" follows the total, not an item of a breakdown: it stays a part
    got = counted("Five civilians were killed in the strike, two of them children, medics said.")
    assert ("killed", "civilians", 5, False) in got
    assert ("killed", "children", 2, True) in got


@pytest.mark.parametrize(("text", "total"), [
    ("On Tuesday, seven civilians belonging to the Odeh family, including a mother and her four "
     "children, were killed in an alleged airstrike.", 7),
    ("On Tuesday, at least eight civilians belonging to the Hamdan family, including a father with his "
     "three sons and their grandmother, were killed in an alleged airstrike.", 8),
])
def test_total_before_a_breakdown_with_kin(text: str, total: int) -> None:
    # the counted kin after "including" are parts: the total is still the subject of "were killed"
    assert ("killed", "civilians", total, False) in counted(text)


def test_kin_after_and_are_parts_of_the_breakdown() -> None:
    got = counted("On Tuesday, seven civilians belonging to the Odeh family, including a mother and her "
                  "four children, were killed in an alleged airstrike.")
    assert {("killed", "women", 1, True), ("killed", "children", 4, True)} <= got


def test_others_after_a_breakdown_start_a_new_clause() -> None:
    # "and at least six others were wounded" is not said of the nine killed
    got = counted("An alleged airstrike on a flat in Deir al-Balah killed nine named members of the "
                  "Haddad family, most of whom were children and women, including a toddler, and at least "
                  "six others were wounded.")
    assert ("killed", "people", 9, False) in got
    assert not any(o == "injured" and low == 9 for o, _g, low, _p in got)


@pytest.mark.parametrize("text", [
    "At least one civilian, a young man named Omar Khaled (27 years old), was killed by the strike and "
    "others were wounded.",
    "Two people, a husband and his wife, were reported killed on Sunday, and at least two others, "
    "among them a child, were injured.",
])
def test_others_do_not_take_the_group_of_one_person(text: str) -> None:
    # one man or woman named before does not make the "others" men or women
    got = counted(text)
    assert not any(o == "injured" and g in ("men", "women") for o, g, _low, _p in got)
    assert any(o == "injured" and g in ("people", "civilians") and low == 2 for o, g, low, _p in got)


def test_others_still_take_the_group_of_a_plural_count() -> None:
    assert ("missing", "men", 600, False) in counted("Forty men were killed and 600 others are missing.")
