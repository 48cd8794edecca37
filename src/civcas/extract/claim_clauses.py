"""Claimants of a clause (used by :mod:`civcas.extract.sentence_figures`).

A sentence may join two sources' counts: "The interior ministry said 50 people were killed, while a
local news agency put the toll at more than 60"; "A news site reported that up to 45 people died,
while an activist group said 31 bodies were buried". The sentence's claimant
(:func:`civcas.extract.claims.claimant_in`) is the first speaker; a figure in a later clause with a
speaker of its own ("while X said/put the toll at ...") is that speaker's. Only clauses opened by a
contrast ("while", "whereas", "but"), ", and" ("The civil defence said it had recovered 20 bodies, and
a doctor at the hospital told reporters that 40 wounded had been admitted") or a semicolon after the first
speaker are read, and only when the new speaker comes before its own reporting verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from civcas.extract.claim_resolve import Claim
from civcas.extract.regex_speed import first_char_guard

__all__ = ["ClauseClaims", "claim_at", "clause_claims"]

# a clause with its own speaker: ", while a local news agency put the toll at", "; the army said"
_CLAUSE = re.compile(
    r"(?:,\s+(?:while|whereas|but|and)|;)\s+(?P<x>(?:(?:the|a|an|its|their|another|other)\s+)?[^,;:()\"“”]{2,60}?)\s+"
    r"(?:(?:later|also|separately|had|has|have)\s+)?"
    r"(?:said|says|reported|reports|put\s+the\s+(?:\w+\s+)?(?:toll|number|figure|count)|gave\s+a\s+(?:\w+\s+)?toll|"
    r"estimated|counted|recorded|told|insists|insisted|maintains|maintained|claims|claimed|charges|charged|alleges|"
    r"alleged|asserts|asserted|contends|contended)\b",
    re.IGNORECASE)
_CLAUSE = first_char_guard(_CLAUSE)  # (speed: the same matches)

# (start of a clause in the sentence, its claim)
ClauseClaims = list[tuple[int, Claim]]


def clause_claims(sentence: str, first: Claim | None, *, resolve: Callable[[str], Claim | None]) -> ClauseClaims:
    """Later clauses of ``sentence`` with a speaker of their own, after the sentence's first claim
    (its span must lie before them). ``resolve(clause)`` gives a clause's claimant (``claimant_in``
    on the clause text)."""
    low = sentence.lower() if sentence.isupper() else sentence  # (wire copy: ", WHILE THE UNION INSISTS")
    if first is None or first.start < 0 or (", while " not in low and ", whereas " not in low
                                             and ", but " not in low and "; " not in low
                                             and ", and " not in low):
        return []  # (the literal pre-test: every clause opens so)
    out: ClauseClaims = []
    for m in _CLAUSE.finditer(sentence):
        if m.start() < first.end:
            continue  # the first speaker's own clause, or before it
        c = resolve(sentence[m.start("x"):])
        if c is None or c.start < 0 or c.actor.name == first.actor.name \
                or (c.actor.text or "").lower().startswith(("its ", "their ")):
            continue  # (", and its regional director said": the first speaker's own people)
        out.append((m.start(), Claim(c.actor, c.start + m.start("x"), c.end + m.start("x"))))
    return out


def claim_at(position: int, first: Claim | None, clauses: ClauseClaims) -> Claim | None:
    """The claim of the clause holding ``position`` (a figure's count)."""
    got = first
    for start, c in clauses:
        if position >= start:
            got = c
    return got
