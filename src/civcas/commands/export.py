"""``civcas export``: incidents, figures or tallies as CSV, GeoJSON, JSONL or Parquet."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer

from civcas.commands._apps import app

DB_HELP = "Database URL (default sqlite:///civcas.db; postgresql://user@host/db)."


@app.command("export")
def export_command(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="csv | geojson | jsonl | parquet")] = "csv",
    schema: Annotated[str, typer.Option("--schema", help="civcas | ucdp | acled")] = "civcas",
    table: Annotated[str, typer.Option("--table", help="incidents | figures | tallies")
                     ] = "incidents",
    out: Annotated[str | None, typer.Option("--out", "-o", help="Output file (default stdout)")
                   ] = None,
    grade: Annotated[str | None, typer.Option("--grade", help="e.g. fair,confirmed")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO code, e.g. SY")] = None,
    perpetrator: Annotated[str | None, typer.Option("--perpetrator")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--until", help="YYYY-MM-DD")] = None,
) -> None:
    """Export the database (documented column mappings: docs/export.md)."""
    from rich.console import Console

    from civcas.errors import UsageError
    from civcas.export import export
    from civcas.store import Store

    filters: dict[str, Any] = {}
    if table == "incidents":
        try:
            filters = {k: v for k, v in {
                "grade": [g for g in grade.split(",") if g] if grade else None,
                "country": country, "perpetrator": perpetrator,
                "start": date.fromisoformat(since) if since else None,
                "end": date.fromisoformat(until) if until else None}.items() if v}
        except ValueError as exc:
            raise UsageError(f"bad date: {exc}", hint="use YYYY-MM-DD") from exc
    elif perpetrator:
        filters["perpetrator"] = perpetrator
    with Store(db) as store:
        n = export(store, table=table, fmt=fmt, schema=schema, out=out, **filters)
    Console(stderr=True).print(f"[green]exported[/] {n} {table} ({schema} schema, {fmt})"
                               + (f" to {out}" if out else ""))
