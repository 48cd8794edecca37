"""Store benchmark: bulk insert rate (figures/s), re-assembly rate and list_incidents latency,
on SQLite and PostgreSQL.

    .venv/bin/python bench/store_bench.py [--figures 100000] [--pg URL] [--no-pg]

Figures come from ``civcas.synthetic.generate_figures`` (realistic places and dates, several per
incident). PostgreSQL runs in a throw-away schema that is dropped afterwards.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text

from civcas.models import Document
from civcas.store import Store
from civcas.synthetic import generate_figures

BATCH = 5000


def stub_documents(doc_ids: list[str]) -> list[Document]:
    return [Document(id=d, text=f"synthetic article {d}", title=None,
                     published=date(2017, 1, 1)) for d in doc_ids]


def bench(url: str, n: int) -> dict[str, float]:
    figures = list(generate_figures(n, seed=7))
    docs = stub_documents(sorted({f.doc for f in figures}))
    out: dict[str, float] = {}
    with Store(url) as store:
        t0 = time.perf_counter()
        for i in range(0, len(docs), BATCH):
            store.save_documents(docs[i:i + BATCH])
        t1 = time.perf_counter()
        for i in range(0, len(figures), BATCH):
            store.save_figures(figures[i:i + BATCH])
        t2 = time.perf_counter()
        change = store.reassemble()
        t3 = time.perf_counter()
        out["documents_per_s"] = len(docs) / (t1 - t0)
        out["figures_per_s_insert"] = len(figures) / (t2 - t1)
        out["figures_per_s_assemble"] = len(figures) / (t3 - t2)
        out["incidents"] = float(len(change.new))
        lat: list[float] = []
        queries = [{}, {"grade": ["fair", "confirmed"]}, {"country": "SY"},
                   {"order": "-date"}, {"offset": 500}]
        for k in range(200):
            q = queries[k % len(queries)]
            s = time.perf_counter()
            store.list_incidents(limit=100, **q)  # type: ignore[arg-type]
            lat.append((time.perf_counter() - s) * 1000)
        lat.sort()
        out["list_incidents_p50_ms"] = statistics.median(lat)
        out["list_incidents_p95_ms"] = lat[int(len(lat) * 0.95) - 1]
        s = time.perf_counter()
        for inc in store.list_incidents(limit=50)[0]:
            store.get_incident(inc.id)
            store.incident_figures(inc.id)
        out["dossier_reads_ms"] = (time.perf_counter() - s) * 1000 / 50
    return out


def report(name: str, figures: int, res: dict[str, float]) -> None:
    print(f"\n== {name}: {figures} figures -> {int(res['incidents'])} incidents")
    print(f"  documents insert     {res['documents_per_s']:>10.0f} documents/s")
    print(f"  figures insert       {res['figures_per_s_insert']:>10.0f} figures/s")
    print(f"  link+assess+store    {res['figures_per_s_assemble']:>10.0f} figures/s")
    print(f"  list_incidents(100)  p50 {res['list_incidents_p50_ms']:.1f} ms, "
          f"p95 {res['list_incidents_p95_ms']:.1f} ms")
    print(f"  incident + figures   {res['dossier_reads_ms']:.1f} ms per incident")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--figures", type=int, default=100_000)
    ap.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    ap.add_argument("--no-pg", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report("SQLite", args.figures, bench(f"sqlite:///{Path(tmp) / 'bench.db'}",
                                             args.figures))
    if args.no_pg:
        return
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(args.pg)
    try:
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001 - report and skip the PostgreSQL part
        print(f"\nPostgreSQL skipped: {exc}")
        return
    try:
        sep = "&" if "?" in args.pg else "?"
        report("PostgreSQL", args.figures,
               bench(f"{args.pg}{sep}options=-csearch_path%3D{schema}", args.figures))
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


if __name__ == "__main__":
    main()
