"""Alembic environment for civcas: runs on the connection handed over by ``civcas.store``."""

from __future__ import annotations

from alembic import context

from civcas.store.schema import metadata

config = context.config


def _include_object(obj: object, name: str | None, type_: str, reflected: bool,
                    compare_to: object) -> bool:
    """Leave the dialect-specific full-text objects out of autogenerate comparisons."""
    if type_ == "table" and name and name.startswith("documents_fts"):
        return False
    if type_ == "table" and name == "alembic_version":
        return False
    return not ((type_ == "column" and name == "tsv")
                or (type_ == "index" and name == "ix_documents_tsv"))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as conn:
            context.configure(connection=conn, target_metadata=metadata,
                              include_object=_include_object, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=metadata,
                      include_object=_include_object, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():  # pragma: no cover - civcas never runs offline migrations
    raise SystemExit("civcas migrations run online only")
run_migrations_online()
