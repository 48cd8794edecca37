"""Struck sides and unaimed fire: the author found for one figure that is no author of it.

* A state's own forces among the figure's victims ("the command said four soldiers were wounded",
  "12 of its marines died"): the forces the extractor took as the author (the speaking army, the
  story's main belligerent) are the struck side. The author is the other armed side named in the
  sentence or beside it in its paragraph, else none.
* A state's forces described ("the repressive bodies of the state", typed "state forces"): the
  theatre's security forces.
* A victim of a stray bullet or of crossfire between two sides outside a US story: no author unless
  the sentence names the author it took.
* The victims' own state: a figure its officials tell (the claimant is tied to the author's state)
  whose sentence does not make that state's forces act; the author is the other side the story makes
  act, else none. Unidentified gunmen are no author of a strike from afar (missiles, rockets, shelling).

Word lists live in ``data/extract/struckside.toml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from civcas.datafiles import load_toml
from civcas.extract.actors import actor_of, exact_actor, find_actors
from civcas.extract.regex_speed import folded, folded_finditer, found_in
from civcas.extract.shooters import forces_killing_attackers
from civcas.extract.theatre import demonym, region_country
from civcas.extract.typed import STATE_FORCES
from civcas.models import Actor, Figure

if TYPE_CHECKING:
    from civcas.extract.docstate import Doc

__all__ = ["described_state", "figure_author", "victim_sides"]


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


def _other_side(st: Doc, i: int, author: Actor) -> Actor | None:
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
    cuts = list(folded_finditer(_CLAUSE_END, before))  # (speed: the same spans)
    after = text[span[1]:span[1] + 120]
    clause_end, low = folded(_CLAUSE_END, after)
    end = clause_end.search(low)
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


@lru_cache(maxsize=1)
def _side_data() -> tuple[frozenset[str], re.Pattern[str]]:
    raw = load_toml("extract", "struckside.toml")
    return (frozenset(raw["official_words"]),
            re.compile(r"\b(?:" + "|".join(raw["strike_words"]) + r")\b", re.IGNORECASE))


def _victims_state(claimant: Actor | None, author: Actor) -> int:
    """2 when ``claimant`` is an official body of ``author`` itself ("health ministry of the X" for
    X), 1 when of ``author``'s own state ("Ukrainian government" for "Ukrainian forces", "Kharkiv
    regional administration"), else 0."""
    if claimant is None or claimant.kind in ("belligerent", None) or author.kind != "belligerent" \
            or not author.identified:
        return 0
    official, _ = _side_data()
    name = claimant.name.lower()
    if not official.intersection(re.findall(r"[a-z]+", name)):
        return 0
    if author.name.lower() in name:
        return 2
    own = _norm(author.name.split()[0])
    if _norm(claimant.name.split()[0]) == own:
        return 1
    cc = region_country(claimant.name)  # "Kharkiv regional military administration": a Ukrainian body
    dem = demonym(cc) if cc is not None else None
    return 1 if dem is not None and _norm(dem) == own else 0


def _acting_other(st: Doc, author: Actor | None) -> Actor | None:
    """The first belligerent of another side than ``author`` that a sentence of the story makes act."""
    from civcas.extract.perpetrators import (
        perpetrator_score,  # (perpetrators imports the extract modules)
    )

    for k in range(min(len(st.sents), 200)):
        text = st.sents[k].text[:4000]
        for m in find_actors(text, theatre=st.theatre, words=st.words(k)):
            if m.entry.kind == "belligerent" and (author is None or not _same_side(m.entry.name, author)) \
                    and perpetrator_score(text, m) > 0:
                return actor_of(m)
    return None


def victim_sides(st: Doc, figures: list[Figure]) -> list[Figure]:
    """The figures' authors without the victims' own state: a state whose officials tell figures the
    extractor gave to that state's forces (their sentence not naming them) is the struck side of the
    story; its figures (not its combatants' losses) go to the other side the story makes act, else
    none. Gunmen are no author of a strike from afar (missiles, rockets, shelling)."""
    if st.theatre[:1] == ("US",) or not figures:
        return figures
    _, strike = _side_data()
    lead = " ".join(st.sents[k].text[:2000] for k in range(min(2, len(st.sents))))
    from_afar = found_in(strike, lead)  # the story's strike: "a missile hit a block of flats"

    def unnamed(f: Figure) -> bool:
        return f.perpetrator is not None and f.group != "combatants" \
            and f.perpetrator.text.lower() not in f.evidence.text.lower()

    # a belligerent whose own officials tell a figure of people it is not named killing: the struck side
    found = {f.perpetrator.name: f.perpetrator for f in figures if f.perpetrator is not None}
    tie = {n: max((_victims_state(f.claimant, a) for f in figures if f.group != "combatants"
                   and (f.perpetrator is None or f.perpetrator.name != n or unnamed(f))), default=0)
           for n, a in found.items()}
    other: dict[str, Actor | None] = {}
    # a state's own forces may kill its people in a civil war: a tie by the state alone needs the
    # other side the story makes act; the belligerent's own body ("its health ministry") does not
    struck = {n for n, t in tie.items() if t == 2 or (t == 1 and other.setdefault(
        n, _acting_other(st, found[n])) is not None)}
    out: list[Figure] = []
    for f in figures:
        a = f.perpetrator
        if a is not None and a.name == "unidentified gunmen" and f.group != "combatants" \
                and (from_afar or strike.search(f.evidence.text) is not None):
            main = st.main_perpetrator()
            a = main if main is not None and main.identified and main.name not in struck else None
            if a is None:
                key = main.name if main is not None else ""
                if key not in other:
                    other[key] = _acting_other(st, main)
                a = other[key]
            out.append(replace(f, perpetrator=a))
        elif a is not None and a.name in struck and unnamed(f):
            if a.name not in other:
                other[a.name] = _acting_other(st, a)
            out.append(replace(f, perpetrator=other[a.name]))
        else:
            out.append(f)
    return out


@lru_cache(maxsize=1)
def _attacker_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The attackers as the victims ("two of the attackers") and their foes acting in the clause
    ("by troops", "when soldiers returned fire"): ``attacker_parts`` and ``attacker_foes_*``."""
    raw = load_toml("extract", "struckside.toml")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    parts = re.compile(r"^(?:\w+|\d+)(?:\s+more)?\s+of\s+(?:the|their|its)\s+(?:" + alt(raw["attacker_parts"]) + r")\b",
                       re.IGNORECASE)
    foes = re.compile(r"\b(?:by|when|as|after)\s+(?P<f>" + alt(raw["attacker_foes_army"]) + r")\b|"
                      r"\b(?:by|when|as|after)\s+(?P<g>" + alt(raw["attacker_foes_police"]) + r")\b", re.IGNORECASE)
    return parts, foes


def _attackers_foe(st: Doc, clause: str) -> Actor | None:
    """The forces the clause of the attackers' own dead makes act (the theatre's army or its security
    forces, words as written), else None."""
    foes = _attacker_parts()[1]
    m = foes.search(clause)
    if m is None or not st.theatre or st.theatre[0] == "US":
        return None
    if m.group("f"):
        dem = demonym(st.theatre[0])
        army = exact_actor(f"{dem} armed forces") if dem else None
        return Actor(name=army.name, text=m.group("f"), kind="belligerent") if army is not None else None
    state = described_state(st.theatre, Actor(name=STATE_FORCES, text=m.group("g"), kind="belligerent"))
    return state if state.name != STATE_FORCES else None


def figure_author(st: Doc, i: int, text: str, span: tuple[int, int], author: Actor | None) -> Actor | None:
    """The author of the figure whose victims are ``text[span[0]:span[1]]`` in sentence ``i``, given
    the one found for it (``author``): none for unaimed fire, the other side for a state's own
    forces among the victims, the forces acting on them (else none) for the unidentified attackers'
    own dead ("two of the attackers died")."""
    if author is None or i < 0:
        return author
    if not author.identified and _attacker_parts()[0].match(text[span[0]:span[1] + 40]) is not None \
            and forces_killing_attackers(text) is None:
        # (the unidentified attackers themselves; "security forces killed three of the gunmen" is the forces',
        # "28 of the attackers were killed, an army communique said" the defending army's, found before)
        return _attackers_foe(st, _clause(text, span))
    stray, _, _, crossfire = _data()
    clause = _clause(text, span)
    if st.theatre[:1] != ("US",) and (found_in(crossfire, clause) or (
            found_in(stray, clause) and author.text.lower() not in clause.lower())):
        return None  # "wounded by a stray bullet": no author unless named; "in the crossfire between": none
    if _own_forces(text[span[0]:span[1]], author, st.theatre) and _ACTED_ON.search(text, max(0, span[0] - 50), span[0]) is None:
        return _other_side(st, i, author)
    return author
