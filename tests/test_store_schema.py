"""Migrations from an empty database, on SQLite and PostgreSQL, and the db CLI commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect
from typer.testing import CliRunner

from civcas.errors import ConfigError, StoreError
from civcas.store import Store, normalise_url
from civcas.store.schema import metadata


def test_empty_database_is_migrated_to_head_and_matches_the_code(db_url: str) -> None:
    with Store(db_url) as store:
        assert store.revision() == store.head_revision()
        assert store.schema_diff() == []
        tables = set(inspect(store.engine).get_table_names())
    assert set(metadata.tables) <= tables
    if db_url.startswith("sqlite"):
        assert "documents_fts" in tables


def test_upgrade_is_idempotent_and_reopening_keeps_data(db_url: str) -> None:
    with Store(db_url) as store:
        store.set_setting("k", "v")
        store.upgrade()
    with Store(db_url) as again:
        assert again.get_setting("k") == "v"
        assert again.revision() == again.head_revision()


def test_open_without_upgrade_leaves_database_empty(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'raw.db'}"
    store = Store(url, upgrade=False)
    assert store.revision() is None
    store.upgrade()
    assert store.revision() == store.head_revision()
    store.close()


def test_url_normalisation() -> None:
    assert normalise_url(None) == "sqlite:///civcas.db"
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("data/x.db") == "sqlite:///data/x.db"


def test_bad_urls_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        Store("nosuchdialect://x/y")
    with pytest.raises(StoreError) as info:
        Store("postgresql://nobody@127.0.0.1:1/none")
    assert "cannot open database" in info.value.message


def test_db_upgrade_and_status_commands(tmp_path: Path) -> None:
    from civcas.cli import _load_commands
    from civcas.commands._apps import app

    _load_commands()
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()
    res = runner.invoke(app, ["db", "upgrade", "--db", url])
    assert res.exit_code == 0, res.output
    engine = create_engine(url)
    assert "incidents" in inspect(engine).get_table_names()
    engine.dispose()
    res = runner.invoke(app, ["db", "status", "--db", url])
    assert res.exit_code == 0, res.output
    assert "incidents" in res.output
