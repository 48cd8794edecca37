"""Tests of the bundled sample corpus (examples/sample) and its gold figures (examples/sample-gold).

The files are parsed with the standard library and warcio only, so these tests do not depend on
civcas.ingest; one extra test runs the real ingester when it is available.
"""

from __future__ import annotations

import csv
import gzip
import importlib
import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

ROOT = Path(__file__).resolve().parents[1] / "examples"
SAMPLE = ROOT / "sample"
GOLD = ROOT / "sample-gold" / "figures.jsonl"
WIRE_COPIES = {
    ("syria-tokhar-wire-2016-07-19.txt", None),
    ("html/tokhar-republished-2016-07-19.html", None),
    ("export.jsonl", 1),
}


class _Text(HTMLParser):
    """Visible text of an HTML page (script and style skipped), entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in ("p", "h1", "h2", "h3", "li", "title", "div", "time"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    parser.close()
    return "".join(parser.parts)


def html_meta(page: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in re.finditer(
        r'<meta (?:property|name)="([^"]+)" content="([^"]*)"', page)}


def load_documents() -> dict[tuple[str, int | None], dict[str, Any]]:
    """Every article of the sample corpus, keyed like the gold: (relative file, 1-based item or None)."""
    docs: dict[tuple[str, int | None], dict[str, Any]] = {}
    for path in sorted(SAMPLE.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(SAMPLE).as_posix()
        if path.suffix == ".txt":
            raw = path.read_text(encoding="utf-8")
            title, _, body = raw.partition("\n")
            docs[(rel, None)] = {"title": title, "text": raw, "body": body}
        elif path.suffix == ".html":
            page = path.read_text(encoding="utf-8")
            docs[(rel, None)] = {"text": html_text(page), "meta": html_meta(page), "body": html_text(
                page[page.index("<article"):page.index("</article>")])}
        elif path.suffix == ".jsonl":
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                row = json.loads(line)
                docs[(rel, i)] = {**row, "body": row["text"]}
        elif path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as fh:
                for i, row in enumerate(csv.DictReader(fh), start=1):
                    docs[(rel, i)] = {**row, "body": row["text"]}
        elif path.suffix == ".xml":
            channel = ET.parse(path).getroot().find("channel")
            assert channel is not None
            for i, item in enumerate(channel.findall("item"), start=1):
                text = html_text(item.findtext("description") or "")
                docs[(rel, i)] = {"title": item.findtext("title"), "url": item.findtext("link"),
                                  "published": item.findtext("pubDate"), "text": text, "body": text}
        elif path.name.endswith(".warc.gz"):
            with path.open("rb") as fh:
                i = 0
                for record in ArchiveIterator(fh):
                    if record.rec_type != "response":
                        continue
                    i += 1
                    page = record.content_stream().read().decode("utf-8")
                    docs[(rel, i)] = {"url": record.rec_headers.get_header("WARC-Target-URI"),
                                      "text": html_text(page), "meta": html_meta(page),
                                      "body": html_text(page[page.index("<article"):page.index("</article>")])}
        else:
            pytest.fail(f"unexpected file in the sample corpus: {rel}")
    return docs


def load_gold() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_corpus_size_formats_and_lengths() -> None:
    docs = load_documents()
    assert 24 <= len(docs) <= 30
    kinds = Counter(Path(f).suffix if not f.endswith(".warc.gz") else ".warc.gz" for f, _ in docs)
    assert set(kinds) == {".txt", ".html", ".jsonl", ".csv", ".xml", ".warc.gz"}
    assert 3 <= kinds[".xml"] <= 4 and 2 <= kinds[".warc.gz"] <= 3
    for key, doc in docs.items():
        words = len(doc["body"].split())
        assert 150 <= words <= 450, (key, words)


def test_structured_files_carry_their_metadata() -> None:
    docs = load_documents()
    for (f, item), doc in docs.items():
        if f.endswith((".jsonl", ".csv")):
            assert {"id", "title", "text", "published", "url", "publisher"} <= set(doc), (f, item)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["published"])
        if f.endswith(".html") or f.endswith(".warc.gz"):
            assert re.match(r"\d{4}-\d{2}-\d{2}", doc["meta"]["article:published_time"]), f
            assert doc["meta"]["og:site_name"]
        if f.endswith(".xml"):
            assert doc["url"].startswith("https://") and doc["published"] and doc["title"]
    root = ET.parse(SAMPLE / "feed.xml").getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    with gzip.open(SAMPLE / "crawl.warc.gz", "rb") as fh:
        assert fh.read(8) == b"WARC/1.0"


def test_txt_files_have_a_title_and_a_date_line() -> None:
    date_line = re.compile(
        r"^( date \d{4}-\d{2}-\d{2}|Posted [A-Z][a-z]+ \d{1,2}, \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
        r"|\d{1,2} [A-Z][a-z]+ \d{4}"
        r"|AFP, [A-Z ]+, [A-Z][a-z]+)$")
    styles = set()
    for path in SAMPLE.glob("*.txt"):
        lines = path.read_text(encoding="utf-8").split("\n")
        assert lines[0].strip() and not lines[0].startswith(" ")
        assert date_line.match(lines[1]), (path.name, lines[1])
        styles.add(lines[1].split()[0])
    assert {"date", "Posted", "AFP,"} <= styles


def test_warc_is_reproducible_from_its_script() -> None:
    spec = importlib.util.spec_from_file_location("build_warc", ROOT / "build_warc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == (SAMPLE / "crawl.warc.gz").read_bytes()


GOLD_FIELDS = {"file", "item", "url", "evidence_contains", "outcome", "group", "low", "high", "qualifier",
               "scope", "claimant", "claimant_kind", "perpetrator", "stance", "incident"}


def test_gold_is_well_formed() -> None:
    docs = load_documents()
    gold = load_gold()
    assert len(gold) >= 80
    seen: set[tuple[str, int | None, str]] = set()
    for g in gold:
        assert set(g) == GOLD_FIELDS, g
        key = (g["file"], g["item"])
        assert key in docs, key
        text = docs[key]["text"]
        assert text.count(g["evidence_contains"]) == 1, (key, g["evidence_contains"], text.count(g["evidence_contains"]))
        assert (g["file"], g["item"], g["evidence_contains"]) not in seen
        seen.add((g["file"], g["item"], g["evidence_contains"]))
        if g["url"] is not None:
            assert docs[key]["url"] == g["url"]
        assert g["outcome"] in {"killed", "injured", "missing"}
        assert g["group"] in {"civilians", "children", "women", "men", "combatants", "people"}
        assert g["qualifier"] in {"exact", "at_least", "more_than", "up_to", "about", "range", "vague"}
        assert g["scope"] in {"incident", "tally"} and g["stance"] in {"asserted", "hedged", "denied"}
        assert g["claimant_kind"] in {"monitor", "belligerent", "government", "un", "ngo", "medical", "media",
                                      "local", "unattributed"}
        low, high = g["low"], g["high"]
        if g["stance"] == "denied" or (low is None and high is None):
            assert low is None and high is None and g["qualifier"] == "exact"
            continue
        if g["qualifier"] == "exact":
            assert low == high and low is not None
        elif g["qualifier"] in ("at_least", "more_than", "vague"):
            assert low is not None and high is None
        elif g["qualifier"] == "about":  # "some 100" is about 100: low = high = the number
            assert low is not None and high == low
        elif g["qualifier"] == "up_to":
            assert low is None and high is not None
        else:
            assert low is not None and high is not None and low < high


def test_gold_covers_what_the_corpus_is_for() -> None:
    gold = load_gold()
    by_incident: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        by_incident[g["incident"]].append(g)
    tokhar = by_incident["tokhar-2016-07-19"]
    assert len({g["file"] for g in tokhar}) >= 5  # one strike, many outlets
    assert len({(g["low"], g["high"]) for g in tokhar if g["group"] == "civilians"}) >= 6  # conflicting tolls
    children = {g["low"] for g in tokhar if g["group"] == "children" and g["claimant"].startswith("Syrian Obs")}
    assert len(children) == 2  # the same monitor quoted with different breakdowns
    # admissions by the accused belligerent and explicit denials
    assert any(g["claimant"] == g["perpetrator"] and g["stance"] == "asserted" and g["low"] == 105 for g in gold)
    assert sum(g["stance"] == "denied" for g in gold) >= 5
    # cumulative tallies of a belligerent and of monitors at several dates
    coalition = {g["low"] for g in by_incident["tally-cjtf-oir"]}
    assert len(coalition) >= 5
    assert len(by_incident["tally-airwars-coalition"]) >= 2 and by_incident["tally-sohr-coalition"]
    assert len({g["claimant_kind"] for g in gold}) >= 7
    assert len({g["perpetrator"] for g in gold if g["perpetrator"]}) >= 5
    # every file with figures is near the claimed incident labels, and the non-casualty articles have none
    files_with_figures = {(g["file"], g["item"]) for g in gold}
    docs = load_documents()
    empty = set(docs) - files_with_figures
    assert 3 <= len(empty) <= 6, empty


def test_wire_copies_are_near_duplicates_of_each_other_only() -> None:
    docs = load_documents()

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z0-9]+", text.lower())
        return {tuple(words[i:i + 4]) for i in range(len(words) - 3)}

    sh = {k: shingles(v["body"]) for k, v in docs.items()}

    def jaccard(a: tuple[str, int | None], b: tuple[str, int | None]) -> float:
        return len(sh[a] & sh[b]) / len(sh[a] | sh[b])

    copies = sorted(WIRE_COPIES, key=str)
    for i, a in enumerate(copies):
        for b in copies[i + 1:]:
            assert jaccard(a, b) > 0.7, (a, b, jaccard(a, b))
        for other in docs:
            if other not in WIRE_COPIES:
                assert jaccard(a, other) < 0.2, (a, other)


def test_transliteration_variants_and_relative_places() -> None:
    corpus = "\n".join(d["text"] for d in load_documents().values())
    for variant in ("Raqqa", "Raqa", "al-Raqqah", "ar-Raqqah", "Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr",
                    "Manbij", "Menbij", "Tabqa", "al-Tabqah", "al-Heisha", "al-Heesha", "Khan Shaykhun",
                    "Maaret al-Noman", "al-Mayadeen"):
        assert variant in corpus, variant
    assert "about 40 km north of" in corpus and "25 miles (40km) north of" in corpus


def test_the_ingester_reads_every_sample_file() -> None:
    ingest = importlib.import_module("civcas.ingest")
    read_paths = getattr(ingest, "read_paths", None)
    if read_paths is None:
        pytest.skip("civcas.ingest.read_paths is not written yet")
    result = read_paths([str(SAMPLE)])
    documents = list(getattr(result, "documents", result))
    problems = list(getattr(result, "problems", ()))
    assert not problems, problems
    assert len(documents) == len(load_documents())
    wire = [d for d in documents if "killed at least 56 civilians" in d.text]
    assert len(wire) == 3
    assert len({d.near_group for d in wire}) == 1 and wire[0].near_group is not None
    # every gold evidence string is found exactly once in the ingested text of its article
    by_key = {}
    for doc in documents:
        for origin in (doc.origin, *doc.copies):
            assert origin is not None
            rel = Path(origin.path).resolve().relative_to(SAMPLE.resolve()).as_posix()
            by_key[(rel, origin.position)] = doc
    for g in load_gold():
        doc = by_key[(g["file"], g["item"])]
        assert doc.text.count(g["evidence_contains"]) == 1, (g["file"], g["item"], g["evidence_contains"])
