"""The read and review commands over a real database, and the notebook API."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import civcas
from civcas.commands.store import incidents_from_db, tallies_from_db
from civcas.store import Store
from store_factories import make_doc, make_fig


@pytest.fixture
def url(sqlite_url: str) -> str:
    from civcas.cli import _load_commands

    _load_commands()
    with Store(sqlite_url) as s:
        docs = [make_doc(1), make_doc(2)]
        s.save_documents(docs)
        s.save_figures([make_fig(docs[0], 0, low=10, high=10, claimant="SOHR"),
                        make_fig(docs[1], 0, low=14, high=14, claimant="SNHR")],
                       analysed_docs=[d.id for d in docs])
        s.reassemble()
    return sqlite_url


def cli(*args: str) -> str:
    from civcas.commands._apps import app

    res = CliRunner().invoke(app, list(args), env={"USER": "tester", "COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    return res.output


def test_show_dossier(url: str) -> None:
    (inc,), _total = incidents_from_db(url)
    out = cli("show", inc.id, "--db", url)
    for expected in (inc.id, "Raqqa", "US-led coalition", "SOHR", "SNHR", "reconciled ranges",
                     "no analyst decisions"):
        assert expected in out
    data = json.loads(cli("show", inc.id, "--db", url, "--json"))
    assert data["incident"]["id"] == inc.id and len(data["figures"]) == 2


def test_review_commands_record_and_audit(url: str) -> None:
    (inc,), _ = incidents_from_db(url)
    fig_a, fig_b = inc.figures
    cli("review", "reject", fig_b, "--reason", "counts another strike", "--db", url)
    (after,), _ = incidents_from_db(url)
    assert after.figures == (fig_a,)
    cli("review", "restore", fig_b, "--reason", "same strike after all", "--db", url)
    cli("review", "correct", fig_a, "--set", "low=11", "--set", "qualifier=about",
        "--reason", "typo", "--db", url)
    cli("review", "grade", inc.id, "--grade", "confirmed", "--reason", "admitted", "--db", url)
    cli("review", "place", inc.id, "--name", "Raqqa stadium", "--lat", "35.96", "--lon", "39.0",
        "--precision", "exact", "--reason", "video", "--db", url)
    cli("review", "unlink", fig_a, fig_b, "--reason", "two events", "--db", url)
    _, total = incidents_from_db(url)
    assert total == 2
    cli("review", "link", fig_a, fig_b, "--reason", "one event", "--db", url)
    (final,), _ = incidents_from_db(url)
    assert final.grade == "confirmed" and final.place is not None
    assert final.place.name == "Raqqa stadium"
    listing = cli("review", "list", "--db", url)
    assert "correct_figure" in listing and "tester" in listing
    trail = cli("review", "audit", final.id, "--db", url)
    assert "reject_figure" in trail and "override_grade" in trail
    out = cli("show", final.id, "--db", url)
    assert "audit trail" in out and "admitted" in out


def test_review_errors_exit_nonzero(url: str) -> None:
    from civcas.cli import main

    with pytest.raises(SystemExit) as info:
        main(["review", "reject", "fnope", "--reason", "x", "--db", url])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["review", "grade", "inope", "--grade", "stellar", "--reason", "x", "--db", url])
    assert info.value.code == 2


def test_incidents_and_tallies_from_db(url: str) -> None:
    incs, total = incidents_from_db(url, grade="fair,confirmed,weak,contested,discounted",
                                    country="SY", text="coalition")
    assert total == 1 and incs
    assert incidents_from_db(url, country="IQ") == ([], 0)
    assert tallies_from_db(url) == []


def test_notebook_api(url: str) -> None:
    with civcas.open(url) as db:
        incs = db.incidents()
        assert len(incs) == 1
        assert len(db.figures()) == 2
        df = db.incidents_df()
        assert list(df["civilians_killed_low"]) == [incs[0].killed["civilians"].low]
        assert str(df["date_start"].dtype).startswith("datetime64")
        fdf = db.figures_df()
        assert set(fdf["claimant"]) == {"SOHR", "SNHR"}
        assert db.tallies_df().empty
        assert len(db.documents(text="residential")) == 2
        assert db.get(incs[0].id) == incs[0]
