"""Benchmark of civcas.synthetic: articles/s, bytes per article, figures/s, corpus writing.

Run: .venv/bin/python bench/bench_synthetic.py [N_ARTICLES] [N_FIGURES]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from civcas.synthetic import generate_articles, generate_figures, write_corpus


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    nf = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    t0, c0 = time.perf_counter(), time.process_time()
    size = sum(len(a["text"].encode("utf-8")) for a in generate_articles(n, seed=1))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"generate_articles: {n} articles, {n / wall:,.0f}/s wall, {n / cpu:,.0f}/s cpu, "
          f"mean text {size / n / 1024:.2f} KB")
    t0, c0 = time.perf_counter(), time.process_time()
    count = sum(1 for _ in generate_figures(nf, seed=1))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"generate_figures: {count} figures, {count / wall:,.0f}/s wall, {count / cpu:,.0f}/s cpu")
    with tempfile.TemporaryDirectory() as tmp:
        m = min(n, 20_000)
        t0 = time.perf_counter()
        stats = write_corpus(Path(tmp), m, seed=1, fmt="mixed")
        wall = time.perf_counter() - t0
        print(f"write_corpus(mixed): {stats.articles} articles, {stats.files} files, "
              f"{stats.bytes / 1e6:.1f} MB, {m / wall:,.0f} articles/s")


if __name__ == "__main__":
    main()
