"""``civcas ingest``: JSON lines on stdout, a per-file summary on stderr, exit status."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import civcas.commands.ingest  # noqa: F401  (registers the command)
from civcas.commands._apps import app
from civcas.commands.ingest import parse_field_map
from civcas.errors import UsageError

TEXT = ("KHARKIV, Ukraine (Wire) — Two people were killed and nine wounded when a missile hit an "
        "apartment block in the north of the city overnight, the regional governor said.")


def run(*args: str) -> tuple[int, list[dict[str, object]], str]:
    res = CliRunner().invoke(app, ["ingest", *args])
    if res.exception and not isinstance(res.exception, SystemExit):
        raise res.exception
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    return res.exit_code, rows, res.stderr


def test_jsonl_output_has_the_contract_keys(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Missile hits Kharkiv apartment block\nPosted 11/03/2022\n\n" + TEXT)
    code, rows, err = run(str(p))
    assert code == 0
    (row,) = rows
    for key in ("id", "title", "text", "published", "url", "source", "publisher", "language",
                "dateline", "origin", "near_group", "copies"):
        assert key in row
    assert row["published"] == "2022-11-03" and row["source"] == str(p)
    assert row["dateline"] == "KHARKIV, Ukraine"
    assert "a.txt" in err and "text" in err


def test_dayfirst_and_field_map(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"story": TEXT, "when": "11/03/2022", "key": "k-1"}) + "\n")
    code, rows, _ = run(str(p), "--dayfirst", "--field-map", "story=text", "--field-map", "when=published,key=id")
    assert code == 0
    assert rows[0]["published"] == "2022-03-11"
    assert rows[0]["origin"]["record_id"] == "k-1"


def test_failures_give_exit_1_but_documents_are_printed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT)
    (tmp_path / "copy.txt.gz").write_bytes(gzip.compress(TEXT.encode()))
    (tmp_path / "bad.jsonl").write_text('{"text": "broken\n')
    (tmp_path / "pic.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    code, rows, err = run(str(tmp_path), "--format", "jsonl")
    assert code == 1
    assert len(rows) == 1 and len(rows[0]["copies"]) == 1
    for word in ("bad.jsonl", "malformed", "pic.txt", "binary", "duplicates"):
        assert word in err


def test_max_bytes_and_table_format(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXT)
    code, _rows, err = run(str(p), "--max-bytes", "20")
    assert code == 1 and "too_large" in err
    res = CliRunner().invoke(app, ["ingest", str(p), "--format", "table"])
    assert res.exit_code == 0 and "KHARKIV" not in res.stdout and "1 documents" in res.stdout


def test_bad_options() -> None:
    with pytest.raises(UsageError):
        parse_field_map(["no-equals-sign"])
    assert parse_field_map(["a=text,b=title"]) == (("a", "text"), ("b", "title"))
    res = CliRunner().invoke(app, ["ingest", "x.txt", "--field-map", "a=nonsense"])
    assert isinstance(res.exception, UsageError)
