"""An armed group's own outlet speaks for the group: "al-Shabaab's Andalus radio claimed", "an
IS-affiliated media channel said", "a Taliban-linked website reported" name the group as the claimant
(``outlet_nouns`` and ``outlet_ties`` in ``data/extract/claimants.toml``). A state's media keep
their own names (SANA, SABA), and an outlet no group owns ("a local radio station") stays itself."""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.actors import exact_actor, find_actors
from civcas.extract.claim_resolve import Claim
from civcas.models import Actor

__all__ = ["outlet_owner"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the outlet after a group's name, possibly possessive; a group's name tied to the outlet by a
    hyphen: "IS-affiliated media channel", the name in group 1)."""
    raw = load_toml("extract", "claimants.toml")
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(raw["outlet_nouns"], key=len, reverse=True))
    ties = "|".join(re.escape(t) for t in raw["outlet_ties"])
    outlet = r"(?:[\w'’-]+\s+){0,2}?(?:" + nouns + r")\s*$"
    return (re.compile(r"(?:['’]s?)?\s+" + outlet, re.IGNORECASE),
            re.compile(r"([\w'’.]+(?:[\s-][\w'’.]+)?)-(?:" + ties + r")\s+" + outlet, re.IGNORECASE))


def outlet_owner(claim: Claim | None, *, theatre: tuple[str, ...] | None = None) -> Claim | None:
    """The armed group a claim's outlet belongs to as the claimant (see the module doc), else the claim."""
    if claim is None or claim.actor.kind not in ("media", "local") or not claim.actor.text:
        return claim
    text = claim.actor.text
    after, tied = _patterns()
    owner: str | None = None
    for m in find_actors(text, theatre=theatre):
        if m.entry.kind == "belligerent" and m.entry.role != "claimant" and after.match(text, m.end):
            owner = m.entry.name
            break
    t = tied.search(text) if owner is None else None
    if t is not None:  # "an IS-affiliated channel", "a Taliban-linked website" (the last word or two)
        for cut in (t.group(1), t.group(1).split()[-1].split("-")[-1]):
            e = exact_actor(cut)
            if e is not None and e.kind == "belligerent" and e.role != "claimant":
                owner = e.name
                break
    if owner is None:
        return claim
    return Claim(Actor(name=owner, text=text, kind="belligerent"), claim.start, claim.end)
