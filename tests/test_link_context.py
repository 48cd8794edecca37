"""Document-level linking context: names on every figure, and numberless document reports."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.assess import assess
from civcas.link import link
from civcas.link.context import document_context, document_report, is_report
from civcas.link.factory import figure, place
from civcas.models import Document, Figure

ARTICLE = Document(
    id="a1", title="Teenager shot dead outside corner store",
    text=("Marcus Dell, 19, was shot outside a store on West Kessler Avenue late Friday, police "
          "said. Police Chief Dana Cole said officers found Dell on the sidewalk. The police "
          "department asked witnesses to call. A neighbour, Ana Lucia Reyes, heard three shots."),
    published=date(2016, 4, 2))
FOLLOW_UP = Document(
    id="a2", title="Arrest made in Kessler Avenue killing",
    text=("Police have arrested a 22-year-old man in the killing of Marcus Dell. Court records "
          "show he was held without bail on Monday."),
    published=date(2016, 4, 5))


def test_context_names_people_and_streets_but_not_officials_or_common_words() -> None:
    keys = document_context(ARTICLE)
    assert "n:marcus dell" in keys and "n:ana reyes" in keys
    assert "st:kessler avenue" in keys
    assert "n:dana cole" not in keys  # an official, after a title
    assert not any("police" in k for k in keys)  # used in lower case: a common word
    assert document_context(ARTICLE, places=["Marcus Dell"]).count("n:marcus dell") == 0


def test_title_cased_headlines_give_no_names() -> None:
    doc = Document(id="t", title="Man Shot Dead In Downtown Parking Garage", text="A man died.")
    assert document_context(doc) == ()


def test_document_report_only_for_documents_that_report_an_event() -> None:
    rep = document_report(FOLLOW_UP, context=document_context(FOLLOW_UP))
    assert rep is not None and is_report(rep)
    assert rep.outcome == "killed" and rep.low is None and rep.high is None
    assert FOLLOW_UP.text[rep.evidence.start:rep.evidence.end] == rep.evidence.text
    assert rep.evidence.text.startswith("Police have arrested")
    calm = Document(id="c", title="Council approves new park budget",
                    text="The council approved the budget for the riverside park on Tuesday.")
    assert document_report(calm) is None
    hurt = Document(id="h", title="Man wounded on Kessler Avenue",
                    text="A man was wounded by gunfire on Friday night.")
    got = document_report(hurt)
    assert got is not None and got.outcome == "injured"


def _fig(doc: Document, fid: str, **kw: object) -> Figure:
    return figure(fid, doc=doc.id, published=str(doc.published), context=document_context(doc),
                  **kw)  # type: ignore[arg-type]


def test_shared_names_link_a_follow_up_without_a_figure() -> None:
    toll = _fig(ARTICLE, "f1", low=1, group="men", statement="Marcus Dell, 19, was shot.")
    report = document_report(FOLLOW_UP, context=document_context(FOLLOW_UP))
    assert report is not None
    assert link([report]) == []  # a lone report is no incident
    (inc,) = link([toll, report])
    assert set(inc.documents) == {"a1", "a2"}
    graded = assess(inc, {toll.id: toll, report.id: report})
    assert graded.killed["men"].low == 1 and graded.killed["men"].high == 1
    # a report carries no number: it never changes a range
    alone = assess(inc, {toll.id: toll})
    assert alone.killed == graded.killed


def test_different_victims_in_one_city_stay_apart() -> None:
    city = place("kessler", 39.1, -84.5, country="US")
    other = Document(id="a3", title="Woman killed in Kessler shooting",
                     text="Tonya Briggs, 41, was killed on Saturday near Elm Street.",
                     published=date(2016, 4, 3))
    a = _fig(ARTICLE, "f1", low=1, place=city, day="2016-04-01")
    b = _fig(other, "f2", low=1, place=city, day="2016-04-02", group="women")
    assert len(link([a, b])) == 2


def test_two_shared_names_override_a_place_conflict() -> None:
    here = place("kessler", 39.1, -84.5, country="US")
    wrong = place("dell", 33.0, -97.0, country="US")  # a geocoder error: a surname as a town
    a = _fig(ARTICLE, "f1", low=1, place=here, day="2016-04-01")
    b = _fig(FOLLOW_UP, "f2", low=1, place=wrong, day="2016-04-01")
    assert len(link([replace_context(a, ()), replace_context(b, ())])) == 2
    shared = ("n:marcus dell", "st:kessler avenue")
    (inc,) = link([replace_context(a, shared), replace_context(b, shared)])
    assert set(inc.documents) == {"a1", "a2"}


def replace_context(f: Figure, context: tuple[str, ...]) -> Figure:
    from dataclasses import replace

    return replace(f, context=context)


WORDS = st.sampled_from(["Dell", "Reyes", "Kessler", "police", "Avenue", "Cole", "said", "the",
                         "Marcus", "Ana", "shot", "Street", "Chief", "Mayor", ".", ","])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=40))
def test_context_is_deterministic_and_well_formed(words: list[str]) -> None:
    doc = Document(id="p", text=" ".join(words) or "x")
    keys = document_context(doc)
    assert keys == document_context(doc)
    assert len(set(keys)) == len(keys)
    assert all(k.startswith(("n:", "st:")) and k == k.lower() for k in keys)


def test_eval_links_scores_what_the_pipeline_produces(tmp_path: Path) -> None:
    from civcas.evaluate.links import evaluate_links
    from civcas.pipeline import analyse_document

    docs = [ARTICLE, FOLLOW_UP]
    with (tmp_path / "documents.jsonl").open("w") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d.id, "title": d.title, "text": d.text,
                                 "published": str(d.published)}) + "\n")
    (tmp_path / "gold.jsonl").write_text(
        "".join(json.dumps({"doc_id": d.id, "incident_id": "1"}) + "\n" for d in docs))
    scores = evaluate_links(tmp_path)
    produced = [f for d in docs for f in analyse_document(d)]
    assert scores.document_reports == sum(1 for f in produced if is_report(f))
    assert scores.bcubed.f1 == 1.0
