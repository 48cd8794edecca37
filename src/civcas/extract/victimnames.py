"""Names of victims compared: one person under several spellings and lengths.

"Omar Haddad", "Omar" and "Omar Ali Haddad" are one person; "Hamid" and "Hamed" are one word (one
letter of slack in words of five letters or more); particles ("al-", "bin", "abu") are left out.
"Abdul Rahman" and "Abdulrahman" are one word.
Used by the document-wide roster (:mod:`civcas.extract.victimdoc`) and titled-name matching.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ABD = re.compile(r"(abd(?:ul|el|al|oul|ol|u|e|a)?)(\w*)$")
_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "bin", "ibn", "bint", "ben",
                        "abu", "umm", "de", "da", "van", "von", "del", "la", "le"})


@lru_cache(maxsize=4096)
def name_key(name: str) -> tuple[str, ...]:
    """The words of a name, lower-cased, without accents, particles and title words (cached: the
    roster and titled-name readers ask for the same names again)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for part in re.split(r"[\s\-’']+", plain) if (w := part.strip(".,()")) and w.isalpha()]
    # a mother's name after her eldest son ("Umm Karim") is not the son's name: "umm" first is kept
    kept = [w for k, w in enumerate(words) if w not in _PARTICLES or (k == 0 and w == "umm")]
    return tuple(_compounds(kept)) if any(w.startswith("abd") for w in kept) else tuple(kept)


def _compounds(words: list[str]) -> list[str]:
    """"Abd" names written apart or joined are one word: "Abdul Rahman", "Abd al-Rahman",
    "Abdelrahman" and "Abdulrahman" are all "abdrahman" ("abd" is always followed by its name)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        m = _ABD.match(w)
        if m and not m.group(2) and k + 1 < len(words):
            out.append("abd" + words[k + 1])
            k += 2
            continue
        out.append("abd" + m.group(2) if m and m.group(2) else w)
        k += 1
    return out


def similar(a: str, b: str) -> bool:
    """Equal, or one letter apart in words of four letters or more ("hamid"/"hamed")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two name keys name one person: same first name, the shorter's words all in the longer; a
    single word matches any word of the other ("Haddad" after "Omar Haddad")."""
    if not a or not b:
        return False
    if len(a) == 1 or len(b) == 1:
        one, other = (a, b) if len(a) == 1 else (b, a)
        cands = other if len(other) < 3 else (other[0], other[-1])  # not a middle (father's) name
        return any(similar(one[0], x) or (len(one[0]) >= 4 and x.startswith(one[0])) for x in cands)
    if not similar(a[0], b[0]):
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return all(any(similar(w, x) for x in long_) for w in short)
