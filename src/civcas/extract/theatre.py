"""A document's theatres: the countries a story is about, for reading generic actor names.

"The coalition" is the Saudi-led coalition in a story about Yemen and the US-led coalition in one
about Syria; "the regime" is the Syrian government only in a Syria story. :func:`document_theatre`
ranks the countries whose cues (``[theatre.XX]`` in ``civcas/data/actors.toml``: names, demonyms,
main cities, armed groups) a text mentions; :func:`demonym` gives the adjective used to name a
country's generic institutions ("the interior minister" in a Somalia story -> "Somali government").
This is a cheap text-only signal for extraction; the geocoder's richer context comes later.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.lexicon import literal_alternation


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """One case-insensitive pattern of every cue; cue (lower case) -> ISO2; ISO2 -> demonym."""
    raw = load_toml("actors.toml").get("theatre", {})
    by_cue: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for cc, entry in raw.items():
        demonyms[cc] = entry.get("demonym", "")
        for cue in entry.get("cues", []):
            by_cue.setdefault(cue.lower(), cc)
    alts = sorted(by_cue, key=len, reverse=True)
    # the same matches as the plain alternation of ``alts``, compiled as a trie (many times faster)
    pattern = literal_alternation(alts, before=r"(?<![\w-])", after=r"(?![\w-])", flags=re.IGNORECASE)
    return pattern, by_cue, demonyms


@lru_cache(maxsize=64)
def document_theatre(text: str) -> tuple[str, ...]:
    """The countries (ISO2) whose cues ``text`` mentions, most-mentioned first (ties: first
    mentioned first); () when it mentions none. Only the first 20,000 characters are read."""
    pattern, by_cue, _d = _cues()
    counts: Counter[str] = Counter()
    for m in pattern.finditer(text[:20_000]):
        cc = by_cue.get(m.group(0).lower())
        if cc is not None:
            counts[cc] += 1
    return tuple(cc for cc, _n in counts.most_common())


def demonym(country: str) -> str | None:
    """The national adjective of a theatre country ("SO" -> "Somali"), or None."""
    return _cues()[2].get(country) or None
