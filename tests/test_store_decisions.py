"""Analysts' decisions in the store: recorded, audited, applied, and kept across re-runs."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.errors import NotFound, UsageError
from civcas.models import Document, Figure
from civcas.review import new_decision
from civcas.store import Store
from store_factories import make_doc, make_fig


def add(store: Store, docs: list[Document], figs: list[Figure]) -> None:
    """What the runner does for a batch: save, then re-assemble the dirty blocks."""
    store.save_documents(docs)
    store.save_figures(figs, analysed_docs=[d.id for d in docs])
    store.reassemble()


@pytest.fixture
def store(db_url: str) -> Store:
    s = Store(db_url)
    yield s  # type: ignore[misc]
    s.close()


def two_reports(store: Store) -> tuple[list[Document], list[Figure]]:
    docs = [make_doc(1), make_doc(2)]
    figs = [make_fig(docs[0], 0, low=10, high=10, claimant="SOHR"),
            make_fig(docs[1], 0, low=40, high=40, claimant="SNHR")]
    add(store, docs, figs)
    return docs, figs


def only_incident(store: Store) -> object:
    incs, total = store.list_incidents()
    assert total == 1
    return incs[0]


def test_reject_changes_the_range_and_survives_a_rerun(store: Store) -> None:
    _docs, figs = two_reports(store)
    inc = store.list_incidents()[0][0]
    assert inc.killed["civilians"].high == 40
    affected = store.decide(new_decision("reject_figure", figs[1].id, user="amal",
                                         reason="the 40 counts a different day"))
    assert affected == [inc.id]
    after = store.get_incident(inc.id)
    assert after.killed["civilians"].high == 10 and figs[1].id not in after.figures
    assert store.figure_status([figs[1].id]) == {figs[1].id: "rejected"}
    assert store.list_figures(ids=[figs[1].id]) == []
    assert len(store.list_figures(ids=[figs[1].id], include_rejected=True)) == 1
    # a new article in the same block triggers re-assembly: the rejection holds
    d3 = make_doc(3)
    add(store, [d3], [make_fig(d3, 0, low=12, high=12, claimant="Raqqa civil defence")])
    again = store.get_incident(inc.id)
    assert figs[1].id not in again.figures and again.killed["civilians"].high == 12
    # restore brings it back
    store.decide(new_decision("restore_figure", figs[1].id, user="amal", reason="re-checked"))
    assert store.get_incident(inc.id).killed["civilians"].high == 40
    trail = store.audit(inc.id)
    assert [a["action"] for a in trail] == ["restore_figure", "reject_figure"]
    assert trail[1]["user"] == "amal" and trail[1]["reason"] == "the 40 counts a different day"


def test_correction_moving_a_figure_to_another_block(store: Store) -> None:
    _docs, figs = two_reports(store)
    inc = store.list_incidents()[0][0]
    store.decide(new_decision("correct_figure", figs[1].id, user="amal", reason="misplaced",
                              value={"place": {"name": "Mosul", "country": "IQ", "lat": 36.34,
                                               "lon": 43.13, "precision": "settlement"}}))
    incs, total = store.list_incidents()
    assert total == 2
    assert sorted(i.figures for i in incs) == sorted([(figs[0].id,), (figs[1].id,)])
    assert inc.id in {i.id for i in incs}  # the old id lives on in one of the two
    moved = next(i for i in incs if figs[1].id in i.figures)
    assert moved.place is not None and moved.place.country == "IQ"
    assert store.figure_status([figs[1].id])[figs[1].id] == "corrected"
    assert store.list_figures(ids=[figs[1].id])[0].place.name == "Mosul"  # type: ignore[union-attr]


def test_unlink_then_link_and_previous_ids(store: Store) -> None:
    _docs, figs = two_reports(store)
    inc = store.list_incidents()[0][0]
    store.decide(new_decision("cannot_link", figs[0].id, user="amal", reason="two strikes",
                              value={"other": figs[1].id}))
    _incs, total = store.list_incidents()
    assert total == 2
    store.decide(new_decision("must_link", figs[0].id, user="amal", reason="one strike after all",
                              value={"other": figs[1].id}))
    assert store.list_incidents()[1] == 1
    assert store.get_incident(inc.id).figures == tuple(sorted(f.id for f in figs))


def test_split_and_merge_incidents(store: Store) -> None:
    _docs, figs = two_reports(store)
    inc = store.list_incidents()[0][0]
    with pytest.raises(UsageError):
        store.decide(new_decision("split_incident", inc.id, user="amal", reason="x",
                                  value={"figures": [f.id for f in figs]}))
    affected = store.decide(new_decision("split_incident", inc.id, user="amal",
                                         reason="different buildings",
                                         value={"figures": [figs[1].id]}))
    incs, total = store.list_incidents()
    assert total == 2 and len(affected) == 2
    a, b = sorted(i.id for i in incs)
    store.decide(new_decision("merge_incidents", a, user="amal", reason="same strike",
                              value={"incident": b}))
    incs, total = store.list_incidents()
    assert total == 1
    merged = incs[0]
    gone = ({a, b} - {merged.id}).pop()
    assert gone in merged.previous_ids
    assert store.get_incident(gone).id == merged.id  # old ids still resolve


def test_grade_and_place_overrides_survive_new_evidence(store: Store) -> None:
    docs = [make_doc(1)]
    figs = [make_fig(docs[0], 0, low=4, high=4)]
    add(store, docs, figs)
    inc = store.list_incidents()[0][0]
    assert inc.grade == "weak"
    store.decide(new_decision("override_grade", inc.id, user="amal",
                              reason="coalition admitted it", value={"grade": "confirmed"}))
    store.decide(new_decision("override_place", inc.id, user="amal", reason="video geolocated",
                              value={"name": "Raqqa, Al-Naim roundabout", "lat": 35.951,
                                     "lon": 39.012, "precision": "exact", "country": "SY"}))
    d2 = make_doc(2)
    add(store, [d2], [make_fig(d2, 0, low=6, high=6, claimant="SNHR")])
    after = store.get_incident(inc.id)
    assert len(after.figures) == 2
    assert after.grade == "confirmed"
    assert after.grade_reason == "analyst override: coalition admitted it"
    assert after.place is not None and after.place.precision == "exact"
    assert store.totals()["civilians_killed"]["high"] == 6


def test_revoke_and_decision_list(store: Store) -> None:
    _docs, figs = two_reports(store)
    d = new_decision("reject_figure", figs[0].id, user="amal", reason="duplicate")
    store.decide(d)
    with pytest.raises(UsageError):
        store.decide(d)
    assert [x.id for x in store.decisions()] == [d.id]
    store.revoke(d.id, user="lead", reason="it was not a duplicate")
    assert store.decisions() == []
    assert store.decisions(active_only=False)[0].active is False
    assert store.figure_status([figs[0].id])[figs[0].id] == "active"
    assert store.audit(figs[0].id)[0]["action"] == "revoke"


def test_decisions_on_unknown_targets(store: Store) -> None:
    two_reports(store)
    with pytest.raises(NotFound):
        store.decide(new_decision("reject_figure", "fnope", user="a", reason="r"))
    with pytest.raises(NotFound):
        store.decide(new_decision("override_grade", "inope", user="a", reason="r",
                                  value={"grade": "fair"}))
    assert store.decisions() == [] and store.audit() == []


def test_decision_times_round_trip(store: Store) -> None:
    _docs, figs = two_reports(store)
    d = new_decision("correct_figure", figs[0].id, user="amal", reason="typo in the number",
                     value={"low": 11, "high": 11, "qualifier": "about"})
    store.decide(d)
    (back,) = store.decisions()
    assert back == d
    assert store.get_incident(store.list_incidents()[0][0].id).killed["civilians"].low == 11
    assert date.today() >= back.at.date()


def test_figure_pages_leave_out_rejected_figures(store: Store) -> None:
    docs = [make_doc(i) for i in range(5)]
    figs = [make_fig(d, 0, low=10 + i, high=10 + i) for i, d in enumerate(docs)]
    add(store, docs, figs)
    rejected = sorted(f.id for f in figs)[:2]
    for fid in rejected:
        store.decide(new_decision("reject_figure", fid, user="amal", reason="duplicate"))
    page1 = store.list_figures(limit=2)
    page2 = store.list_figures(limit=2, offset=2)
    assert len(page1) == 2 and len(page2) == 1
    assert not {f.id for f in page1 + page2} & set(rejected)
    assert len(store.list_figures(include_rejected=True, limit=10)) == 5
