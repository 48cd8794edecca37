"""Exports: civcas / UCDP / ACLED schemas, as CSV, JSONL, GeoJSON and Parquet, via the CLI too."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from civcas.errors import UsageError
from civcas.export import export, export_rows
from civcas.export.records import acled_event_type, conservative_fatalities
from civcas.models import Incident, Range
from civcas.review import new_decision
from civcas.store import Store
from store_factories import make_doc, make_fig


@pytest.fixture
def store(sqlite_url: str) -> Store:
    s = Store(sqlite_url)
    docs = [make_doc(1, publisher="Levant Daily"), make_doc(2, publisher="Wire Service"),
            make_doc(3, published=date(2017, 3, 2))]
    figs = [make_fig(docs[0], 0, low=10, high=10, claimant="SOHR"),
            make_fig(docs[1], 0, low=14, high=14, claimant="SNHR"),
            make_fig(docs[1], 1, low=2, high=2, group="combatants", claimant="SNHR"),
            make_fig(docs[2], 0, low=5, high=5, place="mosul", day=date(2017, 3, 1),
                     perpetrator="Islamic State")]
    s.save_documents(docs)
    s.save_figures(figs, analysed_docs=[d.id for d in docs])
    s.reassemble()
    s.decide(new_decision("reject_figure", figs[3].id, user="amal", reason="wrong town"))
    yield s  # type: ignore[misc]
    s.close()


def raqqa(rows: list[dict]) -> dict:
    return next(r for r in rows if (r.get("place") or r.get("location") or
                                    r.get("where_coordinates")) == "Raqqa")


def test_civcas_schema(store: Store) -> None:
    rows = export_rows(store)
    assert len(rows) == 1  # the Mosul incident lost its only figure
    r = rows[0]
    assert (r["civilians_killed_low"], r["civilians_killed_high"]) == (10, 14)
    assert r["claimants"] in ("SNHR; SOHR", "SOHR; SNHR")
    assert r["n_figures"] == 3


def test_ucdp_schema(store: Store) -> None:
    r = raqqa(export_rows(store, schema="ucdp"))
    assert r["date_prec"] == 1 and r["where_prec"] == 1 and r["year"] == 2017
    assert r["country"] == "Syria" and r["side_a"] == "US-led coalition"
    assert r["deaths_unknown"] == 2  # the combatants
    assert r["low"] <= r["best"] <= r["high"]
    assert r["best"] == r["deaths_civilians"] + r["deaths_unknown"]
    assert r["number_of_sources"] >= 1 and "news.example.org" in r["source_article"]
    assert r["event_clarity"] == 1


def test_acled_schema(store: Store) -> None:
    r = raqqa(export_rows(store, schema="acled"))
    assert r["event_type"] == "Explosions/Remote violence"
    assert r["sub_event_type"] == "Air/drone strike"
    assert r["fatalities"] == 12  # lowest credible total: 10 civilians + 2 combatants
    assert r["time_precision"] == 1 and r["geo_precision"] == 1
    assert r["civilian_targeting"] == "Civilian targeting"
    assert "between 10 and 14" in r["notes"]
    assert r["event_id_cnty"].startswith("SY") and isinstance(r["timestamp"], int)
    assert set(r["source"].split("; ")) == {"Levant Daily", "Wire Service"}


def test_acled_rules() -> None:
    assert acled_event_type("drone strike")[1] == "Air/drone strike"
    assert acled_event_type("artillery shelling")[1] == "Shelling/artillery/missile attack"
    assert acled_event_type("roadside IED")[1] == "Remote explosive/landmine/IED"
    assert acled_event_type(None) == ("Explosions/Remote violence", "")
    inc = Incident(id="i1", figures=(), documents=(),
                   killed={"civilians": Range(8, 10, 12), "people": Range(20, 20, 20)})
    assert conservative_fatalities(inc) == 20
    assert conservative_fatalities(Incident(id="i2", figures=(), documents=())) == 0


def test_figures_and_tallies_tables(store: Store) -> None:
    figs = export_rows(store, table="figures")
    assert len(figs) == 4
    status = {f["claimant"] + str(f["low"]): f["status"] for f in figs}
    assert status["SOHR5"] == "rejected" and status["SOHR10"] == "active"
    assert all(f["incident"] for f in figs if f["status"] == "active")
    assert export_rows(store, table="tallies") == []
    with pytest.raises(UsageError):
        export_rows(store, table="figures", schema="acled")
    with pytest.raises(UsageError):
        export_rows(store, table="people")


def test_file_formats(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "inc.csv"
    assert export(store, fmt="csv", out=str(out)) == 1
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["civilians_killed_low"] == "10" and rows[0]["children_killed_low"] == ""
    out = tmp_path / "inc.geojson"
    export(store, fmt="geojson", schema="acled", out=str(out))
    gj = json.loads(out.read_text())
    assert gj["type"] == "FeatureCollection"
    assert gj["features"][0]["geometry"] == {"type": "Point", "coordinates": [39.01, 35.95]}
    assert gj["features"][0]["properties"]["location"] == "Raqqa"
    out = tmp_path / "figs.jsonl"
    assert export(store, table="figures", fmt="jsonl", out=str(out)) == 4
    assert len([json.loads(line) for line in out.read_text().splitlines()]) == 4
    out = tmp_path / "inc.parquet"
    export(store, fmt="parquet", schema="ucdp", out=str(out))
    table = pq.read_table(out)
    assert table.num_rows == 1 and "deaths_civilians" in table.column_names
    with pytest.raises(UsageError):
        export(store, fmt="parquet")
    with pytest.raises(UsageError):
        export(store, fmt="xlsx")


def test_export_command(store: Store, tmp_path: Path, sqlite_url: str) -> None:
    from civcas.cli import _load_commands
    from civcas.commands._apps import app

    _load_commands()
    out = tmp_path / "x.csv"
    res = CliRunner().invoke(app, ["export", "--db", sqlite_url, "--format", "csv",
                                   "--schema", "ucdp", "--out", str(out), "--grade",
                                   "fair,confirmed,weak"])
    assert res.exit_code == 0, res.output
    assert "deaths_civilians" in out.read_text().splitlines()[0]
    res = CliRunner().invoke(app, ["export", "--db", sqlite_url, "--format", "jsonl",
                                   "--country", "IQ"])
    assert res.exit_code == 0 and res.stdout.strip() == ""
