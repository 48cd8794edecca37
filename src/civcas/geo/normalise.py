"""Transliteration-insensitive keys for place names.

:func:`normalise` folds the many spellings of one Arabic, Kurdish, Ukrainian... place name into one
key: "Raqqa", "Raqa", "Rakka", "ar-Raqqah" -> ``"rk"``; "الرقة" -> ``"رقه"``. The rules (articles,
digraph folds, generic words, common words) live in ``civcas/data/geo/normalisation.toml``; the
procedure is documented there and in docs/geocoding.md.

:func:`loose` is a milder form (diacritics, case, articles and punctuation removed, vowels kept)
used to tell an exact spelling from a merely equivalent one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from civcas import datafiles

_PUNCT = str.maketrans({c: " " for c in "-‐‑‒–—_./\\,;:()[]{}\"“”«»!?&+*#|"})
_APOS = str.maketrans({c: None for c in "'’‘ʿʾʼʻ`´′ʹ"})
_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ک": "ك",
    "ی": "ي", "ڤ": "ف", "گ": "ك", "پ": "ب", "چ": "ج",
})
_VOWELS = frozenset("aeiou")
_SEMI = frozenset("yw")


@dataclass(frozen=True, slots=True)
class Rules:
    """The normalisation tables read from normalisation.toml."""

    articles: frozenset[str]
    folds: tuple[tuple[str, str], ...]
    generic: frozenset[str]
    common_words: frozenset[str]


def load_toml(name: str) -> dict[str, Any]:
    """``civcas/data/geo/<name>``, parsed once."""
    return datafiles.load_toml("geo", name)


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The normalisation tables (read once from the package data)."""
    data = load_toml("normalisation.toml")
    return Rules(
        articles=frozenset(data["articles"]),
        folds=tuple((a, b) for a, b in data["folds"]),
        generic=frozenset(data["generic"]),
        common_words=frozenset([*data["common_words"], *data.get("person_names", [])]),
    )


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return out.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d").replace(
        "ß", "ss").replace("æ", "ae").replace("œ", "oe")


def _words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKC", name).casefold().translate(_APOS).translate(_PUNCT)
    return text.split()


def _arabic_word(word: str) -> str:
    word = _ARABIC_DIACRITICS.sub("", word).translate(_ARABIC_FOLD)
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    elif word.startswith("وال") and len(word) > 4:
        word = word[3:]
    return word


def _skeleton(word: str, folds: tuple[tuple[str, str], ...]) -> str:
    for a, b in folds:
        if a in word:
            word = word.replace(a, b)
    out: list[str] = []
    n = len(word)
    for i, ch in enumerate(word):
        if ch in _VOWELS:
            if i == 0:
                out.append("a")
            continue
        if ch in _SEMI:
            starts = i == 0 and n > 1 and word[1] in _VOWELS
            if not starts:
                if i == 0:
                    out.append("a")
                continue
        if ch == "h" and i == n - 1 and i > 0 and (word[i - 1] in _VOWELS or word[i - 1] in _SEMI):
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return "".join(out)


_FUSED = re.compile(r"^[aeiou]([bcdfghjklmnpqrstvwxyz])\1")


def _drop_articles(words: list[tuple[str, str]], articles: frozenset[str]) -> list[tuple[str, str]]:
    kept = [w for i, w in enumerate(words) if not (w[0] in articles and i < len(words) - 1)]
    kept = kept or words
    if len(kept) > 1:  # "Deir Ezzor": an article fused to a later word ("ez-Zor")
        kept = [kept[0], *(_unfuse(w) for w in kept[1:])]
    return kept


def _unfuse(form: tuple[str, str]) -> tuple[str, str]:
    lo, _key = form
    if lo.isascii() and len(lo) > 4 and _FUSED.match(lo):
        rest = lo[2:]
        return rest, _skeleton(rest, rules().folds)
    return form


@lru_cache(maxsize=262_144)
def _word_forms(word: str) -> tuple[str, str]:
    """(loose form, key form) of one case-folded word."""
    if word.isascii():
        lo = word
    elif _is_arabic(word):
        aw = _arabic_word(word)
        return aw, aw
    else:
        lo = _strip_diacritics(word)
    if lo.isascii() and lo.isalpha():
        return lo, _skeleton(lo, rules().folds)
    return lo, lo


@lru_cache(maxsize=65_536)
def keys(name: str) -> tuple[str, str]:
    """``(normalise(name), loose(name))`` computed together (cached)."""
    forms = [f for f in (_word_forms(w) for w in _words(name)) if f[0]]
    forms = _drop_articles(forms, rules().articles)
    return " ".join(k for _lo, k in forms if k), " ".join(lo for lo, _k in forms)


def loose(name: str) -> str:
    """A mild key: case, diacritics, apostrophes, punctuation and articles removed, vowels kept."""
    return keys(name)[1]


def normalise(name: str) -> str:
    """The transliteration-insensitive key of a place name (see the module docstring).

    >>> normalise("ar-Raqqah") == normalise("Rakka") == normalise("Raqa")
    True
    """
    return keys(name)[0]


def strip_generic(name: str) -> str:
    """``name`` without generic words ("camp", "city", "governorate"...); '' if nothing is left."""
    r = rules()
    words = unicodedata.normalize("NFKC", name).translate(_PUNCT).split()
    kept = [w for w in words if _strip_diacritics(w.casefold()) not in r.generic]
    return " ".join(kept) if kept != words else ""


@lru_cache(maxsize=65_536)
def is_common_word(name: str) -> bool:
    """True if ``name`` is a single ordinary word or first name that should not resolve alone
    (cached: documents are scanned for place names phrase by phrase)."""
    words = _words(name)
    if not words:
        return True
    r = rules()
    return all(_strip_diacritics(w) in r.common_words for w in words)
