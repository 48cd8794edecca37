"""``civcas synth``: write a synthetic conflict-news corpus (for benchmarks and scale tests)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from civcas.commands._apps import app
from civcas.commands._console import stdout_console


@app.command("synth")
def synth(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the corpus into (created if missing).")],
    n: Annotated[int, typer.Option("--n", "-n", min=0, help="Number of articles.")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed (same seed, same corpus).")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="txt, jsonl, html or mixed (all three).")] = "mixed",
    per_file: Annotated[int, typer.Option("--per-file", min=1, help="Articles per jsonl file / per sub-folder.")] = 500,
) -> None:
    """Write N synthetic news articles (several per synthetic incident) as txt, jsonl and/or html."""
    from civcas.synthetic import write_corpus

    started = time.perf_counter()
    stats = write_corpus(out_dir, n, seed=seed, fmt=fmt, per_file=per_file)
    elapsed = time.perf_counter() - started
    formats = ", ".join(f"{k} {v}" for k, v in stats.formats.items()) or "none"
    stdout_console().print(
        f"wrote [bold]{stats.articles}[/] articles in {stats.files} files "
        f"({stats.bytes / 1e6:.1f} MB; {formats}) to {stats.out_dir} in {elapsed:.1f}s",
        highlight=False,
    )
