"""Web benchmark: 100,000 incidents, ``civcas serve`` in a subprocess, 50 concurrent clients.

    .venv/bin/python bench/web_bench.py [--incidents 100000] [--clients 1,50] [--requests 2000]
                                        [--seconds 30] [--db /tmp/civcas-web-bench/web.db]
                                        [--workers N] [--client raw|httpx] [--rebuild]
                                        [--only dossier]

1. Builds (or reuses) a SQLite database through the Store's write methods: documents,
   figures (two per incident) and incidents (``Store.replace_assembly``), in batches.
2. Starts ``civcas serve --db ... --port <free port>`` as a second process on loopback.
3. For each target (``/api/incidents?limit=100``, a filtered list, the dossier page of random
   incidents, ``/api/totals``) and each number of concurrent clients in ``--clients`` (each a
   kept-alive connection of a minimal asyncio HTTP/1.1 client; ``--client httpx`` uses httpx,
   whose own CPU cost at 50 connections dominated the figures on 2 cores), runs until ``--requests`` responses or ``--seconds`` have passed, and prints p50/p95/p99
   latency and requests/s. The server caches Store reads for 5 s (``create_app(cache_ttl=)``),
   so repeated URLs measure the cached path. "dossier page" picks among 1,000 ids, so after
   the first second most of its requests are micro-cache hits; "dossier page, uncached" picks
   among ten times ``--requests`` distinct ids, so nearly every request renders a dossier.

Nothing here is a test; it prints figures. The target is p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from civcas.models import (
    Actor,
    DateSpan,
    Document,
    Figure,
    Incident,
    Origin,
    Place,
    Range,
    Span,
    stable_id,
)
from civcas.pipeline import Assembly

# public coordinates of real places (rounded), for a plausible spread of markers
PLACES = [
    ("Raqqa", 35.95, 39.01, "SY"), ("Tabqa", 35.83, 38.55, "SY"), ("Deir ez-Zor", 35.33, 40.14, "SY"),
    ("Manbij", 36.53, 37.95, "SY"), ("Idlib", 35.93, 36.63, "SY"), ("Aleppo", 36.20, 37.16, "SY"),
    ("Homs", 34.73, 36.72, "SY"), ("Mosul", 36.34, 43.13, "IQ"), ("Tal Afar", 36.38, 42.45, "IQ"),
    ("Fallujah", 33.35, 43.78, "IQ"), ("Ramadi", 33.42, 43.30, "IQ"), ("Hawija", 35.32, 43.77, "IQ"),
    ("Sanaa", 15.37, 44.19, "YE"), ("Hodeidah", 14.80, 42.95, "YE"), ("Taiz", 13.58, 44.02, "YE"),
    ("Saada", 16.94, 43.76, "YE"), ("Sirte", 31.21, 16.59, "LY"), ("Tripoli", 32.89, 13.19, "LY"),
    ("Gaza City", 31.50, 34.47, "PS"), ("Khan Younis", 31.34, 34.31, "PS"), ("Rafah", 31.29, 34.25, "PS"),
    ("Jilib", 0.49, 42.77, "SO"), ("Kharkiv", 49.99, 36.23, "UA"), ("Mariupol", 47.10, 37.55, "UA"),
]
PERPETRATORS = ["US-led coalition", "Russian Aerospace Forces", "Syrian government",
                "Saudi-led coalition", "Israeli military", "Islamic State", "unknown forces"]
CLAIMANTS = [("Syrian Observatory for Human Rights", "monitor"), ("Airwars", "monitor"),
             ("local health ministry", "medical"), ("civil defence", "local"),
             ("UN OHCHR", "un"), ("residents", "local"), ("state news agency", "media")]
GRADES = ["confirmed", "fair", "fair", "weak", "weak", "weak", "contested", "discounted"]
PRECISIONS = [("settlement", 5.0), ("near_settlement", 15.0), ("district", 30.0),
              ("neighbourhood", 1.0), ("exact", None)]
N_DOCS = 2000


def _doc(i: int, rng: random.Random) -> Document:
    place = PLACES[i % len(PLACES)][0]
    text = (f"Bulletin {i}. Residents of {place} said an overnight strike destroyed several "
            f"homes; rescue workers said {rng.randint(2, 40)} civilians were killed and "
            f"{rng.randint(0, 60)} were wounded, while officials gave a lower figure. " * 3)
    return Document(id=stable_id("d", "bench", i), text=text, title=f"Bench bulletin {i}",
                    published=date(2016, 1, 1) + timedelta(days=i % 2500),
                    published_precision="day", url=f"https://bench.example.org/{i}",
                    publisher=f"Bench Wire {i % 40}", language="en",
                    origin=Origin(path="bench", position=i))


def _incident(i: int, rng: random.Random, docs: list[Document]) -> tuple[Incident, list[Figure]]:
    name, lat, lon, cc = PLACES[rng.randrange(len(PLACES))]
    prec, radius = PRECISIONS[rng.randrange(len(PRECISIONS))]
    place = Place(name=name, key=name.lower(), lat=lat + rng.uniform(-0.3, 0.3),
                  lon=lon + rng.uniform(-0.3, 0.3), radius_km=radius, precision=prec,  # type: ignore[arg-type]
                  country=cc, via="exact")
    day = date(2016, 1, 1) + timedelta(days=rng.randrange(2500))
    perp = PERPETRATORS[rng.randrange(len(PERPETRATORS))]
    figs = []
    for k in range(2):
        doc = docs[rng.randrange(len(docs))]
        claimant, kind = CLAIMANTS[rng.randrange(len(CLAIMANTS))]
        n = rng.randint(1, 60)
        start = doc.text.index("civilians were killed") - 3
        figs.append(Figure(
            id=stable_id("f", "bench", i, k), doc=doc.id, statement=f"{n} civilians were killed",
            outcome="killed", group="civilians", low=n, high=n, qualifier="exact",
            scope="incident", stance="asserted",
            evidence=Span(text=doc.text[start:start + 24], start=start, end=start + 24),
            number_text=str(n), claimant=Actor(name=claimant, text=claimant, kind=kind),  # type: ignore[arg-type]
            perpetrator=Actor(name=perp, text=perp, kind="belligerent"), place=place,
            date=DateSpan(start=day, end=day, precision="day"), published=doc.published,
            publisher=doc.publisher, event="airstrike"))
    lows = sorted(f.low or 0 for f in figs)
    inc = Incident(
        id=stable_id("i", "bench", i), figures=tuple(f.id for f in figs),
        documents=tuple(sorted({f.doc for f in figs})),
        date=DateSpan(start=day, end=day, precision="day"), place=place,
        perpetrator=Actor(name=perp, text=perp, kind="belligerent"),
        grade=GRADES[rng.randrange(len(GRADES))], grade_reason="bench: random grade",
        killed={"civilians": Range(low=lows[0], best=lows[0], high=lows[-1],
                                   low_from=(figs[0].id,), best_from=(figs[0].id,),
                                   high_from=(figs[-1].id,), rule="bench")},
        claimants=tuple(sorted({f.claimant.name for f in figs if f.claimant})),
        sources=2, event="airstrike")
    return inc, figs


def build(url: str, n: int, *, batch: int = 5000) -> None:
    from civcas.store import Store

    rng = random.Random(7)
    t0 = time.perf_counter()
    with Store(url) as store:
        docs = [_doc(i, rng) for i in range(N_DOCS)]
        store.save_documents(docs, analysed=True)
        for lo in range(0, n, batch):
            pairs = [_incident(i, rng, docs) for i in range(lo, min(n, lo + batch))]
            figs = [f for _, fs in pairs for f in fs]
            store.save_figures(figs)
            store.replace_assembly(Assembly(figures=tuple(figs),
                                            incidents=tuple(p[0] for p in pairs), tallies=()),
                                   figure_ids=[f.id for f in figs])
            print(f"  {min(n, lo + batch):>7} incidents written ({time.perf_counter() - t0:.0f} s)",
                  flush=True)
        print(f"database: {store.counts()}")
    print(f"built in {time.perf_counter() - t0:.1f} s")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _run(base: str, paths: list[str], *, clients: int, requests: int,
               seconds: float, client: str = "raw") -> tuple[list[float], int, float]:
    """``clients`` concurrent keep-alive connections issuing GETs of random ``paths``."""
    if client == "httpx":
        return await _run_httpx(base, paths, clients=clients, requests=requests,
                                seconds=seconds)
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    counter = iter(range(requests))

    async def worker(w: int) -> None:
        nonlocal errors
        rng = random.Random(w)
        conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        for _ in counter:
            if time.perf_counter() > deadline:
                break
            path = paths[rng.randrange(len(paths))]
            t = time.perf_counter()
            try:
                if conn is None:
                    conn = await asyncio.open_connection(host, int(port))
                try:
                    status, close = await _get(conn, host, path)
                except ConnectionResetError:  # the server closed an idle kept-alive connection
                    conn[1].close()
                    conn = await asyncio.open_connection(host, int(port))
                    status, close = await _get(conn, host, path)
                ok = status == 200
                if close:
                    conn[1].close()
                    conn = None
            except (OSError, asyncio.IncompleteReadError, ValueError):
                ok, conn = False, None
            latencies.append(time.perf_counter() - t)
            errors += 0 if ok else 1
        if conn is not None:
            conn[1].close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker(w) for w in range(clients)))
    return latencies, errors, time.perf_counter() - t0


async def _get(conn: tuple[asyncio.StreamReader, asyncio.StreamWriter], host: str,
               path: str) -> tuple[int, bool]:
    """One HTTP/1.1 GET on a kept-alive connection: (status, server closes the connection).

    A minimal client (Content-Length and chunked bodies), much lighter than httpx, so that
    the figures measure the server rather than the client sharing its cores.
    """
    reader, writer = conn
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    first = await reader.readline()
    if not first:
        raise ConnectionResetError("connection closed by the server")
    status = int(first.split()[1])
    length, chunked, close = 0, False, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "transfer-encoding" and "chunked" in value:
            chunked = True
        elif name == "connection" and value == "close":
            close = True
    if chunked:
        while (size := int((await reader.readline()).split(b";")[0], 16)):
            await reader.readexactly(size + 2)
        await reader.readline()
    else:
        await reader.readexactly(length)
    return status, close


async def _run_httpx(base: str, paths: list[str], *, clients: int, requests: int,
                     seconds: float) -> tuple[list[float], int, float]:
    import httpx

    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    counter = iter(range(requests))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker(w: int) -> None:
            nonlocal errors
            rng = random.Random(w)
            for _ in counter:
                if time.perf_counter() > deadline:
                    return
                path = paths[rng.randrange(len(paths))]
                t = time.perf_counter()
                try:
                    resp = await client.get(path)
                    ok = resp.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - t)
                errors += 0 if ok else 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker(w) for w in range(clients)))
        elapsed = time.perf_counter() - t0
    return latencies, errors, elapsed


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and its direct children (Linux /proc; else nan)."""
    try:
        pids = [pid]
        children = Path(f"/proc/{pid}/task/{pid}/children")
        if children.exists():
            pids += [int(c) for c in children.read_text().split()]
        ticks = 0
        for p in pids:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--clients", default="1,50",
                    help="comma-separated numbers of concurrent clients to measure")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=0,
                    help="server worker processes (default: civcas serve's own default)")
    ap.add_argument("--client", choices=("raw", "httpx"), default="raw",
                    help="raw: a minimal asyncio HTTP/1.1 client (default); httpx: httpx")
    ap.add_argument("--db", default="/tmp/civcas-web-bench/web.db")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--only", default="",
                    help="measure only the targets whose name contains this text (e.g. dossier)")
    args = ap.parse_args()

    import httpx

    path = Path(args.db)
    url = f"sqlite:///{path}"
    if args.rebuild and path.exists():
        path.unlink()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {args.incidents} incidents in {path}")
        build(url, args.incidents)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    civcas = Path(sys.executable).with_name("civcas")
    cmd = [str(civcas), "serve", "--db", url, "--port", str(port)]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    else:
        from civcas.commands.web import default_workers

        args.workers = default_workers()
    env = {**os.environ, "CIVCAS_SECRET_KEY": "bench-only-secret-key-not-for-production"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        t0 = time.perf_counter()
        while True:
            try:
                if httpx.get(base + "/api/totals", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.perf_counter() - t0 > 60:
                stderr_text = proc.stderr.read().decode() if proc.stderr else ""
                raise SystemExit(f"civcas serve did not start: {stderr_text[-2000:]}")
            time.sleep(0.2)
        total = httpx.get(base + "/api/incidents?limit=1").json()["total"]
        rng = random.Random(1)
        ids = [i["id"] for i in httpx.get(
            base + f"/api/incidents?limit=1000&offset={rng.randrange(max(1, total - 1000))}",
            timeout=30).json()["items"]]
        # a pool of distinct ids ten times larger than --requests: nearly every request misses
        # both caches (Store and micro-cache), measuring the uncached dossier
        fresh: list[str] = []
        for _ in range(max(1, args.requests * 10 // 1000)):
            fresh += [i["id"] for i in httpx.get(
                base + f"/api/incidents?limit=1000&order=id&offset="
                f"{rng.randrange(max(1, total - 1000))}", timeout=30).json()["items"]]
        fresh = list(dict.fromkeys(fresh))
        rng.shuffle(fresh)
        targets = {
            "GET /api/incidents?limit=100": ["/api/incidents?limit=100"],
            "GET /api/incidents?limit=100 (random page, filters)": [
                f"/api/incidents?limit=100&offset={rng.randrange(0, 2000)}&country={c}&grade=fair"
                for c in ("SY", "IQ", "YE") for _ in range(5)],
            "GET /incidents/{id} (dossier page)": [f"/incidents/{i}" for i in ids],
            "GET /incidents/{id} (dossier page, uncached)": [f"/incidents/{i}" for i in fresh],
            "GET /api/totals": ["/api/totals"],
        }
        targets = {k: v for k, v in targets.items() if args.only.lower() in k.lower()}
        levels = [int(c) for c in str(args.clients).split(",") if c.strip()]
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"\nserver: civcas serve, {args.workers} worker(s); client: {args.client}; "
              f"database: {total} incidents; "
              f"up to {args.requests} requests or {args.seconds:.0f} s per line; machine: "
              f"{os.cpu_count()} cores, load average {load:.1f} at start\n")
        print(f"{'target':<52} {'clients':>7} {'n':>6} {'err':>4} {'p50 ms':>8} {'p95 ms':>8} "
              f"{'p99 ms':>8} {'req/s':>8} {'cpu ms/req':>10}")
        for name, paths in targets.items():
            asyncio.run(_run(base, paths[:3], clients=5, requests=30, seconds=10,
                             client=args.client))  # warm-up
            for clients in levels:
                cpu0 = _cpu_seconds(proc.pid)
                lat, err, elapsed = asyncio.run(_run(base, paths, clients=clients,
                                                     requests=args.requests,
                                                     seconds=args.seconds,
                                                     client=args.client))
                cpu = (_cpu_seconds(proc.pid) - cpu0) * 1000 / max(1, len(lat))
                print(f"{name:<52} {clients:>7} {len(lat):>6} {err:>4} {_pct(lat, 50):>8.1f} "
                      f"{_pct(lat, 95):>8.1f} {_pct(lat, 99):>8.1f} {len(lat) / elapsed:>8.1f} "
                      f"{cpu:>10.1f}", flush=True)
        print("\ntarget: p95 < 100 ms. 'cpu ms/req' is the server's own CPU time per request,"
              " which does not depend on other load on the machine.")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
