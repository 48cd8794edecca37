"""Struck sides and unaimed fire: the author found for one figure that is no author of it.

* A state's own forces among the figure's victims ("the command said four soldiers were wounded",
  "12 of its marines died"): the forces the extractor took as the author (the speaking army, the
  story's main belligerent) are the struck side. The author is the other armed side named in the
  sentence or beside it in its paragraph, else none.
* A state's forces described ("the repressive bodies of the state", typed "state forces"): the
  theatre's security forces.
* A victim of a stray bullet or of crossfire between two sides outside a US story: no author unless
  the sentence names the author it took.

Word lists live in ``data/extract/struckside.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from civcas.datafiles import load_toml
from civcas.extract.actors import actor_of, exact_actor, find_actors
from civcas.extract.theatre import demonym
from civcas.extract.typed import STATE_FORCES
from civcas.models import Actor

if TYPE_CHECKING:
    from civcas.extract.docstate import _Doc

__all__ = ["described_state", "figure_author"]


def _heads(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in words) + r")$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], tuple[tuple[frozenset[str], re.Pattern[str]], ...], frozenset[str],
                     re.Pattern[str]]:
    raw = load_toml("extract", "struckside.toml")
    stray = re.compile(r"\b(?:" + "|".join(raw["stray_fire"]) + r")\b", re.IGNORECASE)
    crossfire = re.compile(r"\b(?:" + "|".join(raw["crossfire"]) + r")\b", re.IGNORECASE)
    kinds = ((frozenset(raw["military_nouns"]), _heads(raw["military_heads"])),
             (frozenset(raw["police_nouns"]), _heads(raw["police_heads"])))
    return stray, kinds, frozenset(raw["neutral_words"]), crossfire


def _norm(word: str) -> str:
    return word.lower().replace(".", "").strip("'’\",")


def _noun_at(lows: list[str], nouns: frozenset[str]) -> int | None:
    return next((k for k in range(len(lows)) if lows[k] in nouns
                 or (k + 1 < len(lows) and f"{lows[k]} {lows[k + 1]}" in nouns)), None)


def _own_forces(victims: str, author: Actor, theatre: tuple[str, ...]) -> bool:
    """The victim words ``victims`` ("23 U.S. SERVICEMEN", "THREE SOLDIERS") name members of the
    forces of ``author`` (a state's armed forces or police, of the same kind): a force noun with the
    author's country before it, or with no country for the theatre's own forces."""
    if author.kind != "belligerent":
        return False
    _, kinds, neutral, _ = _data()
    lows = [_norm(w) for w in victims.split()]
    at = next((k for nouns, heads in kinds if heads.search(author.name) is not None
               and (k := _noun_at(lows, nouns)) is not None), None)
    if at is None:
        return False
    own = _norm(author.name.split()[0])
    # (the first word is the count: "FOUR SOLDIERS", "23 U.S. SERVICEMEN")
    words = [low for low in lows[1:at] if low.isalpha() and low not in neutral]
    if words:
        return words == [own]  # "two Honduran soldiers" for the US military: another country's
    dem = demonym(theatre[0]) if theatre else None
    return dem is not None and _norm(dem) == own


def _same_side(name: str, author: Actor) -> bool:
    return name == author.name or _norm(name.split()[0]) == _norm(author.name.split()[0])


def _other_side(st: _Doc, i: int, author: Actor) -> Actor | None:
    """The first armed actor other than ``author``'s side named in sentence ``i``, else the one
    before it, else the one after it, in the same paragraph, else the story's main author."""
    para = st.sents[i].paragraph
    for k in (i, i - 1, i + 1):
        if not 0 <= k < len(st.sents) or st.sents[k].paragraph != para:
            continue
        for m in find_actors(st.sents[k].text[:4000], theatre=st.theatre, words=st.words(k)):
            if m.entry.kind == "belligerent" and not _same_side(m.entry.name, author):
                return actor_of(m)
    main = st.main_perpetrator()  # else the story's main author, if of another side
    return main if main is not None and main.identified and not _same_side(main.name, author) else None


# the bounds of a clause: "..., and a neighbour was hit by a stray bullet" is another victim's
_CLAUSE_END = re.compile(r"[;:]|,\s*(?:and|while|but|whereas)\b|\s(?:and|while|but|whereas)\s+(?=\S+\s+\S+\s+(?:was|were)\b)",
                         re.IGNORECASE)


# the victims as the object of an act whose doer the sentence names: "artillery killed 30 soldiers"
_ACTED_ON = re.compile(r"\b(?:killed|killing|kills|kill|wounded|wounding|injured|injuring|shot|shooting|murdered|"
                       r"ambushed|massacred)\s+(?:(?:at\s+least|more\s+than|some|about|nearly|over|up\s+to)\s+)?$",
                       re.IGNORECASE)


def _clause(text: str, span: tuple[int, int]) -> str:
    """The words of the figure's own clause around its victims ``text[span[0]:span[1]]``."""
    before = text[max(0, span[0] - 80):span[0]]
    cuts = list(_CLAUSE_END.finditer(before))
    after = text[span[1]:span[1] + 120]
    end = _CLAUSE_END.search(after)
    head = before[cuts[-1].end():] if cuts else before
    return head + text[span[0]:span[1]] + (after[:end.start()] if end else after)


def described_state(theatre: tuple[str, ...], author: Actor) -> Actor:
    """The theatre's security forces for a state's described forces (typed "state forces", words as
    written), else ``author`` as it is."""
    if author.name != STATE_FORCES:
        return author
    dem = demonym(theatre[0]) if theatre and theatre[0] != "US" else None
    if dem is None:
        return author
    known = exact_actor(f"{dem} security forces")
    return Actor(name=known.name if known is not None else f"{dem} security forces", text=author.text,
                 kind="belligerent")


def figure_author(st: _Doc, i: int, text: str, span: tuple[int, int], author: Actor | None) -> Actor | None:
    """The author of the figure whose victims are ``text[span[0]:span[1]]`` in sentence ``i``, given
    the one found for it (``author``): none for unaimed fire, the other side for a state's own
    forces among the victims."""
    if author is None or i < 0:
        return author
    stray, _, _, crossfire = _data()
    clause = _clause(text, span)
    if st.theatre[:1] != ("US",) and (crossfire.search(clause) is not None or (
            stray.search(clause) is not None and author.text.lower() not in clause.lower())):
        return None  # "wounded by a stray bullet": no author unless named; "in the crossfire between": none
    if _own_forces(text[span[0]:span[1]], author, st.theatre) and _ACTED_ON.search(text, max(0, span[0] - 50), span[0]) is None:
        return _other_side(st, i, author)
    return author
