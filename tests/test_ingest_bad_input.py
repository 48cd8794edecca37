"""Bad input gives clear per-item problems; the good parts are kept; nothing raises."""

from __future__ import annotations

import gzip
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from civcas.ingest import IngestOptions, read_bytes, read_file, read_paths
from civcas.models import Document, Problem

PARAS = [
    "Two farmers were killed by a landmine on the road to the northern villages on Friday, "
    "a spokesman for the provincial governor said.",
    "A rocket fell near the main market on Saturday afternoon, wounding five shoppers and a "
    "street vendor, according to the local hospital.",
    "Residents of the camp said the water supply had been cut for a third day after the "
    "pumping station was damaged in the fighting.",
    "The ministry said it had opened an inquiry into the convoy attack and would publish "
    "its findings within a month.",
]


def split(items: list[Document | Problem]) -> tuple[list[Document], list[Problem]]:
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Problem)])


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "ELF"),
        (b"MZ\x90\x00\x03" + bytes(100), "Windows"),
        (b"abc\x00\x01\x02def\x00\xff\xfe\x00\x13\x00\x00\x00", "NUL"),
    ],
)
def test_binary_files(tmp_path: Path, data: bytes, what: str) -> None:
    p = tmp_path / "looks_like.txt"
    p.write_bytes(data)
    docs, probs = split(list(read_file(str(p))))
    assert docs == []
    assert [x.kind for x in probs] == ["binary"] and what in probs[0].reason
    assert probs[0].path == str(p)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_unicode_encodings_decode_to_the_same_id(encoding: str) -> None:
    text = "Tır şoförü Musul'da yaralandı — café, naïve. " + PARAS[0]
    ref, _ = split(list(read_bytes(text.encode("utf-8"), name="a.txt")))
    docs, probs = split(list(read_bytes(text.encode(encoding), name="b.txt")))
    assert probs == []
    assert docs[0].id == ref[0].id and docs[0].text == ref[0].text


def test_cp1252_file_is_read_with_a_warning() -> None:
    text = "Le café du marché a été touché par un obus, selon les témoins: « trois blessés »."
    docs, probs = split(list(read_bytes(text.encode("cp1252"), name="a.txt")))
    assert docs[0].text == text
    assert [p.kind for p in probs] == ["encoding"] and "not UTF-8" in probs[0].reason


def test_mixed_encoding_is_repaired_per_line(tmp_path: Path) -> None:
    p = tmp_path / "mixed.txt"
    good = "Déjà vu: the café reopened.\n".encode()
    bad = "Le café a rouvert à Alep.\n".encode("cp1252")
    p.write_bytes(good + bad + good + bad + b"plain ascii line\n")
    docs, probs = split(list(read_file(str(p))))
    assert "Le café a rouvert à Alep." in docs[0].text
    assert [(x.kind, x.reason.split(" (")[0]) for x in probs] == [("encoding", "mixed encoding, 2 lines repaired")]
    r = read_paths([str(p)])
    assert not r.failed  # a repaired encoding is a warning, not a failure


def test_empty_and_blank_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_text("\n  \n\t\n")
    r = read_paths([str(tmp_path)])
    assert r.documents == []
    assert sorted((Path(p.path).name, p.kind) for p in r.problems) == [("blank.jsonl", "empty"), ("empty.txt", "empty")]
    assert r.failed


def test_oversized_file_and_member(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text(PARAS[0] * 50)
    opts = IngestOptions(max_bytes=1000)
    docs, probs = split(list(read_file(str(p), options=opts)))
    assert docs == [] and probs[0].kind == "too_large"
    z = tmp_path / "a.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("small.txt", PARAS[1])
        zf.writestr("large.txt", PARAS[2] * 50)
    docs, probs = split(list(read_file(str(z), options=opts)))
    assert len(docs) == 1 and [(x.kind, x.member) for x in probs] == [("too_large", None)]
    assert "large.txt" in probs[0].reason


def test_zip_and_gzip_bombs_are_stopped(tmp_path: Path) -> None:
    opts = IngestOptions(max_bytes=1_000_000)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for i in range(3):
            zf.writestr(f"m{i}.txt", b"a" * 5_000_000)
    assert bomb.stat().st_size < 50_000
    docs, probs = split(list(read_file(str(bomb), options=opts)))
    assert docs == [] and [x.kind for x in probs] == ["too_large"] * 3
    g = tmp_path / "bomb.txt.gz"
    g.write_bytes(gzip.compress(b"a" * 20_000_000))
    docs, probs = split(list(read_file(str(g), options=opts)))
    assert docs == [] and [x.kind for x in probs] == ["too_large"]
    # many small members add up: the per-archive budget stops them
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for i in range(30):
            zf.writestr(f"p{i:02}.txt", f"{i} " + "b" * 900_000)
    docs, probs = split(list(read_file(str(many), options=IngestOptions(max_bytes=1_000_000, max_archive_bytes=5_000_000))))
    assert len(docs) == 5 and len(probs) == 25 and {x.kind for x in probs} == {"too_large"}


def test_malformed_json_lines_keep_the_good_ones(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    lines = [json.dumps({"text": PARAS[0]}), '{"text": "unterminated', json.dumps(["a", "list"]),
             json.dumps({"title": "no text field"}), "", json.dumps({"text": PARAS[1]})]
    p.write_text("\n".join(lines) + "\n")
    docs, probs = split(list(read_file(str(p))))
    assert len(docs) == 2
    assert [(x.kind, x.position) for x in probs] == [("malformed", 2), ("malformed", 3), ("malformed", 4)]
    assert "line 2" in probs[0].reason and "no text" in probs[2].reason


def test_invalid_json_document(tmp_path: Path) -> None:
    p = tmp_path / "x.json"
    p.write_text('[{"text": "fine"},\n {"text": ')
    docs, probs = split(list(read_file(str(p))))
    assert docs == [] and probs[0].kind == "malformed" and probs[0].position == 2


def test_malformed_csv_rows_keep_the_good_ones(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text(f'title,text\nA,"{PARAS[0]}"\nB,"{PARAS[1]}",extra\nC,"{PARAS[2]}"\nD,"{PARAS[3]}')
    docs, probs = split(list(read_file(str(p))))
    assert [d.title for d in docs] == ["A", "C"]
    assert [x.position for x in probs] == [2, 4]
    assert "3 fields" in probs[0].reason and "unexpected end of data" in probs[1].reason


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    text = "\n\n".join(PARAS * 40)
    data = gzip.compress(text.encode(), compresslevel=1)
    p = tmp_path / "story.txt.gz"
    p.write_bytes(data[: len(data) // 2])
    docs, probs = split(list(read_file(str(p))))
    assert [x.kind for x in probs] == ["truncated"]
    assert len(docs) == 1 and 0 < len(docs[0].text) < len(text)
    assert text.startswith(docs[0].text[:200])


def test_truncated_zip_keeps_members_before_the_damage(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for i, para in enumerate(PARAS):
            zf.writestr(f"{i}.txt", para)
    data = buf.getvalue()
    cut = data.index(b"PK\x03\x04", data.index(b"3.txt") - 40) + 50
    p = tmp_path / "cut.zip"
    p.write_bytes(data[:cut])
    docs, probs = split(list(read_file(str(p))))
    assert [d.text for d in docs] == PARAS[:3]
    assert probs and all(x.kind == "truncated" for x in probs)


def test_truncated_warc_gz_keeps_earlier_records(tmp_path: Path) -> None:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for i, para in enumerate(PARAS):
        h = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://ex.example/{i}", "response",
                                            payload=io.BytesIO((para + " ") .encode() * 30), http_headers=h))
    data = buf.getvalue()
    p = tmp_path / "cut.warc.gz"
    p.write_bytes(data[: int(len(data) * 0.8)])
    docs, probs = split(list(read_file(str(p))))
    assert 2 <= len(docs) <= 4
    assert [d.url for d in docs] == [f"https://ex.example/{i}" for i in range(len(docs))]
    assert [x.kind for x in probs] == ["truncated"]


def test_truncated_feed_keeps_complete_items() -> None:
    items = "".join(f"<item><title>T{i}</title><description>{p}</description></item>" for i, p in enumerate(PARAS))
    feed = f"<rss><channel><title>Cut Feed</title>{items}"
    cut = feed[: feed.rindex("<item>") + 20]
    docs, probs = split(list(read_bytes(cut.encode(), name="f.rss")))
    assert [d.title for d in docs][:3] == ["T0", "T1", "T2"]
    assert probs and probs[0].kind in ("truncated", "malformed")


def test_unreadable_paths(tmp_path: Path) -> None:
    f = tmp_path / "file.txt"
    f.write_text(PARAS[0])
    r = read_paths([str(tmp_path / "missing.txt"), str(f / "inside"), str(f)])
    assert len(r.documents) == 1
    assert [(Path(p.path).name, p.kind) for p in r.problems] == [("missing.txt", "io"), ("inside", "io")]
    assert "No such file" in r.problems[0].reason
    assert [x.format for x in r.files] == ["unreadable", "unreadable", "text"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_permission_denied(tmp_path: Path) -> None:
    f = tmp_path / "locked.txt"
    f.write_text(PARAS[0])
    f.chmod(0)
    try:
        (p,) = list(read_file(str(f)))
        assert isinstance(p, Problem) and p.kind == "io" and "ermission" in p.reason
    finally:
        f.chmod(0o600)


def test_unsupported_types(tmp_path: Path) -> None:
    d = tmp_path / "report.docx"
    with zipfile.ZipFile(d, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    x = tmp_path / "data.xml"
    x.write_text("<?xml version='1.0'?><inventory><box id='1'/></inventory>")
    r = read_paths([str(d), str(x)])
    assert r.documents == [] and [p.kind for p in r.problems] == ["unsupported", "unsupported"]


_NAMES = st.sampled_from(["a.txt", "b", "c.html", "d.json", "e.jsonl", "f.csv", "g.tsv", "h.rss",
                          "i.xml", "j.warc", "k.warc.gz", "l.gz", "m.zip", "n.tar.gz", "o.md"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), _NAMES)
def test_read_bytes_never_raises(data: bytes, name: str) -> None:
    for item in read_bytes(data, name=name, options=IngestOptions(max_bytes=100_000)):
        assert isinstance(item, (Document, Problem))
        if isinstance(item, Problem):
            assert item.kind and item.reason and item.path == name
        else:
            assert item.text.strip()


def _archives() -> list[tuple[str, bytes]]:
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for i, para in enumerate(PARAS):
            zf.writestr(f"{i}.txt", para)
    w = io.BytesIO()
    ww = WARCWriter(w, gzip=True)
    h = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    ww.write_record(ww.create_warc_record("https://ex.example/", "response",
                                          payload=io.BytesIO(f"<p>{PARAS[0]}</p>".encode()), http_headers=h))
    return [("x.zip", z.getvalue()), ("x.warc.gz", w.getvalue()),
            ("x.txt.gz", gzip.compress("\n".join(PARAS).encode())),
            ("x.jsonl", "\n".join(json.dumps({"text": p}) for p in PARAS).encode())]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_archives()), st.floats(0, 1), st.binary(max_size=8))
def test_damaged_archives_never_raise(archive: tuple[str, bytes], where: float, junk: bytes) -> None:
    name, data = archive
    cut = int(len(data) * where)
    damaged = data[:cut] + junk + data[cut + len(junk):]
    items = list(read_bytes(damaged, name=name))
    assert all(isinstance(i, (Document, Problem)) for i in items)


def test_declared_charset_of_html_is_used() -> None:
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1256'>"
            "</head><body><p>قتل خمسة مدنيين في قصف على السوق الشعبي في المدينة صباح اليوم</p></body></html>")
    docs, probs = split(list(read_bytes(page.encode("cp1256"), name="ar.html")))
    assert probs == []
    assert docs[0].text.startswith("قتل خمسة مدنيين") and docs[0].language == "ar"
