"""Check that no text of the dev evaluation sets was copied into the repository.

The dev sets (``../shared/data/*/documents.jsonl``) are evaluation data: GVC and Airwars texts
may not be redistributed, and echoing any dev text in rules, tests or docs overfits to it. This
script compares every tracked text file of the repository with the dev texts by shared word
n-grams and lists each line that shares a run of ``--span`` words or more with a dev text.

Run: .venv/bin/python scripts/leak_check.py [--data DIR] [--span 9]
Exit status 1 when a run is listed, 0 otherwise, 3 when the dev data is not on this machine.
``tests/test_no_dev_text.py`` runs it in CI (marked slow).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_N = 7  # the shingle size; a run of `span` shared words is span - _N + 1 consecutive shingles
_CHECKED = ("src", "tests", "docs", "bench", "scripts", "examples", "README.md", "CHANGELOG.md")
_SKIP_SUFFIXES = {".sqlite", ".gz", ".zip", ".png", ".jpg", ".ico", ".woff", ".woff2", ".warc", ".pyc"}
_MAX_BYTES = 3_000_000


@dataclass(frozen=True)
class Leak:
    path: str
    line: int
    words: str  # the longest shared run, as words


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _shingles(words: list[str]) -> Iterator[int]:
    for i in range(len(words) - _N + 1):
        yield hash(" ".join(words[i:i + _N]))


def dev_shingles(data: Path) -> set[int]:
    """Every 7-word shingle of every dev document's title and text under ``data``."""
    seen: set[int] = set()
    for docs in sorted(data.glob("*/documents.jsonl")):
        with docs.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    for field in ("title", "text"):
                        seen.update(_shingles(_words(row.get(field) or "")))
    return seen


def tracked_files(repo: Path) -> list[Path]:
    out = subprocess.run(["git", "-C", str(repo), "ls-files", "--", *_CHECKED],
                         check=True, capture_output=True, text=True).stdout
    files = []
    for name in out.splitlines():
        p = repo / name
        if p.suffix.lower() in _SKIP_SUFFIXES or not p.is_file() or p.stat().st_size > _MAX_BYTES:
            continue
        files.append(p)
    return files


def load_allowed(path: Path) -> list[re.Pattern[str]]:
    """The allowed word runs of ``path`` (one regular expression a line, ``#`` comments), each held
    to whole words."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return [re.compile(r"(?<!\S)(?:" + s + r")(?!\S)") for s in (x.strip() for x in lines)
            if s and not s.startswith("#")]


def _allowed_words(words: list[str], allowed: list[re.Pattern[str]]) -> set[int]:
    """Indices of the words inside an allowed run."""
    if not allowed or not words:
        return set()
    joined = " ".join(words)
    starts = [0]
    for w in words[:-1]:
        starts.append(starts[-1] + len(w) + 1)
    out: set[int] = set()
    for pattern in allowed:
        for m in pattern.finditer(joined):
            lo = bisect_left(starts, m.start())
            hi = bisect_left(starts, m.end())
            out.update(range(lo, hi))
    return out


def _runs(words: list[str], dev: set[int]) -> Iterator[tuple[int, int]]:
    """(first word, end word) of each longest run of words shared with a dev text."""
    hits = [hash(" ".join(words[k:k + _N])) in dev for k in range(len(words) - _N + 1)]
    i = 0
    while i < len(hits):
        if hits[i]:
            j = i
            while j + 1 < len(hits) and hits[j + 1]:
                j += 1
            yield i, j + _N
            i = j + 1
        else:
            i += 1


def find_leaks(repo: Path, dev: set[int], *, span: int = 9, files: Iterable[Path] | None = None,
               allowed: list[re.Pattern[str]] | None = None) -> list[Leak]:
    """Runs of words in the repository's tracked text files (or in ``files``) shared with a dev text
    and holding ``span`` or more words outside ``allowed`` runs, each at the line where it starts.
    A file is read as one stream of words, so a run may cross line breaks."""
    allowed = load_allowed(repo / "scripts" / "leak_allow.txt") if allowed is None else allowed
    leaks = []
    for path in files if files is not None else tracked_files(repo):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        words: list[str] = []
        line_of: list[int] = []
        for number, line in enumerate(text.splitlines(), 1):
            got = _words(line)
            words += got
            line_of += [number] * len(got)
        masked = _allowed_words(words, allowed)
        for start, end in _runs(words, dev):
            if end - start >= span and sum(1 for k in range(start, end) if k not in masked) >= span:
                leaks.append(Leak(str(path.relative_to(repo)), line_of[start], " ".join(words[start:end])))
    return leaks


def data_folder(repo: Path) -> Path | None:
    """The dev sets' folder: $CIVCAS_DEV_DATA (None when it holds no dev set), else ../shared/data
    next to the repository or /work/shared/data, where the project's machines keep it."""
    env = os.environ.get("CIVCAS_DEV_DATA")
    places = [Path(env)] if env else [(repo / ".." / "shared" / "data").resolve(), Path("/work/shared/data")]
    return next((d for d in places if any(d.glob("*/documents.jsonl"))), None)


def main(argv: list[str] | None = None) -> int:
    repo = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None,
                    help="the dev data folder (default $CIVCAS_DEV_DATA, else ../shared/data)")
    ap.add_argument("--span", type=int, default=9, help="shortest shared run of words listed (default 9)")
    args = ap.parse_args(argv)
    data = args.data or data_folder(repo)
    if data is None or not any(data.glob("*/documents.jsonl")):
        sys.stderr.write(f"no dev data at {data or '../shared/data'} (pass --data DIR or set CIVCAS_DEV_DATA)\n")
        return 3
    leaks = find_leaks(repo, dev_shingles(data), span=max(args.span, _N))
    for leak in leaks:
        sys.stdout.write(f"{leak.path}:{leak.line}: {leak.words}\n")
    sys.stdout.write(f"{len(leaks)} run(s) of {max(args.span, _N)}+ consecutive words shared with a dev text\n")
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
