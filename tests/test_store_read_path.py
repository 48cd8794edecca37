"""The fast read path: Store.dossier, count_figures, filtered lists and the covering indexes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from civcas.review import new_decision
from civcas.store import Store
from store_factories import small_store


@pytest.fixture
def store(db_url: str) -> Store:
    s = small_store(db_url, first_text='Jets struck a bakery queue in Raqqa at dawn, the monitor said.', second_sohr=True)
    yield s  # type: ignore[misc]
    s.close()


def _raqqa(store: Store) -> str:
    items, _ = store.list_incidents(text="bakery")
    return items[0].id


def test_dossier_matches_the_method_by_method_reads(store: Store) -> None:
    inc_id = _raqqa(store)
    d = store.dossier(inc_id)
    assert d.incident == store.get_incident(inc_id)
    assert sorted(f.id for f in d.figures) == sorted(f.id for f in store.incident_figures(inc_id))
    assert list(d.figures) == sorted(store.incident_figures(inc_id), key=lambda f: (f.doc, f.id))
    assert d.status == store.figure_status([f.id for f in d.figures])
    assert set(d.documents) == {f.doc for f in d.figures}
    for doc_id, doc in d.documents.items():
        assert doc == store.get_document(doc_id)


def test_dossier_keeps_figures_rejected_from_the_incident(store: Store) -> None:
    inc_id = _raqqa(store)
    before = store.dossier(inc_id)
    gone = before.figures[0].id
    store.decide(new_decision("reject_figure", gone, user="amal", reason="counts fighters",
                              value={"incident": inc_id}))
    current = store.resolve_incident_id(inc_id)
    after = store.dossier(current)
    assert gone in {f.id for f in after.figures}
    assert after.status[gone] == "rejected"
    assert gone not in {f.id for f in store.incident_figures(current)}
    assert after.audit == store.audit(current) and after.audit[0]["action"] == "reject_figure"
    store.decide(new_decision("restore_figure", gone, user="amal", reason="civilians after all",
                              value={"incident": current}))
    restored = store.dossier(inc_id)
    assert restored.status[gone] == "active"
    assert restored.status == store.figure_status([f.id for f in restored.figures])
    assert restored.audit == store.audit(restored.incident.id)


def test_dossier_applies_corrections_and_follows_previous_ids(store: Store) -> None:
    inc_id = _raqqa(store)
    fig = store.dossier(inc_id).figures[0]
    store.decide(new_decision("correct_figure", fig.id, user="amal", reason="typo",
                              value={"low": 11, "high": 11}))
    current = store.resolve_incident_id(inc_id)
    d = store.dossier(inc_id)  # the old id still resolves
    assert d.incident.id == current
    corrected = next(f for f in d.figures if f.id == fig.id)
    assert (corrected.low, corrected.high) == (11, 11)
    assert d.status[fig.id] == "corrected"


@pytest.mark.parametrize("filters", [
    {}, {"claimant": "SOHR"}, {"perpetrator": "Islamic State"}, {"claimant": "nobody"},
    {"ids": []},
])
def test_count_figures_is_the_length_of_the_unpaged_list(store: Store, filters: dict) -> None:
    for rejected in (False, True):
        everything = store.list_figures(**filters, include_rejected=rejected, limit=10_000)
        assert store.count_figures(**filters, include_rejected=rejected) == len(everything)


def test_count_figures_leaves_out_rejected_ones(store: Store) -> None:
    figs = store.list_figures(limit=100)
    store.decide(new_decision("reject_figure", figs[0].id, user="amal", reason="duplicate"))
    assert store.count_figures() == len(figs) - 1
    assert store.count_figures(include_rejected=True) == len(figs)
    assert store.count_figures(incident=_raqqa(store), include_rejected=True) >= 1


def test_filtered_pages_agree_with_filtering_everything(store: Store) -> None:
    everything, total = store.list_incidents(limit=1000)
    assert total == len(everything)
    for country in ("SY", "IQ"):
        for grade in sorted({i.grade for i in everything if i.grade}):
            want = sorted(i.id for i in everything
                          if i.place and i.place.country == country and i.grade == grade)
            page, n = store.list_incidents(country=country, grade=grade, limit=1000)
            assert n == len(want) and sorted(i.id for i in page) == want


def test_sqlite_aggregates_read_covering_indexes(tmp_path: object) -> None:
    """Totals, timeline and the claimant list must not visit the wide incident/figure rows."""
    s = Store(f"sqlite:///{tmp_path}/plan.db")  # type: ignore[str-bytes-safe]
    queries = [
        "SELECT grade, count(*) FROM incidents GROUP BY grade",
        "SELECT sum(killed_low), sum(killed_best), sum(killed_high), count(*) FROM incidents "
        "WHERE grade IN ('confirmed', 'fair')",
        "SELECT date_start, sum(killed_low), sum(killed_high), count(*) FROM incidents "
        "WHERE date_start IS NOT NULL GROUP BY date_start",
        "SELECT claimant, max(claimant_kind), count(*) FROM figures "
        "WHERE claimant IS NOT NULL GROUP BY claimant",
        "SELECT count(*) FROM incidents WHERE country = 'SY' AND grade IN ('fair')",
    ]
    with s.engine.connect() as conn:
        for q in queries:
            plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + q)))
            assert "COVERING INDEX" in plan, (q, plan)
    assert s.schema_diff() == []
    s.close()
