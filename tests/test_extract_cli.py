"""``civcas extract`` and ``civcas eval figures``."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from civcas.cli import _load_commands
from civcas.commands._apps import app

ARTICLE = ("Air strikes kill 9 in northern town\n\n"
           "Air strikes by Russian warplanes killed nine civilians, including three children, in the town "
           "of Kafr Nabl on Tuesday, the Syrian Observatory for Human Rights said.\n")


def run(args: list[str]):
    _load_commands()
    return CliRunner().invoke(app, args)


def test_extract_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    res = run(["extract", str(path), "--published", "2016-11-11"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert [(r["outcome"], r["group"], r["low"]) for r in rows] == [
        ("killed", "civilians", 9), ("killed", "children", 3)]
    assert rows[0]["claimant_name"] == "Syrian Observatory for Human Rights"
    assert rows[0]["perpetrator_name"] == "Russian forces"
    assert rows[0]["place_name"] == "Kafr Nabl"
    assert rows[0]["date"]["start"] == "2016-11-08"
    assert rows[1]["part_of"] == rows[0]["id"]


def test_extract_table_and_bad_options(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    res = run(["extract", str(path), "--format", "table"])
    assert res.exit_code == 0 and "2 figures" in res.stdout
    from civcas.errors import UsageError

    bad = run(["extract", str(path), "--published", "11/11/2016"])
    assert bad.exit_code != 0 and isinstance(bad.exception, UsageError)


def test_eval_figures_json(tmp_path: Path) -> None:
    root = tmp_path / "set"
    root.mkdir()
    (root / "documents.jsonl").write_text(json.dumps(
        {"id": "d1", "title": None, "text": ARTICLE, "published": "2016-11-11", "url": None}) + "\n",
        encoding="utf-8")
    inc = {"date": None, "place": None, "lat": None, "lon": None, "perpetrator": "Russian forces",
           "killed": {"civilians": [9, 10], "children": [3, 3], "women": None, "men": None, "people": None},
           "injured": {"civilians": None, "people": None}}
    (root / "gold.jsonl").write_text(json.dumps({"doc_id": "d1", "incident": inc}) + "\n", encoding="utf-8")
    res = run(["eval", "figures", "--gold", str(root), "--format", "json", "--errors", "5"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["gold_items"] == 3 and out["gold_hit"] == 2 and out["precision"] == 1.0
    assert [m["value"] for m in out["misses"]] == [10]
    table = run(["eval", "figures", "--gold", str(root)])
    assert table.exit_code == 0 and "F1" in table.stdout
