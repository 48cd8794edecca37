"""A hospital's intake after a shooting (civcas.extract.intake) and its patients' fate."""

from __future__ import annotations

import pytest

from civcas.extract import extract
from civcas.models import Document

_LEAD = "GLENVIEW, Ill. -- A gunman killed two people and wounded five at a bar on Saturday, police said.\n\n"


def got(sentence: str) -> list[tuple[str, str, int | None, bool]]:
    return [(f.outcome, f.group, f.low, f.part_of is not None)
            for f in extract(Document(id="h", text=_LEAD + sentence)) if f.evidence.text.startswith(sentence[:20])]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dr. Ann Lee said the hospital received four gunshot patients.", [("injured", "civilians", 4, False)]),
    ("Oak Valley Hospital said it received seven gunshot victims.", [("injured", "civilians", 7, False)]),
    ("Oak Valley Hospital said it was treating six patients.", [("injured", "civilians", 6, False)]),
    ("Oak Valley Hospital said nine people were treated there, none of them for gunshot wounds.",
     [("injured", "people", 9, False)]),
    ("Dr. Ann Lee said the hospital received four gunshot patients, a deputy and three women.",
     [("injured", "civilians", 4, False), ("injured", "combatants", 1, True), ("injured", "women", 3, True)]),
    ("Lakeside Memorial said it received three patients, among them a 35-year-old deputy in critical "
     "condition and a 70-year-old man.",
     [("injured", "civilians", 3, False), ("injured", "combatants", 1, True), ("injured", "men", 1, True)]),
])
def test_a_hospitals_intake(sentence: str, expected: list[tuple]) -> None:
    assert got(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Volunteers treated 40 people at the fair last summer.",  # no hospital
    "The hospital, which was treating 300 patients when the storm hit, lost power.",  # its usual patients
    "Five people were wounded, two of them in critical condition.",  # a condition subset: no part
])
def test_no_intake(sentence: str) -> None:
    assert all(f[2] in (5, None) for f in got(sentence))


def test_patients_who_died_are_killed() -> None:
    assert got("Two of the patients died there, a spokesman said.") == [("killed", "civilians", 2, False)]
