"""The anonymous-response micro-cache: served again, bypassed for users, dropped on writes."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from civcas.api.serialise import dumps
from civcas.review import new_decision
from civcas.store import Store
from web_fixtures import WebDB, app_client, login

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def client(webdb: WebDB) -> Iterator[TestClient]:
    with app_client(webdb.url, cache_ttl=3600) as c:
        yield c


def _market(client: TestClient) -> dict:
    return dict(client.get("/api/incidents?text=market").json()["items"][0])


def _override(url: str, inc_id: str, grade: str) -> None:
    Store(url).decide(new_decision("override_grade", inc_id, user="t", reason="outside",
                                   value={"grade": grade}))


def test_anonymous_responses_are_served_again_with_security_headers(
        client: TestClient, webdb: WebDB) -> None:
    inc = _market(client)
    first = client.get(f"/incidents/{inc['id']}")
    new = "contested" if inc["grade"] != "contested" else "weak"
    _override(webdb.url, inc["id"], new)  # another process writes
    again = client.get(f"/incidents/{inc['id']}")
    assert again.status_code == 200 and again.content == first.content  # within the TTL
    assert "default-src 'self'" in again.headers["content-security-policy"]
    assert again.headers["x-frame-options"] == "DENY"
    # a request with a cookie (a signed-in user's) is never answered from the micro-cache:
    # the analyst gets the review forms the anonymous page has not
    assert 'name="csrf_token"' not in first.text
    login(client, "ana")
    mine = client.get(f"/incidents/{inc['id']}")
    assert mine.status_code == 200 and 'name="csrf_token"' in mine.text


def test_a_write_through_the_app_drops_cached_responses(
        client: TestClient, webdb: WebDB) -> None:
    inc = _market(client)
    token = webdb.tokens["ana"]
    resp = client.post("/api/decisions", headers={"Authorization": f"Bearer {token}"},
                       json={"kind": "override_grade", "target": inc["id"],
                             "reason": "checked", "value": {"grade": "discounted"}})
    assert resp.status_code == 201, resp.text
    client.cookies.clear()
    assert _market(client)["grade"] == "discounted"


def test_errors_and_cookie_setting_pages_are_not_cached(client: TestClient) -> None:
    assert client.get("/incidents/inope").status_code == 404
    first = client.get("/login")
    assert "set-cookie" in first.headers  # the login form starts a session (CSRF token)
    client.cookies.clear()
    assert "set-cookie" in client.get("/login").headers


def test_dumps_matches_the_standard_library_shape() -> None:
    import json
    from datetime import UTC, date, datetime

    value = {"d": date(2017, 3, 1), "t": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
             "tuple": (1, 2), "text": "Raqqa — الرقة", "n": None, 3: "int key",
             "big": 2**70}
    assert json.loads(dumps(value)) == {
        "d": "2017-03-01", "t": "2026-01-02T03:04:05+00:00", "tuple": [1, 2],
        "text": "Raqqa — الرقة", "n": None, "3": "int key", "big": 2**70}
