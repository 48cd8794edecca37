"""Casualty figures: patterns, outcomes, groups, breakdowns and non-casualty numbers."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure


def figs(text: str, *, published: date | None = date(2016, 11, 11), title: str | None = None) -> list[Figure]:
    return extract(Document(id="t", text=text, title=title, published=published))


def summary(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [(f.outcome, f.group, f.low, f.high) for f in figs(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nine civilians were killed in the raid.", [("killed", "civilians", 9, 9)]),
    ("The strike killed 12 people in the market.", [("killed", "people", 12, 12)]),
    ("Shelling hit the town overnight, killing five.", [("killed", "people", 5, 5)]),
    ("The bombing left 14 dead and 30 wounded.",
     [("killed", "people", 14, 14), ("injured", "people", 30, 30)]),
    ("The death toll from Tuesday's attack on the market in the old town rose to 25.",
     [("killed", "people", 25, 25)]),
    ("Seventeen people lost their lives in the flooding of the shelter.", [("killed", "people", 17, 17)]),
    ("Rescuers recovered 11 bodies from the rubble.", [("killed", "people", 11, 11)]),
    ("The blast claimed the lives of eight people.", [("killed", "people", 8, 8)]),
    ("Four soldiers were wounded in the ambush.", [("injured", "combatants", 4, 4)]),
    ("Three policemen were hurt.", [("injured", "combatants", 3, 3)]),
    ("A child was killed and two women were injured.",
     [("killed", "children", 1, 1), ("injured", "women", 2, 2)]),
    ("An elderly man died in hospital.", [("killed", "men", 1, 1)]),
    ("Dozens of people were wounded.", [("injured", "people", 12, 24)]),  # Airwars: dozens = 12-24
    ("At least 20 people died and more than 30 were wounded.",
     [("killed", "people", 20, None), ("injured", "people", 30, None)]),
    ("Up to 27 villagers remain missing after the raid.", [("missing", "civilians", None, 27)]),
    ("Troops arrested 14 men in the village.", [("detained", "men", 14, 14)]),
    ("Between 12 and 19 civilians were killed.", [("killed", "civilians", 12, 19)]),
    ("A 12-year-old was killed by a sniper.", [("killed", "children", 1, 1)]),
    ("A FAMILY OF FIVE WAS KILLED WHEN THE SHELL HIT THEIR HOUSE.", [("killed", "people", 5, 5)]),
])
def test_patterns(text: str, expected: list[tuple[str, str, int | None, int | None]]) -> None:
    assert summary(text) == expected


def test_breakdown_shares_statement_and_points_to_total() -> None:
    out = figs("The raid killed 15 civilians, including four women and three children.")
    total, women, children = out
    assert (total.group, women.group, children.group) == ("civilians", "women", "children")
    assert women.part_of == total.id and children.part_of == total.id and total.part_of is None
    assert len({f.statement for f in out}) == 1
    assert women.outcome == children.outcome == "killed"


@pytest.mark.parametrize("text", [
    "Twelve people were killed, four of them children.",
    "The strike killed 12 people, among them four children.",
    "12 people, including four children, were killed in the strike.",
])
def test_breakdown_forms(text: str) -> None:
    out = figs(text)
    assert [(f.group, f.low) for f in out] == [("people", 12), ("children", 4)]
    assert out[1].part_of == out[0].id


def test_sentence_initial_breakdown() -> None:
    out = figs("Seven people were killed in the strike. Among the dead were two girls.")
    assert [(f.outcome, f.group, f.low) for f in out] == [("killed", "people", 7), ("killed", "children", 2)]


def test_family_members_get_subgroup_and_detail() -> None:
    (f,) = figs("Six members of the al-Hassan family were killed when their home was hit.")
    assert (f.group, f.subgroup, f.low) == ("people", "family", 6)
    assert any("al-Hassan family" in d for d in f.details)


def test_active_subject_is_not_a_victim() -> None:
    assert summary("Two gunmen killed three people at the checkpoint.") == [("killed", "people", 3, 3)]


def test_killed_or_wounded_has_no_single_outcome() -> None:
    assert summary("Thirteen soldiers were either killed or wounded.") == []


@pytest.mark.parametrize("text", [
    "More than 120,000 people have been displaced since the fighting began.",
    "About 3,000 civilians are trapped in the old city.",
    "Some 1,500 fighters remain inside the city, commanders said.",
    "Two hundred families fled the village.",
    "The coalition carried out 14 airstrikes near the town.",
    "Forty vehicles were seen moving 30 km east of the front.",
    "Sixty percent of the houses were damaged.",
    "The hospital has 200 beds and four operating theatres.",
    "The shelling began at 3 pm and lasted for 6 hours.",
    "He was arrested in 2014 and released in 2016.",
    "The ministry said aid for 53,000 people could not reach the town.",
])
def test_non_casualty_numbers(text: str) -> None:
    assert figs(text) == []


def test_ages_are_not_counts() -> None:
    out = figs("A 12-year-old boy and his 40-year-old father were killed.")
    assert all(f.low not in (12, 40) for f in out)
    out2 = figs("Ahmed Saleh (45) and his son were killed in the strike on the car.")
    assert all(f.low != 45 for f in out2)


def test_headline_repeat_is_one_statement() -> None:
    text = ("Strike kills 9 in market town\n\n"
            "An air strike on a market killed nine civilians on Tuesday, local officials said.")
    out = figs(text)
    assert [(f.outcome, f.low) for f in out] == [("killed", 9)]


def test_same_number_in_two_incidents_is_two_figures() -> None:
    text = ("Shelling killed four people in the north of the city on Monday. "
            "In a separate attack in the south, four people were killed on Tuesday.")
    assert len(figs(text)) == 2


def test_evidence_offsets_and_stable_ids() -> None:
    text = "Intro line.\n\nThe raid killed 15 civilians, including four women, activists said."
    a = figs(text)
    b = figs(text)
    assert [f.id for f in a] == [f.id for f in b]
    for f in a:
        assert text[f.evidence.start:f.evidence.end] == f.evidence.text
        assert f.number_text and f.number_text in f.evidence.text


def test_denials() -> None:
    (f,) = figs("The ministry denied that any civilians were killed in the operation.")
    assert (f.stance, f.low, f.high, f.outcome) == ("denied", None, None, "killed")
    (g,) = figs("No civilians were harmed, the army said.")
    assert g.stance == "denied" and g.low is None
    both = figs("Strikes killed 12 people in the village, activists said. "
                "The coalition said it did not carry out strikes in the area.")
    assert [(f.stance, f.low) for f in both] == [("asserted", 12), ("denied", None)]
    assert both[1].claimant is not None and both[1].claimant.name == "US-led coalition"


@pytest.mark.parametrize(("text", "stance"), [
    ("Four children were reportedly killed in the strike.", "hedged"),
    ("As many as 30 people may have died, officials said.", "hedged"),
    ("Four children were killed in the strike.", "asserted"),
    ("A suspected chemical attack killed 72 civilians.", "asserted"),
])
def test_stance(text: str, stance: str) -> None:
    assert figs(text)[0].stance == stance


@pytest.mark.parametrize(("text", "scope"), [
    ("The monitor says 3,500 civilians have been killed by coalition strikes since 2014.", "tally"),
    ("So far this year, 412 civilians have died in the province, the UN said.", "tally"),
    ("Over 350,000 people have been killed during the war.", "tally"),
    ("An air strike on a school killed 12 children on Tuesday.", "incident"),
])
def test_scope(text: str, scope: str) -> None:
    assert figs(text)[0].scope == scope


def test_tally_period() -> None:
    (f,) = figs("The monitor says 3,500 civilians have been killed by coalition strikes since 2014.")
    assert f.period is not None and f.period.start == date(2014, 1, 1) and f.period.precision == "year"


def test_event_and_details() -> None:
    (f,) = figs("A barrel bomb hit a bakery in the town, killing 11 people.")
    assert f.event == "airstrike"
    assert "bakery" in f.details and "barrel bomb" in f.details


def test_named_single_victim_only_without_counts() -> None:
    (f,) = figs("Judge Maria Lopez was murdered outside her home on Friday, police said.")
    assert (f.outcome, f.low) == ("killed", 1)
    out = figs("Judge Maria Lopez was murdered on Friday. Gunmen killed three guards in the attack.")
    assert [(f.outcome, f.low) for f in out] == [("killed", 3)]


def test_upper_case_text() -> None:
    out = figs("FIVE PEASANTS WERE KILLED AND 12 WOUNDED IN THE ATTACK, THE ARMY REPORTED.")
    assert [(f.outcome, f.group, f.low) for f in out] == [("killed", "civilians", 5), ("injured", "civilians", 12)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A 500-pound bomb was dropped to kill two snipers on the roof.", []),
    ("The gunman managed to kill one person and wound 12 others.",
     [("killed", "people", 1, 1), ("injured", "people", 12, 12)]),
    ("Forty men were killed and 600 others are still missing.",
     [("killed", "men", 40, 40), ("missing", "men", 600, 600)]),
    ("The explosion killed scores of civilians and 11 British service members.",
     [("killed", "civilians", 20, None), ("killed", "combatants", 11, 11)]),
    ("An official said at least 19 Taliban members were among the dead.",
     [("killed", "combatants", 19, None)]),
    ("The assassination of 10 union leaders shocked the capital.", [("killed", "people", 10, 10)]),
])
def test_more_patterns(text: str, expected: list[tuple[str, str, int | None, int | None]]) -> None:
    assert summary(text) == expected


def test_tally_continues_in_breakdown_sentence() -> None:
    text = ("The UN has recorded 8,000 civilians killed since the invasion began. "
            "Among those killed were 480 children, the office said.")
    assert [f.scope for f in figs(text)] == ["tally", "tally"]
