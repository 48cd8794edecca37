"""The Dask engine on a real ``distributed.LocalCluster`` (2 worker processes, 1 thread each),
compared with the local runner on the same generated corpus."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")

from civcas.errors import EngineError
from civcas.models import Document, Figure, Incident, Problem, TallySeries, to_dict
from civcas.scale import Manifest, run_dask
from civcas.scale.load import iter_records

pytestmark = pytest.mark.dask


@pytest.fixture(scope="module")
def scheduler() -> Any:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated corpus in three formats, plus exact copies, a binary and an empty file."""
    from civcas.synthetic import write_corpus

    root = tmp_path_factory.mktemp("corpus")
    write_corpus(root / "news", 60, seed=11, per_file=8)
    copies = root / "republished"
    copies.mkdir()
    for i, src in enumerate(sorted((root / "news" / "txt").rglob("*.txt"))[:3]):
        shutil.copy(src, copies / f"copy-{i}.txt")
    (root / "broken").mkdir()
    (root / "broken" / "scan.txt").write_bytes(bytes(range(256)) * 40)
    (root / "broken" / "blank.txt").write_text("   \n")
    return root


def _records(out: Path, table: str, cls: type[Any]) -> list[Any]:
    return [r for batch in iter_records(str(out), table, cls) for r in batch]


def _dicts(items: list[Any]) -> list[str]:
    return sorted(json.dumps(to_dict(x), sort_keys=True) for x in items)


@pytest.fixture(scope="module")
def local(corpus: Path) -> Any:
    from civcas.pipeline import assemble
    from civcas.runner import analyse_paths

    output = analyse_paths([str(corpus)], workers=1)
    return output, assemble(output.figures)


@pytest.fixture(scope="module")
def first_run(corpus: Path, scheduler: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("dask") / "out"
    result = run_dask([str(corpus)], scheduler=scheduler, out=str(out), progress=False,
                      partition_size=20_000)
    return out, result


def test_same_documents_as_the_local_runner(first_run: Any, local: Any) -> None:
    out, result = first_run
    output, _assembly = local
    docs = _records(out, "documents", Document)
    assert result.documents == len(docs) == len(output.documents)
    assert _dicts(docs) == _dicts(list(output.documents))
    assert any(d.copies for d in docs), "the corpus has exact copies; they must collapse"
    assert result.partitions > 2 and not result.failed
    assert set(result.phase_memory) >= {"ingest + extract", "near-duplicate pairs", "link + assess"}
    assert max(result.peak_memory.values()) >= max(result.phase_memory.values()) > 0


def test_same_figures_and_problems_as_the_local_runner(first_run: Any, local: Any) -> None:
    out, result = first_run
    output, _assembly = local
    figs = _records(out, "figures", Figure)
    assert result.figures == len(figs)
    assert _dicts(figs) == _dicts(list(output.figures))
    probs = _records(out, "problems", Problem)
    assert _dicts(probs) == _dicts(list(output.problems))
    assert {p.kind for p in probs} >= {"binary"}


def test_same_incidents_and_tallies_as_the_local_runner(first_run: Any, local: Any) -> None:
    out, result = first_run
    _output, assembly = local
    incidents = _records(out, "incidents", Incident)
    assert result.incidents == len(incidents) == len(assembly.incidents)
    assert sorted(i.id for i in incidents) == sorted(i.id for i in assembly.incidents)
    assert _dicts(incidents) == _dicts(list(assembly.incidents))
    assert _dicts(_records(out, "tallies", TallySeries)) == _dicts(list(assembly.tallies))


def test_rerun_skips_unchanged_inputs_and_reads_changed_ones(
        corpus: Path, scheduler: str, first_run: Any, tmp_path: Path) -> None:
    src, first = first_run
    out = tmp_path / "out"
    shutil.copytree(src, out)
    again = run_dask([str(corpus)], scheduler=scheduler, out=str(out), progress=False)
    assert again.processed == 0 and again.skipped == first.inputs
    assert (again.documents, again.figures, again.incidents) == (
        first.documents, first.figures, first.incidents)
    target = sorted((corpus / "news" / "txt").rglob("*.txt"))[-1]
    before = {d.id for d in _records(out, "documents", Document)}
    original, stat = target.read_bytes(), target.stat()
    try:
        target.write_bytes(original + b"\nA later update said the market reopened on Sunday.\n")
        third = run_dask([str(corpus)], scheduler=scheduler, out=str(out), progress=False)
        after = {d.id for d in _records(out, "documents", Document)}
    finally:
        target.write_bytes(original)
        os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert third.processed == 1 and third.skipped == first.inputs - 1
    assert third.documents == first.documents
    assert len(after - before) == 1 and len(before - after) == 1
    entry = Manifest.load(str(out)).entries[str(target)]
    assert entry.status == "ok" and entry.size == len(original) + 52


def test_failed_partition_is_retried_without_redoing_the_rest(
        corpus: Path, scheduler: str, first_run: Any, tmp_path: Path) -> None:
    from civcas.synthetic import write_corpus

    src, base = first_run
    out = tmp_path / "out"
    shutil.copytree(src, out)
    extra = tmp_path / "extra"
    write_corpus(extra, 6, seed=99, fmt="txt", per_file=50)
    # options the reader cannot use make every task of this run fail on the workers
    broken = run_dask([str(corpus), str(extra)], scheduler=scheduler, out=str(out),
                      options="not ingest options", progress=False, retries=0)
    assert broken.processed == 6 and len(broken.failed) == 6
    assert broken.documents == base.documents  # earlier results are untouched
    failed = Manifest.load(str(out)).failed()
    assert {Path(e.path).parent.parent for e in failed} == {extra / "txt"}
    assert all(e.error and "AttributeError" in e.error for e in failed)
    fixed = run_dask([str(corpus), str(extra)], scheduler=scheduler, out=str(out),
                     progress=False)
    assert fixed.processed == 6 and fixed.skipped == base.inputs and not fixed.failed
    assert fixed.documents == base.documents + 6
    assert not Manifest.load(str(out)).failed()


def test_result_loads_into_a_database(first_run: Any, tmp_path: Path) -> None:
    from civcas.scale import load_into_store
    from civcas.store import Store

    out, result = first_run
    with Store(f"sqlite:///{tmp_path / 'civcas.db'}") as store:
        loaded = load_into_store(str(out), store, paths=[str(out)])
        counts = store.counts()
        incidents, total = store.list_incidents(limit=1000)
        assert store.dirty_blocks() == []
    assert loaded["documents"] == result.documents and loaded["figures"] == result.figures
    assert loaded["incidents"] == result.incidents == total
    assert {i.id for i in incidents} == {i.id for i in _records(out, "incidents", Incident)}
    assert counts["documents"] == result.documents


def test_status_command_reads_the_manifest(first_run: Any) -> None:
    from typer.testing import CliRunner

    from civcas.cli import _load_commands
    from civcas.commands._apps import app

    out, result = first_run
    _load_commands()
    res = CliRunner().invoke(app, ["scale", "status", str(out)])
    assert res.exit_code == 0, res.output
    assert f"{result.inputs} inputs ({result.inputs} ok, 0 failed)" in res.output
    assert str(result.documents) in res.output


def test_unreachable_scheduler_is_a_clear_engine_error(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(EngineError) as err:
        run_dask([str(corpus)], scheduler="tcp://127.0.0.1:9", out=str(tmp_path / "o"),
                 connect_timeout=1.0, progress=False)
    assert "tcp://127.0.0.1:9" in err.value.message
    assert err.value.hint and "dask scheduler" in err.value.hint
    assert err.value.code == "engine_error"


def test_workers_are_checked_for_civcas(scheduler: str) -> None:
    from distributed import Client

    from civcas.scale.cluster import check_workers

    with Client(scheduler) as client:
        versions = check_workers(client)
    assert len(versions) == 2
    assert len(set(versions.values())) == 1


def test_run_command_reports_a_missing_input_and_keeps_the_rest(
        corpus: Path, scheduler: str, first_run: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from civcas.cli import _load_commands
    from civcas.commands._apps import app

    src, result = first_run
    out = tmp_path / "out"
    shutil.copytree(src, out)
    missing = tmp_path / "gone" / "report.txt"
    _load_commands()
    res = CliRunner().invoke(app, ["scale", "run", str(corpus), str(missing), "--out", str(out),
                                   "--scheduler", scheduler, "--no-progress"])
    assert res.exit_code == 1, res.output
    assert f"{result.documents} documents" in res.output
    assert "1 failed" in res.output and "report.txt" in res.output
    entry = Manifest.load(str(out)).entries[str(missing)]
    assert entry.status == "failed" and entry.error and "cannot stat" in entry.error



def test_decisions_across_blocks_give_the_local_result(
        corpus: Path, scheduler: str, first_run: Any, local: Any, tmp_path: Path) -> None:
    """A must-link between figures of two months, a date correction that moves a figure to
    another month and a scope correction: incidents and tallies equal one global assemble()."""
    from datetime import UTC, datetime

    from civcas.link import blocking_key
    from civcas.pipeline import assemble
    from civcas.review import new_decision

    src, _result = first_run
    output, _assembly = local
    by_block: dict[str, list[Figure]] = {}
    for f in output.figures:
        if f.scope == "incident" and f.date is not None:
            by_block.setdefault(blocking_key(f), []).append(f)
    (_k1, first), (_k2, second), (_k3, third) = sorted(by_block.items())[:3]
    a, b, c, d = first[0], second[0], third[0], third[1]
    assert a.date is not None
    at = datetime(2026, 1, 5, tzinfo=UTC)
    decisions = (
        new_decision("must_link", b.id, user="ana", reason="same strike", value={"other": a.id},
                     at=at),
        new_decision("correct_figure", c.id, user="ana", reason="wrong month",
                     value={"date": a.date.start.isoformat()}, at=at),
        new_decision("correct_figure", d.id, user="ana", reason="a running total",
                     value={"scope": "tally"}, at=at),
    )
    out = tmp_path / "out"
    shutil.copytree(src, out)
    res = run_dask([str(corpus)], scheduler=scheduler, out=str(out), progress=False,
                   decisions=decisions)
    assert res.processed == 0  # only dedupe, link and assess run again
    expected = assemble(output.figures, decisions=decisions)
    incidents = _records(out, "incidents", Incident)
    assert _dicts(incidents) == _dicts(list(expected.incidents))
    assert any({a.id, b.id} <= set(i.figures) for i in incidents), "the must-link holds"
    assert _dicts(_records(out, "tallies", TallySeries)) == _dicts(list(expected.tallies))


_HIDDEN_CIVCAS_WORKER = """
import sys

class _Hide:  # this worker's environment has no civcas
    def find_spec(self, name, path=None, target=None):
        if name == "civcas" or name.startswith("civcas."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, _Hide())
for mod in [m for m in sys.modules if m == "civcas" or m.startswith("civcas.")]:
    del sys.modules[mod]
from distributed.cli.dask_worker import main
sys.argv = ["dask-worker", sys.argv[1], "--nthreads", "1", "--no-nanny", "--no-dashboard"]
main()
"""


def test_a_worker_without_civcas_is_a_clear_engine_error(corpus: Path, tmp_path: Path) -> None:
    """A real worker process that cannot import civcas: the run stops before any task with an
    EngineError that names the worker and says what to install."""
    import subprocess
    import sys

    from distributed import LocalCluster

    with LocalCluster(n_workers=0, dashboard_address=":0") as cluster:
        worker = subprocess.Popen([sys.executable, "-c", _HIDDEN_CIVCAS_WORKER,
                                   cluster.scheduler_address],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            with pytest.raises(EngineError) as err:
                run_dask([str(corpus)], scheduler=cluster.scheduler_address,
                         out=str(tmp_path / "o"), progress=False)
        finally:
            worker.terminate()
            worker.wait(timeout=30)
    assert "cannot be imported on worker" in err.value.message
    assert "civcas" in err.value.message and "ModuleNotFoundError" in err.value.message
    assert err.value.hint and "pip install" in err.value.hint
    assert not (tmp_path / "o" / "manifest.json").exists()
