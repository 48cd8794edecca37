"""Figure families of monitors' incident assessments (Airwars-style narratives that quote several
sources), round s5: the 12-24 reading of "dozens" and lists of named victims introduced by the
names a source reported. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure


def figs(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(2024, 3, 5)))


@pytest.mark.parametrize("text", [
    "Local outlets said two people were killed and dozens injured when the shell hit the camp.",
    "A Telegram channel run by residents reported dozens of wounded being taken to the field hospital.",
])
def test_dozens_reads_twelve_to_twenty_four(text: str) -> None:
    (f,) = [f for f in figs(text) if f.outcome == "injured"]
    assert (f.low, f.high, f.qualifier) == (12, 24, "vague")
