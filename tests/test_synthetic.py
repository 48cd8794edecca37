"""Tests of civcas.synthetic: determinism, sizes, variety, the files write_corpus writes, the CLI."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from civcas.errors import UsageError
from civcas.models import Figure, from_dict, to_dict
from civcas.synthetic import generate_articles, generate_figures, write_corpus

KEYS = {"id", "title", "text", "published", "url", "publisher", "incident"}


def test_same_seed_same_articles_and_other_seed_differs() -> None:
    a = list(generate_articles(60, seed=7))
    b = list(generate_articles(60, seed=7))
    c = list(generate_articles(60, seed=8))
    assert a == b
    assert [x["text"] for x in a] != [x["text"] for x in c]


def test_shorter_run_is_a_prefix_of_a_longer_one() -> None:
    assert list(generate_articles(13, seed=2)) == list(generate_articles(40, seed=2))[:13]


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=0, max_value=120), seed=st.integers(min_value=0, max_value=2**31))
def test_exactly_n_articles_with_unique_ids_and_all_keys(n: int, seed: int) -> None:
    arts = list(generate_articles(n, seed=seed))
    assert len(arts) == n
    assert len({a["id"] for a in arts}) == n
    for a in arts:
        assert set(a) == KEYS
        assert a["text"].strip() and a["title"].strip()
        assert a["url"].startswith("https://")


def test_dates_stay_in_the_window() -> None:
    start = date(2019, 3, 1)
    arts = list(generate_articles(500, seed=1, start=start, days=30))
    published = [date.fromisoformat(a["published"]) for a in arts]
    assert min(published) >= start
    # incidents fall in the 30-day window; reports come up to 3 days later, admissions up to 120
    assert max(published) <= start + timedelta(days=30 + 120)


def test_article_size_and_incident_structure() -> None:
    arts = list(generate_articles(3000, seed=0))
    sizes = [len(a["text"].encode("utf-8")) for a in arts]
    assert 1800 <= statistics.mean(sizes) <= 4500
    per_incident = Counter(a["incident"] for a in arts)
    assert len(per_incident) < len(arts) / 2  # several articles per incident on average
    assert max(per_incident.values()) >= 4
    assert len({a["publisher"] for a in arts}) >= 10


def test_variety_of_spellings_claimants_and_non_casualty_numbers() -> None:
    text = "\n".join(a["text"] for a in generate_articles(3000, seed=5))
    for variants in (("Raqqa", "Raqa", "al-Raqqah"), ("Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr"),
                     ("Manbij", "Menbij")):
        assert sum(v in text for v in variants) >= 2, variants
    for phrase in ("Syrian Observatory for Human Rights", "Houthi-run health ministry", "UNICEF",
                   "denied", "at least", "km", "percent", "have fled", "since 2014"):
        assert phrase in text, phrase


def test_figures_are_deterministic_valid_and_grouped() -> None:
    figs = list(generate_figures(400, seed=3))
    assert figs == list(generate_figures(400, seed=3))
    assert len(figs) == 400
    assert len({f.id for f in figs}) == 400
    per_incident = Counter(f.source for f in figs)
    assert 2 <= statistics.mean(per_incident.values()) <= 6
    for f in figs:
        assert isinstance(f, Figure)
        assert f.place is not None and f.place.lat is not None and f.place.lon is not None
        assert f.place.country in {"SY", "IQ", "YE", "PS", "UA"} and f.place.key
        assert f.published is not None
        if f.scope == "tally":
            assert f.period is not None and f.period.end == f.published and f.place.precision == "country"
        else:
            assert f.date is not None and f.published >= f.date.start and f.place.admin1
            if f.place.relation:  # a village near a town: within 45 km of its anchor's position
                assert f.place.anchor and f.place.anchor in f.place.name
        assert f.evidence.text == f.statement[f.evidence.start:f.evidence.end]
        if f.stance == "denied":
            assert f.low is None and f.high is None
        else:
            assert f.low is not None or f.high is not None
            if f.low is not None and f.high is not None:
                assert f.low <= f.high
        assert from_dict(Figure, json.loads(json.dumps(to_dict(f)))) == f
    assert {f.scope for f in figs} == {"incident", "tally"}
    assert {f.qualifier for f in figs} == {"exact", "at_least", "up_to", "about"}
    assert {f.stance for f in figs} == {"asserted", "denied"}
    # figures of one incident share its place key and date, so a linker has something to find
    by_incident: dict[str | None, set[tuple[str | None, object]]] = {}
    for f in figs:
        if f.scope == "incident" and f.place is not None:
            by_incident.setdefault(f.source, set()).add((f.place.key, f.date))
    assert all(len(v) == 1 for v in by_incident.values())


@pytest.mark.parametrize("fmt", ["txt", "jsonl", "html", "mixed"])
def test_write_corpus_formats(tmp_path: Path, fmt: str) -> None:
    stats = write_corpus(tmp_path, 25, seed=4, fmt=fmt, per_file=10)
    assert stats.articles == 25
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert stats.files == len(files)
    assert stats.bytes == sum(p.stat().st_size for p in files)
    expected = list(generate_articles(25, seed=4))
    by_id = {a["id"]: a for a in expected}
    seen: set[str] = set()
    for p in files:
        if p.suffix == ".jsonl":
            rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]
            assert len(rows) <= 10
            for row in rows:
                assert row == by_id[row["id"]]
                seen.add(row["id"])
        elif p.suffix == ".txt":
            lines = p.read_text(encoding="utf-8").split("\n")
            assert lines[0] == by_id[p.stem]["title"] and lines[2] == ""
            assert by_id[p.stem]["text"] in p.read_text(encoding="utf-8")
            seen.add(p.stem)
        else:
            assert p.suffix == ".html"
            collected = _html_text(p.read_text(encoding="utf-8"))
            first_paragraph = by_id[p.stem]["text"].split("\n\n")[0]
            assert first_paragraph in collected
            seen.add(p.stem)
    assert seen == set(by_id)
    if fmt == "mixed":
        assert stats.formats == {"txt": 9, "jsonl": 8, "html": 8}


def _html_text(page: str) -> str:
    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    c = Collect()
    c.feed(page)
    c.close()
    return "".join(c.parts)


def test_bad_options_raise_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        write_corpus(tmp_path, 5, fmt="pdf")
    with pytest.raises(UsageError):
        write_corpus(tmp_path, 5, per_file=0)
    with pytest.raises(UsageError):
        list(generate_articles(-1))
    with pytest.raises(UsageError):
        list(generate_figures(-1))


def test_synth_command_writes_a_corpus(tmp_path: Path) -> None:
    import civcas.commands.synth  # noqa: F401  (registers the command)
    from civcas.commands._apps import app

    out = tmp_path / "corpus"
    result = CliRunner().invoke(app, ["synth", str(out), "--n", "12", "--seed", "9", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for p in out.rglob("*.jsonl") for line in p.read_text().splitlines()]
    assert [r["id"] for r in rows] == [a["id"] for a in generate_articles(12, seed=9)]
    bad = CliRunner().invoke(app, ["synth", str(out), "--n", "3", "--format", "pdf"])
    assert bad.exit_code != 0
