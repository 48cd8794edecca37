"""Benchmark: link N synthetic incident figures (default 1,000,000) on one core.

    .venv/bin/python bench/link_bench.py [N] [--seed S] [--assess]

Prints figures/s, wall time of linking, peak RSS, incident count and B-cubed against the synthetic
incident labels (``Figure.source``). Uses ``civcas.synthetic.generate_figures``.
"""

from __future__ import annotations

import argparse
import collections
import resource
import sys
import time


def bcubed(figs, incidents) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    gold = {f.id: f.source for f in figs}
    pred = {fid: inc.id for inc in incidents for fid in inc.figures}
    gsize = collections.Counter(gold.values())
    psize = collections.Counter(pred.values())
    inter = collections.Counter((pred[k], gold[k]) for k in gold)
    p = sum(inter[(pred[k], gold[k])] / psize[pred[k]] for k in gold) / len(gold)
    r = sum(inter[(pred[k], gold[k])] / gsize[gold[k]] for k in gold) / len(gold)
    return p, r


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int, nargs="?", default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--assess", action="store_true", help="also time assess() on every incident")
    args = ap.parse_args(argv)

    from civcas.link import link
    from civcas.synthetic import generate_figures

    t0 = time.perf_counter()
    figs = [f for f in generate_figures(args.n, seed=args.seed) if f.scope == "incident"]
    gen = time.perf_counter() - t0
    print(f"generated {len(figs):,} incident figures in {gen:.1f} s")

    t0, c0 = time.perf_counter(), time.process_time()
    incidents = link(figs)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    p, r = bcubed(figs, incidents)
    print(f"linked      {len(figs):,} figures -> {len(incidents):,} incidents")
    print(f"wall time   {wall:.1f} s (CPU {cpu:.1f} s; the machine's load shows in the gap)")
    print(f"throughput  {len(figs) / wall:,.0f} figures/s")
    print(f"peak RSS    {rss_mb:,.0f} MB")
    print(f"B-cubed     P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f} (synthetic labels)")
    if args.assess:
        from civcas.assess import assess

        by_id = {f.id: f for f in figs}
        t0 = time.perf_counter()
        graded = [assess(i, by_id) for i in incidents]
        dt = time.perf_counter() - t0
        print(f"assess      {len(graded):,} incidents in {dt:.1f} s; grades "
              f"{dict(collections.Counter(i.grade for i in graded))}")


if __name__ == "__main__":
    main(sys.argv[1:])
