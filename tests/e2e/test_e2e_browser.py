"""End-to-end: Debian's chromium (through Playwright) against ``uvicorn`` serving the app.

The server runs in a thread on a free loopback port over a copy of the fixture database.
Screenshots are saved under /tmp/civcas-e2e/ for a human to look at.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from civcas.store import Store
from civcas.web import create_app
from web_fixtures import PASSWORDS, WebDB, copy_db

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from playwright.sync_api import expect

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path("/tmp/civcas-e2e")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.skipif(not os.path.exists(CHROMIUM),
                       reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(template_webdb: WebDB, tmp_path: Path) -> Iterator[tuple[str, WebDB]]:
    import uvicorn

    db = copy_db(template_webdb, tmp_path / "e2e.db")
    app = create_app(store_url=db.url, secret_key="e" * 40)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", db
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def page(server: tuple[str, WebDB]) -> Iterator[object]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from playwright.sync_api import sync_playwright

    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
        pg = ctx.new_page()
        errors: list[str] = []
        pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
        pg.civcas_errors = errors  # type: ignore[attr-defined]
        # offline: any request that leaves the server is a failure
        base = server[0]
        pg.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                 or route.request.url.startswith("data:") else route.abort())
        yield pg
        browser.close()


def _markers(pg: object) -> int:
    return int(pg.locator("path.incident-marker").count())  # type: ignore[attr-defined]


def _login(pg: object, base: str, user: str) -> None:
    pg.goto(f"{base}/login")  # type: ignore[attr-defined]
    pg.fill("input[name=username]", user)  # type: ignore[attr-defined]
    pg.fill("input[name=password]", PASSWORDS[user])  # type: ignore[attr-defined]
    pg.click("#login-form button[type=submit]")  # type: ignore[attr-defined]
    pg.wait_for_load_state("networkidle")  # type: ignore[attr-defined]


def test_map_markers_filters_totals_and_timeline(page: object,
                                                 server: tuple[str, WebDB]) -> None:
    pg, (base, db) = page, server
    with Store(db.url) as store:
        items, total = store.list_incidents()
        counted = store.totals()["counted_incidents"]
        gov = store.list_incidents(perpetrator="Syrian government")[1]
    located = sum(1 for i in items if i.place and i.place.lat is not None)
    pg.goto(base + "/")  # type: ignore[attr-defined]
    expect(pg.locator("path.incident-marker")).to_have_count(located)  # type: ignore[attr-defined]
    expect(pg.locator("#incident-list tbody tr")).to_have_count(total)  # type: ignore[attr-defined]
    pg.wait_for_selector("#timeline canvas")  # type: ignore[attr-defined]
    expect(pg.locator("#total-incidents")).to_have_text(str(counted))  # type: ignore[attr-defined]
    # country outlines are drawn (a GeoJSON layer instead of tiles)
    expect(pg.locator(".leaflet-overlay-pane path").nth(located + 10)).to_be_attached()  # type: ignore[attr-defined]
    assert _markers(pg) == located == total
    assert pg.locator("path.precision-circle").count() >= 1  # type: ignore[attr-defined]
    pg.screenshot(path=str(SHOTS / "overview.png"), full_page=True)  # type: ignore[attr-defined]

    pg.select_option("select[name=perpetrator]", "Syrian government")  # type: ignore[attr-defined]
    expect(pg.locator("path.incident-marker")).to_have_count(gov)  # type: ignore[attr-defined]
    expect(pg.locator("#incident-list tbody tr")).to_have_count(gov)  # type: ignore[attr-defined]
    assert "perpetrator=Syrian+government" in pg.url  # type: ignore[attr-defined]
    pg.screenshot(path=str(SHOTS / "overview-filtered.png"), full_page=True)  # type: ignore[attr-defined]

    pg.click("button[type=reset]")  # type: ignore[attr-defined]
    expect(pg.locator("path.incident-marker")).to_have_count(located)  # type: ignore[attr-defined]
    pg.fill("input[name=text]", "hospital")  # type: ignore[attr-defined]
    pg.press("input[name=text]", "Enter")  # type: ignore[attr-defined]
    expect(pg.locator("path.incident-marker")).to_have_count(1)  # type: ignore[attr-defined]
    assert not pg.civcas_errors, pg.civcas_errors  # type: ignore[attr-defined]


def test_dossier_evidence_and_analyst_review(page: object, server: tuple[str, WebDB]) -> None:
    pg, (base, db) = page, server
    with Store(db.url) as store:
        inc = store.list_incidents(text="market")[0][0]
        target = inc.killed["civilians"].high_from[0]
    pg.goto(f"{base}/incidents/{inc.id}")  # type: ignore[attr-defined]
    rows = pg.locator("#figures tbody tr")  # type: ignore[attr-defined]
    assert rows.count() == len(inc.figures)
    marks = pg.locator("#figures mark")  # type: ignore[attr-defined]
    assert marks.count() == len(inc.figures)
    assert "27 civilians died" in marks.all_inner_texts()
    assert pg.locator("form[action='/review']").count() == 0  # type: ignore[attr-defined]
    pg.screenshot(path=str(SHOTS / "dossier.png"), full_page=True)  # type: ignore[attr-defined]

    # the evidence link opens the article at the highlighted span
    pg.click(f"#fig-{target} .evidence a:text('in the article')")  # type: ignore[attr-defined]
    pg.wait_for_load_state()  # type: ignore[attr-defined]
    assert "#s-" in pg.url  # type: ignore[attr-defined]
    assert pg.locator("#article mark:target").count() == 1  # type: ignore[attr-defined]
    pg.screenshot(path=str(SHOTS / "document.png"), full_page=True)  # type: ignore[attr-defined]

    _login(pg, base, "ana")
    pg.goto(f"{base}/incidents/{inc.id}")  # type: ignore[attr-defined]
    row = pg.locator(f"#fig-{target}")  # type: ignore[attr-defined]
    row.locator("form.review-figure input[name=reason]").fill("counts a second strike")
    row.locator("form.review-figure button[type=submit]").click()
    pg.wait_for_load_state()  # type: ignore[attr-defined]
    assert pg.locator(".flash").inner_text() == "recorded: reject_figure"  # type: ignore[attr-defined]
    assert pg.locator(f"#fig-{target}").get_attribute("data-status") == "rejected"  # type: ignore[attr-defined]
    audit = pg.inner_text("#audit")  # type: ignore[attr-defined]
    assert "reject_figure" in audit and "counts a second strike" in audit and "ana" in audit
    pg.screenshot(path=str(SHOTS / "dossier-after-review.png"), full_page=True)  # type: ignore[attr-defined]
    with Store(db.url) as store:
        now = store.get_incident(inc.id)
        assert target not in now.figures
        assert now.killed["civilians"] != inc.killed["civilians"]
    assert not pg.civcas_errors, pg.civcas_errors  # type: ignore[attr-defined]


def test_viewer_cannot_write(page: object, server: tuple[str, WebDB]) -> None:
    pg, (base, db) = page, server
    with Store(db.url) as store:
        inc = store.list_incidents(text="market")[0][0]
    _login(pg, base, "vera")
    pg.goto(f"{base}/incidents/{inc.id}")  # type: ignore[attr-defined]
    assert "vera (viewer)" in pg.inner_text("header")  # type: ignore[attr-defined]
    assert pg.locator("form[action='/review']").count() == 0  # type: ignore[attr-defined]
    token = pg.locator("header input[name=csrf_token]").get_attribute("value")  # type: ignore[attr-defined]
    status = pg.evaluate(  # type: ignore[attr-defined]
        """async ([id, csrf]) => {
             const body = new URLSearchParams({csrf_token: csrf, kind: "override_grade",
               target: id, grade: "weak", reason: "viewer tries", return_to: "/"});
             const r = await fetch("/review", {method: "POST", body});
             return r.status; }""", [inc.id, token])
    assert status == 403
    api = pg.evaluate(  # type: ignore[attr-defined]
        """async (id) => (await fetch("/api/decisions", {method: "POST",
             headers: {"Content-Type": "application/json"},
             body: JSON.stringify({kind: "override_grade", target: id, reason: "x",
                                   value: {grade: "weak"}})})).status""", inc.id)
    assert api == 401
    with Store(db.url) as store:
        assert store.get_incident(inc.id).grade == inc.grade and store.audit(inc.id) == []


def test_claimant_chart_and_api_docs(page: object, server: tuple[str, WebDB]) -> None:
    pg, (base, _db) = page, server
    pg.goto(f"{base}/perpetrators/US-led%20coalition")  # type: ignore[attr-defined]
    pg.wait_for_selector("#tally-chart canvas")  # type: ignore[attr-defined]
    assert int(pg.get_attribute("#tally-chart", "data-series")) >= 2  # type: ignore[attr-defined]
    pg.screenshot(path=str(SHOTS / "perpetrator.png"), full_page=True)  # type: ignore[attr-defined]
    pg.goto(f"{base}/api/docs")  # type: ignore[attr-defined]
    pg.wait_for_selector(".swagger-ui .opblock", timeout=20000)  # type: ignore[attr-defined]
    assert pg.locator(".opblock").count() >= 10  # type: ignore[attr-defined]
    pg.screenshot(path=str(SHOTS / "apidocs.png"))  # type: ignore[attr-defined]
    assert not pg.civcas_errors, pg.civcas_errors  # type: ignore[attr-defined]


def test_hostile_content_never_runs(page: object, server: tuple[str, WebDB]) -> None:
    from web_fixtures import HOSTILE

    pg, (base, db) = page, server
    with Store(db.url) as store:
        inc = store.list_incidents(perpetrator="Syrian government")[0][0]
        doc = inc.documents[0]
    _login(pg, base, "ana")
    for path in ("/", f"/incidents/{inc.id}", f"/documents/{doc}", "/claimants", "/documents"):
        pg.goto(base + path)  # type: ignore[attr-defined]
        pg.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    pg.goto(base + "/")  # type: ignore[attr-defined]
    expect(pg.locator("#incident-list tbody tr").first).to_be_visible()  # type: ignore[attr-defined]
    assert HOSTILE["place"] in pg.inner_text("#incident-list")  # type: ignore[attr-defined]
    pg.locator("path.grade-weak").last.click(force=True)  # type: ignore[attr-defined]
    pg.goto(f"{base}/documents/{doc}")  # type: ignore[attr-defined]
    assert pg.locator("#article img, #article script, #article svg").count() == 0  # type: ignore[attr-defined]
    assert HOSTILE["title"] in pg.inner_text("h1")  # type: ignore[attr-defined]
    pg.screenshot(path=str(SHOTS / "hostile-document.png"), full_page=True)  # type: ignore[attr-defined]
    assert not pg.civcas_errors, pg.civcas_errors  # type: ignore[attr-defined]


def test_admin_page_issues_a_token_and_changes_a_role(page: object,
                                                      server: tuple[str, WebDB]) -> None:
    pg, (base, db) = page, server
    _login(pg, base, "adam")
    pg.click("header nav a:text('Users')")  # type: ignore[attr-defined]
    pg.wait_for_load_state()  # type: ignore[attr-defined]
    row = pg.locator("tr[data-user='vera']")  # type: ignore[attr-defined]
    row.locator("form.issue-token input[name=label]").fill("e2e script")
    row.locator("form.issue-token button[type=submit]").click()
    pg.wait_for_load_state()  # type: ignore[attr-defined]
    token = pg.inner_text("#new-token code.secret")  # type: ignore[attr-defined]
    assert token.startswith("cvc_")
    pg.screenshot(path=str(SHOTS / "admin-token.png"), full_page=True)  # type: ignore[attr-defined]
    row = pg.locator("tr[data-user='vera']")  # type: ignore[attr-defined]
    row.locator("form.set-role select").select_option("analyst")
    row.locator("form.set-role button[type=submit]").click()
    pg.wait_for_load_state()  # type: ignore[attr-defined]
    assert "vera is now analyst" in pg.inner_text(".flash")  # type: ignore[attr-defined]
    assert "user role" in pg.inner_text("#user-audit")  # type: ignore[attr-defined]
    pg.screenshot(path=str(SHOTS / "admin.png"), full_page=True)  # type: ignore[attr-defined]
    with Store(db.url) as store:
        vera = store.get_user("vera")
        assert vera and vera["role"] == "analyst"
        assert "e2e script" in [t["label"] for t in store.list_tokens("vera")]
    assert not pg.civcas_errors, pg.civcas_errors  # type: ignore[attr-defined]
