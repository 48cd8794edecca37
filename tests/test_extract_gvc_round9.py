"""GVC-style local news, round 9: a headline count over a body that only tells tallies, a name ending
in s with a bare apostrophe before "death"."""

from __future__ import annotations

from civcas.extract import extract
from civcas.models import Document


def test_a_headline_count_is_kept_over_a_body_of_other_tallies() -> None:
    doc = Document(id="h", title="Police: Family of three dies in murder-suicide at Ogden home",
                   text="Officers found the bodies on Sunday. It was the fourth murder-suicide in the county since "
                        "2014 in which a parent killed two children, records show.")
    assert ("killed", 3) in [(f.outcome, f.low) for f in extract(doc)]


def test_a_headline_restating_the_bodys_tally_is_not_read() -> None:
    doc = Document(id="h", title="Monitor raises its count of civilians killed to 512",
                   text="The monitor said on Monday that 512 civilians had been killed by air strikes since 2015.")
    assert [f.low for f in extract(doc)].count(512) == 1


def test_a_name_ending_in_s_before_death() -> None:
    got = extract(Document(id="n", text="Neighbors gathered as the news of Marcus Collins’ death spread."))
    assert [(f.outcome, f.low, f.number_text) for f in got] == [("killed", 1, "Collins")]


def test_a_plural_possessive_is_no_name() -> None:
    assert extract(Document(id="n", text="The victims' deaths shocked the small town.")) == []


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(f.outcome, f.low) for f in extract(Document(id="o", text=text))]


def test_a_bare_ordinal_is_one_more_person() -> None:
    assert _counts("Five people were killed in the shooting, and a sixth died later at the hospital.") == [
        ("killed", 5), ("killed", 1)]
    assert _counts("Two men were killed and a third was wounded.") == [("killed", 2), ("injured", 1)]
    assert _counts("Three people were found dead, and a fourth with serious injuries, officers said.") == [
        ("killed", 3), ("injured", 1)]


def test_an_ordinal_of_times_or_events_is_no_person() -> None:
    assert _counts("It was a second attack in a week.") == []
    assert _counts("The boy was shot a second time and died.") == [("killed", 1)]
