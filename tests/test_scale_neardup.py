"""The Dask engine's near-duplicate phase, piece by piece and without a cluster: band rows are
split into partitions as a shuffle would, and the groups must equal ``civcas.ingest.dedupe``."""

from __future__ import annotations

import zlib

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.ingest import dedupe, document_id
from civcas.models import Document, Origin
from civcas.scale.engine import _groups
from civcas.scale.minhash import sketch
from civcas.scale.neardup import bucket_candidates, shared_pairs, verify_pairs

SENTENCES = [
    "Shelling hit the eastern outskirts of the town before dawn on Thursday, residents said.",
    "A health official said nine people were killed, including two women and a boy of eleven.",
    "The regional hospital received at least 23 wounded, several of them with burns.",
    "Civil defence crews said they pulled four survivors from a collapsed apartment block.",
    "The army said it had targeted an ammunition depot and denied hitting homes.",
    "A local council member said the depot had been empty for months.",
    "Aid groups said the only bakery in the district had been damaged and closed.",
    "Families began leaving towards the villages in the hills, a resident told reporters.",
    "The governor called for an independent investigation into the strike.",
    "Power and water were cut across most of the town by the evening.",
    "A spokesman for the rebels said their fighters had withdrawn from the area a week earlier.",
    "Photographs shared by rescuers showed a crater in a courtyard next to a school.",
]


def _doc(text: str, n: int) -> Document:
    return Document(id=document_id(text), text=text, origin=Origin(path=f"in/{n}.txt"))


def _local_groups(texts: list[str]) -> dict[str, str]:
    docs = [_doc(t, i) for i, t in enumerate(texts)]
    return {d.id: d.near_group for d in dedupe(docs) if d.near_group}


def _split(df: pd.DataFrame, column: str, parts: int) -> list[pd.DataFrame]:
    """The partitions a hash shuffle on ``column`` would give (any stable hash will do)."""
    key = df[column].map(lambda v: zlib.crc32(str(v).encode()) % parts)
    return [df[key == p] for p in range(parts)]


def _dask_groups(texts: list[str], *, parts: int = 3) -> dict[str, str]:
    band_rows: list[dict[str, object]] = []
    shingle_rows: list[dict[str, object]] = []
    for t in texts:  # exact copies are read twice, as from two input files
        doc_id = document_id(t)
        bands, sh = sketch(t)
        band_rows.extend({"band": b, "doc": doc_id, "n": len(sh) // 8} for b in bands)
        shingle_rows.append({"id": doc_id, "sh": sh})
    bands_df = pd.DataFrame(band_rows, columns=["band", "doc", "n"])
    counted = pd.concat([bucket_candidates(p) for p in _split(bands_df, "band", parts)])
    cands = pd.concat([shared_pairs(p) for p in _split(counted, "a", parts)])
    sh = pd.DataFrame(shingle_rows, columns=["id", "sh"]).drop_duplicates("id")
    joined = cands.merge(sh.rename(columns={"id": "a", "sh": "sa"}), on="a").merge(
        sh.rename(columns={"id": "b", "sh": "sb"}), on="b")
    return _groups(verify_pairs(joined).drop_duplicates())


def _groups_only(groups: dict[str, str]) -> dict[str, str]:
    """Documents in a group of two or more (what ``near_group`` records)."""
    sizes: dict[str, int] = {}
    for g in groups.values():
        sizes[g] = sizes.get(g, 0) + 1
    return {d: g for d, g in groups.items() if sizes[g] > 1}


def test_republished_variants_form_one_group_like_the_ingest_stage() -> None:
    story = " ".join(SENTENCES)
    texts = [story, story + " The toll was later raised to eleven.",
             " ".join(SENTENCES[1:]), " ".join(SENTENCES[:6]), "Unrelated: " + SENTENCES[9]]
    local = _local_groups(texts)
    assert len(set(local.values())) == 1 and len(local) == 3
    assert _groups_only(_dask_groups(texts)) == local


def test_bucket_above_the_cap_pairs_with_its_smallest_id_only() -> None:
    story = " ".join(SENTENCES)
    texts = [f"{story} Update number {i}: officials counted {i + 30} damaged houses."
             for i in range(90)]  # > 64 documents in the same buckets
    local = _local_groups(texts)
    assert len(local) == 90
    assert _groups_only(_dask_groups(texts, parts=4)) == local


def test_sizes_rule_out_pairs_exactly() -> None:
    short, long_ = " ".join(SENTENCES[:4]), " ".join(SENTENCES)
    bands_s, sh_s = sketch(short)
    bands_l, sh_l = sketch(long_)
    rows = [{"band": b, "doc": "dshort", "n": len(sh_s) // 8} for b in bands_s] + \
        [{"band": b, "doc": "dlong", "n": len(sh_l) // 8} for b in bands_l]
    assert set(bands_s) & set(bands_l), "the texts share buckets"
    assert bucket_candidates(pd.DataFrame(rows)).empty  # 4 of 12 sentences: J < 0.7 for sure


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.sets(st.integers(0, len(SENTENCES) - 1),
                                                     min_size=1, max_size=len(SENTENCES))),
                min_size=1, max_size=14),
       st.integers(1, 5))
def test_groups_equal_the_ingest_stage(variants: list[tuple[int, set[int]]], parts: int) -> None:
    """Documents built from overlapping sentence sets, some read twice, in any partitioning."""
    texts = []
    for story, keep in variants:
        head = f"Report {story}."
        texts.append(" ".join([head, *(SENTENCES[i] for i in sorted(keep))]))
    texts += texts[:2]  # exact copies
    assert _groups_only(_dask_groups(texts, parts=parts)) == _local_groups(texts)


def test_pairs_need_two_shared_buckets_summed_over_partitions() -> None:
    """The ingest stage keeps a candidate only when it shares ``MIN_BANDS`` = 2 buckets; the
    counts of one pair may come from different band partitions."""
    from civcas.ingest.dedupe import MIN_BANDS

    assert MIN_BANDS == 2
    counted = pd.concat([
        pd.DataFrame({"a": ["d1", "d1", "d2"], "b": ["d2", "d3", "d3"], "k": [1, 1, 2]}),
        pd.DataFrame({"a": ["d1"], "b": ["d2"], "k": [1]}),
    ])
    kept = shared_pairs(counted)
    assert sorted(map(tuple, kept[["a", "b"]].to_numpy().tolist())) == [("d1", "d2"), ("d2", "d3")]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 99)), max_size=400))
def test_bucket_candidates_are_the_ingest_bucket_pairs(rows: list[tuple[int, int]]) -> None:
    """Vectorised per-bucket pairs (with the cap) = ``bucket_pairs`` of each bucket, counted."""
    from collections import Counter

    from civcas.scale.minhash import bucket_pairs

    df = pd.DataFrame({"band": [f"{b:02d}:x" for b, _ in rows],
                       "doc": [f"d{d:03d}" for _, d in rows], "n": 50})
    expected: Counter[tuple[str, str]] = Counter()
    for _band, docs in df.groupby("band")["doc"]:
        expected.update(bucket_pairs(list(docs)))
    got = bucket_candidates(df)
    assert dict(zip(zip(got["a"], got["b"], strict=True), got["k"], strict=True)) == expected
