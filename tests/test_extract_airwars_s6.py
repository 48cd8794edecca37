"""Figure families of monitors' incident assessments (Airwars-style narratives that quote several
sources), round s6. All sentences are the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure


def figs(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(2024, 3, 5)))


def killed(text: str) -> list[tuple[str, int | None, int | None, bool]]:
    return [(f.group, f.low, f.high, f.part_of is not None) for f in figs(text) if f.outcome == "killed"]


# --- "civilian men", "adult male": the sex of the counted, not a separate group of civilians


@pytest.mark.parametrize(("text", "group"), [
    ("Two civilian men were killed when the drone hit their car near the bakery.", "men"),
    ("Three civilian women were killed in the strike on the clinic, relatives said.", "women"),
    ("One adult male was killed and his neighbours were hurt in the raid.", "men"),
])
def test_civilian_or_adult_before_a_gendered_noun(text: str, group: str) -> None:
    assert killed(text)[0][0] == group


def test_civilians_alone_stay_civilians() -> None:
    assert killed("Two civilians were killed when the drone hit their car near the bakery.")[0][0] == "civilians"


def test_an_age_word_part_of_a_gendered_total_is_of_its_sex() -> None:
    assert killed("Three civilian men, one of them elderly and frail, were killed when a drone struck their car.") == [
        ("men", 3, 3, False), ("men", 1, 1, True)]


def test_an_age_word_part_of_people_stays_people() -> None:
    assert killed("Four people, one of them elderly, were all killed when a drone struck their car.") == [
        ("people", 4, 4, False), ("people", 1, 1, True)]


# --- a toll told twice in one clause: the revised number is a figure too


@pytest.mark.parametrize(("text", "values"), [
    ("The death toll was first put at 12 but later rose to 19, the ministry said.", [12, 19]),
    ("The number of casualties was first reported at 9 but then rose to 14 as more bodies were found.", [9, 14]),
])
def test_a_revised_toll(text: str, values: list[int]) -> None:
    assert [v[1] for v in killed(text)] == values


def test_a_second_number_of_another_clause_is_no_revision() -> None:
    assert [v[1] for v in killed("The death toll was put at 12, while 30 homes were destroyed.")] == [12]


def test_an_injury_count_as_high_as() -> None:
    (f,) = figs("A medic at the clinic said the number of wounded was put as high as 25.")
    assert (f.outcome, f.low, f.high, f.qualifier) == ("injured", None, 25, "up_to")


def test_as_high_as_without_a_toll_word_is_no_toll() -> None:
    assert figs("The water in the valley rose as high as 25 metres after the storm.") == []


# --- "Initial reports noted ...": the time of unnamed reports is no claimant


@pytest.mark.parametrize("lead", ["Initial reports", "Early reports", "Preliminary reports"])
def test_reports_named_by_their_time_are_unattributed(lead: str) -> None:
    (f,) = figs(f"{lead} noted that two farmers died when a shell hit their field.")
    assert f.claimant is not None and f.claimant.kind == "unattributed"


def test_reports_named_by_their_place_keep_their_claimant() -> None:
    (f,) = figs("Local reports noted that two farmers died when a shell hit their field.")
    assert f.claimant is not None and f.claimant.kind == "local"


def test_an_injury_count_is_of_the_injured() -> None:
    (f,) = figs("Doctors at the field hospital said the injury count had reached 30 by nightfall.")
    assert (f.outcome, f.low) == ("injured", 30)


# --- "one civilian, a local man NAME (age), was killed": the total and its apposed part


@pytest.mark.parametrize("text", [
    "At least one civilian, a local man Karim Nasser, was killed when the shell hit the street.",
    "At least one civilian, a local man named Karim Nasser, was killed when the shell hit the street.",
    "At least one civilian, a local man Karim Nasser \u201cAbu Fadi\u201d (27 years old), was killed in the raid.",
])
def test_an_apposed_person_with_a_name_is_a_part_of_the_count(text: str) -> None:
    assert killed(text) == [("civilians", 1, None, False), ("men", 1, 1, True)]


def test_an_apposition_that_opens_a_clause_is_no_part() -> None:
    assert killed("One civilian, a man who was selling bread, was killed when the shell hit the street.") == [
        ("men", 1, 1, False)]


# --- "at least two and up to five children": one range


@pytest.mark.parametrize(("text", "expected"), [
    ("The shelling killed 11 civilians, among them at least two and up to five children.", ("children", 2, 5, True)),
    ("At least 12 and as many as 20 people were killed when the market was shelled.", ("people", 12, 20, False)),
])
def test_at_least_and_up_to_is_a_range(text: str, expected: tuple[str, int, int, bool]) -> None:
    assert expected in killed(text)


def test_at_least_and_up_to_in_two_clauses_stay_two_figures() -> None:
    assert [(f.outcome, f.low, f.high) for f in figs(
        "At least 12 were killed and up to 20 were wounded when the market was shelled.")] == [
        ("killed", 12, None), ("injured", None, 20)]


# --- "her two sons, at least one of them a baby": a part of the item, even with no total


def test_one_of_them_after_an_item_with_no_total_is_inside_the_item() -> None:
    got = killed("Among the victims were a young mother, 40-year-old Rana Khalil, and her two sons, at least "
                 "one of them a baby.")
    assert ("women", 1, 1, True) in got and not [g for g in got if g[1] == 1 and g[0] != "women"]


# --- "five killed men": a participle before the person noun keeps the noun's group


@pytest.mark.parametrize(("text", "group"), [
    ("A local radio station reported three killed men near the water point.", "men"),
    ("The agency counted four martyred children after the strike on the shelter.", "children"),
    ("The army said two killed soldiers were recovered from the outpost.", "combatants"),
])
def test_a_participle_before_the_noun(text: str, group: str) -> None:
    assert killed(text)[0][0] == group


def test_a_bare_participle_count_stays_people() -> None:
    assert killed("Medics said 12 killed in the strike were taken to the morgue.") == [("people", 12, 12, False)]


# --- a count after "including" with no count before it has its own predicate


def test_a_count_inside_an_including_aside_of_a_family() -> None:
    assert killed("On Friday the whole Nasser family, including up to 30 civilians, were killed by the strike.") == [
        ("civilians", None, 30, False)]


def test_a_part_of_a_stated_total_still_takes_the_total_outcome() -> None:
    assert killed("The strike killed 12 people, including four women, and wounded 30 others.") == [
        ("people", 12, 12, False), ("women", 4, 4, True)]


@pytest.mark.parametrize("lead", ["On Monday the whole Nasser family, including", "On Monday"])
def test_a_colon_list_after_an_aside_count_is_its_breakdown(lead: str) -> None:
    got = killed(f"{lead} up to 35 civilians: at least 8 women, 15 children, and a nurse, were killed "
                 "when the shelter was bombed.")
    assert got[:3] == [("civilians", None, 35, False), ("women", 8, None, True), ("children", 15, 15, True)]


def test_a_colon_before_a_new_clause_lists_no_parts() -> None:
    assert killed("The ministry gave its figures: 12 people were killed and 30 homes were destroyed.") == [
        ("people", 12, 12, False)]


# --- "twelve civilians, <aside>, and two fighters were killed": coordinated subjects share the predicate


@pytest.mark.parametrize("text", [
    "Nine civilians, at least four of whom were children, and three gunmen were killed in the raid.",
    "At least nine civilians, as well as three gunmen, were killed in the raid on the camp.",
])
def test_coordinated_subjects_after_an_aside_share_the_predicate(text: str) -> None:
    got = killed(text)
    assert got[0][:2] == ("civilians", 9) and ("combatants", 3, 3) in [g[:3] for g in got]


@pytest.mark.parametrize("text", [
    "Nine civilians fled the village, and three gunmen were killed in the raid.",
    "The raid killed a farmer alongside his son and nine relatives, most of whom were women, and at least six "
    "others were wounded.",
])
def test_a_new_clause_after_the_comma_keeps_its_own_predicate(text: str) -> None:
    got = figs(text)
    assert not any(f.outcome == "killed" and f.low == 9 for f in got if "fled" in text)
    assert not any(f.outcome == "injured" and f.low in (10, 11) for f in got)
