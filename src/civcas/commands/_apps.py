"""The Typer applications shared by command modules (kept apart to avoid import cycles)."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="civcas",
    help="civcas: an auditable, source-attributed database of civilian-harm incidents from news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
eval_app = typer.Typer(help="Score civcas against gold sets (format of shared/data).", no_args_is_help=True)
gazetteer_app = typer.Typer(help="Build, inspect and extend the gazetteer index.", no_args_is_help=True)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
review_app = typer.Typer(help="Analysts' decisions: reject, restore, correct, link, override.", no_args_is_help=True)
users_app = typer.Typer(help="Users and API tokens of the web application.", no_args_is_help=True)

app.add_typer(eval_app, name="eval")
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(db_app, name="db")
app.add_typer(review_app, name="review")
app.add_typer(users_app, name="users")
