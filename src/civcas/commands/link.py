"""``civcas incidents``, ``civcas tallies``, ``civcas eval links``, ``civcas eval ranges``.

The path-based logic lives in small functions (:func:`analyse_paths`, :func:`assemble_paths`,
:func:`incident_records`, :func:`tally_records`) that other commands (``--db`` variants) reuse.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import asdict
from typing import Annotated, Any

import typer

from civcas.commands._apps import app, eval_app
from civcas.commands._console import stdout_console
from civcas.errors import CivcasError, UsageError
from civcas.models import Decision, Figure, Problem, to_dict
from civcas.pipeline import Assembly

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "table")


def analyse_paths(paths: Sequence[str]) -> tuple[list[Figure], list[Problem]]:
    """Ingest PATHs and analyse every document; per-document failures become problems."""
    from civcas.ingest import read_paths
    from civcas.pipeline import analyse_document

    result = read_paths(paths)
    problems = list(result.problems)
    figures: list[Figure] = []
    for doc in result.documents:
        try:
            figures.extend(analyse_document(doc))
        except (CivcasError, ValueError, LookupError, TypeError, AttributeError) as exc:
            where = doc.origin.path if doc.origin else doc.id
            problems.append(Problem(path=where, reason=f"analysis failed: {exc}",
                                    kind="analysis",
                                    position=doc.origin.position if doc.origin else None))
    return figures, problems


def assemble_paths(paths: Sequence[str], *, decisions: Sequence[Decision] = ()
                   ) -> tuple[Assembly, list[Problem]]:
    """Ingest, analyse, link, assess and build tallies for PATHs."""
    from civcas.pipeline import assemble

    figures, problems = analyse_paths(paths)
    return assemble(figures, decisions=decisions), problems


def incident_records(assembly: Assembly) -> list[dict[str, Any]]:
    """One JSON-able dict per incident (``models.to_dict``), ordered by date then id."""
    incs = sorted(assembly.incidents,
                  key=lambda i: (i.date.start.isoformat() if i.date else "9999", i.id))
    return [to_dict(i) for i in incs]


def tally_records(assembly: Assembly) -> list[dict[str, Any]]:
    """One JSON-able dict per tally series."""
    return [to_dict(s) for s in assembly.tallies]


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}", hint="use --format jsonl or table")


def _report_problems(problems: Sequence[Problem]) -> None:
    from rich.console import Console

    err = Console(stderr=True)
    for p in problems:
        err.print(f"[yellow]problem[/] {p.path}: {p.reason} ({p.kind})", highlight=False)


def _rng(r: dict[str, Any] | None) -> str:
    if not r:
        return "-"
    lo, hi = r.get("low"), r.get("high")
    lo_s = "?" if lo is None else str(lo)
    hi_s = "?" if hi is None else str(hi)
    return lo_s if lo == hi and lo is not None else f"{lo_s}-{hi_s}"


def _incident_sources(paths: Sequence[str] | None, db: str | None, filters: dict[str, Any]
                      ) -> list[dict[str, Any]]:
    """Incident records from PATHs (run the pipeline in memory) or from the database at ``db``."""
    if db is not None:
        if paths:
            raise UsageError("give either PATHs or --db, not both",
                             hint="civcas incidents --db URL reads a database built by civcas run")
        from civcas.commands.store import incidents_from_db

        incidents, total = incidents_from_db(db, **filters)
        if total > len(incidents):
            log.info("showing %d of %d incidents (use --limit/--offset)", len(incidents), total)
        return [to_dict(i) for i in incidents]
    if not paths:
        raise UsageError("no input", hint="give files/folders to analyse, or --db URL")
    assembly, problems = assemble_paths(paths)
    _report_problems(problems)
    return incident_records(assembly)


@app.command("incidents")
def incidents_command(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files, folders, archives or feeds (omit with --db).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl or table.")] = "jsonl",
    db: Annotated[str | None, typer.Option("--db", help="Read a database instead of PATHs.")] = None,
    grade: Annotated[str | None, typer.Option(help="With --db: grades, e.g. fair,confirmed.")] = None,
    country: Annotated[str | None, typer.Option(help="With --db: ISO country code.")] = None,
    perpetrator: Annotated[str | None, typer.Option(help="With --db: canonical name.")] = None,
    claimant: Annotated[str | None, typer.Option(help="With --db: canonical name.")] = None,
    since: Annotated[str | None, typer.Option(help="With --db: YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="With --db: YYYY-MM-DD.")] = None,
    text: Annotated[str | None, typer.Option(help="With --db: full-text search.")] = None,
    limit: Annotated[int, typer.Option(help="With --db: page size.")] = 100,
    offset: Annotated[int, typer.Option(help="With --db: page start.")] = 0,
) -> None:
    """Link and grade the incidents reported in PATHs, or list those stored in --db."""
    from rich.table import Table

    _check_format(fmt)
    filters: dict[str, Any] = {
        "grade": grade, "country": country, "perpetrator": perpetrator, "claimant": claimant,
        "since": _date_option(since, "--since"), "until": _date_option(until, "--until"),
        "text": text, "limit": limit, "offset": offset,
    }
    records = _incident_sources(paths, db, filters)
    if fmt == "jsonl":
        for rec in records:
            typer.echo(json.dumps(rec, ensure_ascii=False))
        return
    table = Table(title=f"{len(records)} incidents")
    for col in ("id", "date", "place", "perpetrator", "grade", "civilians killed",
                "injured", "sources", "documents"):
        table.add_column(col)
    for rec in records:
        table.add_row(
            rec["id"], (rec.get("date") or {}).get("start") or "-",
            (rec.get("place") or {}).get("name") or "-",
            (rec.get("perpetrator") or {}).get("name") or "-", rec.get("grade") or "-",
            _rng(rec["killed"].get("civilians") or rec["killed"].get("people")),
            _rng(rec["injured"].get("civilians") or rec["injured"].get("people")),
            str(rec.get("sources", 0)), str(len(rec.get("documents", []))),
        )
    stdout_console().print(table)


def _date_option(value: str | None, name: str) -> Any:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name} {value!r} is not a date", hint="use YYYY-MM-DD") from None


@app.command("tallies")
def tallies_command(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files, folders, archives or feeds (omit with --db).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl or table.")] = "jsonl",
    db: Annotated[str | None, typer.Option("--db", help="Read a database instead of PATHs.")] = None,
    claimant: Annotated[str | None, typer.Option(help="With --db: canonical name.")] = None,
    perpetrator: Annotated[str | None, typer.Option(help="With --db: canonical name.")] = None,
) -> None:
    """Cumulative counts in PATHs (or --db) as series per claimant, perpetrator and region."""
    from rich.table import Table

    _check_format(fmt)
    if db is not None:
        if paths:
            raise UsageError("give either PATHs or --db, not both")
        from civcas.commands.store import tallies_from_db

        records = [to_dict(s) for s in tallies_from_db(db, claimant=claimant,
                                                        perpetrator=perpetrator)]
    elif not paths:
        raise UsageError("no input", hint="give files/folders to analyse, or --db URL")
    else:
        assembly, problems = assemble_paths(paths)
        _report_problems(problems)
        records = tally_records(assembly)
    if fmt == "jsonl":
        for rec in records:
            typer.echo(json.dumps(rec, ensure_ascii=False))
        return
    table = Table(title=f"{len(records)} tally series")
    for col in ("claimant", "perpetrator", "region", "outcome", "group", "points", "gaps"):
        table.add_column(col)
    for rec in records:
        pts = ", ".join(f"{p['date']}: {_rng(p)}" for p in rec["points"])
        gaps = ", ".join(f"{g['date']}: {g['difference']:+d} ({g['days_apart']} d)"
                         for g in rec["gaps"] if g["difference"] is not None)
        table.add_row((rec.get("claimant") or {}).get("name") or "-",
                      (rec.get("perpetrator") or {}).get("name") or "-",
                      rec.get("region") or "-", rec["outcome"], rec["group"], pts, gaps or "-")
    stdout_console().print(table)


@eval_app.command("links")
def eval_links_command(
    gold: Annotated[str, typer.Option("--gold", help="Gold set folder with incident_id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score document-to-incident clustering (B-cubed, MUC, pairwise)."""
    from rich.table import Table

    from civcas.evaluate.links import evaluate_links

    s = evaluate_links(gold)
    if as_json:
        typer.echo(json.dumps(asdict(s)))
        return
    c = stdout_console()
    c.print(f"documents {s.documents}, gold incidents {s.gold_clusters}, predicted clusters "
            f"{s.predicted_clusters}, documents without figures {s.documents_without_figures} "
            f"(of which document reports {s.document_reports}), failed {s.failed_documents}", highlight=False)
    t = Table()
    for col in ("metric", "precision", "recall", "F1"):
        t.add_column(col)
    for name, prf in (("B-cubed", s.bcubed), ("MUC", s.muc), ("pairwise", s.pairwise)):
        t.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}")
    c.print(t)


@eval_app.command("ranges")
def eval_ranges_command(
    gold: Annotated[str, typer.Option("--gold", help="Gold set folder with min/max ranges.")],
    mode: Annotated[str, typer.Option("--mode", help="union (all figures of the page) or "
                                                     "largest (the biggest linked incident).")
                    ] = "union",
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score reconciled ranges against gold min/max per incident."""
    from rich.table import Table

    from civcas.evaluate.ranges import evaluate_ranges

    scores = evaluate_ranges(gold, mode=mode)
    if as_json:
        typer.echo(json.dumps([asdict(s) for s in scores]))
        return
    t = Table(title=f"ranges ({mode})")
    for col in ("field", "gold", "predicted", "contains max", "contains min", "exact", "MAE best"):
        t.add_column(col)
    for s in scores:
        t.add_row(f"{s.group} {s.outcome}", str(s.gold), str(s.predicted),
                  f"{s.contains_max:.1%}", f"{s.contains_min:.1%}", f"{s.exact:.1%}",
                  "-" if s.mae_best is None else f"{s.mae_best:.2f}")
    stdout_console().print(t)
