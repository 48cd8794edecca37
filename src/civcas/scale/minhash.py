"""Near-duplicate candidates at corpus scale, with exactly the ingest stage's rules.

``civcas.ingest.dedupe`` signs every document with a 128-bin MinHash of its word 5-shingles,
buckets documents by LSH band (32 bands of 4 rows), proposes pairs inside each bucket (all pairs,
or only pairs with the smallest id when a bucket holds more than 64 documents), keeps the pairs
that share at least 2 buckets, and joins those whose exact shingle Jaccard is at least 0.7. The
Dask engine reproduces that in pieces: each ingest task writes the band keys and shingle hashes
of its documents (:func:`sketch`); :mod:`civcas.scale.neardup` shuffles the band keys, proposes
and counts the pairs (the rules of :func:`bucket_pairs`), verifies them against the shingles
(:func:`similar`), and a union-find on the driver forms the groups. The resulting
``near_group`` of every document is the one the local runner computes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

_MASK64 = (1 << 64) - 1


def rules() -> tuple[int, int, float, int, int]:
    """(bands, rows per band, Jaccard threshold, max bucket, min shared bands) of the ingest stage."""
    from civcas.ingest.dedupe import BANDS, MAX_BUCKET, MIN_BANDS, ROWS, THRESHOLD

    return BANDS, ROWS, THRESHOLD, MAX_BUCKET, MIN_BANDS


def sketch(text: str) -> tuple[list[str], bytes]:
    """(LSH band keys, shingle hashes as bytes) of a text, as ``civcas.ingest.dedupe`` sees it."""
    from civcas.ingest.dedupe import shingles, signature

    bands, rows = rules()[:2]
    sh = shingles(text)
    sig = signature(sh)
    if sig is None:
        return [], b""
    keys = []
    for b in range(bands):
        part = ",".join(str(v) for v in sig[b * rows:(b + 1) * rows]).encode("ascii")
        keys.append(f"{b:02d}:{hashlib.blake2b(part, digest_size=10).hexdigest()}")
    hashes = np.fromiter((v & _MASK64 for v in sh), dtype=np.uint64, count=len(sh))
    return keys, np.sort(hashes).tobytes()


def bucket_pairs(members: Sequence[str]) -> list[tuple[str, str]]:
    """Candidate pairs of one bucket (ids sorted, each pair ``(smaller, larger)``)."""
    max_bucket = rules()[3]
    ids = sorted(set(members))
    if len(ids) < 2:
        return []
    if len(ids) > max_bucket:
        return [(ids[0], j) for j in ids[1:]]
    return [(a, b) for k, a in enumerate(ids) for b in ids[k + 1:]]


def jaccard_blobs(a: bytes, b: bytes) -> float:
    """Exact Jaccard similarity of two shingle sets stored by :func:`sketch`."""
    x = np.frombuffer(a, dtype=np.uint64)
    y = np.frombuffer(b, dtype=np.uint64)
    if not len(x) and not len(y):
        return 0.0
    inter = len(np.intersect1d(x, y, assume_unique=True))
    return inter / (len(x) + len(y) - inter)


def similar(a: bytes, b: bytes) -> bool:
    """True when two shingle sets are near-duplicates by the ingest threshold."""
    return jaccard_blobs(a, b) >= rules()[2]
