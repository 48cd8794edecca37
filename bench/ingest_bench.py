"""Ingestion throughput on one core: read (MB/s, documents/s) and dedupe (documents/s).

Generates a corpus of at least 10,000 articles in mixed formats into a temporary directory
(plain text, HTML, JSONL, CSV, RSS, WARC.gz, zip of text files, gzipped text), with exact copies
and lightly edited republications, then times ``read_file`` over every file and ``dedupe`` over
the documents. Articles come from ``civcas.synthetic.generate_articles`` when available, else from
a small built-in generator.

    .venv/bin/python bench/ingest_bench.py [--n 10000] [--seed 0] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import io
import json
import os
import random
import shutil
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from civcas.ingest import IngestOptions, dedupe, iter_files, read_file
from civcas.models import Document

PLACES = ["Raqqa", "Mosul", "Idlib", "Hodeidah", "Kharkiv", "Tabqa", "Manbij", "Saada", "Deir ez-Zor"]
OPENERS = [
    "An air strike hit a residential building in {p} on {d}, killing {n} civilians, local medics said.",
    "Shelling struck a market on the edge of {p} early on {d}, and at least {n} people died, a monitor reported.",
    "Rescuers in {p} pulled {n} bodies from the rubble of a school on {d}, the civil defence said.",
]
MIDDLES = [
    "Witnesses said the attack came without warning as families gathered for the evening meal.",
    "A hospital official said many of the wounded had shrapnel injuries and several needed surgery.",
    "The military said it was reviewing the reports and had struck only fighters' positions.",
    "Aid workers said water and electricity had been cut across several neighbourhoods.",
    "Residents said they had buried the victims the same night in a nearby cemetery.",
    "A spokesman for the governor called for an independent investigation into the strike.",
    "The monitor said it relied on a network of sources on the ground to count the dead.",
    "Hundreds of people fled towards the countryside after the raid, a local council member said.",
]


def _fallback_articles(n: int, seed: int) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for i in range(n):
        place, day = rng.choice(PLACES), rng.randint(1, 28)
        body = [rng.choice(OPENERS).format(p=place, d=f"March {day}", n=rng.randint(2, 60))]
        body += rng.sample(MIDDLES, 5)
        yield {"id": f"a{i}", "title": f"Deadly strike in {place}", "text": "\n\n".join(body),
               "published": f"2017-03-{day:02d}", "url": f"https://news{i % 40}.example/{i}",
               "publisher": f"Outlet {i % 40}"}


def articles(n: int, seed: int) -> list[dict[str, Any]]:
    try:
        from civcas.synthetic import generate_articles
    except ImportError:
        return list(_fallback_articles(n, seed))
    return list(generate_articles(n, seed=seed))


def _edit(text: str, rng: random.Random) -> str:
    paras = text.split("\n\n")
    if len(paras) > 3 and rng.random() < 0.5:
        paras.pop(rng.randrange(1, len(paras)))
    return "\n\n".join(paras).replace(" said.", " said on Tuesday.", 1)


def write_corpus(root: Path, arts: list[dict[str, Any]], seed: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    extra = []
    for a in arts[: len(arts) // 10]:  # 5% exact copies, 5% edited republications
        b = dict(a, url=a["url"] + "?copy=1", publisher="Copy Wire")
        if rng.random() < 0.5:
            b["text"] = _edit(a["text"], rng)
        extra.append(b)
    arts = arts + extra
    chunks = [arts[i::8] for i in range(8)]
    (root / "txt").mkdir()
    for i, a in enumerate(chunks[0]):
        (root / "txt" / f"{i:05}.txt").write_text(f"{a['title']}\nPosted {a['published']}\n\n{a['text']}\n")
    (root / "html").mkdir()
    for i, a in enumerate(chunks[1]):
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in a["text"].split("\n\n"))
        (root / "html" / f"{i:05}.html").write_text(
            f"<html><head><title>{html.escape(a['title'])}</title><meta property='og:site_name' "
            f"content='{html.escape(a['publisher'])}'><meta property='article:published_time' "
            f"content='{a['published']}'></head><body><nav>Home | World | Sport</nav><article>"
            f"<h1>{html.escape(a['title'])}</h1>{paras}</article><footer>Copyright</footer></body></html>")
    with (root / "all.jsonl").open("w") as fh:
        for a in chunks[2]:
            fh.write(json.dumps(a) + "\n")
    with (root / "all.csv").open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "title", "text", "published", "url", "publisher"], extrasaction="ignore")
        w.writeheader()
        w.writerows(chunks[3])
    items = "".join(
        f"<item><title>{html.escape(a['title'])}</title><link>{html.escape(a['url'])}</link>"
        f"<pubDate>{a['published']}</pubDate><description>{html.escape(a['text'])}</description></item>"
        for a in chunks[4])
    (root / "feed.rss").write_text(f"<?xml version='1.0'?><rss><channel><title>Bench Feed</title>{items}</channel></rss>")
    with (root / "crawl.warc.gz").open("wb") as fh:
        ww = WARCWriter(fh, gzip=True)
        for a in chunks[5]:
            page = f"<html><body><article><h1>{html.escape(a['title'])}</h1>" + "".join(
                f"<p>{html.escape(p)}</p>" for p in a["text"].split("\n\n")) + "</article></body></html>"
            h = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            ww.write_record(ww.create_warc_record(a["url"], "response", payload=io.BytesIO(page.encode()), http_headers=h))
    with zipfile.ZipFile(root / "bundle.zip", "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for i, a in enumerate(chunks[6]):
            zf.writestr(f"z/{i:05}.txt", f"{a['title']}\n\n{a['text']}\n")
    (root / "gz").mkdir()
    for i, a in enumerate(chunks[7]):
        (root / "gz" / f"{i:05}.txt.gz").write_bytes(gzip.compress(f"{a['title']}\n\n{a['text']}\n".encode()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles before copies (>= 10,000 by default)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="civcas-ingest-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        arts = articles(args.n, args.seed)
        write_corpus(root, arts, args.seed)
        files = list(iter_files([str(root)]))
        size = sum(Path(f).stat().st_size for f in files)
        opts = IngestOptions()
        c0 = time.process_time()
        t0 = time.perf_counter()
        docs: list[Document] = []
        problems = 0
        for f in files:
            for item in read_file(f, options=opts):
                if isinstance(item, Document):
                    docs.append(item)
                else:
                    problems += 1
        t1, c1 = time.perf_counter(), time.process_time()
        unique = dedupe(docs)
        t2, c2 = time.perf_counter(), time.process_time()
        text_mb = sum(len(d.text.encode()) for d in docs) / 1e6
        near = sum(1 for d in unique if d.near_group and d.near_group != d.id)
        copies = sum(len(d.copies) for d in unique)
        print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB on disk, {len(docs)} documents read, "
              f"{problems} problems")
        print(f"load average at start: {os.getloadavg()[0]:.1f} (figures below assume an idle core)")
        print(f"read:   {t1 - t0:.2f} s wall, {c1 - c0:.2f} s CPU; per CPU second: "
              f"{size / 1e6 / (c1 - c0):.2f} MB/s input, {text_mb / (c1 - c0):.2f} MB/s text, "
              f"{len(docs) / (c1 - c0):.0f} documents/s")
        print(f"dedupe: {t2 - t1:.2f} s wall, {c2 - c1:.2f} s CPU; {len(docs) / (c2 - c1):.0f} documents/s "
              f"per CPU second; {len(unique)} unique, {copies} exact copies collapsed, "
              f"{near} near-duplicates grouped")
        for fmt in ("txt", "html", "gz"):
            sub = [f for f in files if f"/{fmt}/" in f]
            if sub:
                t = time.process_time()
                n = sum(1 for f in sub for x in read_file(f, options=opts) if isinstance(x, Document))
                dt = time.process_time() - t
                print(f"  {fmt:13} {n / dt:8.0f} documents/s (CPU)")
        for name in ("all.jsonl", "all.csv", "feed.rss", "crawl.warc.gz", "bundle.zip"):
            t = time.process_time()
            n = sum(1 for x in read_file(str(root / name), options=opts) if isinstance(x, Document))
            dt = time.process_time() - t
            print(f"  {name:13} {n / dt:8.0f} documents/s (CPU)")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
