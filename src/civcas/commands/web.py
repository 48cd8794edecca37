"""``civcas serve``: run the web dashboard and JSON API with uvicorn."""

from __future__ import annotations

import typer

from civcas.commands._apps import app


@app.command("serve")
def serve(
    db: str = typer.Option(..., "--db", help="database URL, e.g. sqlite:///civcas.db"),
    host: str = typer.Option("127.0.0.1", "--host", help="interface to listen on"),
    port: int = typer.Option(8000, "--port", help="TCP port"),
    private: bool = typer.Option(False, "--private",
                                 help="require a signed-in user for every page and API read"),
    https_only: bool = typer.Option(False, "--https-only",
                                    help="mark the session cookie Secure (behind TLS)"),
    workers: int | None = typer.Option(
        None, "--workers", min=1,
        help="uvicorn worker processes [default: one per core, at most 4]"),
    log_level: str = typer.Option("warning", "--log-level", help="uvicorn log level"),
) -> None:
    """Serve the dashboard (pages, /api, /api/docs) from the database at --db."""
    import os

    from rich.console import Console

    from civcas.store import Store
    from civcas.web.auth import SECRET_ENV, resolve_secret_key

    workers = workers or default_workers()
    # open (and migrate) the database and resolve the secret once, before workers start,
    # so that every worker signs cookies with the same key
    with Store(db) as store:
        if not os.environ.get(SECRET_ENV):
            resolve_secret_key(None, store=store)
    os.environ["CIVCAS_SERVE_DB"] = db
    os.environ["CIVCAS_SERVE_PRIVATE"] = "1" if private else ""
    os.environ["CIVCAS_SERVE_HTTPS_ONLY"] = "1" if https_only else ""
    Console(stderr=True).print(
        f"civcas serving on http://{host}:{port}/ ({'private' if private else 'public reading'})",
        highlight=False)
    from civcas.web.serve import run

    run(host=host, port=port, workers=workers, log_level=log_level)


def default_workers() -> int:
    """Worker processes when ``--workers`` is not given: one per core, at most 4 (a SQLite
    database is read concurrently in WAL mode; more processes than cores only add switching)."""
    import os

    return max(1, min(4, os.cpu_count() or 1))
