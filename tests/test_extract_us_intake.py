"""A hospital's intake after a US shooting ("it treated six patients"), not its usual load
(civcas.extract.count_resolve, lexicon.toml [intake])."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def _injured(text: str) -> list[int | None]:
    return [f.low for f in extract(Document(id="s", text=text)) if f.outcome == "injured"]


def test_a_hospital_that_treated_patients_after_a_shooting_counts_the_injured() -> None:
    text = ("SPRINGFIELD, Ill. -- A gunman killed four people at a warehouse on Monday. "
            "Mercy Hospital said it treated six patients from the warehouse.")
    assert _injured(text) == [6]


def test_patients_treated_a_day_are_no_injured() -> None:
    text = "SPRINGFIELD, Ill. -- Mercy Hospital, which treated 300 patients a day last year, is expanding its ward."
    assert _injured(text) == []


def test_patients_treated_in_a_past_year_are_no_injured() -> None:
    text = ("SPRINGFIELD, Ill. -- An airstrike hit the clinic on Monday, killing three staff. "
            "The clinic had treated more than 9,000 patients in 2019.")
    assert _injured(text) == []
