"""Exact and near-duplicate detection.

Exact duplicates share an id (the id is derived from the normalised text): they collapse into one
Document. The representative is the copy with the most metadata (url, date, title, publisher),
then the smallest origin (path, member, position); the others' origins go to ``copies`` and their
urls to ``copy_urls``. A missing title, date, language or dateline is filled from the copies (same
text); url and publisher are never borrowed, so the representative's attribution stays its own.

Near duplicates (a wire story republished with a new headline, a sentence added or removed,
different punctuation): word 5-shingles of the lower-cased text (punctuation ignored, first
20,000 words), hashed deterministically (CRC-32 per word, Python's tuple-of-int hash per shingle,
which does not depend on PYTHONHASHSEED); a 128-bin one-permutation MinHash with rotation
densification; LSH with 32 bands of 4 rows, where a candidate pair must share at least
``MIN_BANDS`` = 2 bands (probability 0.998 at Jaccard 0.7, about 0.2 at 0.4, 0.03 at 0.3).
Every candidate pair is verified by its exact Jaccard similarity of shingle sets: pairs with
``J >= 0.7`` are joined (transitively) into groups; each member's ``near_group`` is the smallest
id of its group; documents in no group keep ``near_group = None``. Buckets larger than 64
documents pair only with their smallest-id member, which keeps the work near-linear. Output is
sorted by id, independent of input order.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from array import array
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from civcas.models import Document, Origin

SHINGLE_WORDS = 5
THRESHOLD = 0.7
BINS = 128
BANDS = 32
ROWS = BINS // BANDS
MAX_BUCKET = 64
MIN_BANDS = 2  # a candidate pair must share 2 bands: 0.998 at J = 0.7, 0.03 at J = 0.3
_MASK = (1 << 64) - 1
_EMPTY = 1 << 64
_WORD = re.compile(r"\w+")
MAX_WORDS = 20_000
MAX_CHARS = 400_000
_SET_CACHE = 1024  # shingle sets kept while verifying candidate pairs


def shingles(text: str, *, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """Signed 64-bit hashes of the word ``size``-shingles of ``text`` (lower-cased, punctuation ignored).

    Only the first ``MAX_WORDS`` words count. Words are hashed with CRC-32 and shingles with
    Python's tuple-of-int hash, which (unlike ``str`` hashing) does not depend on PYTHONHASHSEED.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text[:MAX_CHARS]).lower())[:MAX_WORDS]
    if not words:
        return frozenset()
    table = {w: zlib.crc32(w.encode("utf-8")) for w in set(words)}
    hashes = list(map(table.__getitem__, words))
    size = min(size, len(hashes))
    return frozenset(map(hash, zip(*(hashes[k:] for k in range(size)), strict=False)))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """|a ∩ b| / |a ∪ b| (0.0 for two empty sets)."""
    if not a and not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def signature(sh: frozenset[int]) -> tuple[int, ...] | None:
    """One-permutation MinHash of a shingle set with rotation densification (None if empty)."""
    if not sh:
        return None
    mins = [_EMPTY] * BINS
    for h in sh:
        b = h & (BINS - 1)
        v = h >> 7
        if v < mins[b]:
            mins[b] = v
    if _EMPTY not in mins:
        return tuple(mins)
    out = list(mins)
    for i in range(BINS):
        if out[i] == _EMPTY:
            for d in range(1, BINS):
                j = (i + d) % BINS
                if mins[j] != _EMPTY:
                    out[i] = mins[j] + d  # rotation: borrow from the next non-empty bin, offset
                    break
    return tuple(out)


#: What :func:`near_groups` needs of one text: its packed shingle hashes and MinHash signature.
Sketch = tuple["array[int]", tuple[int, ...] | None]


def sketch(text: str) -> Sketch:
    """The packed shingle hashes (8 bytes each) and the MinHash signature of ``text``.

    A runner can compute these while documents are still being read, and hand them to
    :func:`dedupe` (``sketches``, keyed by text) so the near-duplicate pass does not redo them.
    """
    shs = shingles(text)
    return array("q", shs), signature(shs)


def _origin_key(o: Origin | None) -> tuple[str, str, int, str]:
    if o is None:
        return ("", "", 0, "")
    return (o.path, o.member or "", o.position or 0, o.record_id or "")


def _doc_key(d: Document) -> tuple[int, tuple[str, str, int, str], str, str]:
    richness = (d.url is not None) + (d.published is not None) + (d.title is not None) + \
        (d.publisher is not None)
    return (-richness, _origin_key(d.origin), d.url or "", d.title or "")


def _collapse(group: list[Document]) -> Document:
    if len(group) == 1:
        return group[0]
    ordered = sorted(group, key=_doc_key)
    rep, others = ordered[0], ordered[1:]
    origins: set[Origin] = set(rep.copies)
    urls: set[str] = set(rep.copy_urls)
    for o in others:
        if o.origin is not None:
            origins.add(o.origin)
        origins.update(o.copies)
        if o.url:
            urls.add(o.url)
        urls.update(o.copy_urls)
    origins.discard(rep.origin)  # type: ignore[arg-type]
    urls.discard(rep.url or "")
    fill: dict[str, object] = {}
    for name in ("title", "language", "dateline"):
        if getattr(rep, name) is None:
            value = next((getattr(o, name) for o in others if getattr(o, name)), None)
            if value is not None:
                fill[name] = value
    if rep.published is None:
        dated = next((o for o in others if o.published), None)
        if dated is not None:
            fill["published"] = dated.published
            fill["published_precision"] = dated.published_precision
    return replace(rep, copies=tuple(sorted(origins, key=_origin_key)),
                   copy_urls=tuple(sorted(urls)), **fill)  # type: ignore[arg-type]


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def near_groups(docs: list[Document], *, threshold: float = THRESHOLD,
                sketches: Mapping[str, Sketch] | None = None) -> list[int]:
    """For each document (sorted by id), the index of its group's first member.

    ``sketches`` (text -> :func:`sketch`) may hold sketches computed earlier; missing ones are
    computed here.
    """
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    packed: list[array[int]] = []  # 8 bytes per shingle, for the exact check later
    known = sketches if sketches is not None else {}
    for i, d in enumerate(docs):
        got = known.get(d.text)
        pack, sig = got if got is not None else sketch(d.text)
        packed.append(pack)
        if sig is None:
            continue
        for b in range(BANDS):
            buckets[(b, sig[b * ROWS:(b + 1) * ROWS])].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in buckets.values():
        if len(members) < 2:
            continue
        if len(members) > MAX_BUCKET:
            shared.update((members[0], j) for j in members[1:])
        else:
            shared.update((a, b) for k, a in enumerate(members) for b in members[k + 1:])
    pairs = [pair for pair, n in shared.items() if n >= MIN_BANDS]
    union = _Union(len(docs))
    # the shingle sets being compared, rebuilt from the packed arrays; pairs come sorted, so the
    # first member repeats and a small LRU suffices (an unbounded cache held every grouped
    # document's set: 13 GiB at 200,000 templated articles)
    cache: OrderedDict[int, frozenset[int]] = OrderedDict()

    def sh(i: int) -> frozenset[int]:
        got = cache.get(i)
        if got is None:
            got = cache[i] = frozenset(packed[i])
            if len(cache) > _SET_CACHE:
                cache.popitem(last=False)
        else:
            cache.move_to_end(i)
        return got

    for a, b in sorted(pairs):
        if union.find(a) == union.find(b):
            continue
        if jaccard(sh(a), sh(b)) >= threshold:
            union.join(a, b)
    return [union.find(i) for i in range(len(docs))]


def dedupe(documents: Iterable[Document], *, threshold: float = THRESHOLD,
           sketches: Mapping[str, Sketch] | None = None) -> list[Document]:
    """Collapse exact duplicates and mark near-duplicate groups; sorted by id (see module doc).

    ``sketches`` (text -> :func:`sketch`) are optional precomputed shingle sketches.
    """
    by_id: dict[str, list[Document]] = defaultdict(list)
    for d in documents:
        by_id[d.id].append(d)
    unique = [_collapse(by_id[k]) for k in sorted(by_id)]
    roots = near_groups(unique, threshold=threshold, sketches=sketches)
    sizes: dict[int, int] = defaultdict(int)
    for r in roots:
        sizes[r] += 1
    return [replace(d, near_group=unique[r].id if sizes[r] > 1 else None)
            for d, r in zip(unique, roots, strict=True)]
