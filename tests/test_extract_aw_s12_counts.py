"""Assessment-narrative count forms (session 12, s12_awcounts): an extent of ages that counts no one,
a range with an open upper bound, a toll that "ranged from" X to Y or was "recorded as" N, one
count of the dead and wounded together in a reported passive or as two nouns, and a part "of them"
that keeps its whole's group or restates the count after it.  All sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import figures_on

_DAY = date(2024, 3, 5)

Row = tuple[str, str, int | None, int | None]


def _rows(text: str) -> list[Row]:
    return [(f.outcome, f.group, f.low, f.high) for f in figures_on(text, _DAY)]


# --- A. "from a X to a Y": an extent, not two people ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("At least 12 people, from a six month old to an 80 year old, were killed in the shelling.",
     [("killed", "people", 12, None)]),
    ("Between six and nine residents, from a two-month-old baby to a 70-year-old man, died in the fire "
     "that followed the strike.", [("killed", "civilians", 6, 9)]),
    ("Eleven members of the Haddad family, from a newborn girl to an elderly grandfather, were killed "
     "when the house was hit.", [("killed", "people", 11, 11)]),
])
def test_an_extent_of_ages_counts_no_one(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


def test_from_a_place_to_a_place_leaves_the_counts_around_it() -> None:
    # near miss: no count inside the extent, the man and the two children stay counted
    rows = _rows("A man was killed and two children were wounded as the car drove from a checkpoint to a clinic.")
    assert ("killed", "men", 1, 1) in rows and ("injured", "children", 2, 2) in rows


# --- B. a range whose upper end is an open bound ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Between 40 and over 90 people were killed when the market was bombed.", ("killed", "people", 40, 90)),
    ("The raid killed between 9 and at least 14 civilians, medics said.", ("killed", "civilians", 9, 14)),
    ("Rescuers said between 7 and “more than 11” people died under the rubble.", ("killed", "people", 7, 11)),
])
def test_a_range_with_an_open_upper_bound(text: str, expected: Row) -> None:
    assert expected in _rows(text)


def test_years_between_are_no_range() -> None:
    # near miss: "between 2019 and 2021" dates the count after it
    assert _rows("Between 2019 and 2021, more than 60 people were killed in the district.") == [
        ("killed", "people", 60, None)]


# --- C. a toll that ranged from X to Y ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Sources said the number of those injured ranged from 18 to “more than 30.”", ("injured", "people", 18, 30)),
    ("Local officials said the number of wounded ranged from 12 to 20.", ("injured", "people", 12, 20)),
    ("The death toll varied from 8 to 11 depending on the source.", ("killed", "people", 8, 11)),
])
def test_a_toll_that_ranged(text: str, expected: Row) -> None:
    assert expected in _rows(text)


def test_ages_that_ranged_are_no_toll() -> None:
    assert _rows("The ages of the victims ranged from 3 to 77, a relative said.") == []


# --- D. a toll recorded as N ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("By the monitor's method, the minimum number of civilians killed has been recorded as 12.",
     ("killed", "civilians", 12, 12)),
    ("The number of civilians killed in the raid has been assessed as 9 by the group.",
     ("killed", "civilians", 9, 9)),
    ("Two victims were named by relatives; the number of wounded was estimated as 30.",
     ("injured", "people", 30, 30)),
])
def test_a_toll_recorded_as(text: str, expected: Row) -> None:
    assert expected in _rows(text)


def test_recorded_as_without_a_toll_noun() -> None:
    # near miss: the town was recorded as a site, only the four dead are a toll
    assert _rows("The school was listed as one of the sites hit, and 4 people were killed.") == [
        ("killed", "people", 4, 4)]
    assert _rows("Officials said the number of dead was recorded as of Monday.") == []


# --- E. one count of the dead and the wounded together -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Hundreds of villagers were said to have been killed and injured by the shelling.",
     [("killed", "civilians", 2, None), ("injured", "civilians", 100, 200)]),
    ("Dozens were said to have been killed and injured in the camp.",
     [("killed", "people", 2, None), ("injured", "people", 12, 24)]),
    ("The shelling of the quarter led to dozens of killed and injuries, a medic wrote.",
     [("killed", "people", 2, None), ("injured", "people", 12, 24)]),
])
def test_a_joint_count_of_dead_and_wounded(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


def test_a_reported_passive_with_counts_of_its_own() -> None:
    # near miss: two counts, each its own toll
    assert _rows("At least 14 people are reported to have been killed and 30 injured.") == [
        ("killed", "people", 14, None), ("injured", "people", 30, 30)]
    assert _rows("Twelve people are reported to have been killed and injured.") == []


# --- F. a part "of them" keeps its whole's group, or is the count restated after it ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Three children were wounded, two of them seriously.", ("injured", "children", 2, 2)),
    ("A clip showed two men hurt under the rubble being carried out, one of them with a leg wound.",
     ("injured", "men", 1, 1)),
    ("Five women were killed, two of them in the kitchen of the house.", ("killed", "women", 2, 2)),
])
def test_a_bare_part_keeps_its_wholes_group(text: str, expected: Row) -> None:
    rows = _rows(text)
    assert expected in rows
    assert not any(r[1] == "people" for r in rows)


@pytest.mark.parametrize(("text", "part"), [
    ("On Monday two cousins, one of them a boy, were injured by gunfire.", ("injured", "children", 1, 1)),
    ("Six boys were hurt, one of whom was a 9-year-old.", ("injured", "children", 1, 1)),
    ("Nine relatives, including two women and four children of whom one was an infant, were killed.",
     ("killed", "children", 4, 4)),
])
def test_a_part_restated_by_the_count_after_it(text: str, part: Row) -> None:
    rows = _rows(text)
    assert part in rows
    assert not any(r[1] == "people" and r[2] == 1 for r in rows)
    assert rows.count(("killed", "children", 1, 1)) + rows.count(("injured", "children", 1, 1)) <= 1


def test_a_part_with_its_own_noun_stays_a_part() -> None:
    # near miss: "two of them children" names the part's own group, a part of the ten
    figs = figures_on("Ten people were killed, two of them children.", _DAY)
    total = next(f for f in figs if f.low == 10)
    part = next(f for f in figs if f.low == 2)
    assert part.group == "children" and part.part_of == total.id


# --- G. "N of the M people killed were <noun>": a part of the toll before it ---------------------------

@pytest.mark.parametrize(("text", "part"), [
    ("Nine of the 20 people killed in the raid were women, the ministry said.", ("killed", "women", 9, 9)),
    ("Five of the 30 people wounded were children, according to the clinic.", ("injured", "children", 5, 5)),
    ("12 of the 31 people killed were children, and 8 of them were under five.", ("killed", "children", 12, 12)),
])
def test_a_leading_part_of_a_toll(text: str, part: Row) -> None:
    figs = figures_on(text, _DAY)
    total = max(figs, key=lambda f: f.low or 0)
    got = next(f for f in figs if (f.outcome, f.group, f.low, f.high) == part)
    assert got.part_of == total.id
    assert [(f.outcome, f.group, f.low) for f in figs if f.part_of == total.id] == [part[:3]]


def test_a_leading_count_that_names_no_group() -> None:
    # near miss: "were from the same street" names no people, the 40 only
    assert _rows("Three of the 40 people killed were from the same street.") == [("killed", "people", 40, 40)]
