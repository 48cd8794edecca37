"""Passwords, tokens, CSRF, sessions, roles and private mode of the web application."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.errors import AuthError, PermissionDenied, UsageError
from civcas.store import Store
from civcas.web import create_app
from civcas.web.auth import (
    SECRET_ENV,
    User,
    bearer_token,
    check_role,
    csrf_ok,
    hash_password,
    new_token,
    require,
    resolve_secret_key,
    token_hash,
    verify_password,
)
from civcas.web.pages import local_next
from web_fixtures import (
    PASSWORDS,
    WebDB,
    csrf_of,
    login,
)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_password_hashing() -> None:
    h = hash_password("correct horse battery")
    assert h.startswith("$argon2") and "correct" not in h
    assert verify_password(h, "correct horse battery")
    assert not verify_password(h, "correct horse batterY")
    assert not verify_password("not a hash", "whatever1")
    with pytest.raises(UsageError):
        hash_password("short")


def test_tokens_are_random_and_hashed() -> None:
    a, b = new_token(), new_token()
    assert a != b and a.startswith("cvc_") and len(a) > 40
    assert token_hash(a) != a and len(token_hash(a)) == 64 and token_hash(a) == token_hash(a)
    assert bearer_token(f"Bearer {a}") == a and bearer_token(f"bearer  {a} ") == a
    assert bearer_token("Basic abc") is None and bearer_token("Bearer ") is None
    assert bearer_token(None) is None


@given(st.text(max_size=40), st.text(max_size=40))
@settings(max_examples=50)
def test_csrf_compare(a: str, b: str) -> None:
    assert csrf_ok(a, b) == (bool(a) and bool(b) and a == b)


def test_roles() -> None:
    assert check_role("analyst") == "analyst"
    with pytest.raises(UsageError):
        check_role("root")
    analyst = User("ana", "analyst")
    assert require(analyst, "viewer") is analyst and require(analyst, "analyst") is analyst
    with pytest.raises(PermissionDenied):
        require(analyst, "admin")
    with pytest.raises(AuthError):
        require(None, "viewer")


@pytest.mark.parametrize("target, expected", [
    ("/incidents/i1", "/incidents/i1"), ("/", "/"), (None, "/"), ("", "/"),
    ("https://evil.example", "/"), ("//evil.example", "/"), ("/\\evil.example", "/"),
    ("javascript:alert(1)", "/"), ("/a\nb", "/"),
])
def test_login_redirects_only_to_local_paths(target: str | None, expected: str) -> None:
    assert local_next(target) == expected


def test_secret_key_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(SECRET_ENV, raising=False)
    monkeypatch.setenv("CIVCAS_HOME", str(tmp_path / "home"))
    assert resolve_secret_key("given") == "given"
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        first = resolve_secret_key(None, store=store)
        assert len(first) > 40 and resolve_secret_key(None, store=store) == first
    home = resolve_secret_key(None)
    assert (tmp_path / "home" / "secret_key").stat().st_mode & 0o077 == 0
    assert resolve_secret_key(None) == home
    monkeypatch.setenv(SECRET_ENV, "from-env")
    assert resolve_secret_key(None) == "from-env"


def test_login_sets_a_safe_session_cookie(client: TestClient) -> None:
    page = client.get("/login")
    token = csrf_of(page.text)
    resp = client.post("/login", data={"username": "ana", "password": PASSWORDS["ana"],
                                       "csrf_token": token, "next": "/claimants"},
                       follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"] == "/claimants"
    cookie = resp.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert "ana (analyst)" in client.get("/").text


def test_login_failures(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    token = csrf_of(client.get("/login").text)
    with caplog.at_level(logging.DEBUG):
        bad = client.post("/login", data={"username": "ana", "password": "wrong-password-9",
                                          "csrf_token": token})
        nobody = client.post("/login", data={"username": "nobody", "password": "whatever-123",
                                             "csrf_token": token})
    assert bad.status_code == 401 and nobody.status_code == 401
    assert "Wrong user name or password" in bad.text
    assert "wrong-password-9" not in caplog.text and "whatever-123" not in caplog.text
    assert "Log in" in client.get("/").text  # still anonymous


def test_login_without_csrf_is_refused(client: TestClient) -> None:
    client.get("/login")
    resp = client.post("/login", data={"username": "ana", "password": PASSWORDS["ana"],
                                       "csrf_token": "forged"})
    assert resp.status_code == 403
    assert "ana (analyst)" not in client.get("/").text


def test_logout_needs_csrf(client: TestClient) -> None:
    login(client, "vera")
    assert client.post("/logout", data={"csrf_token": "nope"}).status_code == 403
    assert "vera (viewer)" in client.get("/").text
    token = csrf_of(client.get("/").text)
    assert client.post("/logout", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    assert "vera (viewer)" not in client.get("/").text


def test_tampered_session_cookie_is_ignored(client: TestClient) -> None:
    login(client, "adam")
    value = client.cookies.get("civcas_session")
    assert value
    client.cookies.set("civcas_session", value[:-4] + "AAAA")
    assert "adam (admin)" not in client.get("/").text


def test_disabled_user_loses_the_session(client: TestClient, webdb: WebDB) -> None:
    login(client, "ana")
    with Store(webdb.url) as store:
        store.set_disabled("ana", disabled=True)
    assert "ana (analyst)" not in client.get("/").text


def test_private_mode(webdb: WebDB) -> None:
    app = create_app(store_url=webdb.url, secret_key="p" * 40, private=True)
    with TestClient(app) as c:
        resp = c.get("/", follow_redirects=False)
        assert resp.status_code == 303 and resp.headers["location"].startswith("/login?next=")
        api = c.get("/api/incidents")
        assert api.status_code == 401 and api.json()["error"]["code"] == "unauthorized"
        assert api.headers["www-authenticate"] == "Bearer"
        ok = c.get("/api/incidents", headers={"Authorization": f"Bearer {webdb.tokens['vera']}"})
        assert ok.status_code == 200
        assert c.get("/login").status_code == 200
        login(c, "vera")
        assert c.get("/").status_code == 200
