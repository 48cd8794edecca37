"""``civcas review ...``: analysts' decisions from the terminal (recorded with who/when/why)."""

from __future__ import annotations

import getpass
import json
import os
from typing import Annotated, Any

import typer

from civcas.commands._apps import review_app
from civcas.commands._console import stdout_console

DB_HELP = "Database URL (default sqlite:///civcas.db; postgresql://user@host/db)."
DbOpt = Annotated[str | None, typer.Option("--db", help=DB_HELP)]
ReasonOpt = Annotated[str, typer.Option("--reason", "-r", help="Why (kept in the audit log).")]
UserOpt = Annotated[str | None, typer.Option("--user", "-u", help="Who decides (default $USER).")]


def _user(user: str | None) -> str:
    if user:
        return user
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def parse_value(text: str) -> Any:
    """A command-line value: integers, ``null``/``none``, JSON objects, else the string."""
    low = text.strip().lower()
    if low in ("null", "none", ""):
        return None
    if text.strip().lstrip("-").isdigit():
        return int(text)
    if text.strip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text
    return text


def _decide(db: str | None, kind: str, target: str, *, user: str | None, reason: str,
            value: dict[str, Any] | None = None) -> None:
    from rich.console import Console

    from civcas.review import new_decision
    from civcas.store import Store

    decision = new_decision(kind, target, user=_user(user), reason=reason, value=value)
    with Store(db) as store:
        affected = store.decide(decision)
    Console(stderr=True).print(
        f"[green]{kind}[/] {target} recorded as {decision.id}; "
        f"incidents affected: {', '.join(affected) or 'none'}")


@review_app.command("reject")
def reject(figure_id: str, reason: ReasonOpt, user: UserOpt = None, db: DbOpt = None) -> None:
    """Reject a figure (it leaves its incident's ranges; kept in the database)."""
    _decide(db, "reject_figure", figure_id, user=user, reason=reason)


@review_app.command("restore")
def restore(figure_id: str, reason: ReasonOpt, user: UserOpt = None, db: DbOpt = None) -> None:
    """Restore a rejected figure."""
    _decide(db, "restore_figure", figure_id, user=user, reason=reason)


@review_app.command("correct")
def correct(
    figure_id: str, reason: ReasonOpt,
    set_: Annotated[list[str], typer.Option("--set", help="field=value (repeatable), e.g. "
                                            "group=children, low=12, claimant='UN OHCHR'")],
    user: UserOpt = None, db: DbOpt = None,
) -> None:
    """Correct fields of a figure (group, outcome, low, high, qualifier, scope, stance,
    claimant, perpetrator, place, date, event)."""
    from civcas.errors import UsageError

    value: dict[str, Any] = {}
    for item in set_:
        if "=" not in item:
            raise UsageError(f"--set needs field=value, not {item!r}")
        key, raw = item.split("=", 1)
        value[key.strip()] = parse_value(raw)
    _decide(db, "correct_figure", figure_id, user=user, reason=reason, value=value)


@review_app.command("link")
def link(fig_a: str, fig_b: str, reason: ReasonOpt, user: UserOpt = None,
         db: DbOpt = None) -> None:
    """Two figures report the same incident (must-link)."""
    _decide(db, "must_link", fig_a, user=user, reason=reason, value={"other": fig_b})


@review_app.command("unlink")
def unlink(fig_a: str, fig_b: str, reason: ReasonOpt, user: UserOpt = None,
           db: DbOpt = None) -> None:
    """Two figures report different incidents (cannot-link)."""
    _decide(db, "cannot_link", fig_a, user=user, reason=reason, value={"other": fig_b})


@review_app.command("merge")
def merge(inc_a: str, inc_b: str, reason: ReasonOpt, user: UserOpt = None,
          db: DbOpt = None) -> None:
    """Merge two incidents into one."""
    _decide(db, "merge_incidents", inc_a, user=user, reason=reason, value={"incident": inc_b})


@review_app.command("split")
def split(
    incident_id: str, reason: ReasonOpt,
    figures: Annotated[str, typer.Option("--figures", help="Figure ids to split off: F1,F2")],
    user: UserOpt = None, db: DbOpt = None,
) -> None:
    """Split figures off an incident into an incident of their own."""
    ids = [x.strip() for x in figures.split(",") if x.strip()]
    _decide(db, "split_incident", incident_id, user=user, reason=reason, value={"figures": ids})


@review_app.command("grade")
def grade(
    incident_id: str, reason: ReasonOpt,
    grade_: Annotated[str, typer.Option("--grade", help="confirmed|fair|weak|contested|"
                                        "discounted")],
    user: UserOpt = None, db: DbOpt = None,
) -> None:
    """Override an incident's grade."""
    _decide(db, "override_grade", incident_id, user=user, reason=reason,
            value={"grade": grade_})


@review_app.command("place")
def place(
    incident_id: str, reason: ReasonOpt,
    name: Annotated[str, typer.Option("--name", help="Place name.")],
    lat: Annotated[float | None, typer.Option("--lat")] = None,
    lon: Annotated[float | None, typer.Option("--lon")] = None,
    precision: Annotated[str | None, typer.Option(
        "--precision", help="exact|neighbourhood|settlement|near_settlement|district|"
        "governorate|country")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO code, e.g. SY")] = None,
    admin1: Annotated[str | None, typer.Option("--admin1")] = None,
    user: UserOpt = None, db: DbOpt = None,
) -> None:
    """Override an incident's place."""
    value = {k: v for k, v in {"name": name, "lat": lat, "lon": lon, "precision": precision,
                               "country": country.upper() if country else None,
                               "admin1": admin1}.items() if v is not None}
    _decide(db, "override_place", incident_id, user=user, reason=reason, value=value)


@review_app.command("revoke")
def revoke(decision_id: str, reason: ReasonOpt, user: UserOpt = None, db: DbOpt = None) -> None:
    """Withdraw an earlier decision."""
    from rich.console import Console

    from civcas.store import Store

    with Store(db) as store:
        affected = store.revoke(decision_id, user=_user(user), reason=reason)
    Console(stderr=True).print(f"[green]revoked[/] {decision_id}; incidents affected: "
                               f"{', '.join(affected) or 'none'}")


@review_app.command("list")
def list_decisions(
    db: DbOpt = None,
    all_: Annotated[bool, typer.Option("--all", help="Include revoked decisions.")] = False,
) -> None:
    """List analysts' decisions, oldest first."""
    from rich.markup import escape
    from rich.table import Table

    from civcas.store import Store

    with Store(db) as store:
        decisions = store.decisions(active_only=not all_)
    table = Table("id", "when", "user", "kind", "target", "value", "reason", "active")
    for d in decisions:
        table.add_row(d.id, d.at.isoformat()[:19], escape(d.user), d.kind, d.target,
                      escape(json.dumps(d.value, default=str)[:80]), escape(d.reason),
                      "yes" if d.active else "no")
    stdout_console().print(table)


@review_app.command("audit")
def audit(
    target: Annotated[str | None, typer.Argument(help="Incident or figure id.")] = None,
    db: DbOpt = None,
    limit: Annotated[int, typer.Option("--limit")] = 200,
) -> None:
    """The audit log (of one incident or figure), newest first."""
    from rich.markup import escape
    from rich.table import Table

    from civcas.store import Store

    with Store(db) as store:
        rows = store.audit(target, limit=limit)
    table = Table("when", "user", "action", "target", "reason", "value")
    for r in rows:
        table.add_row(str(r["at"])[:19], escape(r["user"]), r["action"], r["target"] or "",
                      escape(r["reason"] or ""), escape(json.dumps(r["value"], default=str)[:80]))
    stdout_console().print(table)
