"""End-to-end benchmark of ``civcas run``: documents/s on generated articles.

    .venv/bin/python bench/run_bench.py [--n 10000] [--workers N] [--db URL] [--cache DIR]

The corpus is written once with ``civcas.synthetic.write_corpus`` (mixed txt/jsonl/html) into
``--cache`` (default ~/.cache/civcas/bench-corpus-N). The run goes into a fresh SQLite file
(or ``--db``), then is repeated to show the cost of an unchanged re-run.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from civcas.runner import run
from civcas.store import Store


def corpus(n: int, cache: Path | None, seed: int) -> Path:
    from civcas.synthetic import write_corpus

    out = cache or Path.home() / ".cache" / "civcas" / f"bench-corpus-{n}-{seed}"
    marker = out / ".complete"
    if not marker.exists():
        t = time.perf_counter()
        stats = write_corpus(out, n, seed=seed, fmt="mixed")
        marker.write_text(str(stats.articles))
        print(f"wrote {stats.articles} articles ({stats.bytes / 1e6:.1f} MB, {stats.files} files)"
              f" in {time.perf_counter() - t:.1f} s to {out}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=None, help="default: all cores")
    ap.add_argument("--db", default=None, help="default: a fresh SQLite file")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    src = corpus(args.n, args.cache, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'run.db'}"
        stages: dict[str, float] = {}
        marks: dict[str, float] = {}

        def progress(stage: str, done: int, total: int) -> None:
            now = time.perf_counter()
            marks.setdefault(stage, now)
            stages[stage] = now - marks[stage]

        load_before = os.getloadavg()[0]
        with Store(url) as store:
            t = time.perf_counter()
            cpu = time.process_time()
            s = run([str(src)], store=store, workers=args.workers, progress=progress)
            wall = time.perf_counter() - t
            cpu = time.process_time() - cpu
            load_after = os.getloadavg()[0]
            t = time.perf_counter()
            again = run([str(src)], store=store, workers=args.workers)
            rerun = time.perf_counter() - t
    print(f"\ncivcas run on {args.n} generated articles, workers={args.workers or os.cpu_count()}"
          f" (cpu count {os.cpu_count()}, 1-min load average {load_before:.1f} before,"
          f" {load_after:.1f} after)")
    print(f"  documents {s.documents_new}, figures {s.figures_new}, incidents {s.incidents_new},"
          f" tallies {s.tallies}, problems {s.problems}")
    print(f"  wall time          {wall:8.1f} s   -> {s.documents_new / wall:8.1f} documents/s")
    print(f"  CPU of this process {cpu:7.1f} s   (the workers' CPU is not counted)")
    for stage in ("read", "analyse", "assemble"):
        if stage in stages:
            print(f"  stage {stage:<12} {stages[stage]:8.1f} s")
    print(f"  unchanged re-run   {rerun:8.1f} s   (new documents: {again.documents_new})")


if __name__ == "__main__":
    main()
