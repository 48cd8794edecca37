"""Unit tests of the Dask engine's pieces that need no cluster: MinHash bands, partitions,
the manifest and the Parquet helpers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.ingest import jaccard as ingest_jaccard
from civcas.ingest import shingles
from civcas.models import Document, Origin, from_dict
from civcas.scale import storage
from civcas.scale.inputs import InputFile, fingerprint, partition_inputs
from civcas.scale.manifest import Manifest
from civcas.scale.minhash import bucket_pairs, jaccard_blobs, similar, sketch

REPORT = (
    "Residents of the eastern district said an air strike hit a bakery queue on Tuesday "
    "morning, killing at least 14 civilians, among them five children, according to the "
    "provincial health directorate. A local rescuer said teams were still searching the "
    "rubble of two neighbouring houses late in the evening and that the toll could rise."
)
OTHER = (
    "The ministry said in a statement that its forces had repelled an attack on a checkpoint "
    "north of the river crossing overnight. No casualties were reported among the soldiers, "
    "and the statement did not mention civilians or the damage to the nearby market."
)


def _file(path: str, size: int) -> InputFile:
    return InputFile(path=path, size=size, stamp="1", fingerprint=f"fp-{path}-{size}")


def test_identical_texts_have_identical_sketches() -> None:
    bands, sh = sketch(REPORT)
    assert (bands, sh) == sketch(REPORT)
    assert len(bands) == 32 and len(set(bands)) == 32
    assert jaccard_blobs(sh, sh) == 1.0


def test_republished_copy_with_a_new_sentence_is_a_verified_candidate() -> None:
    copy = REPORT + " The governor declared three days of mourning."
    (ba, sa), (bb, sb) = sketch(REPORT), sketch(copy)
    assert set(ba) & set(bb)
    assert similar(sa, sb)
    assert jaccard_blobs(sa, sb) == pytest.approx(
        ingest_jaccard(shingles(REPORT), shingles(copy)))


def test_unrelated_reports_are_neither_candidates_nor_similar() -> None:
    (ba, sa), (bb, sb) = sketch(REPORT), sketch(OTHER)
    assert not set(ba) & set(bb)
    assert not similar(sa, sb)
    assert jaccard_blobs(sa, sb) < 0.05


def test_text_without_words_has_no_sketch() -> None:
    assert sketch("  ... --- !!! ") == ([], b"")


def test_bucket_pairs_follow_the_ingest_rules() -> None:
    assert bucket_pairs(["d3", "d1", "d2", "d1"]) == [("d1", "d2"), ("d1", "d3"), ("d2", "d3")]
    assert bucket_pairs(["d1"]) == []
    big = [f"d{i:03d}" for i in range(100)]
    assert bucket_pairs(big) == [("d000", other) for other in big[1:]]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["strike", "killed", "market", "town", "seven", "on", "the",
                                 "shelling", "wounded", "said"]), min_size=1, max_size=40),
       st.lists(st.sampled_from(["strike", "killed", "market", "town", "seven", "on", "the",
                                 "shelling", "wounded", "said"]), min_size=1, max_size=40))
def test_shingle_jaccard_matches_the_ingest_stage(a: list[str], b: list[str]) -> None:
    ta, tb = " ".join(a), " ".join(b)
    expected = ingest_jaccard(shingles(ta), shingles(tb))
    assert jaccard_blobs(sketch(ta)[1], sketch(tb)[1]) == pytest.approx(expected)
    assert sketch(ta.upper() + " ")[0] == sketch(ta)[0]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=5000), min_size=0, max_size=60),
       st.integers(min_value=1, max_value=20000), st.integers(min_value=1, max_value=8))
def test_partitions_keep_every_file_once_in_order(sizes: list[int], target: int,
                                                  minimum: int) -> None:
    files = [_file(f"f{i}", s) for i, s in enumerate(sizes)]
    parts = partition_inputs(files, partition_size=target, min_partitions=minimum)
    flat = [f for p in parts for f in p.files]
    assert flat == files
    assert all(p.files for p in parts)
    assert len({p.id for p in parts}) == len(parts)
    for p in parts[:-1]:  # every partition but the last reached the target size
        assert p.size >= min(target, sum(sizes) // minimum + 1) or p.size == 0


def test_small_corpora_are_split_for_the_workers() -> None:
    files = [_file(f"f{i}", 100) for i in range(40)]
    assert len(partition_inputs(files, partition_size=10**9, min_partitions=4)) >= 4


def test_manifest_skips_unchanged_ok_inputs_and_retries_failed(tmp_path: Path) -> None:
    a, b, c = _file("a", 10), _file("b", 20), _file("c", 30)
    m = Manifest()
    m.record([a, b], partition="p1", status="ok", counts={"a": (3, 0), "b": (1, 1)})
    m.record([c], partition="p2", status="failed", error="RuntimeError: worker died")
    m.save(str(tmp_path))
    again = Manifest.load(str(tmp_path))
    assert again.entries == m.entries
    changed_b = InputFile(path="b", size=21, stamp="2", fingerprint="fp-b-21")
    todo, skip = again.pending([a, changed_b, c, _file("d", 5)])
    assert [f.path for f in skip] == ["a"]
    assert [f.path for f in todo] == ["b", "c", "d"]
    assert again.partitions() == {"p1"}
    assert [e.path for e in again.failed()] == ["c"]
    body = json.loads((tmp_path / "manifest.json").read_text())
    assert {e["path"] for e in body["inputs"]} == {"a", "b", "c"}


def test_absent_manifest_is_empty(tmp_path: Path) -> None:
    assert Manifest.load(str(tmp_path / "nowhere")).entries == {}


def test_fingerprint_changes_with_content(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("one report")
    first = fingerprint(str(p))
    p.write_text("one report, updated with a higher toll")
    assert fingerprint(str(p)).fingerprint != first.fingerprint
    assert fingerprint(str(p)).size == p.stat().st_size


def test_fingerprint_of_missing_file_is_an_input_error(tmp_path: Path) -> None:
    from civcas.errors import InputError

    with pytest.raises(InputError) as err:
        fingerprint(str(tmp_path / "missing.txt"))
    assert err.value.kind == "io"


def test_parquet_rows_round_trip_models(tmp_path: Path) -> None:
    doc = Document(id="d1", text=REPORT, title="Strike on a bakery queue",
                   origin=Origin(path="in/a.txt", position=2), copy_urls=("https://x/1",))
    path = str(tmp_path / "t" / "docs.parquet")
    storage.write_table(path, storage.records_table(
        [{"id": doc.id, "near_group": None, "json": storage.dumps(doc)}], storage.DOCUMENTS))
    back = storage.read_table(path).to_pylist()
    assert back[0]["id"] == "d1"
    assert from_dict(Document, json.loads(back[0]["json"])) == doc
    assert storage.list_files(str(tmp_path / "t")) == [path]
    assert not list((tmp_path / "t").glob("*.tmp-*"))


def test_default_output_folder_sits_next_to_a_sqlite_file() -> None:
    from civcas.scale.engine import default_out

    class _Db:
        def __init__(self, url: str) -> None:
            self.url = url

    assert default_out(_Db("sqlite:////data/run/civcas.db")) == "/data/run/civcas-parquet"
    assert default_out(_Db("postgresql+psycopg://u@h/db")) == "civcas-parquet"
    assert default_out(None) == "civcas-parquet"


def test_no_input_paths_is_a_usage_error() -> None:
    from civcas.errors import UsageError
    from civcas.scale import run_dask

    with pytest.raises(UsageError):
        run_dask([])
