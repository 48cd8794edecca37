"""A cheap offline language guess: the script first, then function-word counts.

Arabic script -> ``ar`` (``fa``/``ur``/``ku`` when their own letters are frequent), Hebrew -> ``he``,
Cyrillic -> ``ru``/``uk``/``bg``/``sr`` by distinctive letters, Greek -> ``el``, CJK -> ``zh``/``ja``
(kana), Hangul -> ``ko``, Devanagari -> ``hi``; Latin script -> the language whose function words
(``data/ingest/languages.toml``) are most frequent among the first 200 words. ``None`` when the
text is too short (fewer than 20 letters) or no function word matches.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from civcas.ingest._data import load_toml


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    data = load_toml("languages.toml")
    stop = {k: frozenset(v) for k, v in data["stopwords"].items()}
    cyr = {k: frozenset(v) for k, v in data["cyrillic"].items()}
    arab = {k: frozenset(v) for k, v in data["arabic_script"].items()}
    return stop, cyr, arab


_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("latin", re.compile(r"[A-Za-z\u00C0-\u024F]")),
    ("arabic", re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFEFF]")),
    ("cyrillic", re.compile(r"[\u0400-\u04FF]")),
    ("hebrew", re.compile(r"[\u0590-\u05FF]")),
    ("greek", re.compile(r"[\u0370-\u03FF]")),
    ("kana", re.compile(r"[\u3040-\u30FF]")),
    ("han", re.compile(r"[\u4E00-\u9FFF]")),
    ("hangul", re.compile(r"[\uAC00-\uD7AF]")),
    ("devanagari", re.compile(r"[\u0900-\u097F]")),
)


def _by_letters(sample: str, table: dict[str, frozenset[str]], default: str, *, share: float) -> str:
    counts = Counter(sample)
    total = sum(counts.values()) or 1
    best, best_n = default, 0
    for lang, letters in table.items():
        n = sum(counts[ch] for ch in letters)
        if n > best_n and n / total >= share:
            best, best_n = lang, n
    return best


@lru_cache(maxsize=1)
def _word_index() -> dict[str, tuple[str, ...]]:
    stop, _cyr, _arab = _tables()
    index: dict[str, list[str]] = {}
    for lang in sorted(stop):
        for w in stop[lang]:
            index.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


_PUNCT = ".,;:!?\"'()[]{}«»“”‘’—–-…"


def detect_language(text: str) -> str | None:
    """An ISO 639-1 guess for ``text`` (see the module docstring), or None."""
    sample = text[:3000]
    if sample.isascii():
        letters = sum(1 for ch in sample[:400] if ch.isalpha())
        if letters < 20:
            return None
        script = "latin"
        scripts: Counter[str] = Counter({"latin": letters})
    else:
        scripts = Counter({name: len(rx.findall(sample)) for name, rx in _SCRIPTS})
        if sum(scripts.values()) < 20:
            return None
        script = scripts.most_common(1)[0][0]
    if script == "kana" or (script == "han" and scripts.get("kana", 0) > 0):
        return "ja"
    simple = {"hebrew": "he", "greek": "el", "han": "zh", "hangul": "ko", "devanagari": "hi"}
    if script in simple:
        return simple[script]
    _stop, cyr, arab = _tables()
    if script == "cyrillic":
        return _by_letters(sample.lower(), cyr, "ru", share=0.004)
    if script == "arabic":
        return _by_letters(sample, arab, "ar", share=0.01)
    index = _word_index()
    scores: Counter[str] = Counter()
    for word in sample[:1500].lower().split()[:200]:
        langs = index.get(word.strip(_PUNCT))
        if langs:
            scores.update(langs)
    if not scores:
        return None
    lang, score = max(sorted(scores.items()), key=lambda kv: kv[1])
    return lang if score >= 2 else None
