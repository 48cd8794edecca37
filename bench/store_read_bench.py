"""Store read benchmark: uncached read calls the web app makes, on an existing database.

    .venv/bin/python bench/store_read_bench.py [--db /tmp/civcas-web-bench/web.db] [--repeat 5]

Use the database ``bench/web_bench.py`` builds (100,000 incidents). Each call is timed
``--repeat`` times in this process, with no cache in front of the Store (but with the web app's
SQLite tuning, unless ``--no-tune``); the median and the
fastest run are printed, with the machine's load average (other work on the machine slows
every figure down). Nothing here is a test; it prints figures.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from civcas.store import Store


def _time(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs), min(runs)


def _old_dossier(store: Any, inc_id: str) -> None:
    inc = store.get_incident(inc_id)
    figs = store.incident_figures(inc.id)
    store.decisions()
    store.figure_status([f.id for f in figs])
    for doc in {f.doc for f in figs}:
        store.get_document(doc)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--db", default="/tmp/civcas-web-bench/web.db")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-tune", action="store_true",
                    help="leave out the web app's SQLite read tuning (mmap, page cache)")
    args = ap.parse_args()
    with Store(f"sqlite:///{args.db}") as store:
        if not args.no_tune:
            from civcas.web.app import tune_for_reads

            tune_for_reads(store)
        ids = [i.id for i in store.list_incidents(limit=1000, offset=5000)[0]]
        rng = random.Random(3)
        calls: dict[str, Callable[[], Any]] = {
            "list_incidents(limit=100)": lambda: store.list_incidents(limit=100),
            "list_incidents(country, grade, offset)": lambda: store.list_incidents(
                country="SY", grade="fair", limit=100, offset=rng.randrange(2000)),
            "list_incidents(order=killed)": lambda: store.list_incidents(limit=100,
                                                                         order="killed"),
            "totals()": store.totals,
            "totals(country)": lambda: store.totals(country="IQ"),
            "timeline()": store.timeline,
            "timeline(headline grades)": lambda: store.timeline(grade=["fair", "confirmed"]),
            "list_claimants()": store.list_claimants,
            "list_perpetrators()": store.list_perpetrators,
            "list_figures(claimant) + count": lambda: (
                store.list_figures(claimant="Airwars", limit=100),
                store.count_figures(claimant="Airwars")),
            "dossier(random incident)": lambda: store.dossier(ids[rng.randrange(len(ids))]),
            "dossier(random, excerpts=220) (web)": lambda: store.dossier(
                ids[rng.randrange(len(ids))], excerpts=220),
        }
        if not hasattr(store, "dossier"):  # an older civcas: the calls the web app made then
            calls["list_figures(claimant) + count"] = lambda: (
                store.list_figures(claimant="Airwars", limit=100),
                len(store.list_figures(claimant="Airwars", limit=10**9)))
            calls["dossier(random incident)"] = lambda: _old_dossier(
                store, ids[rng.randrange(len(ids))])
            calls.pop("dossier(random, excerpts=220) (web)")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"database: {args.db}; {args.repeat} runs per call; load average {load:.1f}\n")
        print(f"{'call':<42} {'median ms':>10} {'best ms':>9}")
        for name, fn in calls.items():
            med, best = _time(fn, args.repeat)
            print(f"{name:<42} {med:>10.1f} {best:>9.1f}", flush=True)


if __name__ == "__main__":
    main()
