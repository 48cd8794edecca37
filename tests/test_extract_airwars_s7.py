"""Figure families of monitors' incident assessments (Airwars-style narratives that quote several
sources), round s7: tolls told as "the number of ... reached N", a source's quoted words
("“hundreds” of wounded", "45 “martyrs”"), editors' brackets inside quotes, casualty nouns in
pairs ("dozens of martyrs and wounded") and the analyst's own recorded ranges. All sentences are
the team's own."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.extract import extract
from civcas.models import Document, Figure


def figs(text: str) -> list[Figure]:
    return extract(Document(id="t", text=text, published=date(2024, 3, 5)))


def tolls(text: str) -> set[tuple[str, int | None, int | None]]:
    return {(f.outcome, f.low, f.high) for f in figs(text) if f.outcome in ("killed", "injured")}


@pytest.mark.parametrize(("text", "want"), [
    ("By dusk the number of shoppers killed at the fish market reached nine.", ("killed", 9, 9)),
    ("Before dawn the number of the neighbours killed in that raid reached seventeen people.", ("killed", 17, 17)),
    ("A relative wrote that the number of martyrs of the Haddad family had increased to 11.", ("killed", 11, 11)),
    ("The clinic said the number of martyrs rose to six by midnight.", ("killed", 6, 6)),
])
def test_the_number_of_the_dead_reaching_a_count_is_a_toll(text: str, want: tuple[str, int, int]) -> None:
    assert want in tolls(text)


@pytest.mark.parametrize(("text", "want"), [
    ("A local page said the shelling left four people dead and “hundreds” of wounded.",
     {("killed", 4, 4), ("injured", 100, 200)}),  # Airwars ranges "hundreds" 100-200
    ("A radio presenter wrote that “dozens” had been hurt in the second strike.", {("injured", 12, 24)}),
    ("Medics said one man was killed and “many others” were wounded.", {("killed", 1, 1), ("injured", 2, None)}),
    ("The agency initially announced more than 30 “martyrs” from the strike on the tower.",
     {("killed", 30, None)}),
])
def test_a_sources_quoted_word_still_counts(text: str, want: set[tuple[str, int, int | None]]) -> None:
    assert tolls(text) == want


def test_a_quoted_count_keeps_its_qualifier() -> None:
    (f,) = figs("Local pages at first announced more than 30 “martyrs” from the tower.")
    assert (f.outcome, f.low, f.qualifier) == ("killed", 30, "more_than")


@pytest.mark.parametrize(("text", "want"), [
    ("A news site, quoting rescuers, said “38 [people had been] wounded” in the camp.", ("injured", 38, 38)),
    ("Her cousin wrote that “14 [members] of [our] family” were killed in the raid.", ("killed", 14, 14)),
])
def test_an_editors_brackets_read_as_part_of_the_sentence(text: str, want: tuple[str, int, int]) -> None:
    assert tolls(text) == {want}


def test_brackets_do_not_make_the_speaker_a_victim() -> None:
    # "One relative" is the speaker, never one killed
    assert ("killed", 1, 1) not in tolls("One relative wrote that “14 [members] of [our] family” were killed.")


@pytest.mark.parametrize(("text", "injured"), [
    ("A radio station spoke of “dozens of martyrs and wounded” at the scene of the strike.", (12, 24)),
    ("Rescuers pulled a large number of dead and injured from under the collapsed school.", (12, 24)),
    ("Drone footage of the depot showed scores of residents killed and injured.", (20, None)),
])
def test_a_vague_count_of_dead_and_wounded_nouns_is_a_joint_count(text: str, injured: tuple[int, int | None]) -> None:
    assert tolls(text) == {("killed", 2, None), ("injured", *injured)}


@pytest.mark.parametrize(("text", "want"), [
    ("The tracker therefore logged the number of farmers killed as 3-4.", ("killed", 3, 4)),
    ("With no other report, the tracker set the injury toll as 2.", ("injured", 2, 2)),
    ("Given the vague reports, the tracker filed the injury toll as 12-24.", ("injured", 12, 24)),
    ("Two outlets estimated the number of deaths as 16 by the next morning.", ("killed", 16, 16)),
])
def test_a_toll_recorded_as_a_count(text: str, want: tuple[str, int, int]) -> None:
    assert want in tolls(text)


def test_killed_as_is_no_toll_without_a_toll_noun() -> None:
    # "killed as 12 people watched": "as" opens another clause
    assert ("killed", 12, 12) not in tolls("The boy was killed as 12 people watched from the road.")


@pytest.mark.parametrize(("text", "want"), [
    ("Two radio hosts said the number of injured shoppers was in the dozens.", ("injured", 12, 24)),
    ("A nurse said the number of wounded was in the hundreds by nightfall.", ("injured", 100, 200)),
])
def test_a_toll_in_the_dozens(text: str, want: tuple[str, int, int | None]) -> None:
    assert want in tolls(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Neighbours listed 18 names of civilians killed in the strike on the bakery.", ("killed", 18, 18)),
    ("The monitor identified the names of 11 civilians killed in the raid.", ("killed", 11, 11)),
])
def test_a_count_of_names_of_the_dead(text: str, want: tuple[str, int, int]) -> None:
    assert want in tolls(text)


@pytest.mark.parametrize(("text", "want"), [
    ("At least one civil defence worker was hurt when the second missile struck.", ("injured", "rescuers", 1)),
    ("The ministry said four ambulance crews were wounded while evacuating patients.", ("injured", "medics", 4)),
    ("Three civil defense personnel were injured at the site of the earlier strike.", ("injured", "rescuers", 3)),
])
def test_rescue_and_ambulance_crews_are_civilians(text: str, want: tuple[str, str, int]) -> None:
    assert [(f.outcome, f.subgroup, f.low) for f in figs(text)] == [want]
    assert [f.group for f in figs(text)] == ["civilians"]


def test_displaced_people_is_one_noun() -> None:
    got = {(f.outcome, f.group, f.low, f.high) for f in figs(
        "Scores of displaced people were killed and injured when the tents were shelled.")}
    assert got == {("killed", "civilians", 2, None), ("injured", "civilians", 20, None)}


def test_a_number_inside_a_place_name_is_no_count() -> None:
    got = tolls("Tanks advanced to the Four Martyrs Roundabout and shelled the tents, killing nine.")
    assert got == {("killed", 9, 9)}


def test_a_headline_count_before_a_capitalised_noun_stays() -> None:
    assert ("killed", 2, 2) in tolls("Two School Girls Killed In Raid On Camp")


@pytest.mark.parametrize("text", [
    "With the nurse's death, 140 aid workers have been killed by 3 March 2024, the agency said.",
    "A union said 61 reporters had been killed as of 12 May.",
])
def test_a_toll_up_to_a_date_is_a_tally(text: str) -> None:
    assert [f.scope for f in figs(text)] == ["tally"]


def test_a_range_that_could_be_as_many_as_a_count() -> None:
    text = "Doubt over the number of farmers killed shows in our estimate, which might be as many as 11."
    (f,) = figs(text)
    assert (f.outcome, f.low, f.high, f.qualifier) == ("killed", None, 11, "up_to")


def test_bodies_wrapped_in_an_armed_groups_flag_are_fighters() -> None:
    (f,) = figs("A video showed three bodies wrapped in the Hamas flag at the hospital gate.")
    assert (f.outcome, f.group, f.low) == ("killed", "combatants", 3)
    (g,) = figs("Mourners carried two bodies draped in the Palestinian flag to the cemetery.")
    assert g.group == "people"


def test_buried_under_the_rubble_is_trapped_not_dead() -> None:
    got = {(f.outcome, f.low) for f in figs("Two were killed and 14 others were buried under the rubble of the house.")}
    assert got == {("killed", 2), ("missing", 14)}
    assert [f.outcome for f in figs("The five victims were buried in the village cemetery on Friday.")] == ["killed"]


def parts(text: str) -> list[tuple[str, str, int | None, bool]]:
    return [(f.outcome, f.group, f.low, f.part_of is not None) for f in figs(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Out of 25 martyrs, we have carried out 15 ourselves, and 10 are still under the collapsed walls.",
     [("killed", "people", 25, False), ("killed", "people", 15, True), ("killed", "people", 10, True)]),
    ("Of the 20 people killed in the market, 12 were children, and nine of them were under five.",
     [("killed", "people", 20, False), ("killed", "children", 12, True), ("killed", "children", 9, True)]),
])
def test_a_sentence_opening_on_a_counted_whole_lists_its_parts(text: str, want: list[tuple]) -> None:
    assert parts(text) == want


def test_a_part_younger_than_ten_is_children() -> None:
    got = parts("Twelve people were killed. Nine of the dead were younger than ten.")
    assert got == [("killed", "people", 12, False), ("killed", "children", 9, True)]


def test_some_of_whom_were_killed_is_no_toll_of_all() -> None:
    text = "Roughly 40 people, some of whom were killed and some of whom survived, lay beneath the fallen roof."
    assert not [f for f in figs(text) if f.outcome == "killed"]


@pytest.mark.parametrize("text", [
    "We would put 3 or 4 bodies and injured people in one car and drive to the clinic.",
])
def test_an_exact_count_of_bodies_and_wounded_is_no_toll(text: str) -> None:
    assert tolls(text) == set()


def test_bodies_and_a_verb_with_its_own_object_stay_two_counts() -> None:
    assert tolls("Rescuers recovered 12 bodies and injured 30 others were taken to hospital.") == {
        ("killed", 12, 12), ("injured", 30, 30)}


def test_a_count_with_its_own_verb_after_a_breakdown_is_no_part() -> None:
    text = ("Shelling on Monday killed 14 farmers, including at least four boys and two women, and a large "
            "number were injured at the bakery.")
    got = [(f.outcome, f.low, f.high, f.part_of is not None) for f in figs(text)]
    assert ("injured", 12, 24, False) in got


def test_members_of_a_named_family_after_a_larger_toll_are_a_part() -> None:
    text = ("An airstrike on two homes in Deir al-Balah killed 19 civilians on Sunday. Nine members of the "
            "al-Haddad family were among the dead, neighbours wrote.")
    got = [(f.low, f.part_of is not None) for f in figs(text) if f.outcome == "killed"]
    assert got == [(19, False), (9, True)]


def test_members_of_a_named_family_alone_are_a_toll() -> None:
    got = [(f.low, f.part_of) for f in figs("Nine members of the al-Haddad family were killed on Sunday.")]
    assert got == [(9, None)]


@pytest.mark.parametrize("second", [
    "A cousin wrote that 11 family members died under the shelling.",
    "He grieved for 12 members of his extended family who were killed.",
])
def test_a_family_count_after_a_larger_toll_is_a_part(second: str) -> None:
    got = [(f.low, f.part_of is not None) for f in figs("Shelling of the camp killed 30 civilians on Friday. " + second)
           if f.outcome == "killed"]
    assert got[0] == (30, False) and got[1][1]


@pytest.mark.parametrize(("text", "group"), [
    ("The number of farmers killed in the valley since May has reached at least 214, the union said.", "civilians"),
    ("By dusk the number of children killed at the fish market reached nine.", "children"),
    ("By dusk the number of those killed at the fish market reached nine.", "people"),
])
def test_a_toll_noun_gives_its_group(text: str, group: str) -> None:
    assert [f.group for f in figs(text)] == [group]


def test_a_part_of_children_is_a_part_of_the_children_told_before() -> None:
    text = ("Shelling of the camp killed 26 civilians on Friday, including 14 children. Omar Haddad's four "
            "children were also killed, a relative wrote.")
    got = {f.low: f for f in figs(text) if f.outcome == "killed"}
    assert got[4].group == "children" and got[4].part_of == got[14].id
    assert got[14].part_of == got[26].id


def test_an_exact_count_of_injured_and_martyred_is_no_toll() -> None:
    assert tolls("A shopkeeper wrote: “Over 300 injured and martyred at our market.”") == set()
