"""Reads over a small real database: filters, full-text search, totals, timeline, users."""

from __future__ import annotations

from datetime import date

import pytest

from civcas.errors import Conflict, NotFound, UsageError
from civcas.store import Store
from store_factories import small_store


@pytest.fixture
def store(db_url: str) -> Store:
    s = small_store(db_url, first_text='Coalition jets struck a bakery queue in Raqqa, the Observatory said.')
    yield s  # type: ignore[misc]
    s.close()


def test_incident_filters(store: Store) -> None:
    incs, total = store.list_incidents()
    assert total == 3 and len(incs) == 3
    assert [i.date.start for i in incs if i.date] == sorted(i.date.start for i in incs if i.date)
    sy, n = store.list_incidents(country="sy")
    assert n == 2 and all(i.place and i.place.country == "SY" for i in sy)
    _, n = store.list_incidents(perpetrator="Islamic State")
    assert n == 1
    _, n = store.list_incidents(claimant="SNHR")
    assert n == 1
    _, n = store.list_incidents(start=date(2017, 6, 1), end=date(2017, 6, 30))
    assert n == 1
    _, n = store.list_incidents(bbox=(42.0, 35.0, 44.0, 37.0))  # around Mosul
    assert n == 1
    raqqa = store.list_incidents(text="bakery")[0]
    assert len(raqqa) == 1 and len(raqqa[0].figures) == 2
    assert store.list_incidents(text="tabqa")[1] == 1  # place name, not in FTS docs
    page, total = store.list_incidents(limit=1, offset=1, order="-date")
    assert total == 3 and len(page) == 1 and page[0].id == incs[1].id
    grades = {i.grade for i in incs}
    _, n = store.list_incidents(grade=sorted(grades))
    assert n == 3
    with pytest.raises(UsageError):
        store.list_incidents(order="colour")


def test_get_incident_and_figures(store: Store) -> None:
    incs, _ = store.list_incidents(text="bakery")
    inc = store.get_incident(incs[0].id)
    assert inc == incs[0]
    figs = store.incident_figures(inc.id)
    assert sorted(f.id for f in figs) == sorted(inc.figures)
    assert store.figure_status([f.id for f in figs]) == {f.id: "active" for f in figs}
    assert {f.claimant.name for f in store.list_figures(incident=inc.id) if f.claimant} == {
        "SOHR", "SNHR"}
    with pytest.raises(NotFound):
        store.get_incident("inope")


def test_documents_full_text(store: Store) -> None:
    docs, total = store.list_documents(text="bakery")
    assert total == 2 and {d.publisher for d in docs} == {"Levant Daily", "Wire Service"}
    docs, total = store.list_documents(text="market Mosul")
    assert total == 1 and "Mosul" in docs[0].text
    _, total = store.list_documents(publisher="Wire Service")
    assert total == 2
    _, total = store.list_documents(text="zeppelin")
    assert total == 0
    d = docs[0]
    assert store.get_document(d.id) == d
    with pytest.raises(NotFound):
        store.get_document("dnope")


def test_totals_and_timeline_agree_with_incidents(store: Store) -> None:
    incs, _ = store.list_incidents(limit=1000)
    totals = store.totals()
    counted = [i for i in incs if i.grade in ("fair", "confirmed")]
    expected_low = sum((i.killed["civilians"].low or 0) for i in counted if "civilians" in i.killed)
    assert totals["civilians_killed"]["low"] == expected_low
    assert totals["incidents"] == 3 and sum(totals["by_grade"].values()) == 3
    weeks = store.timeline()
    assert sum(w["incidents"] for w in weeks) == 3
    assert [w["week"] for w in weeks] == sorted(w["week"] for w in weeks)
    assert all(date.fromisoformat(w["week"]).weekday() == 0 for w in weeks)
    assert store.totals(country="IQ")["incidents"] == 1


def test_claimants_and_perpetrators(store: Store) -> None:
    claimants = {c["name"]: c for c in store.list_claimants()}
    assert claimants["SOHR"]["figures"] == 2 and claimants["SOHR"]["kind"] == "monitor"
    assert claimants["SNHR"]["incidents"] == 1
    perps = {p["name"]: p for p in store.list_perpetrators()}
    assert perps["US-led coalition"]["incidents"] == 1
    assert perps["Islamic State"]["figures"] == 1


def test_users_and_tokens(store: Store) -> None:
    store.add_user("amal", password_hash="$argon2id$fake", role="analyst")
    with pytest.raises(Conflict):
        store.add_user("amal", password_hash="x", role="viewer")
    with pytest.raises(UsageError):
        store.add_user("bob", password_hash="x", role="emperor")
    assert store.get_user("amal")["role"] == "analyst"  # type: ignore[index]
    assert store.get_user("nobody") is None
    store.set_password("amal", password_hash="$argon2id$other")
    assert store.get_user("amal")["password_hash"] == "$argon2id$other"  # type: ignore[index]
    store.add_token("amal", token_hash="sha256:abc", label="notebook")
    user = store.user_for_token("sha256:abc")
    assert user is not None and user["username"] == "amal"
    assert store.list_tokens("amal")[0]["last_used"] is not None
    assert store.user_for_token("sha256:zzz") is None
    store.set_disabled("amal")
    assert store.user_for_token("sha256:abc") is None
    assert [u["username"] for u in store.list_users()] == ["amal"]
    assert "password_hash" not in store.list_users()[0]
    with pytest.raises(NotFound):
        store.set_password("ghost", password_hash="x")
