"""Database commands: ``civcas db upgrade|status``, ``civcas show INCIDENT_ID``, and the
``incidents_from_db`` / ``tallies_from_db`` functions behind ``civcas incidents|tallies --db``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any

import typer

from civcas.commands._apps import app, db_app
from civcas.commands._console import stdout_console
from civcas.models import Figure, Incident, Range, TallySeries

DB_HELP = "Database URL (default sqlite:///civcas.db; postgresql://user@host/db)."


# --------------------------------------------------------------------------- library functions

def _grades(grade: str | Sequence[str] | None) -> list[str] | None:
    if grade is None:
        return None
    items = [grade] if isinstance(grade, str) else list(grade)
    out = [g.strip() for item in items for g in item.split(",") if g.strip()]
    return out or None


def incidents_from_db(url: str | None, *, grade: str | Sequence[str] | None = None,
                      country: str | None = None, perpetrator: str | None = None,
                      since: date | None = None, until: date | None = None,
                      text: str | None = None, claimant: str | None = None,
                      limit: int = 100, offset: int = 0, order: str = "date"
                      ) -> tuple[list[Incident], int]:
    """Incidents from the database at ``url`` (filters as ``Store.list_incidents``; ``grade``
    may be "fair,confirmed"). Returns (incidents, total matching)."""
    from civcas.store import Store

    with Store(url) as store:
        return store.list_incidents(start=since, end=until, country=country,
                                    perpetrator=perpetrator, grade=_grades(grade),
                                    claimant=claimant, text=text, limit=limit, offset=offset,
                                    order=order)


def tallies_from_db(url: str | None, *, claimant: str | None = None,
                    perpetrator: str | None = None) -> list[TallySeries]:
    """Tally series from the database at ``url``."""
    from civcas.store import Store

    with Store(url) as store:
        return store.list_tallies(claimant=claimant, perpetrator=perpetrator)


# --------------------------------------------------------------------------- db commands

@db_app.command("upgrade")
def db_upgrade(db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None) -> None:
    """Create or migrate the database schema to the newest version."""
    from rich.console import Console

    from civcas.store import Store

    store = Store(db, upgrade=False)
    try:
        before = store.revision()
        store.upgrade()
        Console(stderr=True).print(
            f"[green]database {store.safe_url}[/] at revision {store.revision()} "
            f"(was {before or 'empty'})")
    finally:
        store.close()


@db_app.command("status")
def db_status(db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None) -> None:
    """Show the schema revision, row counts and the latest runs."""
    from rich.table import Table

    from civcas.store import Store

    console = stdout_console()
    with Store(db) as store:
        console.print(f"[bold]{store.safe_url}[/] revision {store.revision()} "
                      f"(head {store.head_revision()})")
        table = Table("table", "rows")
        for name, n in store.counts().items():
            table.add_row(name, str(n))
        console.print(table)
        runs = Table("run", "started", "status", "engine", "documents", "figures", "problems",
                     title="latest runs")
        for r in store.runs(limit=5):
            stats = r.get("stats") or {}
            runs.add_row(str(r["id"]), str(r["started_at"])[:19], r["status"],
                         r.get("engine") or "", str(stats.get("documents_new", "")),
                         str(stats.get("figures_new", "")), str(stats.get("problems", "")))
        console.print(runs)


# --------------------------------------------------------------------------- show

def _num(v: int | None) -> str:
    return "?" if v is None else str(v)


def _figure_number(f: Figure) -> str:
    if f.low is not None and f.high is not None and f.low != f.high:
        return f"{f.low}–{f.high}"
    if f.low is None and f.high is None:
        return "—"
    return _num(f.low if f.low is not None else f.high)


def _evidence(f: Figure) -> str:
    """The evidence sentence with the number's words in bold."""
    from rich.markup import escape

    sentence = f.evidence.text[:400]
    words = f.number_text or ""
    at = sentence.find(words) if words else -1
    if at < 0:
        return escape(sentence)
    return (escape(sentence[:at]) + "[bold]" + escape(words) + "[/]"
            + escape(sentence[at + len(words):]))


def _ranges_table(inc: Incident) -> Any:
    from rich.table import Table

    table = Table("outcome", "group", "low", "best", "high", "from (figures)",
                  title="reconciled ranges", title_justify="left")
    sections: list[tuple[str, dict[str, Range]]] = [
        ("killed", inc.killed), ("injured", inc.injured), ("conceded (killed)", inc.conceded)]
    for outcome, ranges in sections:
        for group, r in sorted(ranges.items()):
            sources = " ".join(sorted(set(r.low_from) | set(r.best_from) | set(r.high_from)))
            table.add_row(outcome, group, _num(r.low), _num(r.best), _num(r.high), sources)
    return table


def render_dossier(inc: Incident, figures: Sequence[Figure], status: dict[str, str],
                   audit: Sequence[dict[str, Any]]) -> list[Any]:
    """The rich renderables of an incident dossier (header, ranges, figures, disputes, audit)."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table

    p = inc.place
    when = (f"{inc.date.start}" + (f" – {inc.date.end}" if inc.date.end != inc.date.start else "")
            + f" ({inc.date.precision})") if inc.date else "unknown"
    where = "unknown"
    if p:
        coords = f" at {p.lat:.4f}, {p.lon:.4f}" if p.lat is not None and p.lon is not None else ""
        where = (f"{escape(p.name)}{', ' + escape(p.admin1) if p.admin1 else ''}"
                 f"{', ' + p.country if p.country else ''}{coords} "
                 f"[dim](precision {p.precision or 'unknown'}, via {p.via or '?'})[/]")
    lines = [
        f"[bold]date[/]        {when}",
        f"[bold]place[/]       {where}",
        f"[bold]perpetrator[/] {escape(inc.perpetrator.name) if inc.perpetrator else 'unknown'}",
        f"[bold]event[/]       {escape(inc.event or 'unknown')}",
        f"[bold]grade[/]       [bold]{inc.grade or 'ungraded'}[/] — "
        f"{escape(inc.grade_reason or '')}",
        f"[bold]sources[/]     {inc.sources} independent; claimants: "
        f"{escape(', '.join(inc.claimants) or 'none')}",
        f"[bold]documents[/]   {len(inc.documents)}; figures {len(inc.figures)}",
    ]
    if inc.previous_ids:
        lines.append(f"[bold]previous ids[/] {', '.join(inc.previous_ids)}")
    out: list[Any] = [Panel("\n".join(lines), title=f"incident {inc.id}", expand=False),
                      _ranges_table(inc)]
    ft = Table(title="figures", title_justify="left", show_lines=True)
    for name in ("figure", "claimant", "number", "what", "stance", "published"):
        ft.add_column(name, no_wrap=name in ("figure", "number"), max_width=20)
    ft.add_column("evidence", ratio=1, min_width=20)
    for f in figures:
        flag = "" if status.get(f.id, "active") == "active" else f"\n[yellow]{status[f.id]}[/]"
        who = f.claimant.name if f.claimant else "unattributed"
        ft.add_row(f.id + flag, escape(who), f"{_figure_number(f)}\n[dim]{f.qualifier}[/]",
                   f"{f.outcome} {f.group}", f.stance,
                   f"{f.published or ''}\n[dim]{escape(f.publisher or '')}[/]",
                   _evidence(f))
    out.append(ft)
    if inc.contradictions:
        ct = Table("kind", "detail", "figures", title="contradictions", title_justify="left")
        for c in inc.contradictions:
            ct.add_row(c.kind, escape(c.detail), " ".join(c.figures))
        out.append(ct)
    at = Table("when", "user", "action", "target", "reason", title="audit trail",
               title_justify="left")
    for a in audit:
        at.add_row(str(a["at"])[:19], escape(a["user"]), a["action"], a["target"] or "",
                   escape(a["reason"] or ""))
    out.append(at if audit else "[dim]no analyst decisions[/]")
    return out


@app.command("show")
def show(
    incident_id: Annotated[str, typer.Argument(help="Incident id (or a previous id).")],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the incident as JSON.")] = False,
) -> None:
    """A readable dossier of one incident: ranges with sources, figures, disputes, audit."""
    import json

    from civcas.models import to_dict
    from civcas.store import Store

    with Store(db) as store:
        inc = store.get_incident(incident_id)
        figures = store.incident_figures(inc.id)
        status = store.figure_status([f.id for f in figures])
        audit = store.audit(inc.id)
    if as_json:
        typer.echo(json.dumps({"incident": to_dict(inc),
                               "figures": [to_dict(f) for f in figures],
                               "audit": audit}, default=str))
        return
    console = stdout_console()
    if inc.id != incident_id:
        console.print(f"[yellow]{incident_id} is now part of incident {inc.id}[/]")
    for item in render_dossier(inc, figures, status, audit):
        console.print(item)
