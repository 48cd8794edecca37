"""Counted children spelled out as grown offspring (offspring.py) and roster ranges reaching above a
stated part (victimdoc.py), session 14."""

from __future__ import annotations

from datetime import date

from extract_helpers import figures_on, named_parts

_DAY = date(2024, 2, 11)


def _children(text: str) -> set[tuple[int | None, int | None]]:
    return {(f.low, f.high) for f in figures_on(text, _DAY)
            if f.group == "children" and f.outcome == "killed" and f.subgroup != "named"}


def test_grown_offspring_after_a_colon_are_no_children_count() -> None:
    text = ("An airstrike hit a flat in Deir al-Balah on Sunday. Samira Odeh, 61, was killed with her three "
            "children: her 34-year-old son Karim Odeh, a 29-year-old daughter Lina Odeh and 15-year-old Adam Odeh.")
    assert (3, 3) not in _children(text)


def test_grown_offspring_after_a_dash() -> None:
    text = ("Shelling struck the Hamdan home in Khan Younis at dawn. The strike killed Yusuf Hamdan and his two "
            "children – Nabil Hamdan, 23, and Rasha Hamdan, 19.")
    assert (2, 2) not in _children(text)


def test_grown_offspring_after_a_comma_with_ages_first() -> None:
    text = ("A drone strike hit a tent in Rafah. A farmer, Tamer Qasem, died with their four children, "
            "20-year-old Omar Qasem, 18-year-old Dina Qasem, Ali Qasem, 12, and Zaid Qasem, 9.")
    assert (4, 4) not in _children(text)


def test_children_all_minors_stay_a_children_count() -> None:
    # near miss: every child listed is a minor
    text = ("An airstrike hit a house in Jabalia on Monday. Hiba Saleh was killed along with her three "
            "children: Rami Saleh, 9, Lulu Saleh, 6, and Adam Saleh, 2.")
    assert (3, 3) in _children(text)


def test_children_without_ages_stay_a_children_count() -> None:
    # near miss: no age given, the children may well be minors
    text = ("A strike destroyed a home in Beit Lahia. Rana Aziz died with her two children, Sami Aziz and "
            "Mira Aziz.")
    assert (2, 2) in _children(text)


def test_roster_range_reaching_above_the_stated_part() -> None:
    # the lead states two children; the roster holds two minors and a son of unknown age who may
    # be a child: the range 2-3 is given (its high is more than the stated part)
    text = ("Five civilians, including two children, were killed in an airstrike on the Nassar home in "
            "Gaza City on Tuesday. The dead were identified as Fadi Nassar, 45, his wife Huda Nassar, 40, "
            "their daughter Rima Nassar, 8, their son Yazan Nassar, 5, and their son Omar Nassar.")
    parts = named_parts(text)
    assert parts.get("children") == (2, 3)
