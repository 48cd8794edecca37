"""The functions Dask runs on workers. They wrap the same library calls as the local runner.

Each task reads and writes Parquet under the output folder itself and returns only a small
summary, so records never travel one by one through the driver.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from civcas.models import Decision, Document, Figure, Problem, from_dict
from civcas.scale import storage as st
from civcas.scale.context import KEEP, load_context, load_keep, run_path
from civcas.scale.frames import part_path
from civcas.scale.inputs import Partition, is_url
from civcas.scale.minhash import sketch

log = logging.getLogger(__name__)

RAW_TABLES = ("documents", "figures", "bands", "shingles", "problems")


@dataclass(frozen=True, slots=True)
class PartitionSummary:
    """What one ingest task did: counts only (per input: documents, problems)."""

    partition: str
    documents: int
    figures: int
    problems: int
    seconds: float
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)


def _read(path: str, options: Any) -> Iterator[Document | Problem]:
    from civcas.ingest import read_bytes, read_file

    if not is_url(path):
        yield from read_file(path, options=options)
        return
    import fsspec

    try:
        with fsspec.open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield Problem(path=path, reason=f"cannot read: {exc}", kind="io")
        return
    yield from read_bytes(data, name=path, options=options)


def _problem(path: str, fp: str, p: Problem) -> dict[str, Any]:
    return {"input": path, "fp": fp, "path": p.path, "kind": p.kind, "reason": p.reason,
            "json": st.dumps(p)}


def analyse(doc: Document) -> tuple[list[Figure], Problem | None]:
    """``civcas.pipeline.analyse_document``; a failure becomes a Problem, as in the local runner."""
    from civcas.runner import analyse_one

    _id, figures, problem = analyse_one(doc)
    return figures, problem


def ingest_partition(part: Partition, *, out: str, options: Any = None) -> PartitionSummary:
    """Read, analyse and sketch every document of a partition; write its raw Parquet tables."""
    from civcas.errors import CivcasError

    t0 = time.perf_counter()
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in RAW_TABLES}
    counts: dict[str, tuple[int, int]] = {}
    for f in part.files:
        nd = np_ = 0
        key = {"input": f.path, "fp": f.fingerprint}
        items = _read(f.path, options)
        while True:
            try:
                item = next(items)
            except StopIteration:
                break
            except (CivcasError, OSError, ValueError, UnicodeError) as exc:
                rows["problems"].append(_problem(f.path, f.fingerprint, Problem(
                    path=f.path, reason=f"{type(exc).__name__}: {exc}", kind="io")))
                np_ += 1
                break
            if isinstance(item, Problem):
                rows["problems"].append(_problem(f.path, f.fingerprint, item))
                np_ += 1
                continue
            nd += 1
            rows["documents"].append({"id": item.id, **key, "seq": nd, "json": st.dumps(item)})
            bands, sh = sketch(item.text)
            n = len(sh) // 8  # shingle count: lets the pair phase rule pairs out exactly
            rows["bands"].extend({"band": b, "doc": item.id, "n": n, **key} for b in bands)
            rows["shingles"].append({"id": item.id, "sh": sh, **key})
            figures, problem = analyse(item)
            if problem is not None:
                rows["problems"].append(_problem(f.path, f.fingerprint, problem))
                np_ += 1
            rows["figures"].extend({**_figure_row(g), **key, "seq": nd} for g in figures)
        counts[f.path] = (nd, np_)
    schemas = {"documents": st.RAW_DOCUMENTS, "figures": st.RAW_FIGURES, "bands": st.BANDS,
               "shingles": st.SHINGLES, "problems": st.PROBLEMS}
    for table in RAW_TABLES:
        st.write_table(part_path(out, table, part.id), st.records_table(rows[table],
                                                                        schemas[table]))
    return PartitionSummary(partition=part.id, documents=len(rows["documents"]),
                            figures=len(rows["figures"]), problems=len(rows["problems"]),
                            seconds=time.perf_counter() - t0, counts=counts)


def _live_mask(df: pd.DataFrame, live: Mapping[str, str]) -> pd.Series:
    return df["input"].map(live) == df["fp"]


def live_rows(df: pd.DataFrame, *, out: str, run: str) -> pd.DataFrame:
    """Only the rows read from the current version of an input (drops stale results)."""
    return df[_live_mask(df, load_context(out, run).live)].drop(columns=["input", "fp"])


def select_dups(df: pd.DataFrame, *, out: str, run: str) -> pd.DataFrame:
    """The live raw documents whose id was read more than once."""
    ctx = load_context(out, run)
    df = df[_live_mask(df, ctx.live) & df["id"].isin(ctx.dups)]
    return df[["id", "input", "seq", "json"]]


def resolve_dups(df: pd.DataFrame, *, out: str, run: str) -> pd.DataFrame:
    """Collapse each exact-duplicate id with ``civcas.ingest.dedupe``; say which copy was kept
    and re-analyse it when the collapse filled in metadata (title, date...) from other copies."""
    from civcas.ingest import dedupe

    near = load_context(out, run).near
    rows: list[dict[str, Any]] = []
    for doc_id, group in df.groupby("id", sort=True):
        recs = list(group.itertuples(index=False))
        copies = [from_dict(Document, json.loads(r.json)) for r in recs]
        kept = replace(dedupe(copies)[0], near_group=near.get(str(doc_id)))
        pos = next((i for i, d in enumerate(copies) if d.origin == kept.origin), 0)
        src = copies[pos]
        reuse = _bare(src) == _bare(kept)
        figs = ""
        if not reuse:
            figures, _problem = analyse(kept)
            figs = json.dumps([st.dumps(g) for g in figures])
        rows.append({"id": kept.id, "near_group": kept.near_group, "json": st.dumps(kept),
                     "input": recs[pos].input, "seq": int(recs[pos].seq), "reuse": reuse,
                     "figures": figs})
    return pd.DataFrame(rows, columns=["id", "near_group", "json", "input", "seq", "reuse",
                                       "figures"])


def _bare(doc: Document) -> Document:
    return replace(doc, near_group=None, copies=(), copy_urls=())


def _with_group(record: str, group: str | None) -> str:
    """A JSON record (document or figure) with its ``near_group`` set."""
    data = json.loads(record)
    if data.get("near_group") == group:
        return record
    data["near_group"] = group
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _figure_row(fig: Figure) -> dict[str, Any]:
    from civcas.link import blocking_key

    return {"id": fig.id, "doc": fig.doc, "block": blocking_key(fig), "scope": fig.scope,
            "json": st.dumps(fig)}


def write_resolved(df: pd.DataFrame, *, out: str, index: int) -> int:
    """Write the collapsed duplicates, the figures re-analysed for them and the kept copies."""
    rows = df.to_dict("records")
    figs = [_figure_row(from_dict(Figure, json.loads(j)))
            for r in rows if r["figures"] for j in json.loads(r["figures"])]
    st.write_table(st.join(out, "documents", f"dups-{index:05d}.parquet"),
                   st.records_table(rows, st.DOCUMENTS))
    st.write_table(st.join(out, "figures", f"dups-{index:05d}.parquet"),
                   st.records_table(figs, st.FIGURES))
    st.write_table(run_path(out, f"kept/part-{index:05d}.parquet"), st.records_table(rows, KEEP))
    return len(rows)


def finalise_partition(pid: str, *, out: str, run: str) -> tuple[int, int, int]:
    """Write the final documents, figures and problems of one ingest partition.

    Documents read once get their near-duplicate group; exact duplicates were collapsed by
    :func:`resolve_dups`, and only the kept copy's figures stay. Figures get their document's
    group and their blocking key.
    """
    ctx = load_context(out, run)
    keep = load_keep(out, run)
    raw = st.read_table(part_path(out, "documents", pid)).to_pandas()
    raw = raw[_live_mask(raw, ctx.live) & ~raw["id"].isin(ctx.dups)]
    doc_rows: list[dict[str, Any]] = []
    for r in raw.itertuples(index=False):
        group = ctx.near.get(r.id)
        doc_rows.append({"id": r.id, "near_group": group, "json": _with_group(r.json, group)})
    fraw = st.read_table(part_path(out, "figures", pid)).to_pandas()
    fraw = fraw[_live_mask(fraw, ctx.live)]
    fig_rows: list[dict[str, Any]] = []
    for r in fraw.itertuples(index=False):
        if r.doc in ctx.dups:
            kept = keep.get((r.input, int(r.seq)))
            if kept is None or not kept.reuse:
                continue
        fig_rows.append({"id": r.id, "doc": r.doc, "block": r.block, "scope": r.scope,
                         "json": _with_group(r.json, ctx.near.get(r.doc))})
    probs = st.read_table(part_path(out, "problems", pid)).to_pandas()
    probs = probs[_live_mask(probs, ctx.live)]
    st.write_table(st.join(out, "documents", f"{pid}.parquet"),
                   st.records_table(doc_rows, st.DOCUMENTS))
    st.write_table(st.join(out, "figures", f"{pid}.parquet"),
                   st.records_table(fig_rows, st.FIGURES))
    st.write_table(st.join(out, "problems", f"{pid}.parquet"),
                   st.records_table(probs.to_dict("records"), st.PROBLEMS))
    return len(doc_rows), len(fig_rows), len(probs)


def assemble_blocks(df: pd.DataFrame, *, decisions: Sequence[Decision] = ()) -> pd.DataFrame:
    """Link and assess the incident figures of each block in one shuffled partition."""
    from civcas.pipeline import assemble

    rows: list[dict[str, Any]] = []
    for block, group in df.groupby("block", sort=True):
        figs = [from_dict(Figure, json.loads(j)) for j in group["json"]]
        result = assemble(figs, decisions=decisions)
        rows.extend({"id": inc.id, "block": str(block), "json": st.dumps(inc)}
                    for inc in result.incidents)
    return pd.DataFrame(rows, columns=["id", "block", "json"], dtype=object)


def build_tallies(out: str, *, decisions: Sequence[Decision] = ()) -> int:
    """Build every tally series from the tally-scope figures (small: one task) and write them.

    Figures that decisions name are read too: a correction may turn an incident figure into a
    tally (``assemble`` applies the decisions before it splits by scope)."""
    from civcas.pipeline import assemble
    from civcas.scale.blocks import decision_ids, read_figures

    figs = read_figures(out, decision_ids(decisions), scope="tally")
    tallies = assemble(figs, decisions=decisions).tallies if figs else ()
    rows = [{"id": t.id, "json": st.dumps(t)} for t in tallies]
    st.write_table(st.join(out, "tallies", "part-0.parquet"), st.records_table(rows, st.TALLIES))
    return len(rows)
