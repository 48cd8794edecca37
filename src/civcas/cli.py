"""The ``civcas`` command line: a thin shell over the library.

Command modules live in ``civcas.commands``; each registers itself on the shared Typer apps.
Library errors (``CivcasError``) are translated here into a message on stderr and exit status 2.
"""

from __future__ import annotations

import importlib
import logging
import sys

from civcas.commands._apps import app

COMMAND_MODULES = (
    "ingest", "extract", "geo", "link", "run", "store", "review", "export", "web", "users", "synth",
    "scale",
)


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"civcas.commands.{name}")


def main(argv: list[str] | None = None) -> None:
    from rich.console import Console
    from rich.markup import escape

    from civcas.errors import CivcasError

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _load_commands()
    try:
        app(args=argv, prog_name="civcas", standalone_mode=True)
    except CivcasError as exc:
        err = Console(stderr=True)
        err.print(f"[bold red]error[/] {escape(f'[{exc.code}]')} {escape(exc.message)}", highlight=False)
        if exc.hint:
            err.print(f"[dim]hint:[/] {escape(exc.hint)}", highlight=False)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
