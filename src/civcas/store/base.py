"""Engine, connection and migration handling shared by the Store's parts."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from civcas.errors import ConfigError, StoreError

log = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///civcas.db"
MIGRATIONS = Path(__file__).with_name("migrations")


def normalise_url(url: str | None) -> str:
    """The SQLAlchemy URL for ``url``: default SQLite file, ``postgresql://`` -> psycopg 3.

    A bare file path (``data/civcas.db``) is taken as a SQLite file.
    """
    if not url:
        return DEFAULT_URL
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def alembic_config(connection: Connection) -> Any:
    """A programmatic Alembic config pointing at the packaged migrations (no alembic.ini)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


class StoreBase:
    """Owns the engine; opens transactions; runs migrations."""

    def __init__(self, url: str | None = None, *, upgrade: bool = True) -> None:
        self.url = normalise_url(url)
        try:
            parsed = make_url(self.url)
        except ArgumentError as exc:
            raise ConfigError(f"not a database URL: {url!r}",
                              hint="use sqlite:///file.db or postgresql://user@host/db") from exc
        self.dialect = parsed.get_backend_name()
        kwargs: dict[str, Any] = {"future": True}
        if self.dialect == "sqlite":
            kwargs["connect_args"] = {"timeout": 30}
            if parsed.database in (None, "", ":memory:"):
                kwargs.pop("connect_args")
            else:
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        else:
            kwargs["pool_pre_ping"] = True
        try:
            self.engine: Engine = create_engine(self.url, **kwargs)
        except (ArgumentError, ModuleNotFoundError) as exc:
            raise ConfigError(f"cannot use database {self.safe_url}: {exc}") from exc
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if upgrade:
            self._auto_upgrade()

    @property
    def safe_url(self) -> str:
        """The URL with any password hidden, for messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        """A connection inside one transaction (committed on success, rolled back on error)."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise StoreError(f"database error on {self.safe_url}: {exc.orig}",
                             hint="is the database reachable and upgraded (civcas db upgrade)?"
                             ) from exc

    def _auto_upgrade(self) -> None:
        try:
            with self.engine.connect() as conn:
                present = set(inspect(conn).get_table_names())
        except OperationalError as exc:
            raise StoreError(f"cannot open database {self.safe_url}: {exc.orig}",
                             hint="check the URL, that the server runs and the database exists"
                             ) from exc
        if "alembic_version" not in present:
            self.upgrade()
        else:
            current = self.revision()
            head = self.head_revision()
            if current != head:
                log.info("database %s at revision %s; upgrading to %s", self.safe_url,
                         current, head)
                self.upgrade()

    def upgrade(self, revision: str = "head") -> None:
        """Run Alembic migrations up to ``revision`` (default the newest)."""
        from alembic import command

        with self.engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)

    def revision(self) -> str | None:
        """The database's current Alembic revision (None if not initialised)."""
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def head_revision() -> str | None:
        """The newest revision shipped with this version of civcas."""
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        return ScriptDirectory.from_config(cfg).get_current_head()

    def schema_diff(self) -> list[Any]:
        """Differences between the tables in code and in the database (empty when in sync)."""
        from alembic.autogenerate import compare_metadata
        from alembic.runtime.migration import MigrationContext

        from civcas.store.schema import metadata

        def include(obj: object, name: str | None, type_: str, reflected: bool,
                    compare_to: object) -> bool:
            if type_ == "table" and name and (name.startswith("documents_fts")
                                              or name == "alembic_version"):
                return False
            return not ((type_ == "column" and name == "tsv")
                        or (type_ == "index" and name == "ix_documents_tsv"))

        with self.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"include_object": include})
            return list(compare_metadata(ctx, metadata))

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> StoreBase:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.safe_url!r})"
