"""``civcas extract`` (casualty figures of news files) and ``civcas eval figures`` (scoring)."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from civcas.commands._apps import app, eval_app
from civcas.commands._console import stdout_console
from civcas.errors import UsageError
from civcas.models import Figure, to_dict


def figure_json(fig: Figure) -> dict[str, Any]:
    """The JSON object printed per figure: ``to_dict(figure)`` plus flat ``claimant``/``place``
    names (``claimant_name``, ``claimant_kind``, ``perpetrator_name``, ``place_name``)."""
    out = to_dict(fig)
    out["claimant_name"] = fig.claimant.name if fig.claimant else None
    out["claimant_kind"] = fig.claimant.kind if fig.claimant else None
    out["perpetrator_name"] = fig.perpetrator.name if fig.perpetrator else None
    out["place_name"] = fig.place.name if fig.place else None
    return out


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"bad {option} {value!r}", hint="write the date as YYYY-MM-DD") from exc


def _bounds(f: Figure) -> str:
    if f.low is None and f.high is None:
        return "-"
    if f.low == f.high:
        return str(f.low)
    return f"{'' if f.low is None else f.low}–{'' if f.high is None else f.high}"


@app.command("extract")
def extract_command(
    paths: list[str] = typer.Argument(..., help="Files or directories of news (any format ingest reads)."),
    published: str | None = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) for resolving relative dates."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="Output: jsonl (one figure per line) or table."),
) -> None:
    """Print every casualty figure of the documents in PATHS.

    Exit status 0 when every input was read, 1 when some item failed (figures are still printed).
    """
    from civcas.extract import extract
    from civcas.ingest import read_paths

    if fmt not in ("jsonl", "table"):
        raise UsageError(f"unknown --format {fmt!r}", hint="use jsonl or table")
    pub = _parse_date(published, "--published")
    result = read_paths(paths)
    err = Console(stderr=True)
    for p in result.problems:
        where = p.path + (f" [{p.member}]" if p.member else "") + (f" #{p.position}" if p.position else "")
        err.print(f"[yellow]skipped[/] {where}: {p.kind}: {p.reason}", highlight=False)
    figures = [f for d in result.documents for f in extract(d, published=pub)]
    if fmt == "jsonl":
        for f in figures:
            sys.stdout.write(json.dumps(figure_json(f), ensure_ascii=False) + "\n")
    else:
        table = Table("doc", "outcome", "group", "n", "qualifier", "scope", "stance", "claimant",
                      "perpetrator", "place", "date", "evidence", title=f"{len(figures)} figures")
        for f in figures:
            table.add_row(
                f.doc[:10], f.outcome, f.group + (f"/{f.subgroup}" if f.subgroup else ""), _bounds(f),
                f.qualifier, f.scope, f.stance, f.claimant.name if f.claimant else "",
                f.perpetrator.name if f.perpetrator else "", f.place.name if f.place else "",
                f.date.start.isoformat() if f.date else "", f.evidence.text[:80],
            )
        stdout_console().print(table)
    err.print(f"{len(result.documents)} documents, {len(figures)} figures, "
              f"{len(result.problems)} problems", highlight=False)
    if result.problems:
        raise typer.Exit(1)


@eval_app.command("figures")
def eval_figures_command(
    gold: str = typer.Option(..., "--gold", help="A gold set folder (documents.jsonl + gold.jsonl)."),
    errors: int = typer.Option(20, "--errors", help="How many misses, false alarms and perpetrator "
                               "disagreements to list."),
    fmt: str = typer.Option("table", "--format", "-f", help="Output: table or json."),
    style: str | None = typer.Option(None, "--style", help="Group conventions: muc4, gvc or default "
                                     "(detected from the gold rows when omitted)."),
) -> None:
    """Score extraction against a gold set: precision, recall, F1 and attribute accuracy."""
    from civcas.evaluate.figures import evaluate_figures

    if fmt not in ("table", "json"):
        raise UsageError(f"unknown --format {fmt!r}", hint="use table or json")
    if errors < 0:
        raise UsageError("--errors must be zero or more")
    if style is not None and style not in ("muc4", "gvc", "default"):
        raise UsageError(f"unknown --style {style!r}", hint="use muc4, gvc or default")
    score = evaluate_figures(gold, style=style)
    if fmt == "json":
        sys.stdout.write(json.dumps(score.to_dict(errors=errors), ensure_ascii=False) + "\n")
        return
    con = stdout_console()

    def pct(v: float | None) -> str:
        return "n/a" if v is None else f"{v:.3f}"

    t = Table("measure", "value", title=f"figures vs {gold} ({score.style})")
    t.add_row("documents", str(score.documents))
    t.add_row("precision", f"{score.precision:.3f}  ({score.correct}/{score.predicted})")
    t.add_row("recall", f"{score.recall:.3f}  ({score.gold_hit}/{score.gold_items})")
    t.add_row("F1", f"{score.f1:.3f}")
    t.add_row("scope accuracy", f"{pct(score.scope_accuracy)}  (n={score.scope_n})")
    t.add_row("perpetrator accuracy", f"{pct(score.perpetrator_accuracy)}  (n={score.perpetrator_n})")
    t.add_row("date accuracy", f"{pct(score.date_accuracy)}  (n={score.date_n})")
    t.add_row("claimant accuracy", f"{pct(score.claimant_accuracy)}  (n={score.claimant_n})")
    con.print(t)
    if errors:
        for m in score.misses[:errors]:
            con.print(f"[red]miss[/]  {m.doc} {m.outcome} {m.group} {m.value}", highlight=False)
        for a in score.false_alarm_list[:errors]:
            con.print(f"[yellow]false alarm[/] {a.doc} {a.outcome} {a.group} {a.low}-{a.high}: "
                      f"{a.evidence[:120]}", highlight=False)
        for e in score.perpetrator_errors[:errors]:
            con.print(f"[magenta]perpetrator[/] {e.doc} {e.outcome} {e.low}-{e.high}: ours {e.ours!r}, gold "
                      f"{' / '.join(e.gold)[:100]}: {e.evidence[:120]}", highlight=False)
