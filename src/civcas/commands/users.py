"""``civcas users add|list|token|role|disable|revoke``: accounts and API tokens of the web
application (the admin page ``/admin/users`` does the same)."""

from __future__ import annotations

import sys

import typer

from civcas.commands._apps import users_app
from civcas.commands._console import stdout_console


def _store(db: str) -> object:
    from civcas.store import Store

    return Store(db)


def cli_actor() -> str:
    """Who the audit trail says made a change from the command line: ``cli:<login name>``."""
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name (some containers)
        return "cli"


DB_OPTION = typer.Option(..., "--db", help="database URL, e.g. sqlite:///civcas.db",
                         envvar="CIVCAS_DB")


@users_app.command("add")
def add(
    username: str = typer.Argument(..., help="the new user's name"),
    role: str = typer.Option("viewer", "--role", help="viewer | analyst | admin"),
    password_stdin: bool = typer.Option(False, "--password-stdin",
                                        help="read the password from standard input"),
    db: str = DB_OPTION,
) -> None:
    """Create a user (the password is asked for, or read from stdin; only its hash is kept)."""

    from civcas.web.auth import check_role, check_username, hash_password

    check_role(role)
    name = check_username(username)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    store = _store(db)
    store.add_user(name, password_hash=hash_password(password), role=role,  # type: ignore[attr-defined]
                   by=cli_actor())
    stdout_console().print(f"added user [bold]{name}[/] ({role})", highlight=False)


@users_app.command("list")
def list_users(db: str = DB_OPTION) -> None:
    """List the users and their roles."""
    from rich.table import Table

    from civcas.web.auth import field_of

    table = Table("user", "role", "created", "disabled")
    for u in _store(db).list_users():  # type: ignore[attr-defined]
        table.add_row(str(field_of(u, "username")), str(field_of(u, "role")),
                      str(field_of(u, "created_at", "") or ""),
                      "yes" if field_of(u, "disabled", False) else "")
    stdout_console().print(table)


@users_app.command("token")
def token(
    username: str = typer.Argument(..., help="the user the token acts as"),
    label: str = typer.Option(..., "--label", help="what the token is for (shown in lists)"),
    db: str = DB_OPTION,
) -> None:
    """Create an API token for USERNAME and print it once (only its hash is stored)."""
    from rich.console import Console

    from civcas.errors import NotFound
    from civcas.web.auth import new_token, token_hash

    store = _store(db)
    if store.get_user(username) is None:  # type: ignore[attr-defined]
        raise NotFound(f"no user {username!r}", hint="create it with: civcas users add")
    tok = new_token()
    store.add_token(username, token_hash=token_hash(tok), label=label,  # type: ignore[attr-defined]
                    by=cli_actor())
    err = Console(stderr=True)
    err.print(f"token for {username} ({label}); it is shown only once:", highlight=False)
    sys.stdout.write(tok + "\n")


@users_app.command("role")
def set_role(
    username: str = typer.Argument(..., help="the user"),
    role: str = typer.Argument(..., help="viewer | analyst | admin"),
    db: str = DB_OPTION,
) -> None:
    """Change a user's role (audited as cli:<login name>)."""

    from civcas.web.auth import check_role

    _store(db).set_role(username, role=check_role(role), by=cli_actor())  # type: ignore[attr-defined]
    stdout_console().print(f"{username} is now {role}", highlight=False)


@users_app.command("disable")
def disable(
    username: str = typer.Argument(..., help="the user"),
    enable: bool = typer.Option(False, "--enable", help="re-enable the user instead"),
    db: str = DB_OPTION,
) -> None:
    """Disable a user (their sessions and API tokens stop at once), or re-enable with --enable."""

    _store(db).set_disabled(username, disabled=not enable, by=cli_actor())  # type: ignore[attr-defined]
    stdout_console().print(f"{username} {'enabled' if enable else 'disabled'}", highlight=False)


@users_app.command("revoke")
def revoke(
    username: str = typer.Argument(..., help="whose tokens"),
    label: str | None = typer.Option(None, "--label", help="only the tokens with this label"),
    db: str = DB_OPTION,
) -> None:
    """Revoke a user's API tokens (all, or those with --label)."""

    n = _store(db).revoke_tokens(username, label=label, by=cli_actor())  # type: ignore[attr-defined]
    stdout_console().print(f"revoked {n} token{'s' if n != 1 else ''} of {username}", highlight=False)
