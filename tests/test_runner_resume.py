"""A real ``civcas run`` killed with SIGKILL mid-way, then resumed, equals a clean run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from civcas.runner import run
from civcas.store import Store
from test_runner_incremental import snapshot

pytestmark = pytest.mark.slow


def _analysed(db: Path) -> tuple[int, int]:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            done, total = conn.execute(
                "SELECT coalesce(sum(analysed), 0), count(*) FROM documents").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return 0, 0
    return int(done), int(total)


def test_killed_run_resumes_to_the_same_database(tmp_path: Path) -> None:
    from civcas.synthetic import write_corpus

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 150, seed=11, fmt="jsonl", per_file=25)
    db = tmp_path / "killed.db"
    url = f"sqlite:///{db}"
    cmd = [sys.executable, "-m", "civcas.cli", "run", str(corpus), "--db", url,
           "--workers", "1", "--batch", "3", "--json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 300
        done, total = 0, 0
        while time.monotonic() < deadline and proc.poll() is None:
            done, total = _analysed(db)
            if done >= 9:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the run finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    done, total = _analysed(db)
    assert 0 < done < total, (done, total)
    with Store(url) as store:
        assert store.runs()[0]["status"] == "running"  # it never finished
        summary = run([str(corpus)], store=store, workers=1)
        assert summary.files_unchanged == summary.files  # all inputs were already read
        assert summary.documents_analysed == total - done
        assert not store.dirty_blocks()
    clean = f"sqlite:///{tmp_path / 'clean.db'}"
    with Store(clean) as store:
        run([str(corpus)], store=store, workers=1)
    assert snapshot(url) == snapshot(clean)
