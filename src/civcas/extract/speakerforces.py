"""A speaking body of a state's forces as the author of the act it denies or admits.

:func:`speaker_forces` reads a claimant named by its body rather than by an ``actors.toml`` entry
with ``forces`` ("Russia's Ministry of Defence", "a Syrian military source", "an FDP spokesman"):
the party written before the body words (a country, a demonym or an armed force's alias), else,
for the military's own bodies, the story's first theatre; the party's national force is the
``actors.toml`` entry of "<demonym> army". Word lists: ``speakerforces.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.actors import exact_actor, find_actors
from civcas.extract.theatre import country_of, demonym
from civcas.models import Actor

__all__ = ["speaker_forces"]


@lru_cache(maxsize=1)
def _data() -> dict[str, list[str]]:
    return load_toml("extract", "speakerforces.toml")


def _alt(key: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_data().get(key, []), key=len, reverse=True))


@lru_cache(maxsize=1)
def _bodies() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(military body, any speaker's word) as the end of a claimant's name."""
    return (re.compile(r"\b(?:" + _alt("military_bodies") + r")\b", re.IGNORECASE),
            re.compile(r"\b(?:" + _alt("speaker_words") + r")\b", re.IGNORECASE))


def _head(text: str, start: int) -> str:
    """The words before a body: "A Syrian military source" -> "Syrian", "Russia's" -> "Russia"."""
    head = re.sub(r"^(?:an?|the)\s+", "", text[:start].strip(), flags=re.IGNORECASE)
    return re.sub(r"['’]s$", "", head, flags=re.IGNORECASE).strip()


def _national_force(country: str) -> Actor | None:
    dem = demonym(country)
    for noun in _data().get("force_nouns", []) if dem else []:
        entry = exact_actor(f"{dem} {noun}")
        if entry is not None and entry.kind == "belligerent" and entry.role != "claimant":
            return Actor(name=entry.name, text=entry.name, kind="belligerent")
    return None


def _named_force(head: str, theatre: tuple[str, ...] | None) -> Actor | None:
    """An armed force's alias as the whole head ("FDP"), or None."""
    found = find_actors(head, theatre=theatre) if head else []
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(head):
        return None
    entry = found[0].entry
    if entry.kind != "belligerent" or entry.role == "claimant":
        return None
    return Actor(name=entry.name, text=head, kind="belligerent")


def speaker_forces(actor: Actor, *, theatre: tuple[str, ...] | None = None) -> Actor | None:
    """The national force a claimant named as its speaking body stands for, or None (not such a
    body, or its party unknown)."""
    military, words = _bodies()
    for text in dict.fromkeys((actor.name, actor.text or "")):
        m = military.search(text)
        if m is not None:
            head = _head(text, m.start())
            country = country_of(head) if head else (theatre[0] if theatre else None)
            got = _national_force(country) if country else _named_force(head, theatre)
            if got is not None:
                return got
        m = words.search(text)
        if m is not None and (head := _head(text, m.start())) and country_of(head) is None:
            got = _named_force(head, theatre)
            if got is not None:
                return got
    return None
