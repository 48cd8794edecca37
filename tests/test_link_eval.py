"""Clustering metrics and the range scorer used by ``civcas eval links`` / ``eval ranges``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civcas.evaluate.links import bcubed, document_clusters, muc, pairwise
from civcas.evaluate.ranges import score_field
from civcas.link import link
from civcas.link.factory import figure, place
from civcas.models import Range

GOLD = {"a": "1", "b": "1", "c": "2", "d": "2", "e": "3"}


def test_perfect_clustering_scores_one() -> None:
    for metric in (bcubed, muc, pairwise):
        s = metric(dict(GOLD), GOLD)
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)


def test_bcubed_by_hand() -> None:
    pred = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "z"}
    s = bcubed(pred, GOLD)
    # precision: a,b 2/3 each, c 1/3, d 1, e 1 -> 11/15 ; recall: a,b 1, c 1/2, d 1/2, e 1 -> 4/5
    assert s.precision == pytest.approx(11 / 15)
    assert s.recall == pytest.approx(0.8)
    singletons = bcubed({}, GOLD)
    assert singletons.precision == 1.0 and singletons.recall == pytest.approx(0.6)


def test_muc_and_pairwise_by_hand() -> None:
    pred = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "z"}
    m = muc(pred, GOLD)
    assert m.recall == pytest.approx(0.5)  # gold links: (2-1)+(2-2) of 2
    assert m.precision == pytest.approx(0.5)  # response links: (3-2) of 2
    p = pairwise(pred, GOLD)
    assert p.precision == pytest.approx(1 / 3) and p.recall == pytest.approx(0.5)


def test_documents_follow_the_majority_of_their_figures() -> None:
    town = place("aleppo", 36.2, 37.16, country="SY")
    other = place("idlib", 35.93, 36.63, country="SY")
    figs = [
        figure("f1", doc="d1", statement="s1", low=3, place=town, day="2016-05-01"),
        figure("f2", doc="d1", statement="s1", group="children", low=1, place=town, day="2016-05-01"),
        figure("f3", doc="d1", statement="s2", low=8, place=other, day="2016-05-01"),
        figure("f4", doc="d2", low=3, place=town, day="2016-05-01"),
    ]
    incs = link(figs)
    clusters = document_clusters(["d1", "d2", "d3"], incs, {f.id: f for f in figs})
    assert clusters["d1"] == clusters["d2"]
    assert clusters["d3"] == "doc:d3"


def test_range_scores() -> None:
    pairs = [
        (Range(3, 5, 7), (3, 7)),  # exact
        (Range(2, 2, 4), (3, 6)),  # misses the max
        (None, (1, 1)),  # no prediction
        (Range(1, 2, None), (1, 2)),  # open high never contains
    ]
    s = score_field(pairs, "killed", "civilians")
    assert s.gold == 4 and s.predicted == 3
    assert s.contains_max == pytest.approx(1 / 4)
    assert s.contains_min == pytest.approx(2 / 4)
    assert s.exact == pytest.approx(1 / 4)
    assert s.mae_best == pytest.approx((0 + 2.5 + 0.5) / 3)


def test_gold_folder_without_incident_ids_is_refused(tmp_path: Path) -> None:
    from civcas.errors import CivcasError
    from civcas.evaluate.links import evaluate_links

    (tmp_path / "documents.jsonl").write_text(
        json.dumps({"id": "x", "text": "Nothing happened.", "published": "2020-01-01"}) + "\n")
    (tmp_path / "gold.jsonl").write_text(json.dumps({"doc_id": "x"}) + "\n")
    with pytest.raises(CivcasError):
        evaluate_links(tmp_path, analyse=lambda d: [])


def test_a_page_with_only_a_document_report_has_no_incident() -> None:
    from datetime import date

    from civcas.evaluate.ranges import incident_of
    from civcas.link.context import document_report
    from civcas.models import Document

    doc = Document(id="p1", title="Strike on a house in the camp",
                   text="An airstrike hit a house in the camp at dawn, residents said.",
                   published=date(2023, 11, 2))
    rep = document_report(doc)
    assert rep is not None
    assert incident_of("p1", [rep], mode="union") is None
    assert incident_of("p1", [rep], mode="largest") is None
