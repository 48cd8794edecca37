"""A monitor's verdict on who struck: "<actor> is the likely belligerent" (``assessedside.toml``).

:func:`belligerent_voice`: "The belligerent conceded 33 deaths" speaks for the figure's own
perpetrator, the side the grading holds answerable.

Airwars-style narratives close with the monitor's grading of the incident and name, in a sentence of
their own, the side they hold answerable. :func:`assessed_side` tells whether an actor named in a
sentence is that verdict's subject; :mod:`civcas.extract.mainvote` lets it outweigh every party the
story merely names or makes act elsewhere (an offensive's target, an earlier attack told for context).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from civcas.datafiles import load_toml
from civcas.models import Actor, Figure

__all__ = ["assessed_side", "belligerent_voice", "may_assess"]


def _alt(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = load_toml("extract", "assessedside.toml")
    verdict = rf"(?:the\s+|a\s+)?(?:{_alt(d['adjectives'])})\s+(?:{_alt(d['nouns'])})\b"
    # after the name: "Russian forces are the likely belligerent"; "judged X the most likely belligerent"
    after = re.compile(rf"[\s,]*(?:(?:{_alt(d['links'])})\s+)?{verdict}", re.IGNORECASE)
    # before the name: "the suspected belligerent was X", "Suspected belligerent: X"
    before = re.compile(rf"\b{verdict}\s*(?:(?:{_alt(d['links'])})\s+|:\s*)(?:the\s+)?$", re.IGNORECASE)
    return after, before


def may_assess(words: set[str]) -> bool:
    """A cheap pre-test on a sentence's lower-case words: no verdict without its noun."""
    return "belligerent" in words or "belligerents" in words


def assessed_side(sentence: str, start: int, end: int) -> bool:
    """True when the actor named at ``start:end`` is the subject of a verdict on who struck ("Russian
    forces are the likely belligerent", "the suspected belligerent was X", "Suspected belligerent: X")."""
    after, before = _patterns()
    return after.match(sentence, end, end + 80) is not None or \
        before.search(sentence, max(0, start - 80), start) is not None


@cache
def _speaker_names() -> frozenset[str]:
    return frozenset(w.lower() for w in load_toml("extract", "assessedside.toml")["speaker_names"])


def belligerent_voice(figures: list[Figure]) -> list[Figure]:
    """Figures whose claimant is "the belligerent" take their own known perpetrator as claimant
    (kind ``belligerent``): the grading's anaphor for the side it holds answerable."""
    names = _speaker_names()
    out = []
    for f in figures:
        c, p = f.claimant, f.perpetrator
        if c is not None and p is not None and p.kind == "belligerent" and p.identified \
                and c.name.lower() in names:
            f = replace(f, claimant=Actor(name=p.name, text=c.text, kind="belligerent"))
        out.append(f)
    return out
