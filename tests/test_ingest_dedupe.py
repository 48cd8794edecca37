"""Exact duplicates collapse; near duplicates (republished wire stories) are grouped."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from civcas.ingest import dedupe, document_id, jaccard, read_bytes, shingles
from civcas.ingest.dedupe import THRESHOLD
from civcas.models import Document, Origin

WIRE = [
    "GAZIANTEP, Turkey (Wire) - An air strike on a crowded vegetable market in a rebel-held town killed at least 14 civilians on Monday, a war monitor and rescue workers said.",
    "The strike hit the market shortly after dawn, when traders were unloading produce from trucks, according to a member of the local civil defence team.",
    "Among the dead were three children and a woman who sold bread at the entrance to the market, the team member said by telephone.",
    "A hospital director in the town said 31 wounded people had been admitted, several of them in critical condition, and that blood supplies were running low.",
    "The monitoring group said it could not yet say which air force carried out the strike, but that warplanes had been seen circling the area for an hour.",
    "No government or military spokesman was immediately available to comment on the report.",
    "The town has been hit repeatedly since the start of the month, and aid agencies have warned that thousands of families have fled towards the border.",
    "Residents said most shops had closed and that many families were sleeping in olive groves outside the town for fear of further raids.",
]
UNRELATED = [
    "Flooding after three days of heavy rain forced hundreds of families from their homes in the river valley, the regional emergency office said on Wednesday.",
    "Engineers were inspecting two bridges that had been damaged by the water, and schools in the area were closed until further notice.",
    "The office said no deaths had been reported, but that several villages remained cut off and were being supplied by boat.",
]


def doc(text: str, path: str, *, url: str | None = None, title: str | None = None) -> Document:
    return Document(id=document_id(text), text=text, title=title, url=url, origin=Origin(path=path))


def story(*, drop: int | None = None, add: str | None = None, punct: bool = False) -> str:
    paras = [p for i, p in enumerate(WIRE) if i != drop]
    if add:
        paras.insert(3, add)
    text = "\n\n".join(paras)
    if punct:
        text = text.replace(" - ", " — ").replace(",", "").replace("said.", "said;")
    return text


def test_document_id_ignores_whitespace_and_unicode_form() -> None:
    text = "Café owners in Alep said the strike came at dawn.\nTwo died."
    variants = [text, "  " + text.replace(" ", "   ") + "\n\n", unicodedata.normalize("NFD", text),
                text.replace("\n", "\r\n")]
    assert len({document_id(v) for v in variants}) == 1
    assert document_id(text) != document_id(text.replace("Two", "Three"))
    assert document_id(text).startswith("d") and len(document_id(text)) == 17


def test_exact_duplicates_collapse_with_their_origins() -> None:
    text = story()
    a = doc(text, "b.jsonl", url="https://one.example/a", title="Market strike kills 14")
    b = doc(text.replace("\n\n", "\n \n"), "a.txt")
    c = doc(text, "c.html", url="https://two.example/b")
    out = dedupe([c, b, a])
    assert len(out) == 1
    (d,) = out
    assert d.origin == Origin(path="b.jsonl")  # the copy with most metadata represents the text
    assert d.copies == (Origin(path="a.txt"), Origin(path="c.html"))
    assert d.url == "https://one.example/a" and d.copy_urls == ("https://two.example/b",)
    assert d.near_group is None


def test_near_duplicates_are_grouped_and_keep_their_provenance() -> None:
    variants = {
        "original": story(),
        "dropped": story(drop=6),
        "added": story(add="The United Nations said it was alarmed by the reports and called for an investigation."),
        "punctuation": story(punct=True),
        "both": story(drop=7, punct=True),
    }
    docs = [doc(t, f"{k}.txt", url=f"https://{k}.example/x") for k, t in variants.items()]
    docs.append(doc("\n\n".join(UNRELATED), "flood.txt"))
    out = dedupe(docs)
    assert len(out) == 6
    group = [d for d in out if d.origin and d.origin.path != "flood.txt"]
    rep = min(d.id for d in group)
    assert {d.near_group for d in group} == {rep}
    assert {d.url for d in group} == {f"https://{k}.example/x" for k in variants}
    flood = next(d for d in out if d.origin and d.origin.path == "flood.txt")
    assert flood.near_group is None
    for d in group:
        assert jaccard(shingles(d.text), shingles(variants["original"])) >= THRESHOLD or d.text == variants["original"] \
            or any(jaccard(shingles(d.text), shingles(o.text)) >= THRESHOLD for o in group if o is not d)


def test_threshold_is_respected_against_exact_jaccard() -> None:
    base = "\n\n".join(WIRE)
    seen = set()
    for k in range(1, 6):  # replace more and more paragraphs with unrelated ones
        variant = "\n\n".join(UNRELATED[: min(k, 3)] + WIRE[k:])
        j = jaccard(shingles(base), shingles(variant))
        out = dedupe([doc(base, "a.txt"), doc(variant, "b.txt")])
        grouped = out[0].near_group is not None and out[0].near_group == out[1].near_group
        assert grouped == (j >= THRESHOLD), (k, j)
        seen.add(grouped)
    assert seen == {True, False}


def test_short_texts_and_empty_shingles() -> None:
    assert shingles("") == frozenset()
    assert len(shingles("Two killed.")) == 1
    assert jaccard(frozenset(), frozenset()) == 0.0
    out = dedupe([doc("Two killed.", "a"), doc("Two killed!", "b"), doc("Three hurt.", "c")])
    assert [d.near_group is not None for d in out].count(True) == 2


def test_read_bytes_copies_are_found_across_formats() -> None:
    text = story()
    items = list(read_bytes(text.encode(), name="wire.txt")) + list(
        read_bytes(f"<html><body><article>{''.join(f'<p>{p}</p>' for p in WIRE)}</article></body></html>".encode(), name="page.html"))
    docs = [i for i in items if isinstance(i, Document)]
    out = dedupe(docs)
    assert len(out) == 1 or {d.near_group for d in out} == {min(d.id for d in out)}


_POOL = [story(), story(drop=2), story(punct=True), story(drop=5, punct=True), "\n\n".join(UNRELATED),
         "\n\n".join(UNRELATED[:2]), story()]


@settings(max_examples=40, deadline=None)
@given(st.permutations(list(range(len(_POOL)))), st.lists(st.integers(0, len(_POOL) - 1), max_size=4))
def test_dedupe_is_order_independent_and_idempotent(order: list[int], extra: list[int]) -> None:
    base = [doc(t, f"p{i}.txt", url=f"https://ex.example/{i}") for i, t in enumerate(_POOL)]
    base += [doc(_POOL[i], f"x{k}.txt") for k, i in enumerate(extra)]
    reference = dedupe(base)
    shuffled = [base[i] for i in order] + base[len(_POOL):][::-1]
    assert dedupe(shuffled) == reference
    assert dedupe(reference) == reference
    assert [d.id for d in reference] == sorted(d.id for d in reference)
