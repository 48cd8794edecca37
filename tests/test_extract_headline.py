"""Figures stated only in a document's headline (civcas.extract.headline). Sentences are ours."""

from __future__ import annotations

from datetime import date

from civcas.export.records import figure_record
from civcas.extract import extract
from civcas.models import Document

BODY_NO_NUMBER = (
    "Gunfire broke out outside a bar on Third Street late Saturday, police said.\n\n"
    "Officers found several people with gunshot wounds when they arrived. Detectives have not "
    "identified a suspect and asked anyone with video of the street to call them."
)


def _doc(title: str | None, text: str) -> Document:
    return Document(id="d1", text=text, title=title, published=date(2024, 6, 2))


def _key(doc: Document) -> set[tuple[str, str, int | None, str]]:
    return {(f.outcome, f.group, f.low, f.evidence.part) for f in extract(doc)}


def test_a_toll_only_in_the_headline_is_read_from_the_title() -> None:
    doc = _doc("Two killed, four hurt in shooting outside Third Street bar", BODY_NO_NUMBER)
    figs = extract(doc)
    assert {(f.outcome, f.low) for f in figs} == {("killed", 2), ("injured", 4)}
    for f in figs:
        assert f.evidence.part == "title"
        assert f.doc == "d1"
        assert doc.title is not None and doc.title[f.evidence.start:f.evidence.end] == f.evidence.text
    assert len({f.id for f in figs}) == 2


def test_the_body_wins_for_an_outcome_it_numbers() -> None:
    body = ("Three people were killed when a gunman opened fire at a cookout in the park on "
            "Sunday evening, police said. Investigators are still looking for the shooter.")
    got = _key(_doc("2 dead, 5 wounded in park shooting", body))
    assert ("killed", "people", 3, "text") in got
    assert not any(o == "killed" and part == "title" for o, _, _, part in got)
    assert ("injured", "people", 5, "title") in got  # the body numbers no injured


def test_a_headline_repeated_as_the_first_line_is_one_statement() -> None:
    title = "Two killed, four hurt in shooting outside Third Street bar"
    got = extract(_doc(title, title + "\n\n" + BODY_NO_NUMBER))
    assert got and all(f.evidence.part == "text" for f in got)
    assert sorted(f.low for f in got if f.outcome == "killed") == [2]


def test_a_headline_without_a_toll_adds_nothing() -> None:
    assert extract(_doc("Police seek witnesses after bar shooting", BODY_NO_NUMBER)) == \
        extract(_doc(None, BODY_NO_NUMBER))


def test_non_casualty_numbers_in_a_headline_are_not_figures() -> None:
    assert extract(_doc("40 displaced, 12 homes burned after fire on Third Street", BODY_NO_NUMBER)) == []


def test_export_names_the_part_the_offsets_index() -> None:
    f = extract(_doc("Two killed in shooting outside Third Street bar", BODY_NO_NUMBER))[0]
    rec = figure_record(f)
    assert rec["evidence_part"] == "title" and rec["evidence"] == f.evidence.text


def test_a_title_is_read_for_an_outcome_the_body_does_not_number() -> None:
    body = ("Gunmen stormed the village market on Sunday, killing three people and wounding five, "
            "residents said. The attackers fled into the forest.")
    got = extract(_doc("Gunmen abducted 12 villagers in market raid", body))
    assert ("detained", 12, "title") in {(f.outcome, f.low, f.evidence.part) for f in got}
    assert {f.outcome for f in got if f.evidence.part == "title"} == {"detained"}


def test_a_headline_total_above_every_body_count_is_kept() -> None:
    body = ("Deputies forced the back door of the farmhouse on Route 9 on Tuesday and saw two bodies "
            "in the kitchen, the sheriff said. The investigation is continuing.")
    figs = extract(_doc("Four people found dead in Route 9 farmhouse", body))
    total = next(f for f in figs if f.evidence.part == "title")
    assert (total.outcome, total.group, total.low) == ("killed", "people", 4)
    two = next(f for f in figs if f.evidence.part == "text" and f.low == 2)
    assert two.part_of == total.id  # the two bodies are some of the four


def test_a_body_count_of_another_group_is_no_part_of_a_headline_total() -> None:
    body = ("A man was killed on the porch of the house on Route 9 on Tuesday, deputies said. "
            "Investigators have not named a suspect.")
    figs = extract(_doc("3 children killed in Route 9 shooting", body))
    man = next(f for f in figs if f.evidence.part == "text" and f.outcome == "killed")
    assert any(f.evidence.part == "title" and f.group == "children" and f.low == 3 for f in figs)
    assert man.part_of is None


def test_a_wounded_headline_total_over_a_partial_body_count() -> None:
    body = ("A man opened fire inside the Elm Street lounge shortly after midnight, witnesses said. "
            "Two other men were treated for graze wounds and released.")
    got = _key(_doc("6 wounded in shooting at Elm Street lounge", body))
    assert ("injured", "people", 6, "title") in got


def test_a_headline_count_below_the_body_count_stays_out() -> None:
    body = ("Five people were wounded when gunfire erupted at a block party on Pine Avenue, "
            "police said. All were expected to survive.")
    got = _key(_doc("3 hurt in Pine Avenue block party shooting", body))
    assert ("injured", "people", 5, "text") in got
    assert not any(part == "title" for *_, part in got)


def test_a_headline_listing_victims_with_commas_is_summed() -> None:
    for title, total, children in (
            ("Man, woman found dead in Maple Court murder-suicide", 2, None),
            ("2 adults, 3 children shot to death in Ridgeway farmhouse", 5, 3),
            ("Police: Dover mother, 2 kids found shot to death", 3, 2),
            ("6-year-old girl, grandfather fatally shot on porch", 2, 1)):
        got = {(f.outcome, f.group, f.low) for f in extract(_doc(title, BODY_NO_NUMBER)) if f.part_of is None}
        assert ("killed", "people", total) in got, title
        if children is not None:
            assert any(f.group == "children" and f.low == children
                       for f in extract(_doc(title, BODY_NO_NUMBER))), title


def test_comma_headlines_that_are_no_victim_list() -> None:
    for title in ("Man, 19, shot dead outside Ridgeway store",  # an age, one victim
                  "Parents, teachers rally after Ridgeway school shooting"):
        got = {f.low for f in extract(_doc(title, BODY_NO_NUMBER)) if f.outcome == "killed"}
        assert got <= {1}, title
    got = {(f.outcome, f.low) for f in extract(_doc("Two dead, three hurt in Ridgeway shooting", BODY_NO_NUMBER))}
    assert got == {("killed", 2), ("injured", 3)}  # two outcomes, no sum


def test_a_headline_figure_takes_the_day_of_the_body_incident() -> None:
    body = ("A gunman killed a man outside the Elm Street lounge on Tuesday night, police said. "
            "Detectives asked witnesses to come forward.")
    figs = extract(_doc("1 dead, 4 hurt in Elm Street lounge shooting", body))
    killed = next(f for f in figs if f.outcome == "killed")
    hurt = next(f for f in figs if f.outcome == "injured")
    assert hurt.evidence.part == "title" and killed.date is not None
    assert hurt.date == killed.date
