"""Server-rendered pages: content, hostile input escaped, security headers, review forms."""

from __future__ import annotations

import re
import warnings
from urllib.parse import quote

import pytest

from civcas.store import Store
from web_fixtures import (
    HOSTILE,
    WebDB,
    csrf_of,
    login,
)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def incident_id(client: TestClient, query: str) -> str:
    items = client.get(f"/api/incidents?{query}").json()["items"]
    assert len(items) == 1, query
    return str(items[0]["id"])


def hostile_pages(client: TestClient, webdb: WebDB) -> dict[str, str]:
    hostile_doc = next(d for d in webdb.docs.values() if d.url == HOSTILE["url"])
    inc = incident_id(client, "perpetrator=Syrian%20government")
    return {
        "overview": client.get("/").text,
        "dossier": client.get(f"/incidents/{inc}").text,
        "document": client.get(f"/documents/{hostile_doc.id}").text,
        "documents": client.get("/documents").text,
        "claimants": client.get("/claimants").text,
        "claimant": client.get(f"/claimants/{quote(HOSTILE['claimant'], safe='')}").text,
        "perpetrator": client.get("/perpetrators/Syrian%20government").text,
    }


def test_hostile_content_is_escaped_everywhere(client: TestClient, webdb: WebDB) -> None:
    login(client, "ana")  # the analyst view has the most fields (forms, values)
    pages = hostile_pages(client, webdb)
    for name, html in pages.items():
        assert "<script>alert" not in html, name
        assert "<img src=x" not in html and "<img src=\"x\"" not in html, name
        assert 'onmouseover="alert' not in html and "<b onmouseover" not in html, name
        assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.I), name
        assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", html), name
    assert "&lt;script&gt;alert(5)&lt;/script&gt;Committee" in pages["claimants"]
    assert "&lt;img src=x onerror=&#34;alert(6)&#34;&gt;Hamlet" in pages["dossier"]
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in pages["document"]
    # the javascript: urls are shown as text, never linked; the https copy is linked
    assert 'id="source-url">javascript:alert(3)</span>' in pages["document"]
    assert "javascript:alert(7)" in pages["document"]
    assert 'href="https://mirror.example.org/hamlet"' in pages["document"]
    assert "&lt;svg onload=alert(8)&gt;VILLAGE" in pages["document"]
    assert "<svg" not in pages["document"]


def test_security_headers(client: TestClient) -> None:
    for path in ("/", "/api/incidents", "/login", "/static/app.css", "/nope"):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp, path
        assert "unsafe-inline" not in csp.split("style-src")[0], path
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"


def test_no_inline_scripts_or_cdn(client: TestClient) -> None:
    html = client.get("/").text
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)
    assert scripts and all('src="/static/' in attrs and body.strip() == ""
                           for attrs, body in scripts)
    assert not re.search(r"""(src|href)="(https?:)?//""", html)
    for path in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
        assert client.get(path).status_code == 200, path
    assert client.get("/static/vendor/world-atlas/countries-50m.json").status_code == 200


def test_overview_has_filters_and_headline_note(client: TestClient) -> None:
    html = client.get("/").text
    for name in ("start", "end", "country", "perpetrator", "claimant", "grade", "text"):
        assert f'name="{name}"' in html, name
    assert "fair</b> or <b>confirmed" in html
    assert '<option value="US-led coalition">' in html


def test_dossier_shows_figures_evidence_ranges_and_place(client: TestClient,
                                                        webdb: WebDB) -> None:
    inc_id = incident_id(client, "text=market")
    with Store(webdb.url) as store:
        inc = store.get_incident(inc_id)
        figs = store.incident_figures(inc_id)
    html = client.get(f"/incidents/{inc_id}").text
    for f in figs:
        assert f'id="fig-{f.id}"' in html
        assert f"<mark data-figures=\"\">{f.evidence.text}</mark>" in html
        assert f'href="/documents/{f.doc}#s-{f.evidence.start}-{f.evidence.end}"' in html
        assert f.claimant is not None and f.claimant.name in html
    killed = inc.killed["civilians"]
    for fid in (*killed.low_from, *killed.high_from):
        assert f'href="#fig-{fid}"' in html
    assert inc.grade and f'id="grade">{inc.grade}<' in html
    assert inc.grade_reason and inc.grade_reason.split(":")[0] in html
    assert "Resolved via" in html and "settlement" in html
    assert "No decisions yet." in html
    assert "<form method=\"post\" action=\"/review\"" not in html  # anonymous: no forms


def test_document_page_marks_every_figure(client: TestClient, webdb: WebDB) -> None:
    for doc in webdb.docs.values():
        html = client.get(f"/documents/{doc.id}").text
        for f in (f for f in webdb.figures.values() if f.doc == doc.id):
            assert f'<mark id="s-{f.evidence.start}-{f.evidence.end}"' in html
            assert f'data-figures="{f.id}"' in html


def test_actor_pages(client: TestClient) -> None:
    html = client.get("/claimants/Syrian%20Observatory%20for%20Human%20Rights").text
    assert 'id="tally-chart"' in html and "3,350" in html
    html = client.get("/perpetrators/US-led%20coalition").text
    assert "Syrian Observatory for Human Rights" in html and "US-led coalition" in html
    assert 'data-kind="perpetrator"' in html
    resp = client.get("/claimants/Nobody%20At%20All")
    assert resp.status_code == 404 and "no claimant named" in resp.text


def test_documents_search_page(client: TestClient) -> None:
    html = client.get("/documents?text=hospital").text
    assert "Daily Courier" in html and "Tigris Times" not in html


def test_missing_pages_render_html_errors(client: TestClient) -> None:
    resp = client.get("/incidents/inope")
    assert resp.status_code == 404 and resp.headers["content-type"].startswith("text/html")
    assert "not_found" in resp.text


def test_viewer_sees_no_forms_and_cannot_post(client: TestClient) -> None:
    inc_id = incident_id(client, "text=market")
    login(client, "vera")
    html = client.get(f"/incidents/{inc_id}").text
    assert 'action="/review"' not in html
    resp = client.post("/review", data={
        "csrf_token": csrf_of(html), "kind": "override_grade", "target": inc_id,
        "grade": "weak", "reason": "viewer tries", "return_to": f"/incidents/{inc_id}"})
    assert resp.status_code == 403
    assert "No decisions yet." in client.get(f"/incidents/{inc_id}").text


def test_review_post_without_csrf_is_refused(client: TestClient) -> None:
    inc_id = incident_id(client, "text=market")
    login(client, "ana")
    resp = client.post("/review", data={
        "csrf_token": "forged", "kind": "override_grade", "target": inc_id, "grade": "weak",
        "reason": "forged form", "return_to": f"/incidents/{inc_id}"})
    assert resp.status_code == 403


def test_analyst_rejects_a_figure_through_the_form(client: TestClient,
                                                  webdb: WebDB) -> None:
    inc_id = incident_id(client, "text=market")
    login(client, "ana")
    html = client.get(f"/incidents/{inc_id}").text
    assert 'action="/review"' in html
    with Store(webdb.url) as store:
        target = store.get_incident(inc_id).killed["civilians"].high_from[0]
    resp = client.post("/review", data={
        "csrf_token": csrf_of(html), "kind": "reject_figure", "target": target,
        "incident": inc_id, "reason": "double-counts the second strike",
        "return_to": f"/incidents/{inc_id}"},
        follow_redirects=False)
    assert resp.status_code == 303
    page = client.get(resp.headers["location"]).text
    assert "recorded: reject_figure" in page
    assert f'data-figure="{target}" data-status="rejected"' in page
    assert "double-counts the second strike" in page and ">ana<" in page
    assert "Restore" in page
    with Store(webdb.url) as store:
        now = store.get_incident(resp.headers["location"].rsplit("/", 1)[1])
        assert target not in now.figures


def test_review_form_errors_are_shown_not_raised(client: TestClient) -> None:
    inc_id = incident_id(client, "text=market")
    login(client, "ana")
    html = client.get(f"/incidents/{inc_id}").text
    resp = client.post("/review", data={
        "csrf_token": csrf_of(html), "kind": "override_grade", "target": inc_id,
        "grade": "weak", "reason": "", "return_to": f"/incidents/{inc_id}"})
    assert resp.status_code == 200 and "needs a reason" in resp.text
    assert "No decisions yet." in resp.text


def _post_review(client: TestClient, inc_id: str, **fields: object) -> str:
    html = client.get(f"/incidents/{inc_id}").text
    resp = client.post("/review", data={"csrf_token": csrf_of(html),
                                        "return_to": f"/incidents/{inc_id}", **fields},
                       follow_redirects=False)
    assert resp.status_code == 303, resp.text
    page = client.get(resp.headers["location"]).text
    assert "recorded: " in page, page[:2000]
    return str(resp.headers["location"].rsplit("/", 1)[1])


def test_merge_split_correct_and_place_forms(client: TestClient, webdb: WebDB) -> None:
    raqqa = incident_id(client, "text=market")
    mosul = incident_id(client, "country=IQ")
    login(client, "ana")
    merged = _post_review(client, raqqa, kind="merge_incidents", target=raqqa, other=mosul,
                          reason="same strike, misreported place")
    with Store(webdb.url) as store:
        inc = store.get_incident(merged)
        mosul_figs = [f for f in store.incident_figures(inc.id) if f.place and
                      f.place.name == "Mosul"]
        assert mosul_figs and len(inc.figures) == 3
    split = _post_review(client, merged, kind="split_incident", target=merged,
                         figures=[f.id for f in mosul_figs], reason="two different strikes")
    with Store(webdb.url) as store:
        assert len(store.get_incident(split).figures) in (1, 2)
        assert store.list_incidents()[1] == 3
        fig = mosul_figs[0]
    after = _post_review(client, incident_id(client, "country=IQ"), kind="correct_figure",
                         target=fig.id, low="8", high="10", reason="the family count is 8-10")
    with Store(webdb.url) as store:
        corrected = store.list_figures(ids=[fig.id])[0]
        assert (corrected.low, corrected.high) == (8, 10)
        assert store.figure_status([fig.id])[fig.id] == "corrected"
    _post_review(client, after, kind="override_place", target=after, name="West Mosul",
                 lat="36.33", lon="43.10", precision="neighbourhood",
                 reason="the house was in the old city")
    with Store(webdb.url) as store:
        place = store.get_incident(after).place
        assert place is not None and place.name == "West Mosul" and place.lat == 36.33
    page = client.get(f"/incidents/{after}").text
    assert "West Mosul" in page and "the house was in the old city" in page


def test_dossier_reads_only_windows_yet_shows_the_same_excerpts(webdb: WebDB) -> None:
    from civcas.web.dossier import _rows

    with Store(webdb.url) as store:
        for inc in store.list_incidents()[0]:
            whole, part = store.dossier(inc.id), store.dossier(inc.id, excerpts=220)
            assert not part.documents and set(part.windows) == set(whole.documents)
            for doc_id, win in part.windows.items():
                text = whole.documents[doc_id].text
                assert win.size == len(text) and len(win.text) <= len(text)
                assert text[win.offset:win.offset + len(win.text)] == win.text
            a = _rows(whole.figures, whole.documents, whole.status)
            b = _rows(part.figures, part.windows, part.status)
            assert [r.snippet for r in a] == [r.snippet for r in b]
            assert [(r.document.url, r.document.publisher) for r in a] == [
                (r.document.url, r.document.publisher) for r in b]  # type: ignore[union-attr]


def test_dossier_of_a_long_article_reads_a_small_window(sqlite_url: str) -> None:
    from datetime import date

    from civcas.web.dossier import _rows
    from web_fixtures import RAQQA, _doc, _fig

    filler = "Aid convoys waited at the crossing while officials argued over permits. " * 80
    doc = _doc("long", filler + "Medics said 14 civilians were killed in the strike. " + filler,
               published=date(2017, 6, 9), publisher="Long Read Weekly",
               url="https://long.example.org/a")
    fig = _fig(doc, 1, "14 civilians were killed", low=14, high=14, claimant="medics",
               claimant_kind="medical", perpetrator="US-led coalition", place=RAQQA,
               day=date(2017, 6, 8), number_text="14")
    with Store(sqlite_url) as store:
        store.save_documents([doc])
        store.save_figures([fig], analysed_docs=[doc.id])
        store.reassemble()
        inc = store.list_incidents()[0][0]
        whole, part = store.dossier(inc.id), store.dossier(inc.id, excerpts=220)
    win = part.windows[doc.id]
    assert win.size == len(doc.text) and win.offset > 0 and len(win.text) < 600
    assert doc.text[win.offset:win.offset + len(win.text)] == win.text
    a = _rows(whole.figures, whole.documents, whole.status)
    b = _rows(part.figures, part.windows, part.status)
    assert a[0].snippet == b[0].snippet and "<mark" in str(b[0].snippet)
    assert str(b[0].snippet).startswith("… ") and str(b[0].snippet).endswith(" …")
