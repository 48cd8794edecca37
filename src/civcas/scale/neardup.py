"""Near-duplicate groups on Dask: the ingest stage's rules, near-linear and memory-bounded.

``civcas.ingest.dedupe`` buckets documents by LSH band (32 bands of 4 MinHash rows), proposes
pairs inside each bucket (all pairs, or only the pairs with the smallest id when a bucket holds
more than ``MAX_BUCKET`` documents), keeps the pairs that share at least ``MIN_BANDS`` buckets,
and joins those whose exact shingle Jaccard reaches ``THRESHOLD``. Here:

1. the band rows of live documents (band key, doc id, shingle count; written by the ingest
   tasks) are shuffled by band key into partitions of about ``BAND_ROWS`` rows; every bucket
   proposes its pairs by the same rules (:func:`bucket_candidates`); a pair whose shingle counts
   alone rule out the threshold (Jaccard <= smaller / larger count) is dropped there, which is
   exact; pairs are pre-counted per partition;
2. the pairs are shuffled by their first id and their shared-band counts summed; pairs that
   share ``MIN_BANDS`` bands are written as Parquet on the workers (ids only);
3. those candidates are joined with the shingle hashes (each document's once) and verified by
   the exact Jaccard; only the verified pairs (ids) come back to the driver, whose union-find
   gives every document the smallest id of its group.

Records never pass through the driver, and every shuffle is sized from row counts so that a
partition stays small whatever the corpus size. The groups equal what ``dedupe`` gives on the
whole corpus in one process (``tests/test_scale_dask.py``).
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
import pandas as pd

from civcas.scale import storage as st
from civcas.scale.context import run_path
from civcas.scale.frames import STR, compute_parts, frame, meta, nparts, write_columns
from civcas.scale.minhash import rules, similar

log = logging.getLogger(__name__)

BAND_ROWS = 250_000  # band rows per shuffle partition (~15 MB in, ~150 MiB at work)
JOIN_ROWS = 5_000  # pairs per join partition: the joined shingle sets dominate worker memory


def bucket_candidates(df: pd.DataFrame) -> pd.DataFrame:
    """Candidate pairs of one band-shuffled partition, with how many of its buckets share them.

    Columns in: band, doc, n (shingle count). Out: a, b (a < b), k (shared buckets here).
    """
    _bands, _rows, threshold, max_bucket = rules()[:4]
    empty = pd.DataFrame({"a": pd.Series(dtype=STR), "b": pd.Series(dtype=STR),
                          "k": pd.Series(dtype="int64")})
    df = df.drop_duplicates(["band", "doc"])  # exact copies of one text are one member
    df = df[df["band"].duplicated(keep=False)]
    if df.empty:
        return empty
    df = df.sort_values(["band", "doc"], kind="stable")
    bands = df["band"].to_numpy()
    codes, uniques = pd.factorize(df["doc"], sort=True)  # code order = id order
    sizes = df["n"].to_numpy(dtype=np.int64)
    cuts = np.flatnonzero(bands[1:] != bands[:-1]) + 1
    starts = np.concatenate(([0], cuts))
    ends = np.concatenate((cuts, [len(bands)]))
    left: list[np.ndarray] = []
    right: list[np.ndarray] = []
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        k = e - s
        if k > max_bucket:  # big bucket: pairs with its smallest id only
            left.append(np.full(k - 1, s))
            right.append(np.arange(s + 1, e))
        else:
            i, j = np.triu_indices(k, 1)
            left.append(i + s)
            right.append(j + s)
    ia = np.concatenate(left)
    ib = np.concatenate(right)
    na, nb = sizes[ia], sizes[ib]
    lo, hi = np.minimum(na, nb), np.maximum(na, nb)
    # Jaccard <= lo / hi: such pairs can never reach the threshold (exact, not a heuristic)
    keep = (hi > 0) & (lo / np.maximum(hi, 1) >= threshold)
    width = np.int64(len(uniques))
    keys = codes[ia[keep]].astype(np.int64) * width + codes[ib[keep]]
    if not len(keys):
        return empty
    pair, count = np.unique(keys, return_counts=True)  # counted on integers, not strings
    docs = np.asarray(uniques, dtype=object)
    return pd.DataFrame({"a": pd.array(docs[pair // width], dtype=STR),
                         "b": pd.array(docs[pair % width], dtype=STR),
                         "k": count.astype(np.int64)})


def shared_pairs(df: pd.DataFrame) -> pd.DataFrame:
    """The pairs of one pair-shuffled partition that share at least ``MIN_BANDS`` buckets."""
    min_bands = rules()[4]
    if df.empty:
        return df[["a", "b"]]
    counts = df.groupby(["a", "b"], sort=False, observed=True)["k"].sum()
    return counts[counts >= min_bands].reset_index()[["a", "b"]]


def verify_pairs(df: pd.DataFrame) -> pd.DataFrame:
    """The candidate pairs whose exact shingle Jaccard reaches the ingest threshold."""
    keep = [similar(x, y) for x, y in zip(df["sa"], df["sb"], strict=True)]
    return df.loc[keep, ["a", "b"]]


def near_duplicate_pairs(client: Any, *, out: str, pids: list[str], run: str, documents: int,
                         workers: int, progress: bool) -> pd.DataFrame:
    """Verified near-duplicate pairs (columns a, b; ids only) of every live document."""
    from civcas.scale.tasks import live_rows

    minimum = 2 * workers
    bands = frame(out, "bands", pids).map_partitions(
        live_rows, out=out, run=run, meta=meta(band=STR, doc=STR, n="int64"))
    bands = bands.shuffle(on="band", npartitions=nparts(
        documents * rules()[0], per_partition=BAND_ROWS, minimum=minimum))
    counted = bands.map_partitions(bucket_candidates, meta=meta(a=STR, b=STR, k="int64"))
    # the candidate count is not known yet: one counting partition per band partition is
    # enough (pairs are bounded by MAX_BUCKET per bucket), sized again for the join below
    shared = counted.shuffle(on="a").map_partitions(shared_pairs, meta=meta(a=STR, b=STR))
    folder = run_path(out, "pairs")
    st.remove(folder)
    st.makedirs(folder)
    candidates = compute_parts(client, shared, write_columns, folder=folder,
                               label="near-duplicate candidates", progress=progress)
    log.info("near duplicates: %d candidate pairs sharing enough bands", candidates)
    if not candidates:
        return pd.DataFrame({"a": pd.Series(dtype=STR), "b": pd.Series(dtype=STR)})
    import dask.dataframe as dd

    join = nparts(candidates, per_partition=JOIN_ROWS, minimum=minimum)
    pairs = dd.read_parquet(folder)
    sh = frame(out, "shingles", pids).map_partitions(
        live_rows, out=out, run=run, meta=meta(id=STR, sh="object"))
    sh = sh.drop_duplicates(subset="id", split_out=join)  # exact copies: one shingle set
    joined = pairs.merge(sh.rename(columns={"id": "a", "sh": "sa"}), on="a", npartitions=join)
    joined = joined.merge(sh.rename(columns={"id": "b", "sh": "sb"}), on="b", npartitions=join)
    verified = joined.map_partitions(verify_pairs, meta=meta(a=STR, b=STR))
    edges: pd.DataFrame = client.compute(verified).result()
    return edges.drop_duplicates()
