"""``civcas users add|list|token`` and ``civcas serve`` (options) through the real CLI."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from civcas.cli import _load_commands
from civcas.commands._apps import app
from civcas.store import Store
from civcas.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def cli() -> CliRunner:
    _load_commands()
    return CliRunner()


def test_users_add_list_token(cli: CliRunner, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'u.db'}"
    res = cli.invoke(app, ["users", "add", "rana", "--role", "analyst", "--password-stdin",
                           "--db", db], input="a long passphrase\n")
    assert res.exit_code == 0, res.output
    with Store(db) as store:
        user = store.get_user("rana")
        assert user is not None and user["role"] == "analyst"
        assert "a long passphrase" not in str(user["password_hash"])
    listed = cli.invoke(app, ["users", "list", "--db", db])
    assert listed.exit_code == 0 and "rana" in listed.output and "analyst" in listed.output
    tok = cli.invoke(app, ["users", "token", "rana", "--label", "nightly script", "--db", db])
    assert tok.exit_code == 0, tok.output
    token = tok.stdout.strip().splitlines()[-1]
    assert token.startswith("cvc_")
    with Store(db) as store:
        assert all(token not in str(t) for t in store.list_tokens("rana"))
    with TestClient(create_app(store_url=db, secret_key="c" * 40)) as client:
        resp = client.post("/api/decisions", headers={"Authorization": f"Bearer {token}"},
                           json={"kind": "override_grade", "target": "inothere",
                                 "value": {"grade": "weak"}, "reason": "token works"})
        assert resp.status_code == 404  # authenticated and authorised; the incident is missing


@pytest.mark.parametrize("args, needle", [
    (["users", "add", "x", "--role", "root", "--password-stdin"], "unknown role"),
    (["users", "add", "x", "--role", "viewer", "--password-stdin"], "too short"),
    (["users", "token", "ghost", "--label", "l"], "no user 'ghost'"),
])
def test_users_errors(cli: CliRunner, tmp_path: Path, args: list[str], needle: str) -> None:
    from civcas.errors import CivcasError

    db = f"sqlite:///{tmp_path / 'u.db'}"
    res = cli.invoke(app, [*args, "--db", db], input="short\n")
    assert res.exit_code != 0
    assert isinstance(res.exception, CivcasError) and needle in str(res.exception)


def test_duplicate_user_is_refused(cli: CliRunner, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'u.db'}"
    args = ["users", "add", "sam", "--role", "viewer", "--password-stdin", "--db", db]
    assert cli.invoke(app, args, input="first passphrase\n").exit_code == 0
    assert cli.invoke(app, args, input="second passphrase\n").exit_code != 0


def test_serve_help(cli: CliRunner) -> None:
    res = cli.invoke(app, ["serve", "--help"])
    assert res.exit_code == 0
    for opt in ("--db", "--host", "--port", "--private"):
        assert opt in res.output


def test_users_role_disable_revoke(cli: CliRunner, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'u.db'}"
    assert cli.invoke(app, ["users", "add", "omar", "--role", "viewer", "--password-stdin",
                            "--db", db], input="a long passphrase\n").exit_code == 0
    assert cli.invoke(app, ["users", "token", "omar", "--label", "a", "--db", db]).exit_code == 0
    assert cli.invoke(app, ["users", "role", "omar", "admin", "--db", db]).exit_code == 0
    assert cli.invoke(app, ["users", "disable", "omar", "--db", db]).exit_code == 0
    res = cli.invoke(app, ["users", "revoke", "omar", "--db", db])
    assert res.exit_code == 0 and "revoked 1 token of omar" in res.output
    with Store(db) as store:
        user = store.get_user("omar")
        assert user and user["role"] == "admin" and user["disabled"]
        assert store.list_tokens("omar") == []
        actions = [a["action"] for a in store.user_audit()]
    assert actions == ["token_revoke", "user_disable", "user_role", "token_issue", "user_add"]
    assert cli.invoke(app, ["users", "disable", "omar", "--enable", "--db", db]).exit_code == 0
    assert cli.invoke(app, ["users", "role", "omar", "root", "--db", db]).exit_code != 0
    assert cli.invoke(app, ["users", "role", "ghost", "viewer", "--db", db]).exit_code != 0
