"""``civcas run PATH...``: the whole pipeline into a database (local process pool or Dask)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from civcas.commands._apps import app

DB_HELP = "Database URL (default sqlite:///civcas.db; postgresql://user@host/db)."


def _options(dayfirst: bool, max_bytes: int | None) -> Any:
    from civcas.ingest import IngestOptions

    if max_bytes is None:
        return IngestOptions(dayfirst=dayfirst)
    return IngestOptions(dayfirst=dayfirst, max_bytes=max_bytes)


@app.command("run")
def run_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, archives or feeds.")],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", min=1, help="Processes for analysis (default: all cores; 1 = serial).")
    ] = None,
    engine: Annotated[str, typer.Option("--engine", help="local or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Dask scheduler address (tcp://host:8786); default a local cluster.")
    ] = None,
    batch: Annotated[int, typer.Option("--batch", min=1,
                                       help="Documents committed together.")] = 200,
    dayfirst: Annotated[bool, typer.Option("--dayfirst", help="Read 09/11/2016 as 9 Nov.")
                        ] = False,
    max_bytes: Annotated[int | None, typer.Option("--max-bytes", help="Largest file read.")
                         ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Ingest, extract, geocode, link and assess PATHs and store everything.

    Re-running on the same inputs changes nothing; new inputs update only the incidents they
    touch; an interrupted run resumes where it stopped. Analysts' decisions are kept.
    """
    from rich.console import Console

    from civcas.errors import UsageError
    from civcas.store import Store

    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r}", hint="use --engine local or dask")
    options = _options(dayfirst, max_bytes)
    err = Console(stderr=True)
    with Store(db) as store:
        if engine == "dask":
            result = _run_dask(paths, store=store, scheduler=scheduler, workers=workers,
                               options=options)
            if as_json:
                typer.echo(json.dumps(result, default=str))
            else:
                err.print(f"[green]dask run finished[/] into {store.safe_url}: {result}")
            return
        summary = _run_local(paths, store=store, workers=workers, options=options, batch=batch,
                             console=err)
    if as_json:
        typer.echo(json.dumps(summary.as_dict()))
    else:
        _print_summary(summary, err, url=store.safe_url)


def _run_dask(paths: list[str], *, store: Any, scheduler: str | None, workers: int | None,
              options: Any) -> Any:
    from civcas.errors import EngineError

    try:
        from civcas.scale import run_dask
    except ImportError as exc:
        raise EngineError(f"the Dask engine is not available: {exc}",
                          hint="pip install 'civcas[scale]' or use --engine local") from exc
    kwargs: dict[str, Any] = {"store": store, "scheduler": scheduler, "options": options,
                              "progress": True}
    if workers:
        kwargs["workers"] = workers
    try:
        result = run_dask(paths, **kwargs)
    except (OSError, TimeoutError) as exc:
        raise EngineError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}",
                          hint="check --scheduler ADDRESS, or use --engine local") from exc
    return result


def _run_local(paths: list[str], *, store: Any, workers: int | None, options: Any,
               batch: int, console: Any) -> Any:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from civcas.runner import run

    labels = {"read": "reading inputs", "analyse": "extracting figures",
              "assemble": "linking and assessing"}
    with Progress(TextColumn("{task.description:<22}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), TimeRemainingColumn(), console=console,
                  transient=False, disable=not console.is_terminal) as bars:
        tasks: dict[str, Any] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bars.add_task(labels.get(stage, stage), total=max(total, 1))
            bars.update(tasks[stage], completed=done, total=max(total, 1))

        return run(paths, store=store, workers=workers, options=options, progress=progress,
                   batch=batch)


def _print_summary(summary: Any, console: Any, *, url: str) -> None:
    from rich.table import Table

    from civcas.runner import iter_summary_lines

    table = Table(title=f"civcas run #{summary.run_id} → {url}", show_header=False)
    table.add_column(style="bold")
    table.add_column()
    for label, value in iter_summary_lines(summary):
        table.add_row(label, value)
    console.print(table)
