"""The admin page: users, roles, disabling, API tokens; CSRF, audit, roles, escaping."""

from __future__ import annotations

import re
import warnings

import pytest

from civcas.store import Store
from civcas.web.auth import hash_password, new_token, token_hash
from web_fixtures import HOSTILE, PASSWORDS, WebDB, csrf_of, login

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PAGE = "/admin/users"


def post(client: TestClient, action: str, **data: str) -> object:
    token = csrf_of(client.get(PAGE).text)
    return client.post(f"{PAGE}/{action}", data={"csrf_token": token, **data},
                       follow_redirects=False)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("who", ["vera", "ana"])
def test_viewers_and_analysts_cannot_reach_it(client: TestClient, who: str) -> None:
    login(client, who)
    assert client.get(PAGE).status_code == 403
    assert 'href="/admin/users"' not in client.get("/").text
    token = csrf_of(client.get("/").text)  # a valid CSRF token of their own session
    resp = client.post(f"{PAGE}/role", data={"csrf_token": token, "username": who,
                                             "role": "admin"}, follow_redirects=False)
    assert resp.status_code == 403
    resp = client.post(f"{PAGE}/add", data={"csrf_token": token, "username": "mallory",
                                            "role": "admin", "password": "long-enough-1",
                                            "password2": "long-enough-1"})
    assert resp.status_code == 403
    login(client, who)
    assert f"{who} ({'viewer' if who == 'vera' else 'analyst'})" in client.get("/").text


def test_anonymous_is_sent_to_login_and_api_tokens_do_not_open_it(client: TestClient,
                                                                    webdb: WebDB) -> None:
    resp = client.get(PAGE, follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"].startswith("/login?next=")
    resp = client.get(PAGE, headers=bearer(webdb.tokens["adam"]), follow_redirects=False)
    assert resp.status_code == 303  # forms need a signed-in session, not a token


def test_admin_lists_users_and_tokens(client: TestClient) -> None:
    login(client, "adam")
    assert 'href="/admin/users"' in client.get("/").text
    page = client.get(PAGE)
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    for name in ("vera", "ana", "adam"):
        assert f'data-user="{name}"' in page.text
    assert page.text.count(">tests</span>") == 3  # one token each, by label


def test_add_user_role_disable_enable_with_audit(client: TestClient, webdb: WebDB) -> None:
    login(client, "adam")
    resp = post(client, "add", username="rana", role="analyst", password="a long passphrase",
                password2="a long passphrase")
    assert resp.status_code == 303  # type: ignore[attr-defined]
    assert "added rana (analyst)" in client.get("/").text
    with TestClient(client.app) as other:
        login(other, "rana", "a long passphrase")
        assert "rana (analyst)" in other.get("/").text
        post(client, "role", username="rana", role="viewer")
        assert "rana (viewer)" in other.get("/").text  # the role is re-read every request
        post(client, "disabled", username="rana", disabled="1")
        assert "rana (viewer)" not in other.get("/").text  # the session ended
    post(client, "disabled", username="rana", disabled="0")
    with Store(webdb.url) as store:
        user = store.get_user("rana")
        assert user and user["role"] == "viewer" and not user["disabled"]
        actions = [(a["user"], a["action"], a["username"]) for a in store.user_audit()]
        assert actions[:4] == [("adam", "user_enable", "rana"), ("adam", "user_disable", "rana"),
                               ("adam", "user_role", "rana"), ("adam", "user_add", "rana")]
        assert all("password" not in str(a["value"]) for a in store.user_audit())
    page = client.get(PAGE).text
    assert "user disable" in page and "role: viewer" in page


def test_bad_input_is_shown_not_raised(client: TestClient) -> None:
    login(client, "adam")
    for data in ({"username": "two words", "role": "viewer"},
                 {"username": "vera", "role": "viewer"},  # taken
                 {"username": "newbie", "role": "overlord"},
                 {"username": "newbie", "role": "viewer", "password": "short",
                  "password2": "short"}):
        full = {"password": "long-enough-1", "password2": "long-enough-1", **data}
        resp = post(client, "add", **full)
        assert resp.status_code == 303  # type: ignore[attr-defined]
        assert 'class="flash error"' in client.get(PAGE).text
    assert 'data-user="newbie"' not in client.get(PAGE).text


def test_admin_cannot_lock_themselves_out(client: TestClient, webdb: WebDB) -> None:
    login(client, "adam")
    post(client, "disabled", username="adam", disabled="1")
    post(client, "role", username="adam", role="viewer")
    assert "your own account" in client.get(PAGE).text
    with Store(webdb.url) as store:
        adam = store.get_user("adam")
        assert adam and adam["role"] == "admin" and not adam["disabled"]


def test_every_change_needs_the_csrf_token(client: TestClient, webdb: WebDB) -> None:
    login(client, "adam")
    for action, data in (("add", {"username": "x1", "role": "admin", "password": "p" * 10,
                                  "password2": "p" * 10}),
                         ("role", {"username": "vera", "role": "admin"}),
                         ("disabled", {"username": "vera", "disabled": "1"}),
                         ("token", {"username": "vera", "label": "sneaky"}),
                         ("revoke", {"username": "vera", "token": "0" * 12})):
        for token in ({}, {"csrf_token": "forged"}):
            resp = client.post(f"{PAGE}/{action}", data={**data, **token})
            assert resp.status_code == 403, action
    with Store(webdb.url) as store:
        assert store.get_user("x1") is None
        vera = store.get_user("vera")
        assert vera and vera["role"] == "viewer" and not vera["disabled"]
        assert [t["label"] for t in store.list_tokens("vera")] == ["tests"]
        assert store.user_audit() == []


def test_issue_and_revoke_tokens(client: TestClient, webdb: WebDB) -> None:
    login(client, "adam")
    resp = post(client, "token", username="ana", label="nightly sync")
    assert resp.status_code == 200  # type: ignore[attr-defined]
    assert resp.headers["cache-control"] == "no-store"  # type: ignore[attr-defined]
    m = re.search(r'<code class="secret">(cvc_[A-Za-z0-9_-]+)</code>', resp.text)  # type: ignore[attr-defined]
    assert m
    tok = m.group(1)
    assert client.get("/api/incidents", headers=bearer(tok)).status_code == 200
    assert tok not in client.get(PAGE).text  # shown once
    with Store(webdb.url) as store:
        mine = [t for t in store.list_tokens("ana") if t["label"] == "nightly sync"]
        assert len(mine) == 1 and mine[0]["id"] == token_hash(tok)[:12]
        assert tok not in str(store.user_audit())
    resp = post(client, "revoke", username="ana", token=mine[0]["id"])
    assert resp.status_code == 303  # type: ignore[attr-defined]
    assert client.get("/api/incidents", headers=bearer(tok)).status_code == 401
    assert client.get("/api/incidents",  # the other token of ana still works
                      headers=bearer(webdb.tokens["ana"])).status_code == 200
    with Store(webdb.url) as store:
        actions = [a["action"] for a in store.user_audit()]
        assert actions[:2] == ["token_revoke", "token_issue"]


def test_disabling_stops_tokens(client: TestClient, webdb: WebDB) -> None:
    login(client, "adam")
    post(client, "disabled", username="ana", disabled="1")
    assert client.get("/api/incidents",
                      headers=bearer(webdb.tokens["ana"])).status_code == 401


def test_hostile_names_and_labels_are_escaped(client: TestClient, webdb: WebDB) -> None:
    hostile_name = "<script>alert(11)</script>"
    with Store(webdb.url) as store:
        store.add_user(hostile_name, password_hash=hash_password("x" * 12), role="viewer",
                       by=HOSTILE["publisher"])
        store.add_token(hostile_name, token_hash=token_hash(new_token()),
                        label='<img src=x onerror="alert(12)">', by="adam")
    login(client, "adam")
    page = client.get(PAGE).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "<b onmouseover" not in page
    assert "&lt;script&gt;alert(11)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;alert(12)&#34;&gt;" in page
    assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", page)


def test_cli_changes_are_audited_too(webdb: WebDB) -> None:
    from typer.testing import CliRunner

    from civcas.cli import _load_commands
    from civcas.commands._apps import app

    _load_commands()
    res = CliRunner().invoke(app, ["users", "add", "clio", "--role", "viewer",
                                   "--password-stdin", "--db", webdb.url],
                             input=PASSWORDS["vera"] + "\n")
    assert res.exit_code == 0, res.output
    with Store(webdb.url) as store:
        entry = store.user_audit()[0]
    assert entry["action"] == "user_add" and entry["username"] == "clio"
    assert entry["user"].startswith("cli")
