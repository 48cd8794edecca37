"""POST /api/decisions: analysts' tokens only, validated, applied by the Store, audited."""

from __future__ import annotations

import warnings

import pytest

from civcas.store import Store
from web_fixtures import WebDB

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def raqqa(client: TestClient) -> dict:
    items = client.get("/api/incidents?text=market").json()["items"]
    assert len(items) == 1
    return client.get(f"/api/incidents/{items[0]['id']}").json()


def test_analyst_rejects_a_figure_and_the_incident_changes(client: TestClient,
                                                          webdb: WebDB) -> None:
    before = raqqa(client)
    high_fig = before["killed"]["civilians"]["high_from"][0]
    resp = client.post("/api/decisions", headers=bearer(webdb.tokens["ana"]), json={
        "kind": "reject_figure", "target": high_fig,
        "reason": "the hospital figure counts a second strike"})
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["decision"]["user"] == "ana" and body["affected"]
    after = client.get(f"/api/incidents/{body['affected'][0]}").json()
    assert high_fig not in after["figures"]
    assert after["killed"]["civilians"] != before["killed"]["civilians"]
    audit = client.get(f"/api/audit/{after['id']}").json()["items"]
    assert audit[0]["action"] == "reject_figure" and audit[0]["user"] == "ana"
    assert audit[0]["reason"] == "the hospital figure counts a second strike"
    rejected = client.get(f"/api/figures?ids={high_fig}&include_rejected=true").json()["items"]
    assert [f["id"] for f in rejected] == [high_fig]
    assert client.get(f"/api/figures?ids={high_fig}").json()["items"] == []


def test_override_grade_through_the_api(client: TestClient, webdb: WebDB) -> None:
    inc = raqqa(client)
    new = "contested" if inc["grade"] != "contested" else "weak"
    resp = client.post("/api/decisions", headers=bearer(webdb.tokens["adam"]), json={
        "kind": "override_grade", "target": inc["id"], "value": {"grade": new.upper()},
        "reason": "ground forces also fired in the area"})
    assert resp.status_code == 201, resp.text
    again = client.get(f"/api/incidents/{resp.json()['affected'][0]}").json()
    assert again["grade"] == new
    with Store(webdb.url) as store:
        assert store.get_incident(again["id"]).grade == new


@pytest.mark.parametrize("headers, status, code", [
    ({}, 401, "unauthorized"),
    ({"Authorization": "Bearer cvc_not-a-real-token"}, 401, "unauthorized"),
    ({"Authorization": "Basic YW5hOmFuYWx5c3QtcGFzcy0x"}, 401, "unauthorized"),
])
def test_writes_need_a_valid_token(client: TestClient, headers: dict, status: int,
                                   code: str) -> None:
    inc = raqqa(client)
    resp = client.post("/api/decisions", headers=headers, json={
        "kind": "override_grade", "target": inc["id"], "value": {"grade": "weak"},
        "reason": "x"})
    assert resp.status_code == status and resp.json()["error"]["code"] == code
    assert raqqa(client)["grade"] == inc["grade"]


def test_viewer_token_cannot_write(client: TestClient, webdb: WebDB) -> None:
    inc = raqqa(client)
    resp = client.post("/api/decisions", headers=bearer(webdb.tokens["vera"]), json={
        "kind": "override_grade", "target": inc["id"], "value": {"grade": "weak"},
        "reason": "I am only a viewer"})
    assert resp.status_code == 403 and resp.json()["error"]["code"] == "forbidden"
    assert client.get(f"/api/audit/{inc['id']}").json()["items"] == []


def test_session_cookie_alone_cannot_write_through_the_api(client: TestClient) -> None:
    from web_fixtures import login

    login(client, "ana")
    inc = raqqa(client)
    resp = client.post("/api/decisions", json={
        "kind": "override_grade", "target": inc["id"], "value": {"grade": "weak"},
        "reason": "cookie only"})
    assert resp.status_code == 401


@pytest.mark.parametrize("payload, status, code", [
    ({"kind": "delete_everything", "target": "x", "reason": "r"}, 400, "bad_request"),
    ({"kind": "override_grade", "target": "@inc", "reason": "  ", "value": {"grade": "weak"}},
     400, "bad_request"),
    ({"kind": "override_grade", "target": "@inc", "reason": "r", "value": {"grade": "great"}},
     400, "bad_request"),
    ({"kind": "reject_figure", "target": "fnothere", "reason": "r"}, 404, "not_found"),
    ({"kind": "override_grade", "target": "inothere", "reason": "r",
      "value": {"grade": "weak"}}, 404, "not_found"),
    ({"kind": "correct_figure", "target": "@fig", "reason": "r", "value": {"low": "many"}},
     400, "bad_request"),
    ({"kind": "correct_figure", "target": "@fig", "reason": "r", "value": {"colour": "red"}},
     400, "bad_request"),
    ({"kind": "override_grade", "target": "@inc"}, 422, "invalid_request"),
    ({"kind": "override_grade", "target": "@inc", "reason": "r", "value": "weak"},
     422, "invalid_request"),
])
def test_bad_decisions_are_refused_with_one_error_shape(client: TestClient, webdb: WebDB,
                                                        payload: dict, status: int,
                                                        code: str) -> None:
    inc = raqqa(client)
    payload = {k: (inc["id"] if v == "@inc" else inc["figures"][0] if v == "@fig" else v)
               for k, v in payload.items()}
    resp = client.post("/api/decisions", headers=bearer(webdb.tokens["ana"]), json=payload)
    assert resp.status_code == status, resp.text
    assert set(resp.json()) == {"error"} and resp.json()["error"]["code"] == code
    assert client.get(f"/api/audit/{inc['id']}").json()["items"] == []


def test_malformed_json_body(client: TestClient, webdb: WebDB) -> None:
    resp = client.post("/api/decisions", content=b"{not json",
                       headers={**bearer(webdb.tokens["ana"]),
                                "Content-Type": "application/json"})
    assert resp.status_code == 422 and resp.json()["error"]["code"] == "invalid_request"
