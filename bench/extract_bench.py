"""Extraction throughput on one core: documents/s, MB/s and peak memory.

Run: .venv/bin/python bench/extract_bench.py [--n 10000] [--seed 7]

The corpus is ``civcas.synthetic.generate_articles(n, seed=...)`` (realistic conflict-news
articles with casualty and non-casualty numbers), generated before timing starts.
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import date


def _loadavg() -> tuple[float, ...]:
    import os

    try:
        return os.getloadavg()
    except OSError:
        return ()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    from civcas.extract import extract
    from civcas.models import Document
    from civcas.synthetic import generate_articles

    docs = []
    for i, a in enumerate(generate_articles(args.n, seed=args.seed)):
        pub = a.get("published")
        docs.append(Document(id=str(a.get("id") or i), text=a["text"], title=a.get("title"),
                             published=date.fromisoformat(pub) if isinstance(pub, str) else pub,
                             publisher=a.get("publisher"), url=a.get("url")))
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    extract(docs[0])  # load the lexicons before timing
    c0 = time.perf_counter()
    acc = 0
    for k in range(2_000_000):  # calibration: a fixed pure-Python loop (~0.1 s on an idle core)
        acc += k
    calib = time.perf_counter() - c0
    t0 = time.perf_counter()
    n_figs = 0
    for d in docs:
        n_figs += len(extract(d))
    dt = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents        {len(docs)}")
    print(f"corpus           {size / 1e6:.1f} MB ({size / len(docs):.0f} bytes/document)")
    print(f"figures          {n_figs} ({n_figs / len(docs):.2f}/document)")
    print(f"time             {dt:.1f} s")
    print(f"documents/s      {len(docs) / dt:.0f}")
    print(f"MB/s             {size / dt / 1e6:.2f}")
    print(f"peak memory      {peak_mb:.0f} MB (ru_maxrss, corpus included)")
    print(f"calibration      {calib:.2f} s for a 2M-step Python loop (compare machines/load; "
          f"load average {' '.join(f'{x:.1f}' for x in _loadavg())})")


if __name__ == "__main__":
    main()
