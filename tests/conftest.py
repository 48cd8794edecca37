"""Shared, generic fixtures: a SQLite URL in tmp_path and a PostgreSQL URL in its own schema."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check invariants, not speed (speed is measured in bench/): no per-example deadline,
# which a loaded CI machine would otherwise trip at random.
settings.register_profile("civcas", deadline=None)
settings.load_profile("civcas")

# the web/API fixtures (webdb, shared_webdb, template_webdb, client) for every test module
pytest_plugins = ["web_fixtures"]

PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _pg_base() -> str:
    url = os.environ.get("CIVCAS_TEST_PG", PG_DEFAULT)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite database file in the test's tmp_path."""
    return f"sqlite:///{tmp_path / 'civcas.db'}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards.

    Skips (with the reason) when the server at CIVCAS_TEST_PG / 127.0.0.1:5432/test is unreachable.
    """
    sqlalchemy = pytest.importorskip("sqlalchemy")
    base = _pg_base()
    try:
        engine = sqlalchemy.create_engine(base, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(sqlalchemy.text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "skip"
        pytest.skip(f"PostgreSQL not reachable at {base}: {type(exc).__name__}: {exc}")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with engine.begin() as conn:
        conn.execute(sqlalchemy.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(sqlalchemy.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on a fresh SQLite file and on a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'civcas.db'}"
    return str(request.getfixturevalue("pg_url"))
