"""Every input format, built as real files in tmp_path."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile
from datetime import date
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from civcas.ingest import (
    IngestOptions,
    detect_format,
    document_id,
    iter_files,
    read_bytes,
    read_file,
    read_paths,
)
from civcas.models import Document, Problem

STORY = (
    "At least seven civilians, including two children, were killed when an air strike hit a "
    "house in the village of Kafr Nabl late on Sunday, the local civil defence said.\n\n"
    "Rescue workers were still searching the rubble on Monday morning, and a doctor at the "
    "nearest field hospital said eleven wounded people had been brought in overnight."
)
OTHER = (
    "Shelling on the eastern edge of the town wounded four people on Thursday, according to "
    "a statement from the regional health department, which said a school was also damaged."
)

PAGE = f"""<!DOCTYPE html>
<html lang="en-US"><head>
<title>Strike on Kafr Nabl house kills seven | The Example Herald</title>
<meta property="og:title" content="Strike on Kafr Nabl house kills seven">
<meta property="og:site_name" content="The Example Herald">
<meta property="article:published_time" content="2019-05-06T09:30:00Z">
<link rel="canonical" href="https://herald.example/2019/05/kafr-nabl">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="share">Share on social media</div>
<article><h1>Strike on Kafr Nabl house kills seven</h1>
{"".join(f"<p>{p}</p>" for p in STORY.split(chr(10) + chr(10)))}
</article>
<footer><p>Copyright 2019 The Example Herald. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""


def docs_of(items: list[Document | Problem]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def probs_of(items: list[Document | Problem]) -> list[Problem]:
    return [i for i in items if isinstance(i, Problem)]


def test_plain_text_with_title_and_posted_line(tmp_path: Path) -> None:
    p = tmp_path / "story.txt"
    p.write_text("Air strike kills seven in Kafr Nabl\nPosted May 6, 2019\nBy Sam Writer\n\n" + STORY)
    (doc,) = docs_of(list(read_file(str(p))))
    assert doc.title == "Air strike kills seven in Kafr Nabl"
    assert doc.published == date(2019, 5, 6) and doc.published_precision == "day"
    assert doc.text.startswith("At least seven civilians")
    assert doc.id == document_id(STORY)
    assert doc.language == "en"
    assert doc.origin is not None and doc.origin.path == str(p)
    assert doc.source == str(p)


def test_plain_text_header_lines_and_dateline(tmp_path: Path) -> None:
    p = tmp_path / "wire"  # no extension
    p.write_text(" date 2017-08-10\nurl: https://wire.example/a\n\nRAQQA, Syria (AFP) - " + OTHER)
    (doc,) = docs_of(list(read_file(str(p))))
    assert doc.published == date(2017, 8, 10)
    assert doc.url == "https://wire.example/a" and doc.source == "https://wire.example/a"
    assert doc.dateline == "RAQQA, Syria"
    assert doc.title is None


def test_dated_dateline_gives_publication_date(tmp_path: Path) -> None:
    p = tmp_path / "radio.txt"
    p.write_text("SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMY REPORTED THAT GUERRILLAS ATTACKED A "
                 "POWER STATION IN THE EAST OF THE COUNTRY, LEAVING TWO GUARDS DEAD.")
    (doc,) = docs_of(list(read_file(str(p))))
    assert doc.dateline == "SAN SALVADOR"
    assert doc.published == date(1990, 1, 3)


def test_default_published_is_used_when_nothing_is_found(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(OTHER)
    opts = IngestOptions(default_published=date(2020, 2, 2))
    (doc,) = docs_of(list(read_file(str(p), options=opts)))
    assert doc.published == date(2020, 2, 2)


def test_html_main_text_without_boilerplate(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(PAGE)
    (doc,) = docs_of(list(read_file(str(p))))
    assert "seven civilians" in doc.text and "eleven wounded" in doc.text
    for junk in ("Privacy policy", "Copyright", "Sport", "Share on social"):
        assert junk not in doc.text
    assert doc.title == "Strike on Kafr Nabl house kills seven"
    assert doc.published == date(2019, 5, 6)
    assert doc.publisher == "The Example Herald"
    assert doc.url == "https://herald.example/2019/05/kafr-nabl"
    assert doc.language == "en"


def test_html_jsonld_and_time_element() -> None:
    page = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Four hurt",
     "datePublished": "2021-07-03", "publisher": {"@type": "Organization", "name": "Valley Post"}}]}
    </script></head><body><p>STORY_HERE</p></body></html>""".replace("STORY_HERE", OTHER)
    (doc,) = docs_of(list(read_bytes(page.encode(), name="x.html")))
    assert doc.published == date(2021, 7, 3)
    assert doc.publisher == "Valley Post"
    assert doc.title == "Four hurt"
    page2 = f"<html><body><time datetime='2018-03-04T10:00'>4 March</time><div><p>{OTHER}</p></div></body></html>"
    (doc2,) = docs_of(list(read_bytes(page2.encode(), name="y.htm")))
    assert doc2.published == date(2018, 3, 4)


def test_txt_that_is_html_is_sniffed(tmp_path: Path) -> None:
    p = tmp_path / "saved.txt"
    p.write_text(PAGE)
    assert detect_format(p.read_bytes(), str(p)) == "html"
    (doc,) = docs_of(list(read_file(str(p))))
    assert "<p>" not in doc.text and doc.publisher == "The Example Herald"


def test_jsonl_with_aliases_and_record_ids(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl"
    rows = [
        {"id": "r1", "headline": "Seven killed", "body": STORY, "pubdate": "2019-05-06",
         "link": "https://a.example/1", "site": "A News"},
        {"id": "r2", "title": "Four hurt", "content": OTHER, "seendate": "20190509T120000Z",
         "source": {"name": "B Daily"}, "lang": "EN"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    docs = docs_of(list(read_file(str(p))))
    assert [d.origin.record_id for d in docs if d.origin] == ["r1", "r2"]
    assert [d.origin.position for d in docs if d.origin] == [1, 2]
    a, b = docs
    assert (a.title, a.published, a.url, a.publisher) == ("Seven killed", date(2019, 5, 6),
                                                         "https://a.example/1", "A News")
    assert (b.title, b.published, b.publisher, b.language) == ("Four hurt", date(2019, 5, 9), "B Daily", "en")


def test_extensionless_jsonl_is_sniffed(tmp_path: Path) -> None:
    p = tmp_path / "dump"
    p.write_text(json.dumps({"text": STORY}) + "\n" + json.dumps({"text": OTHER}) + "\n")
    assert detect_format(p.read_bytes(), str(p)) == "jsonl"
    assert len(docs_of(list(read_file(str(p))))) == 2


def test_json_array_and_object_with_list(tmp_path: Path) -> None:
    (tmp_path / "arr.json").write_text(json.dumps([{"text": STORY}, {"article": OTHER}]))
    (tmp_path / "obj.json").write_text(json.dumps({"status": "ok", "articles": [{"text": OTHER, "published_at": 1557100800}]}))
    (tmp_path / "one.json").write_text(json.dumps({"text": STORY, "title": "Only one"}))
    r = read_paths([str(tmp_path)])
    counts = {Path(f.path).name: f.documents for f in r.files}
    assert counts == {"arr.json": 2, "obj.json": 1, "one.json": 1}
    epoch = [d for d in r.documents if d.published == date(2019, 5, 6)]
    assert len(epoch) == 1


def test_user_field_map_wins_over_aliases(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"text": "ignored short teaser", "full_story": STORY, "when": "6 May 2019"}) + "\n")
    opts = IngestOptions(field_map=(("full_story", "text"), ("when", "published")))
    (doc,) = docs_of(list(read_file(str(p), options=opts)))
    assert doc.text == STORY and doc.published == date(2019, 5, 6)


def test_csv_tsv_semicolon_and_huge_field(tmp_path: Path) -> None:
    big = (OTHER + " ") * 20000  # ~3.4 MB in one field, above the csv module's default limit
    c = tmp_path / "a.csv"
    with c.open("w", newline="") as fh:
        fh.write('id,title,body,date\n1,"Seven, killed","' + STORY.replace('"', '""') + '",05/06/2019\n')
        fh.write('2,Big,"' + big + '",2019-05-07\n')
    t = tmp_path / "b.tsv"
    t.write_text("title\ttext\tpublished\nFour hurt\t" + OTHER + "\t2019-05-09\n")
    s = tmp_path / "c.csv"
    s.write_text("titel;text;datum\nX;" + OTHER.replace(",", "") + ";2019\n")
    r = read_paths([str(tmp_path)])
    assert not r.problems
    by_name = {Path(f.path).name: f for f in r.files}
    assert by_name["a.csv"].documents == 2 and by_name["b.tsv"].documents == 1 and by_name["c.csv"].documents == 1
    seven = next(d for d in r.documents if d.title == "Seven, killed")
    assert seven.published == date(2019, 5, 6)  # month first by default
    r2 = read_paths([str(c)], options=IngestOptions(dayfirst=True))
    assert next(d for d in r2.documents if d.title == "Seven, killed").published == date(2019, 6, 5)


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://wire.example</link>
<item><title>Seven killed</title><link>https://wire.example/1</link>
<pubDate>Mon, 06 May 2019 08:00:00 GMT</pubDate><description>teaser</description>
<content:encoded><![CDATA[<p>{STORY.split(chr(10))[0]}</p><p>{STORY.split(chr(10))[-1]}</p>]]></content:encoded></item>
<item><title>Four hurt</title><guid isPermaLink="true">https://wire.example/2</guid>
<pubDate>Thu, 09 May 2019 08:00:00 GMT</pubDate><description>&lt;b&gt;{OTHER}&lt;/b&gt;</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Monitor</title>
<entry><title>Four hurt</title><link rel="alternate" href="https://atom.example/4"/>
<id>tag:atom.example,2019:4</id><updated>2019-05-09T10:00:00Z</updated>
<content type="html">&lt;p&gt;{OTHER}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_feed(tmp_path: Path) -> None:
    p = tmp_path / "wire.rss"
    p.write_text(RSS)
    docs = docs_of(list(read_file(str(p))))
    assert [d.title for d in docs] == ["Seven killed", "Four hurt"]
    a, b = docs
    assert a.url == "https://wire.example/1" and a.publisher == "Example Wire"
    assert a.published == date(2019, 5, 6)
    assert "eleven wounded" in a.text and "<p>" not in a.text  # content:encoded preferred
    assert b.url == "https://wire.example/2" and "<b>" not in b.text


def test_atom_feed_in_xml_file(tmp_path: Path) -> None:
    p = tmp_path / "feed.xml"
    p.write_text(ATOM)
    (doc,) = docs_of(list(read_file(str(p))))
    assert doc.publisher == "Atom Monitor" and doc.url == "https://atom.example/4"
    assert doc.published == date(2019, 5, 9) and doc.text == OTHER


def _warc(path: Path, *, gz: bool) -> None:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        html = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://herald.example/raw", "response",
                                            payload=io.BytesIO(PAGE.replace('<link rel="canonical" href="https://herald.example/2019/05/kafr-nabl">', "").replace("article:published_time", "x").encode()),
                                            http_headers=html))
        text = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://plain.example/note", "response",
                                            payload=io.BytesIO(OTHER.encode()), http_headers=text,
                                            warc_headers_dict={"WARC-Date": "2019-05-10T00:00:00Z"}))
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://herald.example/logo.png", "response",
                                            payload=io.BytesIO(b"\x89PNG\r\n"), http_headers=img))
        gone = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://herald.example/gone", "response",
                                            payload=io.BytesIO(b"<p>Not found</p>"), http_headers=gone))


def test_warc_and_warc_gz(tmp_path: Path) -> None:
    for gz, name in ((False, "crawl.warc"), (True, "crawl.warc.gz")):
        p = tmp_path / name
        _warc(p, gz=gz)
        items = list(read_file(str(p)))
        assert probs_of(items) == []
        docs = docs_of(items)
        assert [d.url for d in docs] == ["https://herald.example/raw", "https://plain.example/note"]
        assert docs[0].publisher == "The Example Herald" and "seven civilians" in docs[0].text
        assert docs[1].published == date(2019, 5, 10)  # WARC-Date as fallback
        assert docs[1].origin is not None and docs[1].origin.member == "https://plain.example/note"


def test_gzip_dispatches_on_inner_name(tmp_path: Path) -> None:
    p = tmp_path / "feed.rss.gz"
    p.write_bytes(gzip.compress(RSS.encode()))
    docs = docs_of(list(read_file(str(p))))
    assert len(docs) == 2 and all(d.origin and d.origin.member == "feed.rss" for d in docs)


def test_zip_with_nested_archives_and_tar(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("deep/story.txt", STORY)
    p = tmp_path / "bundle.zip"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("b/page.html", PAGE)
        z.writestr("a/other.json", json.dumps([{"text": OTHER}]))
        z.writestr("c/inner.zip", inner.getvalue())
        z.writestr("c/note.txt.gz", gzip.compress(b"A short gzipped note about the curfew in the old city."))
        z.writestr(".hidden.txt", "skip me")
        z.writestr("__MACOSX/._junk", "skip me too")
    docs = docs_of(list(read_file(str(p))))
    members = [d.origin.member for d in docs if d.origin]
    assert members == ["a/other.json", "b/page.html", "c/inner.zip::deep/story.txt", "c/note.txt.gz::note.txt"]
    t = tmp_path / "bundle.tar.gz"
    with tarfile.open(t, "w:gz") as tf:
        data = STORY.encode()
        info = tarfile.TarInfo("x/story.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    (doc,) = docs_of(list(read_file(str(t))))
    assert doc.id == document_id(STORY)


def test_archive_depth_limit(tmp_path: Path) -> None:
    data = STORY.encode()
    name = "story.txt"
    for level in range(3):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr(name, data)
        data, name = buf.getvalue(), f"level{level}.zip"
    items = list(read_bytes(data, name="top.zip", options=IngestOptions(archive_depth=1)))
    assert docs_of(items) == []
    assert [p.kind for p in probs_of(items)] == ["too_deep"]
    assert len(docs_of(list(read_bytes(data, name="top.zip")))) == 1


def test_directories_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(OTHER)
    (tmp_path / "a" / "9.txt").write_text(STORY)
    (tmp_path / "a" / ".secret.txt").write_text("hidden")
    (tmp_path / ".git" / "x.txt").write_text("hidden")
    (tmp_path / "top.txt").write_text("Top level note about a checkpoint closure near the bridge.")
    assert [Path(p).relative_to(tmp_path).as_posix() for p in iter_files([str(tmp_path)])] == [
        "a/9.txt", "b/2.txt", "top.txt"]


def test_read_bytes_uses_name_as_origin() -> None:
    (doc,) = docs_of(list(read_bytes(STORY.encode(), name="s3://bucket/x.txt")))
    assert doc.origin is not None and doc.origin.path == "s3://bucket/x.txt"


def test_language_guess_for_other_languages() -> None:
    fr = ("Les frappes aériennes ont tué au moins douze civils dans la nuit de mardi, selon "
          "les secouristes qui sont arrivés sur les lieux avec des ambulances.")
    ar = "قتل سبعة مدنيين بينهم طفلان في غارة جوية استهدفت منزلا في القرية مساء الأحد"
    uk = "Внаслідок обстрілу міста загинули четверо цивільних, ще шестеро отримали поранення, повідомили в обласній адміністрації."
    langs = [docs_of(list(read_bytes(t.encode(), name="x.txt")))[0].language for t in (fr, ar, uk)]
    assert langs == ["fr", "ar", "uk"]


def test_title_then_agency_dateline_line_then_date_line(tmp_path: Path) -> None:
    p = tmp_path / "wire.txt"
    p.write_text("Fighters advance on the old city\nAFP, AIN ISSA, Syria\n date 2017-08-14\n\n" + OTHER)
    (doc,) = docs_of(list(read_file(str(p))))
    assert doc.title == "Fighters advance on the old city"
    assert doc.dateline == "AIN ISSA, Syria"
    assert doc.published == date(2017, 8, 14)
    assert doc.text == OTHER


def test_html_fallback_text_uses_article_then_paragraphs() -> None:
    from lxml import html as lxml_html

    from civcas.ingest.html import _fallback_text

    with_article = lxml_html.document_fromstring(
        "<html><body><div>menu</div><article><h2>Night raid</h2><p>Three houses burned.</p></article></body></html>")
    assert _fallback_text(with_article) == "Night raid\n\nThree houses burned."
    only_p = lxml_html.document_fromstring(
        "<html><body><div>menu</div><p>Three houses burned.</p><script>x()</script><p>Nobody was hurt.</p></body></html>")
    assert _fallback_text(only_p) == "Three houses burned.\n\nNobody was hurt."


def test_file_summaries_count_documents_duplicates_and_problems(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": STORY, "url": "https://b.example/1"}) + "\n{oops\n")
    r = read_paths([str(tmp_path)])
    summary = {Path(f.path).name: (f.format, f.documents, f.duplicates, f.problems) for f in r.files}
    # the JSONL copy has a url, so it represents the text; the .txt copy is the duplicate
    assert summary == {"a.txt": ("text", 1, 1, 0), "b.jsonl": ("jsonl", 1, 0, 1)}
    (doc,) = r.documents
    assert doc.url == "https://b.example/1" and [c.path for c in doc.copies] == [str(tmp_path / "a.txt")]
    assert r.files[1].reasons and "line 2" in r.files[1].reasons[0]
