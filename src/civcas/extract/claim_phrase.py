"""Speaker phrases: whether the words before a reporting verb can name a speaker at all.

:mod:`civcas.extract.claims` takes the words before "said", "reported", "claimed" as the speaker's
phrase. Some such phrases are no speaker: a function word left over from a quotation ('he was
"horrified" by reports that'), a time phrase that opens a clause ("Several days later the charity
revised its figures, saying"), a new coordinated clause after the figure ("..., and some parents at
the scene said they were afraid"), or an event that "claimed lives" ("Political violence has claimed
more than 20,000 lives"). :func:`speaker_phrase` trims such a phrase to its speaker or rejects it;
the word lists live in ``data/extract/claimants.toml``.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from civcas.extract.actors import ActorMatch

_NUMBERISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds|"
                        r"thousands|several|no\s+one|nobody|"
                        # a denial's count of none: "..., and a spokesman said no civilians were harmed"
                        r"no\s+(?:civilians?|casualties|victims|deaths|people|children|soldiers|fighters)|none)\b",
                        re.IGNORECASE)


@lru_cache(maxsize=1)
def claimant_lists() -> dict[str, list[str]]:
    text = resources.files("civcas.data.extract").joinpath("claimants.toml").read_text(encoding="utf-8")
    return {k: v for k, v in tomllib.loads(text).items() if isinstance(v, list)}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = claimant_lists()
    words = "|".join(re.escape(w) for w in d["function_words"])
    function = re.compile(r"^(?:" + words + r")$", re.IGNORECASE)
    units = "|".join(d["time_units"])
    time_lead = re.compile(r"^(?:(?:a\s+few|several|some|many|a|one|two|three|four|five|six|\d+)\s+)?(?:" + units
                           + r")\s+(?:later|earlier|afterwards|before|after\s+that),?\s+", re.IGNORECASE)
    events = "|".join(d["event_heads"])
    event = re.compile(r"^(?:[\w'’\-]+\s+){0,3}(?:" + events + r")$", re.IGNORECASE)
    # "the organisation revised its figures": the subject of a finite verb inside the phrase
    clause = re.compile(r"^(?P<np>(?:the|a|an|its|their)\s+[\w'’\- ]{2,50}?)\s+(?:[a-z]+ed|gave|put|sent|made)\s+"
                        r"(?:its|their|his|her|the)\b", re.IGNORECASE)
    return function, time_lead, event, clause


def lives_claimed(after: str) -> bool:
    """A verb "claimed" whose object is lives ("has claimed more than 20,000 lives", "claimed the
    lives of 12 villagers"): a toll, not a claim."""
    return re.match(r"\s*(?:(?:the\s+)?lives\b|(?:(?:more\s+than|at\s+least|over|nearly|some|about|around|an?\s+"
                    r"estimated)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:\w+\s+)?lives\b|"
                    r"(?:hundreds|thousands|dozens|scores)\s+of\s+lives\b)", after, re.IGNORECASE) is not None


_CONJUNCTION = re.compile(r"(?:and|but|while|whereas)\s+", re.IGNORECASE)


def speaker_phrase(x: str, *, after: str = "") -> str | None:
    """The speaker part of phrase ``x`` (the words before a reporting verb), or None when it names no
    speaker. ``after`` is the sentence after the verb (a coordinated clause with no figure of its own
    after "said" is no attribution of the figure before it)."""
    function, time_lead, event, clause = _patterns()
    s = x.strip()
    if function.match(s):
        return None  # 'said he was "horrified" by reports that ...': "by"
    m = _CONJUNCTION.match(s)
    if m is not None:
        if not _NUMBERISH.search(after[:160]):
            return None  # "..., and several neighbours said they had been frightened"
        s = s[m.end():]
    sub = re.match(r"(?:when|after|as|although|though|because|since|before|until|once)\s+(?=(?:the|a|an|its|their)\s)",
                   s, re.IGNORECASE)
    if sub is not None:
        s = s[sub.end():]  # "..., when the group said it killed dozens": the group
    if re.search(r"\b(?:yet\s+to|declined\s+to|refused\s+to|(?:would|could|did|does|do|has|have|had)\s+not|never)$", s,
                 re.IGNORECASE):
        return None  # "The army has yet to say how many died", "officials would not say": no claim
    t = time_lead.match(s)
    if t is not None:
        s = s[t.end():]  # "A week later the agency revised its figures"
    c = clause.match(s)
    if c is not None:
        s = c.group("np")
    if event.match(s) and not re.search(r"\b(?:group|council|network|committee|movement|front|office)\b", s,
                                        re.IGNORECASE):
        return None  # "POLITICAL VIOLENCE HAS CLAIMED ...", "the February coup"
    return s


def kin_named(name: str, document: str) -> bool:
    """A bare given name the story gives a family member ("his son Karim, 12", "his wife Leila"): one
    of the people counted, not a source (a source named by one word is an organisation)."""
    if not _ONE_NAME.fullmatch(name) or name not in document:
        return False  # (the literal pre-test: every match holds the name)
    return _kin_before(name).search(document) is not None


_ONE_NAME = re.compile(r"[A-Z][a-z][\w'’-]+")


@lru_cache(maxsize=1024)  # compiled once per name (a pattern of every kin word)
def _kin_before(name: str) -> re.Pattern[str]:
    kin = "|".join(claimant_lists()["kin_words"])
    return re.compile(r"\b(?:" + kin + r")\s+" + re.escape(name) + r"\b")


# an owner before what it runs: "Houthi-run", "Hamas-controlled", "Hezbollah-affiliated"
_RUN_BY = re.compile(r"-(?:run|controlled|owned|affiliated|operated)\b", re.IGNORECASE)


def owned_outlet(raw: str, found: list[ActorMatch]) -> ActorMatch:
    """The speaker among the known actors ``found`` in a speaker phrase ``raw``: the first, except that
    a belligerent named as the owner of an outlet or body after it yields to that one ("Houthi-run
    al-Masirah TV", "Hamas-run Al-Aqsa radio": the outlet speaks, not the movement)."""
    f = found[0]
    if f.entry.kind == "belligerent" and _RUN_BY.search(raw, f.start, f.end + 12):
        return next((g for g in found[1:] if g.entry.kind != "belligerent"), f)
    return f
