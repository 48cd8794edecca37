"""The gender a person's name gives (``data/extract/givennames.toml``).

Narratives name most victims with no kinship or person noun ("Samer Odeh, 52, was killed"): the
given name, the first word of the name, tells a man from a woman for most names.  Read in order:

* honorifics: "Hajj", "Sheikh", "Mr." (a man), "Hajja", "Mrs.", "Ms." (a woman); "Dr.", "the late",
  "Eng." say nothing and the name after them is read;
* a kunya: "Abu X" (father of X, a man), "Umm X" (mother of X, a woman);
* the given name: "Abd..." ("Abdullah", "Abdel Karim") and compounds in "al-Din" ("Alaa al-Din")
  are men's; else the table's men's and women's names; an ambiguous or unknown first word, or a
  family name ("Al-Masri"), gives no gender.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.errors import DataError

_APOSTROPHES = re.compile(r"['’`ʼ‘]")
_ARTICLES = frozenset({"al", "el", "ad", "ed", "ud", "ul"})
_FAMILY = re.compile(r"^(?:al|el|ad|ash|as|at|az|an|ar)[-‑’']", re.IGNORECASE)  # "Al-Masri": no given name


@dataclass(frozen=True, slots=True)
class _Names:
    male: frozenset[str]
    female: frozenset[str]
    ambiguous: frozenset[str]
    title_m: frozenset[str]
    title_f: frozenset[str]
    title_0: frozenset[str]
    kunya_m: frozenset[str]
    kunya_f: frozenset[str]
    prefix_m: tuple[str, ...]
    compound_m: frozenset[str]


@lru_cache(maxsize=1)
def _names() -> _Names:
    raw = load_toml("extract", "givennames.toml")
    try:
        def words(*lists: list[str]) -> frozenset[str]:
            return frozenset(fold(w) for ws in lists for w in ws)
        return _Names(
            male=words(*raw["male"].values()), female=words(*raw["female"].values()),
            ambiguous=words(raw["ambiguous"]["names"]),
            title_m=words(raw["titles"]["male"]), title_f=words(raw["titles"]["female"]),
            title_0=words(raw["titles"]["neutral"]),
            kunya_m=words(raw["kunya"]["male"]), kunya_f=words(raw["kunya"]["female"]),
            prefix_m=tuple(fold(w) for w in raw["prefixes"]["male"]),
            compound_m=words(raw["prefixes"]["compound_male"]),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataError(f"invalid given-name table: {exc!r}",
                        hint="check src/civcas/data/extract/givennames.toml") from exc


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """``word`` lower-cased, without accents, apostrophes and outer punctuation ("Mus'ab" -> "musab")."""
    plain = word.lower() if word.isascii() else \
        unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    return _APOSTROPHES.sub("", plain).strip(".,;:()\"“” ")


def name_gender(words: list[str]) -> str:
    """``m``, ``f`` or ``-``: the gender the name in ``words`` (the words of a person item, in
    order: honorifics, then the name) gives.  Lower-case words before the name are skipped ("the
    late"); the first capitalised word that is no honorific is the given name."""
    n = _names()
    k = 0
    while k < len(words):
        w = words[k]
        low = fold(w)
        if low in n.title_m:
            return "m"
        if low in n.title_f:
            return "f"
        if low in n.title_0 or not w[:1].isupper():
            k += 1
            continue
        break
    if k >= len(words):
        return "-"
    first = words[k]
    nxt = fold(words[k + 1]) if k + 1 < len(words) else ""
    if nxt in _ARTICLES and k + 2 < len(words):
        nxt = f"{nxt}-{fold(words[k + 2])}"  # "Alaa Al Din" is read as "al-din"
    low = fold(first)
    if low in n.kunya_m or low in n.kunya_f:
        if k + 1 < len(words) and words[k + 1][:1].isupper():  # "Abu Karim", "Umm Rami"
            return "m" if low in n.kunya_m else "f"
        return "-"
    if _FAMILY.match(first):
        # "Al-Waleed Odeh": a given name with its article; "Al-Masri": a family name
        rest = fold(re.split(r"[-‑’']", first, maxsplit=1)[-1])
        return "m" if rest in n.male else "f" if rest in n.female else "-"
    head = low.split("-")[0]
    if nxt in n.compound_m or ("-" in low and low.split("-")[-1] in n.compound_m):
        return "m"  # "Alaa al-Din", "Nour-Eddine"
    if head in n.ambiguous or low in n.ambiguous:
        return "-"
    if head.startswith(n.prefix_m) and (head in n.male or len(head) > 4 or head in n.prefix_m):
        return "m"  # "Abdullah", "Abdel", "Abd"
    if head in n.male:
        return "m"
    if head in n.female:
        return "f"
    return "-"


def is_title(word: str) -> bool:
    """``word`` is an honorific or a title before a name ("Hajj", "Mrs", "Dr", "Professor")."""
    n = _names()
    low = fold(word)
    return low in n.title_m or low in n.title_f or (low in n.title_0 and word[:1].isupper())


def kunya_words() -> frozenset[str]:
    """The words of a parent's byname, folded ("abu", "umm": ``[kunya]`` of ``givennames.toml``), for
    the roster's sign of a grown person ("Omar Haddad (Abu Karim)", :mod:`civcas.extract.victimroster`)."""
    n = _names()
    return n.kunya_m | n.kunya_f


def is_given_name(word: str) -> bool:
    """``word`` is a given name of the table (of men, of women, or of both)."""
    n = _names()
    low = fold(word).split("-")[0]
    return low in n.male or low in n.female or low in n.ambiguous or low.startswith(n.prefix_m)
