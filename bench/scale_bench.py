"""Benchmark: documents per second of the local runner and of the Dask engine (1 and 2 workers).

    .venv/bin/python bench/scale_bench.py --n 200000       # the full matrix on 200,000 articles
    .venv/bin/python bench/scale_bench.py --n 20000        # a quicker look
    .venv/bin/python bench/scale_bench.py --n 20000 --engines dask2 --partition-mb 8

The generated corpus (``civcas.synthetic.write_corpus``) is written once into the cache folder
(``--cache``, default ``$CIVCAS_BENCH_CACHE`` or ``.bench-cache``) and reused by every engine and
every later run. Each engine runs in a fresh Python process (so that peak memory is its own)
from scratch into a fresh output:

- ``local``: ``civcas.runner.analyse_paths`` (read, dedupe, extract + geocode on a process pool
  of ``--local-workers``) and one ``civcas.pipeline.assemble`` (link + assess): the same work as
  the Dask engine minus Parquet, no database;
- ``dask1``, ``dask2``: ``civcas.scale.run_dask`` on a LocalCluster of 1 or 2 single-threaded
  worker processes, Parquet output.

Printed per engine: documents, wall seconds, documents/s, peak RSS of the driver and of each
worker process, the Dask phases, and the 1-minute load average at its start and end (the machine
may be shared: read the figures with the load). At the end: the scaling ratio 2 workers /
1 worker (target >= 1.7x on a machine with 2 idle cores) and a CPU-time estimate of it.
``--json FILE`` also writes every measurement.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ENGINES = ("local", "dask1", "dask2")


def corpus(cache: Path, n: int, seed: int) -> Path:
    """The cached corpus of ``n`` articles (written on first use, then reused)."""
    from civcas.synthetic import write_corpus

    folder = cache / f"corpus-n{n}-s{seed}"
    done = folder / "corpus.json"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        t0 = time.perf_counter()
        stats = write_corpus(folder / "articles", n, seed=seed)
        done.write_text(json.dumps({"articles": stats.articles, "files": stats.files,
                                    "bytes": stats.bytes}))
        print(f"wrote {stats.articles} articles in {stats.files} files "
              f"({stats.bytes / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f}s", flush=True)
    return folder / "articles"


def _rss(who: int) -> int:
    """Peak resident set size in bytes (``RUSAGE_SELF`` or ``RUSAGE_CHILDREN``)."""
    return resource.getrusage(who).ru_maxrss * (1 if sys.platform == "darwin" else 1024)


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class _ChildMemory:
    """Samples the resident memory of this process's descendants (the local runner's pool,
    started through a forkserver) twice a second; keeps each one's peak."""

    def __init__(self) -> None:
        import threading

        self.peak: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.wait(0.5):
            for child in me.children(recursive=True):
                try:
                    rss = int(child.memory_info().rss)
                except psutil.Error:
                    continue
                key = f"pid {child.pid}"
                self.peak[key] = max(self.peak.get(key, 0), rss)

    def __enter__(self) -> _ChildMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def bench_local(path: Path, workers: int) -> dict[str, Any]:
    from civcas.pipeline import assemble
    from civcas.runner import analyse_paths

    with _ChildMemory() as children:
        t0 = time.perf_counter()
        out = analyse_paths([str(path)], workers=workers)
        t1 = time.perf_counter()
    result = assemble(out.figures)
    t2 = time.perf_counter()
    pool = {k: v for k, v in children.peak.items() if v > 50 * 2**20}  # not the forkserver
    return {"documents": len(out.documents), "figures": len(out.figures),
            "incidents": len(result.incidents), "seconds": t2 - t0, "memory": pool,
            "phases": {"read + dedupe + extract": round(t1 - t0, 1),
                       "link + assess": round(t2 - t1, 1)}}


def bench_dask(path: Path, workers: int, partition_mb: float) -> dict[str, Any]:
    """One Dask run into a fresh output folder: wall and CPU seconds, memory, phases."""
    from civcas.scale import run_dask

    out = Path(tempfile.mkdtemp(prefix=f"civcas-bench-dask{workers}-"))
    try:
        cpu0 = _cpu()
        t0 = time.perf_counter()
        res = run_dask([str(path)], workers=workers, out=str(out / "parquet"), progress=False,
                       partition_size=int(partition_mb * 2**20))
        return {"documents": res.documents, "figures": res.figures,
                "incidents": res.incidents, "seconds": time.perf_counter() - t0,
                "driver_cpu": _cpu() - cpu0, "worker_cpu": res.cpu_seconds,
                "memory": res.peak_memory, "phases": res.phases,
                "phase_memory": getattr(res, "phase_memory", {})}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def run_one(engine: str, path: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Run one engine in this process and return its measurements."""
    load0 = os.getloadavg()[0]
    if engine == "local":
        r = bench_local(path, args.local_workers)
    else:
        r = bench_dask(path, int(engine.removeprefix("dask")), args.partition_mb)
    r.update(engine=engine, load_start=load0, load_end=os.getloadavg()[0],
             driver_memory=_rss(resource.RUSAGE_SELF))
    return r


def _child(engine: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run one engine in a fresh Python process (its own peak memory); returns its JSON."""
    cmd = [sys.executable, __file__, "--n", str(args.n), "--seed", str(args.seed),
           "--cache", str(args.cache), "--local-workers", str(args.local_workers),
           "--partition-mb", str(args.partition_mb), "--child", engine]
    done = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _mib(b: float) -> str:
    return f"{b / 2**20:.0f} MiB"


def report(r: dict[str, Any]) -> None:
    docs, secs = r["documents"], r["seconds"]
    workers = ", ".join(f"{a.rsplit(':', 1)[-1] if '://' in a else a} {_mib(m)}"
                        for a, m in sorted(r["memory"].items())) or "-"
    print(f"{r['engine']:>6}: {docs} documents, {r.get('incidents', 0)} incidents in "
          f"{secs:.1f}s = {docs / secs:.1f} documents/s; load average {r['load_start']:.1f} -> "
          f"{r['load_end']:.1f}", flush=True)
    print(f"        peak RSS: driver {_mib(r['driver_memory'])}; workers {workers}")
    if "worker_cpu" in r:
        print(f"        CPU s: driver {r['driver_cpu']:.0f}, workers "
              f"{sorted(round(c) for c in r['worker_cpu'].values())}")
    print("        phases: " + ", ".join(f"{p} {s:.1f}s" for p, s in r["phases"].items()),
          flush=True)
    if r.get("phase_memory"):
        print("        worker peak RSS by the end of: " + ", ".join(
            f"{p} {_mib(m)}" for p, m in r["phase_memory"].items()), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--n", type=int, default=200_000, help="articles in the corpus")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cache", type=Path,
                    default=Path(os.environ.get("CIVCAS_BENCH_CACHE", ".bench-cache")))
    ap.add_argument("--engines", default=",".join(ENGINES),
                    help=f"comma-separated, from {', '.join(ENGINES)} (dask<k> for k workers)")
    ap.add_argument("--local-workers", type=int, default=2, help="process pool of the local runner")
    ap.add_argument("--partition-mb", type=float, default=16.0, help="input MB per Dask task")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.cache = args.cache.resolve()

    path = corpus(args.cache, args.n, args.seed)
    if args.child:  # one engine, results as the last line of stdout
        result = run_one(args.child, path, args)
        sys.stdout.flush()
        print(json.dumps(result))
        return
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    load0 = os.getloadavg()
    print(f"corpus: {args.n} articles at {path}; cpus={os.cpu_count()}; load average at start "
          f"{load0[0]:.1f} {load0[1]:.1f} {load0[2]:.1f}", flush=True)
    results: dict[str, dict[str, Any]] = {}
    for engine in engines:
        results[engine] = _child(engine, args)
        report(results[engine])
    rate = {e: r["documents"] / r["seconds"] for e, r in results.items()}
    summary: dict[str, Any] = {"n": args.n, "cpus": os.cpu_count(), "load_start": load0,
                               "load_end": os.getloadavg(), "results": results}
    if "dask1" in rate and "dask2" in rate:
        ratio = rate["dask2"] / rate["dask1"]
        # with a free core per worker a run takes about the driver's CPU time plus the busiest
        # worker's: a load-independent estimate of the wall time
        est = {k: results[k]["driver_cpu"] + max(results[k]["worker_cpu"].values(), default=0)
               for k in ("dask1", "dask2")}
        summary.update(ratio=ratio, cpu_ratio=est["dask1"] / est["dask2"])
        print(f"scaling ratio, 2 workers / 1 worker: {ratio:.2f}x (target >= 1.7x); "
              f"CPU-time estimate with idle cores: {summary['cpu_ratio']:.2f}x")
    if "local" in rate:
        for e in rate:
            if e != "local":
                print(f"{e} / local runner: {rate[e] / rate['local']:.2f}x")
    load1 = summary["load_end"]
    print(f"load average at end {load1[0]:.1f} {load1[1]:.1f} {load1[2]:.1f}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
