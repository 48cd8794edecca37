"""``civcas incidents`` / ``civcas tallies`` on real files through the whole pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from civcas.cli import _load_commands
from civcas.commands._apps import app

ARTICLES = [
    {"id": "r1", "title": "Strike on Raqqa market", "published": "2017-06-06",
     "text": "RAQQA, Syria - An air strike hit a crowded market in Raqqa on Monday. At least 23 "
             "civilians were killed, among them seven children, the Syrian Observatory for "
             "Human Rights said on Tuesday."},
    {"id": "r2", "title": "Raqqa market toll rises", "published": "2017-06-07",
     "text": "RAQQA, Syria - Doctors at the city's last working hospital said 27 civilians died "
             "after warplanes struck the market in Raqqa on Monday."},
    {"id": "r3", "title": "Coalition statement", "published": "2017-09-01",
     "text": "BAGHDAD - The US-led coalition said Thursday that its strikes in Iraq and Syria "
             "have unintentionally killed at least 685 civilians since 2014."},
]
REQUIRED = {"id", "date", "place", "perpetrator", "grade", "grade_reason", "killed", "injured",
            "figures", "documents", "claimants", "contradictions", "conceded", "previous_ids"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("news") / "news.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    _load_commands()
    return path


def test_incidents_jsonl_records(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["incidents", str(corpus)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert 1 <= len(records) <= 3
    for rec in records:
        assert rec.keys() >= REQUIRED
        assert rec["grade"] in ("confirmed", "fair", "weak", "contested", "discounted")
        for rng in rec["killed"].values():
            vals = [v for v in (rng["low"], rng["best"], rng["high"]) if v is not None]
            assert vals == sorted(vals)
    raqqa = [r for r in records if "23" in json.dumps(r["killed"])]
    assert raqqa, "the Raqqa market toll is reported"


def test_incidents_table_and_tallies(corpus: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(app, ["incidents", str(corpus), "--format", "table"])
    assert table.exit_code == 0, table.output
    assert "incidents" in table.stdout
    tallies = runner.invoke(app, ["tallies", str(corpus)])
    assert tallies.exit_code == 0, tallies.output
    for line in tallies.stdout.splitlines():
        series = json.loads(line)
        assert series["points"] and series["outcome"] in ("killed", "injured")


def test_unknown_format_is_a_usage_error(corpus: Path) -> None:
    from civcas.errors import UsageError

    result = CliRunner().invoke(app, ["incidents", str(corpus), "--format", "xml"])
    assert result.exit_code != 0
    assert isinstance(result.exception, UsageError)
