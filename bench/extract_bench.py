"""Extraction throughput on one core: documents/s, MB/s, CPU-time throughput and peak memory.

Run: .venv/bin/python bench/extract_bench.py [--n 10000] [--seed 7]
     .venv/bin/python bench/extract_bench.py --jsonl /work/shared/data/muc4/documents.jsonl [...]
     .venv/bin/python bench/extract_bench.py --long-sentence   # the 1 MB no-full-stop input

The default corpus is ``civcas.synthetic.generate_articles(n, seed=...)`` (realistic
conflict-news articles with casualty and non-casualty numbers), generated before timing starts.
``--jsonl PATH`` (repeatable) reads documents (``id``, ``text``, ``published``…) from JSON Lines
files instead, e.g. the dev sets; their texts are only read, never written anywhere.
The machine may be shared: ``docs/CPU s`` (process CPU time) is the figure to compare; the wall
clock and the load average are printed next to it.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from civcas.models import Document


def _loadavg() -> tuple[float, ...]:
    import os

    try:
        return os.getloadavg()
    except OSError:
        return ()


def _synthetic(n: int, seed: int) -> list[Document]:
    from civcas.models import Document
    from civcas.synthetic import generate_articles

    docs = []
    for i, a in enumerate(generate_articles(n, seed=seed)):
        pub = a.get("published")
        docs.append(Document(id=str(a.get("id") or i), text=a["text"], title=a.get("title"),
                             published=date.fromisoformat(pub) if isinstance(pub, str) else pub,
                             publisher=a.get("publisher"), url=a.get("url")))
    return docs


def _jsonl(paths: list[str], limit: int | None) -> list[Document]:
    from civcas.models import Document

    docs: list[Document] = []
    for p in paths:
        with Path(p).open(encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if not line.strip():
                    continue
                r = json.loads(line)
                pub = r.get("published")
                try:
                    published = date.fromisoformat(pub) if isinstance(pub, str) else None
                except ValueError:
                    published = None
                docs.append(Document(id=str(r.get("id") or f"{p}:{k}"), text=r.get("text") or "",
                                     title=r.get("title"), published=published, url=r.get("url")))
                if limit is not None and len(docs) >= limit:
                    return docs
    return docs


def _long_sentence() -> list[Document]:
    """One 1 MB 'sentence' with no full stop: numbers, commas and casualty words."""
    from civcas.models import Document

    unit = "killed 1,234, 56 civilians, 7,890 wounded, at least 12, 3 dead, 4 - 5 "
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    return [Document(id="long", text=text)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jsonl", action="append", default=[], metavar="PATH",
                    help="read documents from a JSON Lines file instead (repeatable)")
    ap.add_argument("--limit", type=int, default=None, help="at most this many --jsonl documents")
    ap.add_argument("--repeat", type=int, default=1, help="extract the corpus this many times")
    ap.add_argument("--long-sentence", action="store_true", help="time the 1 MB run-on sentence")
    args = ap.parse_args()

    from civcas.extract import extract
    from civcas.models import Document

    if args.long_sentence:
        docs = _long_sentence()
    elif args.jsonl:
        docs = _jsonl(args.jsonl, args.limit)
    else:
        docs = _synthetic(args.n, args.seed)
    size = sum(len(d.text.encode("utf-8")) for d in docs) * args.repeat
    extract(Document(id="warm", text="Two civilians were killed."))  # load the lexicons first
    c0 = time.perf_counter()
    acc = 0
    for k in range(2_000_000):  # calibration: a fixed pure-Python loop (~0.1 s on an idle core)
        acc += k
    calib = time.perf_counter() - c0
    t0 = time.perf_counter()
    p0 = time.process_time()
    n_figs = 0
    for _ in range(args.repeat):
        for d in docs:
            n_figs += len(extract(d))
    cpu = time.process_time() - p0
    dt = time.perf_counter() - t0
    n_docs = len(docs) * args.repeat
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents        {n_docs}")
    print(f"corpus           {size / 1e6:.1f} MB ({size / max(1, n_docs):.0f} bytes/document)")
    print(f"figures          {n_figs} ({n_figs / max(1, n_docs):.2f}/document)")
    print(f"time             {dt:.2f} s wall, {cpu:.2f} s CPU")
    print(f"documents/s      {n_docs / dt:.0f} wall, {n_docs / cpu:.0f} per CPU second")
    print(f"MB/s             {size / dt / 1e6:.2f} wall, {size / cpu / 1e6:.2f} per CPU second")
    print(f"peak memory      {peak_mb:.0f} MB (ru_maxrss, corpus included)")
    print(f"calibration      {calib:.2f} s for a 2M-step Python loop (compare machines/load; "
          f"load average {' '.join(f'{x:.1f}' for x in _loadavg())})")


if __name__ == "__main__":
    main()
