"""Benchmark: documents per second of the local runner and of the Dask engine (1 and 2 workers).

    .venv/bin/python bench/scale_bench.py                 # 200,000 articles (long)
    .venv/bin/python bench/scale_bench.py --n 20000       # a quicker look

The generated corpus (``civcas.synthetic.write_corpus``) is written once into the cache folder
and reused. Each engine reads it from scratch into a fresh output. Printed: wall seconds,
documents/s, the Dask scaling ratio (2 workers / 1 worker; target >= 1.7 on a 2-core machine),
the seconds of each Dask phase and the peak resident memory of each worker process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any


def corpus(cache: Path, n: int, seed: int) -> Path:
    """The cached corpus of ``n`` articles (written on first use)."""
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
              f"({stats.bytes / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f}s")
    return folder / "articles"


def bench_local(path: Path, workers: int) -> tuple[int, float]:
    from civcas.runner import analyse_paths

    t0 = time.perf_counter()
    out = analyse_paths([str(path)], workers=workers)
    return len(out.documents), time.perf_counter() - t0


def bench_dask(path: Path, workers: int, partition_mb: float) -> dict[str, Any]:
    """One Dask run into a fresh output folder: wall and CPU seconds, memory, phases."""
    from civcas.scale import run_dask

    out = Path(tempfile.mkdtemp(prefix=f"civcas-bench-dask{workers}-"))
    try:
        cpu0 = _cpu()
        t0 = time.perf_counter()
        res = run_dask([str(path)], workers=workers, out=str(out / "parquet"), progress=False,
                       partition_size=int(partition_mb * 2**20))
        return {"documents": res.documents, "seconds": time.perf_counter() - t0,
                "driver_cpu": _cpu() - cpu0, "worker_cpu": res.cpu_seconds,
                "memory": res.peak_memory, "phases": res.phases}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200_000, help="articles in the corpus")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cache", type=Path,
                    default=Path(os.environ.get("CIVCAS_BENCH_CACHE", ".bench-cache")))
    ap.add_argument("--local-workers", type=int, default=2,
                    help="process pool of the local runner (0 = skip the local runner)")
    ap.add_argument("--dask-workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--partition-mb", type=float, default=16.0)
    args = ap.parse_args()

    path = corpus(args.cache, args.n, args.seed)
    print(f"corpus: {args.n} articles at {path}; cpus={os.cpu_count()}; "
          f"load average before: {os.getloadavg()[0]:.1f}")
    rates: dict[str, float] = {}
    if args.local_workers:
        docs, secs = bench_local(path, args.local_workers)
        rates["local"] = docs / secs
        print(f"local runner ({args.local_workers} processes): {docs} documents in {secs:.1f}s "
              f"= {docs / secs:.1f} documents/s")
    estimate: dict[int, float] = {}
    for k in (int(x) for x in args.dask_workers.split(",") if x.strip()):
        r = bench_dask(path, k, args.partition_mb)
        docs, secs = r["documents"], r["seconds"]
        rates[f"dask{k}"] = docs / secs
        peak = max(r["memory"].values(), default=0) / 2**20
        cpu = r["worker_cpu"]
        # on a machine with a free core per worker, the run takes about the driver's CPU time
        # plus the busiest worker's: a load-independent estimate of the wall time
        estimate[k] = r["driver_cpu"] + max(cpu.values(), default=0.0)
        print(f"dask, {k} worker(s): {docs} documents in {secs:.1f}s = {docs / secs:.1f} "
              f"documents/s; peak memory per worker {peak:.0f} MiB; CPU s: driver "
              f"{r['driver_cpu']:.0f}, workers {sorted(round(c) for c in cpu.values())}")
        print("   phases: " + ", ".join(f"{p} {s:.1f}s" for p, s in r["phases"].items()))
    if "dask1" in rates and "dask2" in rates:
        ratio = rates["dask2"] / rates["dask1"]
        print(f"scaling ratio, 2 workers / 1 worker: {ratio:.2f}x (target >= 1.7x)")
        print(f"CPU-time estimate of that ratio with idle cores: "
              f"{estimate[1] / estimate[2]:.2f}x")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
