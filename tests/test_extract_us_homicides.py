"""A US city's count of homicides is a killed tally; homicides a gun is tied to are not
(lexicon.toml [outcomes.killed] head, [case_links]; civcas.extract.count_resolve)."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def _killed(text: str) -> dict[int | None, str]:
    return {f.low: f.scope for f in extract(Document(id="s", text=text)) if f.outcome == "killed"}


def test_a_city_count_of_homicides_this_year_is_a_killed_tally() -> None:
    text = ("SPRINGFIELD, Ill. -- A man was shot dead on Elm Street on Sunday. "
            "Springfield had recorded 41 homicides this year, police said.")
    assert _killed(text) == {1: "incident", 41: "tally"}


def test_homicides_a_gun_is_tied_to_are_no_toll() -> None:
    text = ("SPRINGFIELD, Ill. -- A man was shot dead on Elm Street on Sunday. "
            "The pistol found in his car has been tied to three homicides, police said.")
    assert _killed(text) == {1: "incident"}


def test_homicide_detectives_are_no_count() -> None:
    text = ("SPRINGFIELD, Ill. -- A man was shot dead on Elm Street on Sunday, police said. "
            "Two homicide detectives were sent to the scene.")
    assert _killed(text) == {1: "incident"}
