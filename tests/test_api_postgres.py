"""The API and the pages over PostgreSQL (skipped when the server is not reachable)."""

from __future__ import annotations

import warnings

import pytest

from civcas.store import Store
from civcas.web import create_app
from web_fixtures import build, csrf_of, login

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = [pytest.mark.postgres, pytest.mark.filterwarnings("ignore::DeprecationWarning")]


def test_api_pages_and_review_on_postgres(pg_url: str) -> None:
    db = build(pg_url)
    with Store(pg_url) as store, TestClient(create_app(store_url=pg_url,
                                                       secret_key="g" * 40)) as client:
        items, total = store.list_incidents()
        body = client.get("/api/incidents").json()
        assert body["total"] == total and [i["id"] for i in body["items"]] == [i.id for i in items]
        assert client.get("/api/totals").json() == store.totals()
        assert client.get("/api/documents?text=hospital").json()["total"] == 1
        inc = store.list_incidents(text="market")[0][0]
        html = client.get(f"/incidents/{inc.id}").text
        assert all(f'id="fig-{f}"' in html for f in inc.figures)
        assert html.count('<mark data-figures="">') == len(inc.figures)  # evidence windows
        for i in store.list_incidents()[0]:  # windows of the text give the same excerpts
            whole, part = store.dossier(i.id), store.dossier(i.id, excerpts=220)
            assert set(part.windows) == set(whole.documents) and not part.documents
            for f in whole.figures:
                doc, win = whole.documents[f.doc], part.windows[f.doc]
                assert (win.size, win.url) == (len(doc.text), doc.url)
                assert doc.text[win.offset:win.offset + len(win.text)] == win.text
        login(client, "ana")
        html = client.get(f"/incidents/{inc.id}").text
        resp = client.post("/review", data={
            "csrf_token": csrf_of(html), "kind": "override_grade", "target": inc.id,
            "grade": "contested", "reason": "ground forces fired too",
            "return_to": f"/incidents/{inc.id}"}, follow_redirects=False)
        assert resp.status_code == 303
        assert store.get_incident(inc.id).grade == "contested"
        tok = db.tokens["vera"]
        denied = client.post("/api/decisions", headers={"Authorization": f"Bearer {tok}"},
                             json={"kind": "override_grade", "target": inc.id,
                                   "value": {"grade": "weak"}, "reason": "viewer"})
        assert denied.status_code == 403
