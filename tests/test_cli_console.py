"""Tables printed off a terminal (piped to a log or a pager) are not cut to 80 columns."""

from __future__ import annotations

import subprocess
import sys

import pytest

from civcas.commands._console import PIPED_WIDTH, stdout_console


def test_piped_console_is_wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    console = stdout_console()  # pytest captures stdout: not a terminal
    assert not console.is_terminal
    assert console.width == PIPED_WIDTH


def test_columns_still_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    assert stdout_console().width == 100


def test_piped_table_keeps_long_cells(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A table row longer than 80 columns reaches a pipe whole."""
    code = ("from rich.table import Table\n"
            "from civcas.commands._console import stdout_console\n"
            "t = Table('date', 'place', 'perpetrator', 'grade')\n"
            "t.add_row('2017-03-17', 'al-Jadida district, west Mosul, Nineveh province', "
            "'US-led coalition', 'confirmed')\n"
            "stdout_console().print(t)\n")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True, cwd=tmp_path).stdout
    assert "al-Jadida district, west Mosul, Nineveh province" in out
    assert "2017-03-17" in out and "confirmed" in out
