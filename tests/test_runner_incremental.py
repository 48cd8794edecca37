"""The local runner end to end on small articles we wrote: idempotent, incremental,
decisions kept across re-runs, same output serial and parallel, bad input reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from civcas.review import new_decision
from civcas.runner import analyse_paths, run
from civcas.store import Store

ARTICLES = [
    {"id": "a1", "published": "2017-06-10", "publisher": "Levant Daily",
     "url": "https://levant.example/a1", "title": "Strike hits Raqqa bakery",
     "text": "RAQQA, Syria — An air strike by the US-led coalition hit a bakery in Raqqa on "
             "Friday, killing 12 civilians, the Syrian Observatory for Human Rights said. "
             "Rescue workers were still searching the rubble on Saturday."},
    {"id": "a2", "published": "2017-06-11", "publisher": "Wire Service",
     "url": "https://wire.example/a2", "title": "Raqqa bakery toll rises",
     "text": "At least 15 civilians were killed when coalition aircraft struck a bakery in "
             "Raqqa on Friday, the Syrian Network for Human Rights said on Sunday."},
    {"id": "a3", "published": "2017-03-02", "publisher": "Wire Service",
     "url": "https://wire.example/a3", "title": "Shelling in Mosul",
     "text": "MOSUL, Iraq — Islamic State mortar fire killed seven civilians in western Mosul "
             "on Wednesday, a local health official said."},
]
LATER = [
    {"id": "a4", "published": "2017-06-12", "publisher": "Gulf Courier",
     "url": "https://gulf.example/a4", "title": "Families mourn in Raqqa",
     "text": "RAQQA, Syria — Relatives buried 18 civilians who were killed in Friday's "
             "coalition air strike on a bakery in Raqqa, local activists said on Monday."},
]


def write(path: Path, items: list[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(a) + "\n" for a in items), encoding="utf-8")
    return str(path)


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Everything that must not depend on how a database was filled."""
    engine = create_engine(url)
    queries = {
        "documents": "SELECT id, near_group, analysed FROM documents ORDER BY id",
        "figures": "SELECT id, block, data FROM figures ORDER BY id",
        "incidents": "SELECT id, data FROM incidents ORDER BY id",
        "members": "SELECT incident_id, figure_id FROM incident_figures ORDER BY 1, 2",
        "tallies": "SELECT id, data FROM tallies ORDER BY id",
    }
    with engine.connect() as conn:
        out = {k: [tuple(str(x) for x in r) for r in conn.execute(text(q))]
               for k, q in queries.items()}
    engine.dispose()
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    write(d / "first.jsonl", ARTICLES)
    return d


def test_rerun_changes_nothing(corpus: Path, db_url: str) -> None:
    url = db_url
    with Store(url) as store:
        first = run([str(corpus)], store=store, workers=1)
        assert first.documents_new == 3 and first.figures_new >= 3
        assert first.incidents_new >= 2 and first.problems == 0
        before = snapshot(url)
        counts = store.counts()
        again = run([str(corpus)], store=store, workers=1)
    assert again.files_unchanged == 1 and again.documents_new == 0 and again.figures_new == 0
    assert again.incidents_new == again.incidents_changed == 0
    assert snapshot(url) == before
    after_counts = dict(Store(url).counts())
    assert after_counts.pop("runs") == counts.pop("runs") + 1
    assert after_counts == counts


def test_new_articles_touch_only_their_incidents(corpus: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'b.db'}"
    extra = tmp_path / "later"
    extra.mkdir()
    write(extra / "later.jsonl", LATER)
    with Store(url) as store:
        run([str(corpus)], store=store, workers=1)
        old = {i.id: i for i in store.list_incidents(limit=100)[0]}
        summary = run([str(corpus), str(extra)], store=store, workers=1)
        new = {i.id: i for i in store.list_incidents(limit=100)[0]}
    assert summary.files_unchanged == 1 and summary.documents_new == 1
    mosul = [i for i in old.values() if i.place and i.place.country == "IQ"]
    for inc in mosul:  # another country and month: untouched
        assert new[inc.id] == inc
    raqqa = [i for i in new.values() if i.place and i.place.name == "Raqqa"]
    assert len(raqqa) == 1 and len(raqqa[0].figures) == 3  # the new report joined the incident
    assert raqqa[0].id in old and summary.incidents_changed == 1
    assert raqqa[0].killed["civilians"].high == 18
    # the same as building the database in one go
    clean = f"sqlite:///{tmp_path / 'clean.db'}"
    with Store(clean) as store:
        run([str(corpus), str(extra)], store=store, workers=1)
    assert snapshot(clean)["incidents"] == snapshot(url)["incidents"]
    assert snapshot(clean)["figures"] == snapshot(url)["figures"]


def test_decisions_survive_a_rerun_that_would_change_the_incident(corpus: Path,
                                                                  tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    extra = tmp_path / "later"
    extra.mkdir()
    write(extra / "later.jsonl", LATER)
    with Store(url) as store:
        run([str(corpus)], store=store, workers=1)
        incs, _ = store.list_incidents(country="SY")
        target = max(incs, key=lambda i: len(i.figures))
        store.decide(new_decision("override_grade", target.id, user="amal",
                                  reason="the coalition accepted responsibility",
                                  value={"grade": "confirmed"}))
        run([str(corpus), str(extra)], store=store, workers=1)
        after = store.get_incident(target.id)
        assert after.grade == "confirmed"
        assert after.grade_reason == "analyst override: the coalition accepted responsibility"
        new_figs = [f for f in store.list_figures() if f.publisher == "Gulf Courier"]
        assert new_figs
        store.decide(new_decision("reject_figure", new_figs[0].id, user="amal",
                                  reason="a different funeral"))
        run([str(corpus), str(extra)], store=store, workers=1)
        assert store.figure_status([new_figs[0].id])[new_figs[0].id] == "rejected"
        assert all(new_figs[0].id not in i.figures for i in store.list_incidents()[0])


def test_analyse_paths_is_deterministic_serial_and_parallel(corpus: Path) -> None:
    serial = analyse_paths([str(corpus)], workers=1)
    parallel = analyse_paths([str(corpus)], workers=2)
    assert serial == parallel
    assert [d.id for d in serial.documents] == sorted(d.id for d in serial.documents)
    assert [f.id for f in serial.figures] == sorted(f.id for f in serial.figures)
    assert len(serial.documents) == 3 and serial.figures


def test_bad_inputs_are_reported_and_do_not_stop_the_run(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    (bad / "broken.jsonl").write_text('{"id": "x", "text": "unterminated\n', encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'd.db'}"
    with Store(url) as store:
        summary = run([str(corpus), str(bad), str(tmp_path / "missing.txt")], store=store,
                      workers=1)
        assert summary.documents_new == 3 and summary.problems >= 3
        assert "io" in summary.skipped
        kinds = {p.kind for p in store.problems(run_id=summary.run_id)}
    assert len(kinds) >= 2


def test_run_command_prints_a_summary(corpus: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from civcas.cli import _load_commands
    from civcas.commands._apps import app

    _load_commands()
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    res = CliRunner().invoke(app, ["run", str(corpus), "--db", url, "--workers", "1"],
                             env={"COLUMNS": "160"})
    assert res.exit_code == 0, res.output
    assert "documents read" in res.output and "incidents" in res.output
    res = CliRunner().invoke(app, ["run", str(corpus), "--db", url, "--workers", "1", "--json"])
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["files_unchanged"] == 1 and summary["documents_new"] == 0


def test_unreachable_dask_scheduler_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    from civcas.cli import main

    with pytest.raises(SystemExit) as info:
        main(["run", str(corpus), "--db", f"sqlite:///{tmp_path / 'x.db'}", "--engine", "dask",
              "--scheduler", "tcp://127.0.0.1:1"])
    assert info.value.code == 2
