"""The console the commands print their tables and reports on.

Rich sizes tables to the terminal and falls back to 80 columns when the output is piped or
captured (a log, ``| less``, CI), which cuts dates, grades and names to "2016-…".  Off a terminal
we print at :data:`PIPED_WIDTH` columns instead, unless ``COLUMNS`` says otherwise.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

PIPED_WIDTH = 200


def stdout_console() -> Console:
    """A rich console on standard output, :data:`PIPED_WIDTH` wide when not on a terminal."""
    from rich.console import Console

    console = Console()
    if not console.is_terminal and not os.environ.get("COLUMNS"):
        console.width = PIPED_WIDTH
    return console
