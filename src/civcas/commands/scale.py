"""``civcas scale ...``: run on Dask, inspect a Parquet output folder, load it into a database.

``civcas run --engine dask`` (the storage engineer's command) calls the same
``civcas.scale.run_dask``; these commands add what only the Dask engine has.
"""

from __future__ import annotations

from pathlib import Path

import typer

from civcas.commands._apps import app
from civcas.commands._console import stdout_console

scale_app = typer.Typer(help="Corpus-scale processing on Dask (Parquet output, manifest).",
                        no_args_is_help=True)
app.add_typer(scale_app, name="scale")


@scale_app.command("run")
def scale_run(
    paths: list[str] = typer.Argument(..., help="Input files, folders or fsspec URLs."),
    out: str = typer.Option("civcas-parquet", "--out", "-o", help="Parquet output folder or URL."),
    scheduler: str | None = typer.Option(None, "--scheduler",
                                         help="Dask scheduler address (default: local cluster)."),
    workers: int = typer.Option(2, "--workers", "-w", help="Workers of the local cluster."),
    db: str | None = typer.Option(None, "--db", help="Also load the result into this database."),
    partition_mb: float = typer.Option(16.0, "--partition-mb", help="Input MB per task."),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Run the whole pipeline on Dask and write Parquet (and optionally a database)."""

    from civcas.scale import run_dask

    store = None
    if db:
        from civcas.store import Store

        store = Store(db)
    try:
        res = run_dask(paths, scheduler=scheduler, workers=workers, out=out, store=store,
                       partition_size=max(1, int(partition_mb * 2**20)), progress=progress)
    finally:
        if store is not None:
            store.close()
    con = stdout_console()
    con.print(f"[bold]{res.documents}[/] documents, [bold]{res.figures}[/] figures, "
              f"[bold]{res.incidents}[/] incidents, {res.tallies} tally series, "
              f"{res.problems} problems in {res.seconds:.1f}s on {res.workers} worker(s)")
    con.print(f"inputs: {res.inputs} ({res.processed} read, {res.skipped} unchanged, "
              f"{len(res.failed)} failed); output: {res.out}", highlight=False)
    if res.failed:
        con.print("[yellow]failed inputs are retried by the next run:[/] "
                  + ", ".join(res.failed[:10]) + (" ..." if len(res.failed) > 10 else ""),
                  highlight=False)
        raise typer.Exit(1)


@scale_app.command("status")
def scale_status(out: str = typer.Argument("civcas-parquet", help="Parquet output folder.")) -> None:
    """Show the manifest of an output folder: inputs by status and record counts."""
    from rich.table import Table

    from civcas.scale import Manifest
    from civcas.scale.status import table_counts

    manifest = Manifest.load(out)
    con = stdout_console()
    ok = len(manifest.live())
    failed = manifest.failed()
    con.print(f"{out}: {len(manifest.entries)} inputs ({ok} ok, {len(failed)} failed) "
              f"in {len(manifest.partitions())} partitions", highlight=False)
    table = Table("table", "rows")
    for name, rows in table_counts(out).items():
        table.add_row(name, str(rows))
    con.print(table)
    for e in failed[:20]:
        con.print(f"[red]failed[/] {e.path}: {e.error}", highlight=False)


@scale_app.command("load")
def scale_load(
    out: str = typer.Argument(..., help="Parquet output folder of a Dask run."),
    db: str = typer.Option(..., "--db", help="Database URL or SQLite file."),
) -> None:
    """Load a Dask run's Parquet output into a database."""

    from civcas.scale import load_into_store
    from civcas.store import Store

    if not Path(out).exists() and "://" not in out:
        raise typer.BadParameter(f"no such folder: {out}")
    with Store(db) as store:
        counts = load_into_store(out, store, paths=[out])
    stdout_console().print(", ".join(f"{v} {k}" for k, v in counts.items()), highlight=False)
