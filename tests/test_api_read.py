"""The read side of the JSON API, against a real SQLite Store built by the real pipeline."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from civcas.store import Store
from web_fixtures import WebDB, app_client

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def webdb(shared_webdb: WebDB) -> WebDB:
    return shared_webdb


@pytest.fixture(scope="module")
def client(webdb: WebDB) -> Iterator[TestClient]:
    with app_client(webdb.url) as c:
        yield c


@pytest.fixture(scope="module")
def store(webdb: WebDB) -> Iterator[Store]:
    with Store(webdb.url) as s:
        yield s


def assert_error(resp: object, status: int, code: str) -> dict:
    assert resp.status_code == status, resp.text  # type: ignore[attr-defined]
    body = resp.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    return body["error"]


def test_incidents_match_the_store(client: TestClient, store: Store) -> None:
    body = client.get("/api/incidents").json()
    items, total = store.list_incidents()
    assert body["total"] == total == len(body["items"])
    assert [i["id"] for i in body["items"]] == [i.id for i in items]
    first = body["items"][0]
    assert {"id", "date", "place", "lat", "lon", "grade", "civilians_killed",
            "radius_km", "place_precision"} <= set(first)


def test_pagination(client: TestClient, store: Store) -> None:
    _, total = store.list_incidents()
    seen = []
    for offset in range(0, total):
        page = client.get(f"/api/incidents?limit=1&offset={offset}").json()
        assert page["total"] == total and len(page["items"]) == 1
        seen.append(page["items"][0]["id"])
    assert len(set(seen)) == total
    assert client.get(f"/api/incidents?limit=1&offset={total}").json()["items"] == []
    assert_error(client.get("/api/incidents?limit=0"), 400, "bad_request")
    assert_error(client.get("/api/incidents?limit=5000"), 400, "bad_request")
    assert_error(client.get("/api/incidents?offset=-1"), 422, "invalid_request")


@pytest.mark.parametrize("query, check", [
    ("country=IQ", lambda i: i["country"] == "IQ"),
    ("country=sy", lambda i: i["country"] == "SY"),
    ("perpetrator=Syrian%20government", lambda i: i["perpetrator"] == "Syrian government"),
    ("grade=fair", lambda i: i["grade"] == "fair"),
    ("grade=weak,fair", lambda i: i["grade"] in ("weak", "fair")),
    ("start=2017-06-01&end=2017-06-30", lambda i: "2017-06-01" <= i["date"] <= "2017-06-30"),
    ("bbox=42,35,45,38", lambda i: 42 <= i["lon"] <= 45 and 35 <= i["lat"] <= 38),
    ("claimant=local%20medics", lambda i: "local medics" in i["claimants"]),
])
def test_filters_select_exactly_the_matching_incidents(client: TestClient, query: str,
                                                       check: object) -> None:
    everything = client.get("/api/incidents").json()["items"]
    expected = {i["id"] for i in everything if check(i)}  # type: ignore[operator]
    body = client.get(f"/api/incidents?{query}").json()
    assert expected, f"the fixture has no incident for {query}"
    assert {i["id"] for i in body["items"]} == expected and body["total"] == len(expected)


def test_text_search_reaches_article_text(client: TestClient) -> None:
    body = client.get("/api/incidents?text=market").json()  # only in the Raqqa articles
    assert [i["place"] for i in body["items"]] == ["Raqqa"]
    assert client.get("/api/incidents?text=zzzunmatched").json()["total"] == 0


def test_repeated_grade_parameters(client: TestClient) -> None:
    a = client.get("/api/incidents?grade=weak&grade=fair").json()
    b = client.get("/api/incidents?grade=weak,fair").json()
    assert a == b


@pytest.mark.parametrize("query, code", [
    ("grade=excellent", "bad_request"), ("start=2017-13-01", "bad_request"),
    ("start=2017-06-10&end=2017-06-01", "bad_request"), ("bbox=1,2,3", "bad_request"),
    ("bbox=0,95,1,96", "bad_request"), ("order=size", "bad_request"),
    ("limit=ten", "invalid_request"), ("format=xml", "invalid_request"),
])
def test_bad_filters_give_one_error_shape(client: TestClient, query: str, code: str) -> None:
    resp = client.get(f"/api/incidents?{query}")
    err = assert_error(resp, 400 if code == "bad_request" else 422, code)
    if code == "invalid_request":
        assert err["detail"] and err["hint"]


def test_geojson(client: TestClient) -> None:
    for url in ("/api/incidents?format=geojson", "/api/incidents.geojson"):
        resp = client.get(url)
        assert resp.headers["content-type"].startswith("application/geo+json")
        fc = resp.json()
        assert fc["type"] == "FeatureCollection" and fc["total"] == 3
        assert len(fc["features"]) + fc["unlocated"] == 3
        for f in fc["features"]:
            lon, lat = f["geometry"]["coordinates"]
            assert f["properties"]["lon"] == lon and f["properties"]["lat"] == lat


def test_incident_detail_and_not_found(client: TestClient, store: Store) -> None:
    inc = store.list_incidents()[0][0]
    body = client.get(f"/api/incidents/{inc.id}").json()
    assert body["id"] == inc.id and sorted(body["figures"]) == sorted(inc.figures)
    assert {f["id"] for f in body["figure_details"]} == set(inc.figures)
    assert body["audit"] == []
    assert_error(client.get("/api/incidents/ino-such-thing"), 404, "not_found")


def test_figures(client: TestClient, store: Store, webdb: WebDB) -> None:
    body = client.get("/api/figures").json()
    assert body["total"] == len(webdb.figures)
    inc = store.list_incidents()[0][0]
    by_inc = client.get(f"/api/figures?incident={inc.id}").json()
    assert {f["id"] for f in by_inc["items"]} == set(inc.figures)
    one = next(iter(webdb.figures))
    assert [f["id"] for f in client.get(f"/api/figures?ids={one}").json()["items"]] == [one]
    medics = client.get("/api/figures?claimant=local%20medics").json()["items"]
    assert medics and all(f["claimant"]["name"] == "local medics" for f in medics)


def test_documents(client: TestClient, webdb: WebDB) -> None:
    body = client.get("/api/documents").json()
    assert body["total"] == len(webdb.docs)
    assert all("text" not in d and "excerpt" in d for d in body["items"])
    hits = client.get("/api/documents?text=hospital").json()
    assert hits["total"] == 1 and hits["items"][0]["publisher"] == "Daily Courier"
    doc_id = hits["items"][0]["id"]
    full = client.get(f"/api/documents/{doc_id}").json()
    assert full["text"] == webdb.docs[doc_id].text
    assert_error(client.get("/api/documents/dmissing"), 404, "not_found")


def test_actors_tallies_totals_timeline(client: TestClient, store: Store) -> None:
    assert client.get("/api/claimants").json()["items"] == store.list_claimants()
    assert client.get("/api/perpetrators").json()["items"] == store.list_perpetrators()
    tallies = client.get("/api/tallies").json()["items"]
    assert len(tallies) == len(store.list_tallies()) >= 2
    sohr = client.get("/api/tallies?claimant=Syrian%20Observatory%20for%20Human%20Rights").json()
    assert all(t["claimant"]["name"] == "Syrian Observatory for Human Rights"
               for t in sohr["items"])
    totals = client.get("/api/totals").json()
    assert totals == store.totals()
    assert totals["counted_grades"] == ["confirmed", "fair"]
    iq = client.get("/api/totals?country=IQ").json()
    assert iq == store.totals(country="IQ") and iq["incidents"] == 1
    tl = client.get("/api/timeline").json()
    assert tl["items"] == store.timeline()
    head = client.get("/api/timeline?headline=true").json()
    assert head["grades"] == ["confirmed", "fair"]
    assert head["items"] == store.timeline(grade=["confirmed", "fair"])
    none = client.get("/api/timeline?headline=true&grade=weak").json()
    assert none == {"grades": [], "items": []}


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/incidents", "/api/incidents/{incident_id}", "/api/figures",
                 "/api/tallies", "/api/documents", "/api/documents/{doc_id}", "/api/claimants",
                 "/api/perpetrators", "/api/totals", "/api/timeline", "/api/decisions",
                 "/api/incidents.geojson"):
        assert path in spec["paths"], path
    page = client.get("/api/docs").text
    assert "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "http://" not in page and "https://" not in page  # nothing from a CDN
    assert client.get("/static/vendor/swagger-ui-dist/swagger-ui-bundle.js").status_code == 200


def test_unknown_api_paths_and_methods(client: TestClient) -> None:
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    assert_error(client.delete("/api/incidents"), 405, "method_not_allowed")
