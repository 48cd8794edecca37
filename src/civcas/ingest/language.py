"""A cheap offline language guess: the script first, then function-word counts.

Arabic script -> ``ar`` (``fa``/``ur``/``ku`` when their own letters are frequent), Hebrew -> ``he``,
Cyrillic -> ``ru``/``uk``/``bg``/``sr`` by distinctive letters, Greek -> ``el``, CJK -> ``zh``/``ja``
(kana), Hangul -> ``ko``, Devanagari -> ``hi``; Latin script -> the language whose function words
(``data/ingest/languages.toml``) are most frequent among the first 400 words. ``None`` when the
text is too short (fewer than 20 letters) or no function word matches.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from civcas.ingest._data import load_toml

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    data = load_toml("languages.toml")
    stop = {k: frozenset(v) for k, v in data["stopwords"].items()}
    cyr = {k: frozenset(v) for k, v in data["cyrillic"].items()}
    arab = {k: frozenset(v) for k, v in data["arabic_script"].items()}
    return stop, cyr, arab


def _script(ch: str) -> str | None:
    o = ord(ch)
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
        return "arabic"
    if 0x0400 <= o <= 0x04FF:
        return "cyrillic"
    if 0x0590 <= o <= 0x05FF:
        return "hebrew"
    if 0x0370 <= o <= 0x03FF:
        return "greek"
    if 0x3040 <= o <= 0x30FF:
        return "kana"
    if 0x4E00 <= o <= 0x9FFF:
        return "han"
    if 0xAC00 <= o <= 0xD7AF:
        return "hangul"
    if 0x0900 <= o <= 0x097F:
        return "devanagari"
    if ch.isalpha():
        return "latin"
    return None


def _by_letters(sample: str, table: dict[str, frozenset[str]], default: str, *, share: float) -> str:
    counts = Counter(sample)
    total = sum(counts.values()) or 1
    best, best_n = default, 0
    for lang, letters in table.items():
        n = sum(counts[ch] for ch in letters)
        if n > best_n and n / total >= share:
            best, best_n = lang, n
    return best


def detect_language(text: str) -> str | None:
    """An ISO 639-1 guess for ``text`` (see the module docstring), or None."""
    sample = text[:4000]
    scripts = Counter(s for s in map(_script, sample) if s)
    if sum(scripts.values()) < 20:
        return None
    script, _n = scripts.most_common(1)[0]
    if script == "kana" or (script == "han" and scripts.get("kana", 0) > 0):
        return "ja"
    simple = {"hebrew": "he", "greek": "el", "han": "zh", "hangul": "ko", "devanagari": "hi"}
    if script in simple:
        return simple[script]
    stop, cyr, arab = _tables()
    if script == "cyrillic":
        return _by_letters(sample.lower(), cyr, "ru", share=0.004)
    if script == "arabic":
        return _by_letters(sample, arab, "ar", share=0.01)
    words = Counter(w.lower() for w in _WORD.findall(sample)[:400])
    scores = {lang: sum(words[w] for w in vocab) for lang, vocab in stop.items()}
    lang, score = max(sorted(scores.items()), key=lambda kv: kv[1])
    return lang if score >= 2 else None
