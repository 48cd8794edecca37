"""Rule families of the real-news quality pass (issue 3): coordinated victim lists and their
totals, ages written every way, single victims described by the lead, "has died", and numbers
that are not head counts (clock times, addresses, ages after a name, "the family of a boy").

All sentences are the team's own, written in the style of US local news, wire copy and upper-case
FBIS translations.  Every rule has at least two examples here (and in the lexicon beside it).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civcas.evaluate.figures import score_figures
from civcas.extract import extract
from civcas.models import Document, Figure


def figs(text: str, title: str | None = None) -> list[Figure]:
    return extract(Document(id="t", text=text, title=title, published=date(2016, 5, 2)))


def summary(text: str, title: str | None = None) -> list[tuple[str, str, int | None, int | None, bool]]:
    return [(f.outcome, f.group, f.low, f.high, f.part_of is not None) for f in figs(text, title)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A man, two women and a small boy were killed in the crash of gunfire, police said.",
     [("killed", "people", 4, 4, False), ("killed", "men", 1, 1, True), ("killed", "women", 2, 2, True),
      ("killed", "children", 1, 1, True)]),
    ("Three children and two adults were found dead inside the trailer on Sunday.",
     [("killed", "people", 5, 5, False), ("killed", "children", 3, 3, True), ("killed", "people", 2, 2, True)]),
    ("A WOMAN AND HER TWO DAUGHTERS WERE KILLED WHEN THE BOMB WENT OFF.",
     [("killed", "people", 3, 3, False), ("killed", "women", 1, 1, True), ("killed", "people", 2, 2, True)]),
    ("The gunman killed three girls and two boys at the school.",
     [("killed", "children", 5, 5, False), ("killed", "children", 3, 3, True),
      ("killed", "children", 2, 2, True)]),
])
def test_coordinated_list_gives_a_total(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected
    total = figs(text)[0]
    assert all(f.part_of == total.id for f in figs(text)[1:])


@pytest.mark.parametrize("text", [
    "SIX GUERRILLAS AND ONE SOLDIER WERE KILLED IN THE CLASH NEAR THE BRIDGE.",
    "Four soldiers and two insurgents were killed in the firefight.",
])
def test_two_sides_of_a_clash_get_no_total(text: str) -> None:
    assert all(f.part_of is None for f in figs(text))
    assert sorted(f.low or 0 for f in figs(text)) in ([1, 6], [2, 4])


@pytest.mark.parametrize("text", [
    "Two women, a child were killed.",  # no closing "and": not a list
    "At least two women and a child were killed in the strike.",  # a qualifier: no exact sum
])
def test_no_total_without_a_closed_exact_list(text: str) -> None:
    assert not any(f.group == "people" and (f.low or 0) >= 3 for f in figs(text))


@pytest.mark.parametrize(("text", "group"), [
    ("One 7 year old victim was pronounced dead at the scene.", "children"),
    ("A 15-year old was shot and killed outside the store on Friday.", "children"),
    ("A three-year-old was killed when the gun went off.", "children"),
    ("Police said a 2 1/2 year old boy died at the hospital.", "children"),
    ("A 34 year old man died at the scene.", "men"),
])
def test_ages_written_every_way(text: str, group: str) -> None:
    [f] = figs(text)
    assert (f.outcome, f.group, f.low) == ("killed", group, 1)


@pytest.mark.parametrize("text", [
    "The family of a 16-year-old shot and killed by a deputy has hired a lawyer.",
    "The family of a teenager who was shot dead last week spoke to reporters.",
])
def test_the_family_of_a_victim_is_not_a_family_count(text: str) -> None:
    assert all(f.subgroup != "family" for f in figs(text))


@pytest.mark.parametrize("text", [
    "THE MAYOR WAS MURDERED AT 1945 LAST NIGHT IN HIS OFFICE.",
    "THE JUDGE WAS KILLED AT APPROXIMATELY 0730 (1230 GMT) TODAY.",
])
def test_clock_times_are_not_counts(text: str) -> None:
    assert all((f.low or 0) < 100 for f in figs(text))


@pytest.mark.parametrize("text", [
    "A man was shot and killed in the 300 block of Elm Street early Sunday.",
    "Two people were wounded on the 1200 block of West Avenue, police said.",
])
def test_address_blocks_are_not_counts(text: str) -> None:
    assert all((f.low or 0) < 100 for f in figs(text))


@pytest.mark.parametrize("text", [
    "Marcus Green, 19 was shot in the leg and is expected to survive.",
    "Police said Tanya Moore, 31 was killed instantly.",
])
def test_age_after_a_name_with_a_singular_verb(text: str) -> None:
    assert all(f.low != int(t) for f in figs(text) for t in ("19", "31"))


def test_a_bare_number_with_a_plural_verb_still_counts() -> None:
    assert ("injured", "people", 24, 24, False) in summary("The clashes killed 12, and 24 were wounded.")


@pytest.mark.parametrize("text", [
    "The boy has died, police said on Tuesday.",
    "Officers said Smith later died at the county hospital.",
])
def test_has_died_and_later_died(text: str) -> None:
    [f] = figs(text)
    assert (f.outcome, f.low, f.high) == ("killed", 1, 1)


@pytest.mark.parametrize(("title", "text", "group"), [
    ("Girl, 6, dies after accidental shooting",
     "Police were called to the house just after 8 p.m. She was pronounced dead at the hospital.",
     "children"),
    ("Teen shot near bus stop in Dayton",
     "Officers found the victim on the sidewalk. He died later at Miami Valley Hospital.", "children"),
    ("Man and boy shot on porch",
     "Officers found the victims on the porch. He died at the scene.", "people"),
])
def test_lead_describes_the_single_victim(title: str, text: str, group: str) -> None:
    killed = [f for f in figs(text, title) if f.outcome == "killed"]
    assert [(f.group, f.low) for f in killed] == [(group, 1)]


def _gold(people: int, children: int | None = None) -> dict:
    return {"doc_id": "t", "participants": [], "incident": {
        "killed": {"civilians": None, "children": [children, children] if children is not None else None,
                   "women": None, "men": None, "people": [people, people]},
        "injured": {"civilians": None, "people": [0, 0]}}}


@pytest.mark.parametrize(("text", "people"), [
    ("A man, two women and a small boy were killed in the crash of gunfire, police said.", 4),
    ("Five people, including two women, were killed in the shooting.", 5),
])
def test_parts_of_a_scored_total_are_not_false_alarms(text: str, people: int) -> None:
    doc = Document(id="t", text=text, published=date(2016, 5, 2))
    score = score_figures([doc], {"t": _gold(people)}, extract(doc), style="gvc")
    assert score.false_alarms == 0 and score.gold_hit == 1


def test_a_wrong_total_is_still_a_false_alarm() -> None:
    doc = Document(id="t", text="Three children and two adults were found dead in the home.",
                   published=date(2016, 5, 2))
    score = score_figures([doc], {"t": _gold(4, 3)}, extract(doc), style="gvc")
    assert score.false_alarms == 1  # the total 5 is wrong; the parts are not scored against people


@given(st.lists(st.sampled_from(["a man", "two women", "a child", "three boys", "an elderly woman"]),
                min_size=2, max_size=5))
def test_list_total_is_the_sum_of_its_parts(parts: list[str]) -> None:
    text = ", ".join(parts[:-1]) + " and " + parts[-1] + " were killed in the attack."
    out = figs(text)
    totals = [f for f in out if f.part_of is None]
    partsf = [f for f in out if f.part_of is not None]
    assert len(totals) == 1
    assert totals[0].low == sum(f.low or 0 for f in partsf)
    assert len(partsf) == len(parts)
