"""No text of the dev evaluation sets is copied into the repository (scripts/leak_check.py).

The dev sets are found at $CIVCAS_DEV_DATA (the test fails when that holds none), else
../shared/data next to the repository or /work/shared/data, where the project's machines (and CI,
which runs on them) keep them; the test skips with a message where they are absent (a clone elsewhere)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.slow

_REPO = Path(__file__).resolve().parent.parent


def _leak_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("leak_check", _REPO / "scripts" / "leak_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _data(check: ModuleType) -> Path:
    env = os.environ.get("CIVCAS_DEV_DATA")
    data = check.data_folder(_REPO)
    if env and data is None:
        pytest.fail(f"CIVCAS_DEV_DATA={env} holds no dev set (*/documents.jsonl)")
    if data is None:
        pytest.skip("dev data not found at ../shared/data or /work/shared/data (set CIVCAS_DEV_DATA to the dev sets' folder)")
    return data


@pytest.fixture(scope="module")
def dev() -> tuple[ModuleType, set[int], Path]:
    check = _leak_check()
    data = _data(check)
    return check, check.dev_shingles(data), data


def test_no_tracked_file_shares_a_long_run_with_a_dev_text(dev: tuple[ModuleType, set[int], Path]) -> None:
    check, shingles, _ = dev
    leaks = check.find_leaks(_REPO, shingles)
    assert not leaks, "\n".join(f"{x.path}:{x.line}: {x.words}" for x in leaks[:20])


def test_the_check_finds_a_copied_run(dev: tuple[ModuleType, set[int], Path], tmp_path: Path) -> None:
    """The check can fail: a dev sentence read at run time and written to a scratch file is found,
    and an allowed run is not."""
    check, shingles, data = dev
    first = next(iter(sorted(data.glob("*/documents.jsonl")))).read_text(encoding="utf-8")
    text = next(r["text"] for r in map(json.loads, first.splitlines()[:50]) if len((r.get("text") or "").split()) > 40)
    words = text.split()[10:24]
    scratch = tmp_path / "copied.py"
    scratch.write_text("# an honest comment\nEXAMPLE = " + repr(" ".join(words)) + "\n", encoding="utf-8")
    leaks = check.find_leaks(tmp_path, shingles, files=[scratch], allowed=[])
    assert [leak.line for leak in leaks] == [2]
    # the project's allowlist does not hide it (an entry too broad would)
    repo_allowed = check.load_allowed(_REPO / "scripts" / "leak_allow.txt")
    assert [leak.line for leak in check.find_leaks(tmp_path, shingles, files=[scratch], allowed=repo_allowed)] == [2]
    # a copy split over two lines is one run
    split = tmp_path / "split.md"
    split.write_text("intro\n" + " ".join(words[:7]) + "\n" + " ".join(words[7:]) + "\n", encoding="utf-8")
    assert [leak.line for leak in check.find_leaks(tmp_path, shingles, files=[split], allowed=[])] == [2]
    allowed = [re.compile(re.escape(" ".join(check._words(" ".join(words)))))]
    assert check.find_leaks(tmp_path, shingles, files=[scratch], allowed=allowed) == []
