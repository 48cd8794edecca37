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
